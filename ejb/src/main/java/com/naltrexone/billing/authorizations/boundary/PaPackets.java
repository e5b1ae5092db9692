package com.naltrexone.billing.authorizations.boundary;

import com.naltrexone.billing.audit.control.AuditTrail;
import com.naltrexone.billing.authorizations.control.ChecklistCheck;
import com.naltrexone.billing.authorizations.control.PaPacket;
import com.naltrexone.billing.authorizations.control.PaPacketRenderer;
import com.naltrexone.billing.authorizations.entity.Authorization;
import com.naltrexone.billing.authorizations.entity.AuthorizationStatus;
import com.naltrexone.billing.authorizations.entity.ChecklistItem;
import com.naltrexone.billing.authorizations.entity.Evidence;
import com.naltrexone.billing.authorizations.entity.EvidenceKind;
import com.naltrexone.billing.consent.boundary.DisclosureDecision;
import com.naltrexone.billing.consent.boundary.Part2Consents;
import com.naltrexone.billing.consent.entity.ConsentPurpose;
import com.naltrexone.billing.consent.entity.ConsentScope;
import com.naltrexone.billing.consent.entity.DisclosureKind;
import com.naltrexone.billing.consent.entity.DisclosureLogEntry;
import com.naltrexone.billing.consent.entity.Part2Consent;
import com.naltrexone.billing.coverage.entity.Coverage;
import com.naltrexone.billing.coverage.entity.Payer;
import com.naltrexone.billing.drugs.entity.Drug;
import com.naltrexone.billing.patients.entity.Patient;
import com.naltrexone.billing.platform.ConflictException;
import com.naltrexone.billing.platform.entity.Address;
import com.naltrexone.billing.prescriptions.entity.Dose;
import com.naltrexone.billing.prescriptions.entity.DoseKind;
import com.naltrexone.billing.prescriptions.entity.Prescription;
import com.naltrexone.billing.providers.entity.Provider;
import com.naltrexone.billing.providers.entity.ProviderKind;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The PA packet: gathered from the registry (only what the payer's checklist asks for), rendered,
 * logged as a Part 2 disclosure under the consent that allows it, and audited. Refused (409, with
 * the reason) when no consent in force covers the payer, when the request has no prescription to
 * fill the form from, or when it is withdrawn or expired.
 */
@Stateless
public class PaPackets {

  private static final Logger LOG = Logger.getLogger(PaPackets.class.getName());

  private static final Set<AuthorizationStatus> PRINTABLE =
      EnumSet.complementOf(EnumSet.of(AuthorizationStatus.WITHDRAWN, AuthorizationStatus.EXPIRED));

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @EJB Authorizations authorizations;
  @EJB Part2Consents consents;

  /** The PDF and the disclosure it was logged as. */
  public record Printed(byte[] pdf, String fileName, long disclosureId, int attachments) {}

  public Printed print(long authorizationId) {
    Authorization a = authorizations.get(authorizationId);
    if (!PRINTABLE.contains(a.getStatus())) {
      throw new ConflictException(
          "Authorization " + a.getId() + " is " + a.getStatus() + ": no packet is printed for it.");
    }
    if (a.getPrescription() == null) {
      throw new ConflictException(
          "Authorization "
              + a.getId()
              + " has no prescription: the request form needs its drug, dose, prescriber and"
              + " diagnoses.");
    }
    LocalDate today = LocalDate.now(clock);
    DisclosureDecision decision = consents.mayDisclose(a.getPatientId(), a.getPayerId(), today);
    if (!decision.allowed()) {
      LOG.info(
          () ->
              "PA packet refused (Part 2): authorization "
                  + a.getId()
                  + ", payer "
                  + a.getPayerId()
                  + ": "
                  + decision.reason());
      throw new ConflictException(
          "No PA packet: 42 CFR Part 2 forbids disclosing this patient's records to payer "
              + a.getPayerId()
              + " ("
              + decision.reason()
              + "). Record the patient's written consent first.");
    }
    Part2Consent consent = em.find(Part2Consent.class, decision.consentId());
    PaPacket packet = assemble(a, consent, today);
    byte[] pdf = new PaPacketRenderer().render(packet);
    DisclosureLogEntry logged =
        consents.recordDisclosure(
            a.getPatientId(),
            a.getPayerId(),
            DisclosureKind.PA_PACKET,
            "authorization " + a.getId());
    audit.record(
        "authorization.packet",
        "Authorization",
        a.getId(),
        "disclosure="
            + logged.getId()
            + " consent="
            + consent.getId()
            + " bytes="
            + pdf.length
            + " attachments="
            + packet.attachments().size());
    return new Printed(
        pdf, "pa-" + a.getId() + ".pdf", logged.getId(), packet.attachments().size());
  }

  PaPacket assemble(Authorization a, Part2Consent consent, LocalDate today) {
    Prescription rx = a.getPrescription();
    Patient patient = a.getPatient();
    Payer payer = a.getPayer();
    Coverage coverage = a.getCoverage();
    Drug drug = rx.getDrug();
    List<ChecklistItem> items = authorizations.checklistItems(a);
    List<ChecklistCheck.ItemResult> checklist = authorizations.checklist(a);
    List<Evidence> disclosed =
        authorizations.evidence(a.getId()).stream()
            .filter(e -> ChecklistCheck.requested(items, e.getKind(), e.getItemCode()))
            .toList();
    List<LocalDate> injections =
        em.createNamedQuery(Dose.OF_PATIENT, Dose.class)
            .setParameter("patientId", patient.getId())
            .getResultStream()
            .filter(d -> d.getKind() == DoseKind.INJECTION || d.getKind() == DoseKind.ORAL_FILL)
            .filter(d -> d.getPrescriptionId() == rx.getId())
            .map(Dose::getGivenOn)
            .sorted()
            .toList();
    LocalDate firstDose = injections.isEmpty() ? null : injections.get(0);
    Provider billing =
        em.createNamedQuery(Provider.ALL, Provider.class)
            .getResultStream()
            .filter(p -> p.getKind() == ProviderKind.BILLING)
            .findFirst()
            .orElse(null);
    Provider prescriber = rx.getPrescriber();
    boolean hcpcs = Drug.J2315.equals(a.getDrugCode());
    return new PaPacket(
        a.getId(),
        patient.getId(),
        today,
        new PaPacket.Party(payer.getName(), payer.getPaFax(), null, List.of()),
        billing == null
            ? new PaPacket.Party("", null, null, List.of())
            : new PaPacket.Party(
                billing.getDisplayName(), null, billing.getNpi(), lines(billing.getAddress())),
        new PaPacket.Member(
            patient.getFirstName() + " " + patient.getLastName(),
            patient.getBirthDate(),
            patient.getSex() == null ? null : patient.getSex().name(),
            coverage == null ? null : coverage.getMemberId(),
            coverage == null ? null : coverage.getGroupNumber(),
            String.join(", ", lines(patient.getAddress())),
            patient.getPhone()),
        new PaPacket.Prescriber(
            prescriber.getDisplayName(),
            prescriber.getNpi(),
            prescriber.getDea(),
            prescriber.getTaxonomy(),
            String.join(", ", lines(prescriber.getAddress()))),
        new PaPacket.Medication(
            drug.getName(),
            drug.getStrength(),
            drug.getNdc11(),
            hcpcs ? drug.getHcpcs() : null,
            hcpcs ? drug.getBillingUnits() : null,
            rx.getDose(),
            rx.getFrequencyDays(),
            a.getBenefit() + " — " + rx.getRoute(),
            firstDose != null && firstDose.isBefore(a.getRequestedFrom()),
            firstDose,
            a.getRequestedFrom(),
            a.getRequestedTo()),
        rx.getDiagnosisCodes(),
        checklist.stream()
            .filter(ChecklistCheck.ItemResult::satisfied)
            .map(r -> new PaPacket.Criterion(r.code(), r.label(), r.explanation()))
            .toList(),
        disclosed.stream()
            .filter(e -> e.getKind() != EvidenceKind.DOCUMENT)
            .map(
                e ->
                    new PaPacket.EvidenceLine(
                        e.getKind().name(), e.getObservedOn(), e.getResult(), e.getDetail()))
            .toList(),
        disclosed.stream()
            .filter(e -> e.getKind() == EvidenceKind.DOCUMENT)
            .sorted(Comparator.comparing(Evidence::getId))
            .map(
                e ->
                    new PaPacket.Attachment(
                        e.getItemCode() + ": " + e.getFileName(),
                        e.getContentType(),
                        e.getContent()))
            .toList(),
        new PaPacket.Consent(
            consent.getId(),
            consent.getScope() == ConsentScope.ALL_PAYERS
                ? "any health plan or third-party payer"
                : payer.getName(),
            consent.getPurpose() == ConsentPurpose.TPO
                ? "treatment, payment and health care operations"
                : "payment",
            consent.getSignedOn(),
            consent.getExpiresOn()));
  }

  private static List<String> lines(Address address) {
    if (address == null) {
      return List.of();
    }
    List<String> lines = new ArrayList<>();
    Stream.of(address.line1, address.line2)
        .filter(s -> s != null && !s.isBlank())
        .forEach(lines::add);
    lines.add(
        Stream.of(address.city, address.state, address.zip)
            .filter(s -> s != null && !s.isBlank())
            .collect(Collectors.joining(" ")));
    return lines;
  }
}
