package com.naltrexone.billing.consent.boundary;

import com.naltrexone.billing.audit.control.AuditTrail;
import com.naltrexone.billing.consent.entity.ConsentScope;
import com.naltrexone.billing.consent.entity.DisclosureKind;
import com.naltrexone.billing.consent.entity.DisclosureLogEntry;
import com.naltrexone.billing.consent.entity.Part2Consent;
import com.naltrexone.billing.coverage.entity.Payer;
import com.naltrexone.billing.patients.entity.Patient;
import com.naltrexone.billing.platform.BusinessRuleException;
import com.naltrexone.billing.platform.BusinessRuleException.Violation;
import com.naltrexone.billing.platform.ConflictException;
import com.naltrexone.billing.platform.Inputs;
import com.naltrexone.billing.platform.UnknownEntityException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * 42 CFR Part 2 consents and the disclosure log. Every outbound feature (837 claims, PA packets,
 * 270 eligibility) calls {@link #recordDisclosure} before anything leaves: it refuses when no
 * consent in force covers the payer today, and otherwise logs which consent allowed it.
 */
@Stateless
public class Part2Consents {

  private static final Logger LOG = Logger.getLogger(Part2Consents.class.getName());

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject Validator validator;
  @Inject Clock clock;

  public Part2Consent record(long patientId, ConsentData data) {
    Patient patient = patient(patientId);
    Inputs.valid(validator, "consent", data);
    List<Violation> problems = new ArrayList<>();
    Payer payer = null;
    if (data.scope == ConsentScope.PAYER && data.payerId == null) {
      problems.add(new Violation("payerId", "a PAYER consent names the payer it covers"));
    } else if (data.scope == ConsentScope.ALL_PAYERS && data.payerId != null) {
      problems.add(
          new Violation("payerId", "an ALL_PAYERS consent names no payer; use scope PAYER"));
    } else if (data.payerId != null) {
      payer = em.find(Payer.class, data.payerId);
      if (payer == null) {
        problems.add(new Violation("payerId", "payer " + data.payerId + " does not exist"));
      }
    }
    if (data.signedOn.isAfter(today())) {
      problems.add(new Violation("signedOn", "a consent cannot be signed in the future"));
    }
    if (data.expiresOn != null && !data.expiresOn.isAfter(data.signedOn)) {
      problems.add(
          new Violation(
              "expiresOn", "the consent must expire after it is signed (" + data.signedOn + ")"));
    }
    if (!problems.isEmpty()) {
      throw new BusinessRuleException(problems);
    }
    Part2Consent consent =
        new Part2Consent(patient, data.scope, payer, data.purpose, data.signedOn, data.expiresOn);
    em.persist(consent);
    em.flush();
    audit.record(
        "consent.recorded",
        "Part2Consent",
        consent.getId(),
        "patient="
            + patientId
            + " scope="
            + data.scope
            + (payer == null ? "" : " payer=" + payer.getId())
            + " purpose="
            + data.purpose
            + " signedOn="
            + data.signedOn
            + " expiresOn="
            + data.expiresOn);
    return consent;
  }

  /** Revocation stops future disclosures only; what was already sent stands. */
  public Part2Consent revoke(long patientId, long consentId, RevocationData data) {
    Part2Consent consent = consent(patientId, consentId);
    Inputs.valid(validator, "revocation", data);
    if (consent.isRevoked()) {
      throw new ConflictException(
          "Consent " + consentId + " was already revoked on " + consent.getRevokedOn() + ".");
    }
    if (data.revokedOn.isBefore(consent.getSignedOn())) {
      throw new BusinessRuleException(
          "revokedOn",
          "a consent cannot be revoked before it was signed (" + consent.getSignedOn() + ")");
    }
    if (data.revokedOn.isAfter(today())) {
      throw new BusinessRuleException(
          "revokedOn", "enter the day the patient revoked it, not a future day");
    }
    consent.revoke(data.revokedOn);
    audit.record("consent.revoked", "Part2Consent", consentId, "revokedOn=" + data.revokedOn);
    return consent;
  }

  public List<Part2Consent> forPatient(long patientId) {
    patient(patientId);
    return em.createNamedQuery(Part2Consent.OF_PATIENT, Part2Consent.class)
        .setParameter("patientId", patientId)
        .getResultList();
  }

  public Part2Consent consent(long patientId, long consentId) {
    Part2Consent consent = em.find(Part2Consent.class, consentId);
    if (consent == null || consent.getPatientId() != patientId) {
      throw new UnknownEntityException("consent", consentId);
    }
    return consent;
  }

  /**
   * {@link #mayDisclose} for many patients at once: their consents read in one query. The payers
   * asked about must exist (a claim's payer does).
   */
  public PageDecisions mayDiscloseAll(Collection<Long> patientIds) {
    Map<Long, List<Part2Consent>> byPatient = new HashMap<>();
    if (!patientIds.isEmpty()) {
      em.createNamedQuery(Part2Consent.OF_PATIENTS, Part2Consent.class)
          .setParameter("patientIds", List.copyOf(patientIds))
          .setHint("eclipselink.batch.type", "IN")
          .setHint("eclipselink.batch", "c.patient")
          .setHint("eclipselink.batch", "c.payer")
          .getResultStream()
          .forEach(c -> byPatient.computeIfAbsent(c.getPatientId(), p -> new ArrayList<>()).add(c));
    }
    LocalDate today = today();
    return (patientId, payerId, on) ->
        DisclosureDecision.decide(
            byPatient.getOrDefault(patientId, List.of()), payerId, on == null ? today : on);
  }

  /** One disclosure to log with {@link #recordDisclosures}. */
  public record Disclosure(long patientId, long payerId, DisclosureKind what, String reference) {}

  /**
   * {@link #recordDisclosure} for many disclosures made today, decided on consents read beforehand
   * ({@link #mayDiscloseAll} of the same patients, in this transaction): each is logged citing the
   * consent that allows it, and all are written together when the caller's transaction flushes.
   * Refuses (400, nothing logged) when any one is not allowed, as {@link #recordDisclosure} does.
   */
  public void recordDisclosures(List<Disclosure> disclosures, PageDecisions decisions) {
    LocalDate today = today();
    String actor = audit.actor();
    for (Disclosure d : disclosures) {
      checkRequest(d.what(), d.reference());
      DisclosureDecision decision = decisions.mayDisclose(d.patientId(), d.payerId(), today);
      if (!decision.allowed()) {
        refused(d.patientId(), d.payerId(), d.what(), decision);
      }
      Part2Consent consent = em.find(Part2Consent.class, decision.consentId());
      DisclosureLogEntry entry =
          new DisclosureLogEntry(
              patient(d.patientId()),
              payer(d.payerId()),
              consent,
              d.what(),
              d.reference().trim(),
              clock.instant(),
              actor);
      em.persist(entry);
      audit.record(
          "disclosure.recorded",
          "DisclosureLogEntry",
          entry.getId(),
          "patient="
              + d.patientId()
              + " payer="
              + d.payerId()
              + " consent="
              + consent.getId()
              + " what="
              + d.what());
    }
  }

  /** The Part 2 decisions over consents read beforehand (see {@link #mayDiscloseAll}). */
  @FunctionalInterface
  public interface PageDecisions {
    DisclosureDecision mayDisclose(long patientId, long payerId, LocalDate on);
  }

  /** Whether the patient's records may go to the payer on {@code on} (null = today). */
  public DisclosureDecision mayDisclose(long patientId, long payerId, LocalDate on) {
    payer(payerId);
    return DisclosureDecision.decide(forPatient(patientId), payerId, on == null ? today() : on);
  }

  /**
   * Logs a disclosure made today, citing the consent that allows it; refuses (400 on {@code
   * payerId}, nothing written) when none does. Call it in the same transaction that sends or queues
   * the claim, packet or eligibility request.
   */
  public DisclosureLogEntry recordDisclosure(
      long patientId, long payerId, DisclosureKind what, String reference) {
    checkRequest(what, reference);
    Patient patient = patient(patientId);
    Payer payer = payer(payerId);
    DisclosureDecision decision = mayDisclose(patientId, payerId, today());
    if (!decision.allowed()) {
      refused(patientId, payerId, what, decision);
    }
    Part2Consent consent = em.find(Part2Consent.class, decision.consentId());
    DisclosureLogEntry entry =
        new DisclosureLogEntry(
            patient, payer, consent, what, reference.trim(), clock.instant(), audit.actor());
    em.persist(entry);
    em.flush();
    audit.record(
        "disclosure.recorded",
        "DisclosureLogEntry",
        entry.getId(),
        "patient="
            + patientId
            + " payer="
            + payerId
            + " consent="
            + consent.getId()
            + " what="
            + what);
    return entry;
  }

  private static void checkRequest(DisclosureKind what, String reference) {
    if (what == null) {
      throw new BusinessRuleException("what", "say what is being disclosed");
    }
    if (reference == null || reference.isBlank() || reference.trim().length() > 80) {
      throw new BusinessRuleException(
          "reference", "give the claim number, packet id or control number (at most 80 chars)");
    }
  }

  private static void refused(
      long patientId, long payerId, DisclosureKind what, DisclosureDecision decision) {
    LOG.info(
        () ->
            "Part 2 disclosure refused: patient "
                + patientId
                + ", payer "
                + payerId
                + ", "
                + what
                + ": "
                + decision.reason());
    throw new BusinessRuleException(
        "payerId", "Part 2 forbids this disclosure: " + decision.reason());
  }

  public List<DisclosureLogEntry> disclosures(long patientId) {
    patient(patientId);
    return em.createNamedQuery(DisclosureLogEntry.OF_PATIENT, DisclosureLogEntry.class)
        .setParameter("patientId", patientId)
        .getResultList();
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private Patient patient(long id) {
    Patient patient = em.find(Patient.class, id);
    if (patient == null) {
      throw new UnknownEntityException("patient", id);
    }
    return patient;
  }

  private Payer payer(long id) {
    Payer payer = em.find(Payer.class, id);
    if (payer == null) {
      throw new UnknownEntityException("payer", id);
    }
    return payer;
  }
}
