package com.naltrexone.billing.coverage.boundary;

import com.naltrexone.billing.audit.control.AuditTrail;
import com.naltrexone.billing.coverage.entity.Payer;
import com.naltrexone.billing.platform.BusinessRuleException;
import com.naltrexone.billing.platform.UnknownEntityException;
import com.naltrexone.billing.platform.entity.Versions;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Payers and their rules. */
@Stateless
public class Payers {

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;

  public Payer create(PayerData data) {
    requireUnique837Id(data.payerId837, null);
    Payer p =
        new Payer(
            data.name,
            data.payerId837,
            data.payerId835,
            data.claimFilingIndicator,
            data.paFax,
            data.rules);
    em.persist(p);
    em.flush();
    audit.record("payer.created", "Payer", p.getId(), null);
    return p;
  }

  public Payer update(long id, PayerData data) {
    Payer p = get(id);
    Versions.check(p, data.version);
    requireUnique837Id(data.payerId837, id);
    p.update(
        data.name,
        data.payerId837,
        data.payerId835,
        data.claimFilingIndicator,
        data.paFax,
        data.rules);
    audit.record("payer.updated", "Payer", id, null);
    return p;
  }

  public Payer get(long id) {
    Payer p = em.find(Payer.class, id);
    if (p == null) {
      throw new UnknownEntityException("payer", id);
    }
    return p;
  }

  public List<Payer> all() {
    return em.createNamedQuery(Payer.ALL, Payer.class).getResultList();
  }

  private void requireUnique837Id(String payerId837, Long self) {
    em.createNamedQuery(Payer.BY_837_ID, Payer.class)
        .setParameter("payerId", payerId837)
        .getResultStream()
        .filter(other -> !other.getId().equals(self))
        .findFirst()
        .ifPresent(
            other -> {
              throw new BusinessRuleException(
                  "payerId837", "payer " + other.getId() + " already uses this 837 payer id");
            });
  }
}
