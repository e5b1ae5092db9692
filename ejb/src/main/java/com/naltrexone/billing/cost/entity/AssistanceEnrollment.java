package com.naltrexone.billing.cost.entity;

import com.naltrexone.billing.patients.entity.Patient;
import com.naltrexone.billing.platform.entity.RegistryRecord;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A patient's enrollment in an assistance program, with the program's enrollment id and dates. What
 * is used in a calendar year is the sum of the program claims of that year, plus an opening amount
 * for the year of enrollment (what the program had already paid before we tracked it).
 */
@Entity
@Table(name = "assistance_enrollment")
@NamedQuery(
    name = AssistanceEnrollment.OF_PATIENT,
    query =
        "select e from AssistanceEnrollment e where e.patient.id = :patientId"
            + " order by e.program.kind, e.enrolledOn desc, e.id")
public class AssistanceEnrollment extends RegistryRecord {

  public static final String OF_PATIENT = "AssistanceEnrollment.ofPatient";

  @ManyToOne(optional = false)
  @JoinColumn(name = "patient_id", updatable = false)
  private Patient patient;

  @ManyToOne(optional = false)
  @JoinColumn(name = "program_id", updatable = false)
  private CopayProgram program;

  @Column(name = "enrollment_number", nullable = false)
  private String enrollmentNumber;

  @Column(name = "enrolled_on", nullable = false)
  private LocalDate enrolledOn;

  @Column(name = "ends_on")
  private LocalDate endsOn;

  @Column(name = "opening_year", nullable = false)
  private int openingYear;

  @Column(name = "opening_used", nullable = false)
  private BigDecimal openingUsed;

  @Column(name = "opening_doses", nullable = false)
  private int openingDoses;

  protected AssistanceEnrollment() {}

  public AssistanceEnrollment(
      Patient patient,
      CopayProgram program,
      String enrollmentNumber,
      LocalDate enrolledOn,
      LocalDate endsOn,
      BigDecimal openingUsed,
      int openingDoses) {
    this.patient = patient;
    this.program = program;
    this.enrollmentNumber = enrollmentNumber;
    this.enrolledOn = enrolledOn;
    this.endsOn = endsOn;
    this.openingYear = enrolledOn.getYear();
    this.openingUsed = openingUsed;
    this.openingDoses = openingDoses;
  }

  /**
   * Whether a dose given on {@code date} may be claimed: from the lookback before enrollment to the
   * end of the enrollment.
   */
  public boolean reaches(LocalDate date) {
    return !date.isBefore(enrolledOn.minusDays(program.getLookbackDays()))
        && (endsOn == null || !date.isAfter(endsOn));
  }

  /** The opening amount, when {@code year} is the year of enrollment. */
  public BigDecimal openingUsedIn(int year) {
    return year == openingYear ? openingUsed : BigDecimal.ZERO;
  }

  public int openingDosesIn(int year) {
    return year == openingYear ? openingDoses : 0;
  }

  @JsonbTransient
  public Patient getPatient() {
    return patient;
  }

  @JsonbTransient
  public CopayProgram getProgram() {
    return program;
  }

  public long getPatientId() {
    return patient.getId();
  }

  public long getProgramId() {
    return program.getId();
  }

  public String getProgramName() {
    return program.getName();
  }

  public String getEnrollmentNumber() {
    return enrollmentNumber;
  }

  public LocalDate getEnrolledOn() {
    return enrolledOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public int getOpeningYear() {
    return openingYear;
  }

  public BigDecimal getOpeningUsed() {
    return openingUsed;
  }

  public int getOpeningDoses() {
    return openingDoses;
  }
}
