package com.naltrexone.billing.it;

import com.naltrexone.billing.drugs.entity.Drug;
import com.naltrexone.billing.drugs.entity.DrugForm;
import com.naltrexone.billing.drugs.entity.DrugLot;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;

/** Test-only: puts a drug and lots in the catalog for tests that are not about the catalog. */
@Stateless
public class CatalogSeed {

  /** The unit lives in the EJB jar; a bean in the WAR names it by its jar. */
  @PersistenceContext(unitName = "billing-ejb.jar#billing")
  EntityManager em;

  /** The Vivitrol kit, created once per database (its NDC is unique). */
  public Drug vivitrol() {
    return em.createNamedQuery(Drug.BY_NDC, Drug.class)
        .setParameter("ndc11", "65757030001")
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              Drug d =
                  new Drug(
                      "Vivitrol 380 mg kit",
                      DrugForm.INJECTION,
                      "65757-300-01",
                      "J2315",
                      380,
                      "380 mg");
              em.persist(d);
              return d;
            });
  }

  public Drug oral() {
    return em.createNamedQuery(Drug.BY_NDC, Drug.class)
        .setParameter("ndc11", "00406117001")
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              Drug d =
                  new Drug("Naltrexone 50 mg", DrugForm.ORAL, "0406-1170-01", null, 0, "50 mg");
              em.persist(d);
              return d;
            });
  }

  public DrugLot lot(String number, LocalDate expires) {
    DrugLot lot = new DrugLot(vivitrol(), number, expires, expires.minusYears(1), false);
    em.persist(lot);
    return lot;
  }
}
