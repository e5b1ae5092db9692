package com.naltrexone.billing.coverage.entity;

import com.naltrexone.billing.patients.entity.Patient;
import com.naltrexone.billing.platform.entity.RegistryRecord;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A patient's membership in a payer's plan, in COB order, for a span of dates. */
@Entity
@Table(name = "coverage")
@NamedQuery(
    name = Coverage.OF_PATIENT,
    query =
        "select c from Coverage c where c.patient.id = :patientId"
            + " order by c.cobOrder, c.effectiveFrom desc, c.id")
public class Coverage extends RegistryRecord {

  public static final String OF_PATIENT = "Coverage.ofPatient";

  @ManyToOne(optional = false)
  @JoinColumn(name = "patient_id")
  private Patient patient;

  @ManyToOne(optional = false)
  @JoinColumn(name = "payer_id")
  private Payer payer;

  @Column(name = "member_id", nullable = false)
  private String memberId;

  @Column(name = "group_number")
  private String groupNumber;

  @Enumerated(EnumType.STRING)
  @Column(name = "plan_type", nullable = false)
  private PlanType planType;

  @Column(name = "subscriber_name")
  private String subscriberName;

  /** Individual relationship code (SBR02 / PAT01): 18 self, 01 spouse, 19 child, G8 other. */
  @Column(nullable = false)
  private String relationship;

  @Column(name = "effective_from", nullable = false)
  private LocalDate effectiveFrom;

  @Column(name = "effective_to")
  private LocalDate effectiveTo;

  @Enumerated(EnumType.STRING)
  @Column(name = "cob_order", nullable = false)
  private CobOrder cobOrder;

  protected Coverage() {}

  public Coverage(Patient patient, Payer payer) {
    this.patient = patient;
    this.payer = payer;
  }

  public void update(
      Payer payer,
      String memberId,
      String groupNumber,
      PlanType planType,
      String subscriberName,
      String relationship,
      LocalDate effectiveFrom,
      LocalDate effectiveTo,
      CobOrder cobOrder) {
    this.payer = payer;
    this.memberId = memberId;
    this.groupNumber = groupNumber;
    this.planType = planType;
    this.subscriberName = subscriberName;
    this.relationship = relationship;
    this.effectiveFrom = effectiveFrom;
    this.effectiveTo = effectiveTo;
    this.cobOrder = cobOrder;
  }

  public boolean isActiveOn(LocalDate date) {
    return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
  }

  /** True when both spans share at least one day (open ends run forever). */
  public boolean overlaps(LocalDate from, LocalDate to) {
    boolean startsBeforeOtherEnds = to == null || !effectiveFrom.isAfter(to);
    boolean otherStartsBeforeThisEnds = effectiveTo == null || !from.isAfter(effectiveTo);
    return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }

  public boolean isSubscriberThePatient() {
    return "18".equals(relationship);
  }

  @JsonbTransient
  public Patient getPatient() {
    return patient;
  }

  @JsonbTransient
  public Payer getPayer() {
    return payer;
  }

  public long getPatientId() {
    return patient.getId();
  }

  public long getPayerId() {
    return payer.getId();
  }

  public String getPayerName() {
    return payer.getName();
  }

  public String getMemberId() {
    return memberId;
  }

  public String getGroupNumber() {
    return groupNumber;
  }

  public PlanType getPlanType() {
    return planType;
  }

  public String getSubscriberName() {
    return subscriberName;
  }

  public String getRelationship() {
    return relationship;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public LocalDate getEffectiveTo() {
    return effectiveTo;
  }

  public CobOrder getCobOrder() {
    return cobOrder;
  }
}
