package com.naltrexone.billing.claims.entity;

import com.naltrexone.billing.authorizations.entity.Authorization;
import com.naltrexone.billing.coverage.entity.Coverage;
import com.naltrexone.billing.coverage.entity.Payer;
import com.naltrexone.billing.patients.entity.Patient;
import com.naltrexone.billing.platform.entity.RegistryRecord;
import com.naltrexone.billing.prescriptions.entity.Dose;
import com.naltrexone.billing.providers.entity.Location;
import com.naltrexone.billing.providers.entity.Provider;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A professional claim (837P) for one dose to one payer, with its lines, what the scrubber found
 * and its status history. Replacements (7) and voids (8) are new claims that name the one they
 * replace and carry the payer's claim number.
 */
@Entity
@Table(name = "claim")
@NamedQuery(
    name = Claim.COUNT_BY_STATUS,
    query = "select count(c) from Claim c where c.status = :status")
@NamedQuery(
    name = Claim.OPEN_FOR_SERVICE,
    query =
        "select c from Claim c join c.lines l where c.patient.id = :patientId"
            + " and c.serviceDate = :date and l.procedureCode = :code and c.id <> :self"
            + " and c.status in :open")
@NamedQuery(
    name = Claim.READY_IDS_FOR_PAYER,
    query =
        "select c.id from Claim c where c.status = :status and c.payer.id = :payerId order by c.id")
@NamedQuery(
    name = Claim.PAYERS_WITH_STATUS,
    query = "select distinct c.payer.id from Claim c where c.status = :status")
@NamedQuery(
    name = Claim.IN_INTERCHANGE,
    query = "select c from Claim c where c.interchangeId = :interchangeId order by c.id")
@NamedQuery(
    name = Claim.BY_PCN,
    query = "select c from Claim c where c.patientControlNumber = :pcn")
@NamedQuery(
    name = Claim.TO_MARK_SENT,
    query =
        "select c.id, c.status, c.patientId, c.payerId, c.patientControlNumber from Claim c"
            + " where c.interchangeId = :interchangeId order by c.id")
@NamedQuery(
    name = Claim.MARK_SENT,
    query =
        "update Claim c set c.status = :sent, c.sentAt = :at, c.version = c.version + 1"
            + " where c.interchangeId = :interchangeId")
public class Claim extends RegistryRecord {

  public static final String COUNT_BY_STATUS = "Claim.countByStatus";
  public static final String OPEN_FOR_SERVICE = "Claim.openForService";
  public static final String READY_IDS_FOR_PAYER = "Claim.readyIdsForPayer";
  public static final String PAYERS_WITH_STATUS = "Claim.payersWithStatus";
  public static final String IN_INTERCHANGE = "Claim.inInterchange";
  public static final String BY_PCN = "Claim.byPcn";

  /**
   * A file's claims as marking them SENT needs them: id, status, patient id, payer id and patient
   * control number, in id order.
   */
  public static final String TO_MARK_SENT = "Claim.toMarkSent";

  /**
   * What {@link #sent} sets on a claim (status, time, and a new version), for all the claims of an
   * interchange in one statement; their status changes are {@link #sentChange}. By interchange, not
   * by a list of ids: after a bulk update EclipseLink checks each cached claim against the
   * condition in memory, and an {@code in} list of 500 ids made that a third of sending a file.
   */
  public static final String MARK_SENT = "Claim.markSent";

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "patient_id")
  private Patient patient;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "coverage_id")
  private Coverage coverage;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "payer_id")
  private Payer payer;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "dose_id")
  private Dose dose;

  // The four keys as plain columns too (read-only, written through the relations above), so that
  // a page of claims serialized as JSON does not load each claim's patient, coverage, payer and
  // dose just to name their ids. Set with the relations for a claim not yet read back.
  @Column(name = "patient_id", insertable = false, updatable = false)
  private long patientId;

  @Column(name = "coverage_id", insertable = false, updatable = false)
  private long coverageId;

  @Column(name = "payer_id", insertable = false, updatable = false)
  private long payerId;

  @Column(name = "dose_id", insertable = false, updatable = false)
  private long doseId;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "location_id")
  private Location location;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "billing_provider_id")
  private Provider billingProvider;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "rendering_provider_id")
  private Provider renderingProvider;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "authorization_id")
  private Authorization authorization;

  @Column(name = "patient_control_number", nullable = false)
  private String patientControlNumber;

  @Column(nullable = false)
  private String frequency;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "replaces_claim_id")
  private Claim replaces;

  @Column(name = "payer_claim_number")
  private String payerClaimNumber;

  @Column(name = "service_date", nullable = false)
  private LocalDate serviceDate;

  @Column(name = "place_of_service", nullable = false)
  private String placeOfService;

  @Column(name = "prior_auth_number")
  private String priorAuthNumber;

  @Column(name = "total_charge", nullable = false)
  private BigDecimal totalCharge = BigDecimal.ZERO;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ClaimStatus status;

  @Column(name = "interchange_id")
  private Long interchangeId;

  @Column(name = "transaction_control_number")
  private String transactionControlNumber;

  @Column(name = "original_key")
  private String originalKey;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @ElementCollection
  @CollectionTable(name = "claim_diagnosis", joinColumns = @JoinColumn(name = "claim_id"))
  @OrderColumn(name = "position")
  @Column(name = "code", nullable = false)
  private List<String> diagnosisCodes = new ArrayList<>();

  @OneToMany(mappedBy = "claim", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("lineNumber")
  private List<ClaimLine> lines = new ArrayList<>();

  @OneToMany(mappedBy = "claim", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<ClaimFinding> findings = new ArrayList<>();

  @OneToMany(mappedBy = "claim", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<ClaimStatusChange> history = new ArrayList<>();

  protected Claim() {}

  /** A new original claim for a dose to a coverage's payer. */
  public Claim(
      Dose dose,
      Coverage coverage,
      Location location,
      Provider billingProvider,
      Provider renderingProvider,
      List<String> diagnosisCodes,
      Instant createdAt) {
    this.dose = dose;
    this.patient = dose.getPatient();
    this.coverage = coverage;
    this.payer = coverage.getPayer();
    keys();
    this.location = location;
    this.billingProvider = billingProvider;
    this.renderingProvider = renderingProvider;
    this.serviceDate = dose.getGivenOn();
    this.placeOfService = location.getPlaceOfService();
    this.frequency = ClaimFrequency.ORIGINAL.code();
    this.originalKey = dose.getId() + ":" + coverage.getId();
    this.diagnosisCodes.addAll(diagnosisCodes);
    this.createdAt = createdAt;
    this.status = ClaimStatus.HELD;
  }

  /**
   * Gives the claim its patient control number (CLM01, at most 20 characters, unique): needs the
   * id, so it is called right after {@code persist} (which draws it from the sequence).
   */
  public void number() {
    if (patientControlNumber == null) {
      patientControlNumber = String.format("NB%010d", getId());
    }
  }

  public ClaimLine addLine(
      String procedureCode,
      List<String> modifiers,
      BigDecimal charge,
      BigDecimal units,
      List<Integer> pointers) {
    ClaimLine line =
        new ClaimLine(this, lines.size() + 1, procedureCode, modifiers, charge, units, pointers);
    lines.add(line);
    totalCharge = lines.stream().map(ClaimLine::getCharge).reduce(BigDecimal.ZERO, BigDecimal::add);
    return line;
  }

  public void authorizedBy(Authorization authorization) {
    this.authorization = authorization;
    this.priorAuthNumber = authorization == null ? null : authorization.getAuthNumber();
  }

  /** Replaces this claim's findings with a fresh scrub and moves it to HELD or READY. */
  public void scrubbed(List<Finding> found, Instant at, String actor) {
    findings.clear();
    found.forEach(f -> findings.add(new ClaimFinding(this, f, at)));
    boolean blocked = found.stream().anyMatch(Finding::blocks);
    moveTo(
        blocked ? ClaimStatus.HELD : ClaimStatus.READY,
        at,
        actor,
        blocked
            ? "scrubber: " + found.stream().filter(Finding::blocks).count() + " error(s)"
            : null);
  }

  /** Adds one finding without a full re-scrub (a 999 or 277CA rejection, a failed upload). */
  public void found(Finding finding, Instant at) {
    findings.add(new ClaimFinding(this, finding, at));
  }

  public void batchedInto(long interchangeId, String transactionControlNumber, Instant at) {
    this.interchangeId = interchangeId;
    this.transactionControlNumber = transactionControlNumber;
    moveTo(ClaimStatus.BATCHED, at, "system", "interchange " + interchangeId);
  }

  /** Back to READY after a failed upload: the next run sends it in a new interchange. */
  public void unbatched(Instant at, String reason) {
    this.interchangeId = null;
    this.transactionControlNumber = null;
    moveTo(ClaimStatus.READY, at, "system", reason);
  }

  public void sent(Instant at) {
    this.sentAt = at;
    moveTo(ClaimStatus.SENT, at, "system", sentReason(interchangeId));
  }

  private static String sentReason(Long interchangeId) {
    return "interchange " + interchangeId;
  }

  /**
   * The status change {@link #sent} records, for a claim of interchange {@code interchangeId} known
   * only by reference (the submission marks a whole file's claims SENT without reading them: this
   * change, then {@link #MARK_SENT} for what {@link #sent} sets on the claim).
   */
  public static ClaimStatusChange sentChange(
      Claim reference, ClaimStatus from, long interchangeId, Instant at) {
    return new ClaimStatusChange(
        reference, from, ClaimStatus.SENT, at, "system", sentReason(interchangeId));
  }

  public void moveTo(ClaimStatus to, Instant at, String actor, String reason) {
    if (to == status && reason == null) {
      return;
    }
    history.add(new ClaimStatusChange(this, status, to, at, actor, reason));
    this.status = to;
  }

  /**
   * A replacement (7) or void (8) of this claim as the payer knows it: same patient, coverage,
   * dose, providers, authorization and diagnoses, REF*F8 with the payer's claim number. Persist it,
   * give it its number, then {@link #copyLinesFrom} this claim.
   */
  public Claim correction(ClaimFrequency kind, String payerClaimNumber, Instant at) {
    if (kind == ClaimFrequency.ORIGINAL) {
      throw new IllegalArgumentException("a correction is a replacement (7) or a void (8)");
    }
    Claim c = new Claim();
    c.dose = dose;
    c.patient = patient;
    c.coverage = coverage;
    c.payer = payer;
    c.keys();
    c.location = location;
    c.billingProvider = billingProvider;
    c.renderingProvider = renderingProvider;
    c.authorization = authorization;
    c.priorAuthNumber = priorAuthNumber;
    c.serviceDate = serviceDate;
    c.placeOfService = placeOfService;
    c.frequency = kind.code();
    c.replaces = this;
    c.payerClaimNumber = payerClaimNumber;
    c.diagnosisCodes.addAll(diagnosisCodes);
    c.createdAt = at;
    c.status = ClaimStatus.HELD;
    return c;
  }

  /** Repeats another claim's service lines (with their NDCs) on this one. */
  public void copyLinesFrom(Claim other) {
    for (ClaimLine l : other.lines) {
      addLine(
              l.getProcedureCode(),
              l.getModifiers(),
              l.getCharge(),
              l.getUnits(),
              l.getDiagnosisPointers())
          .drug(l.getNdc11(), l.getNdcQuantity(), l.getNdcUnit());
    }
  }

  /** Removes the diagnosis codes (flush before {@link #diagnosed}: see ClaimCorrections). */
  public void forgetDiagnoses() {
    diagnosisCodes.clear();
  }

  /**
   * New diagnosis codes (a correction); every line then points to the first four of them, as the
   * builder does.
   */
  public void diagnosed(List<String> codes) {
    diagnosisCodes.clear();
    diagnosisCodes.addAll(codes);
    List<Integer> pointers =
        java.util.stream.IntStream.rangeClosed(1, Math.min(4, codes.size())).boxed().toList();
    lines.forEach(l -> l.pointTo(pointers));
  }

  public boolean hasBlockingFindings() {
    return findings.stream().anyMatch(f -> f.getSeverity() == ClaimFinding.Severity.ERROR);
  }

  @JsonbTransient
  public Patient getPatient() {
    return patient;
  }

  @JsonbTransient
  public Coverage getCoverage() {
    return coverage;
  }

  @JsonbTransient
  public Payer getPayer() {
    return payer;
  }

  @JsonbTransient
  public Dose getDose() {
    return dose;
  }

  @JsonbTransient
  public Location getLocation() {
    return location;
  }

  @JsonbTransient
  public Provider getBillingProvider() {
    return billingProvider;
  }

  @JsonbTransient
  public Provider getRenderingProvider() {
    return renderingProvider;
  }

  @JsonbTransient
  public Authorization getAuthorization() {
    return authorization;
  }

  @JsonbTransient
  public Claim getReplaces() {
    return replaces;
  }

  private void keys() {
    this.patientId = patient.getId();
    this.coverageId = coverage.getId();
    this.payerId = payer.getId();
    this.doseId = dose.getId();
  }

  public long getPatientId() {
    return patientId;
  }

  public long getPayerId() {
    return payerId;
  }

  public long getCoverageId() {
    return coverageId;
  }

  public long getDoseId() {
    return doseId;
  }

  public String getPatientControlNumber() {
    return patientControlNumber;
  }

  public ClaimFrequency getFrequency() {
    return ClaimFrequency.of(frequency);
  }

  public String getPayerClaimNumber() {
    return payerClaimNumber;
  }

  public LocalDate getServiceDate() {
    return serviceDate;
  }

  public String getPlaceOfService() {
    return placeOfService;
  }

  public String getPriorAuthNumber() {
    return priorAuthNumber;
  }

  public BigDecimal getTotalCharge() {
    return totalCharge;
  }

  public ClaimStatus getStatus() {
    return status;
  }

  public Long getInterchangeId() {
    return interchangeId;
  }

  public String getTransactionControlNumber() {
    return transactionControlNumber;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public List<String> getDiagnosisCodes() {
    return List.copyOf(diagnosisCodes);
  }

  public List<ClaimLine> getLines() {
    return List.copyOf(lines);
  }

  public List<ClaimFinding> getFindings() {
    return List.copyOf(findings);
  }

  public List<ClaimStatusChange> getHistory() {
    return List.copyOf(history);
  }
}
