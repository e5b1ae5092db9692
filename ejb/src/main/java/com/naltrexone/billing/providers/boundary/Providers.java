package com.naltrexone.billing.providers.boundary;

import com.naltrexone.billing.audit.control.AuditTrail;
import com.naltrexone.billing.platform.BusinessRuleException;
import com.naltrexone.billing.platform.UnknownEntityException;
import com.naltrexone.billing.platform.entity.Versions;
import com.naltrexone.billing.providers.entity.Location;
import com.naltrexone.billing.providers.entity.Npi;
import com.naltrexone.billing.providers.entity.Provider;
import com.naltrexone.billing.providers.entity.ProviderKind;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/** Billing organisations, rendering prescribers and the locations where doses are given. */
@Stateless
public class Providers {

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;

  public Provider create(ProviderData data) {
    Provider p = new Provider(data.kind);
    apply(p, data, null);
    em.persist(p);
    em.flush();
    audit.record("provider.created", "Provider", p.getId(), data.kind.name());
    return p;
  }

  public Provider update(long id, ProviderData data) {
    Provider p = get(id);
    Versions.check(p, data.version);
    if (p.getKind() != data.kind) {
      throw new BusinessRuleException("kind", "a provider's kind cannot be changed");
    }
    apply(p, data, id);
    audit.record("provider.updated", "Provider", id, null);
    return p;
  }

  public Provider get(long id) {
    Provider p = em.find(Provider.class, id);
    if (p == null) {
      throw new UnknownEntityException("provider", id);
    }
    return p;
  }

  public List<Provider> all() {
    return em.createNamedQuery(Provider.ALL, Provider.class).getResultList();
  }

  public Location createLocation(LocationData data) {
    Location l = new Location(data.name, data.placeOfService, data.is340b, data.address);
    em.persist(l);
    em.flush();
    audit.record("location.created", "Location", l.getId(), null);
    return l;
  }

  public Location updateLocation(long id, LocationData data) {
    Location l = location(id);
    Versions.check(l, data.version);
    l.update(data.name, data.placeOfService, data.is340b, data.address);
    audit.record("location.updated", "Location", id, null);
    return l;
  }

  public Location location(long id) {
    Location l = em.find(Location.class, id);
    if (l == null) {
      throw new UnknownEntityException("location", id);
    }
    return l;
  }

  public List<Location> locations() {
    return em.createNamedQuery(Location.ALL, Location.class).getResultList();
  }

  private void apply(Provider p, ProviderData data, Long self) {
    List<BusinessRuleException.Violation> problems = problems(data);
    if (!problems.isEmpty()) {
      throw new BusinessRuleException(problems);
    }
    em.createNamedQuery(Provider.BY_NPI, Provider.class)
        .setParameter("npi", data.npi)
        .setParameter("kind", data.kind)
        .getResultStream()
        .filter(other -> !other.getId().equals(self))
        .findFirst()
        .ifPresent(
            other -> {
              throw new BusinessRuleException(
                  "npi", "provider " + other.getId() + " already has this NPI");
            });
    p.update(
        data.organization,
        data.lastName,
        data.firstName,
        new Npi(data.npi),
        data.tin,
        data.taxonomy,
        data.dea,
        data.address);
  }

  /** Every rule a provider breaks, so one answer lists them all. */
  static List<BusinessRuleException.Violation> problems(ProviderData data) {
    List<BusinessRuleException.Violation> v = new ArrayList<>();
    String npiProblem = Npi.problem(data.npi);
    if (npiProblem != null) {
      v.add(new BusinessRuleException.Violation("npi", npiProblem));
    }
    if (data.kind == ProviderKind.BILLING) {
      if (blank(data.organization)) {
        v.add(violation("organization", "a billing provider needs its organisation name"));
      }
      if (blank(data.tin)) {
        v.add(violation("tin", "a billing provider needs its TIN (REF*EI)"));
      }
      if (data.address == null) {
        v.add(violation("address", "a billing provider needs a street address"));
      } else {
        if (!data.address.hasZipPlus4()) {
          v.add(violation("address.zip", "the billing provider's ZIP must have 9 digits"));
        }
        if (data.address.isPoBox()) {
          v.add(
              violation(
                  "address.line1",
                  "the billing provider's address must be a street, not a PO box"));
        }
      }
    } else {
      if (blank(data.lastName)) {
        v.add(violation("lastName", "a rendering provider needs a last name"));
      }
      if (blank(data.firstName)) {
        v.add(violation("firstName", "a rendering provider needs a first name"));
      }
    }
    return v;
  }

  private static BusinessRuleException.Violation violation(String field, String message) {
    return new BusinessRuleException.Violation(field, message);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
