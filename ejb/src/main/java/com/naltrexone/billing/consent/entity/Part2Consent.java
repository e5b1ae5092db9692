package com.naltrexone.billing.consent.entity;

import com.naltrexone.billing.coverage.entity.Payer;
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

/**
 * A patient's written 42 CFR Part 2 consent to disclose SUD records to payers. Without one in force
 * for a payer, no claim, eligibility request or PA packet goes to that payer. Dates are whole days:
 * the consent is in force from {@code signedOn}; {@code expiresOn} and {@code revokedOn} are the
 * first days it no longer is (a consent revoked on the 1st cannot be used on the 1st).
 */
@Entity
@Table(name = "part2_consent")
@NamedQuery(
    name = Part2Consent.OF_PATIENT,
    query =
        "select c from Part2Consent c where c.patient.id = :patientId"
            + " order by c.signedOn desc, c.id desc")
@NamedQuery(
    name = Part2Consent.OF_PATIENTS,
    query =
        "select c from Part2Consent c where c.patient.id in :patientIds"
            + " order by c.signedOn desc, c.id desc")
public class Part2Consent extends RegistryRecord {

  public static final String OF_PATIENT = "Part2Consent.ofPatient";
  public static final String OF_PATIENTS = "Part2Consent.ofPatients";

  @ManyToOne(optional = false)
  @JoinColumn(name = "patient_id", updatable = false)
  private Patient patient;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ConsentScope scope;

  /** The named payer of a PAYER-scope consent; null for ALL_PAYERS. */
  @ManyToOne
  @JoinColumn(name = "payer_id")
  private Payer payer;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ConsentPurpose purpose;

  @Column(name = "signed_on", nullable = false)
  private LocalDate signedOn;

  /** Null: no expiry (allowed for a TPO consent until revoked). */
  @Column(name = "expires_on")
  private LocalDate expiresOn;

  @Column(name = "revoked_on")
  private LocalDate revokedOn;

  protected Part2Consent() {}

  public Part2Consent(
      Patient patient,
      ConsentScope scope,
      Payer payer,
      ConsentPurpose purpose,
      LocalDate signedOn,
      LocalDate expiresOn) {
    this.patient = patient;
    this.scope = scope;
    this.payer = payer;
    this.purpose = purpose;
    this.signedOn = signedOn;
    this.expiresOn = expiresOn;
  }

  /** Revocation stops future disclosures only; what was already sent stands. */
  public void revoke(LocalDate on) {
    this.revokedOn = on;
  }

  /** Whether the consent names this payer (or all payers), whatever its dates. */
  public boolean covers(long payerId) {
    return scope == ConsentScope.ALL_PAYERS
        || (payer != null && payer.getId() != null && payer.getId() == payerId);
  }

  /**
   * Why this consent cannot be used on {@code on} (for a payer it covers), or null when it can: not
   * yet signed, expired, or revoked.
   */
  public String whyNotInForceOn(LocalDate on) {
    if (revokedOn != null && !revokedOn.isAfter(on)) {
      return "consent " + getId() + " was revoked on " + revokedOn;
    }
    if (signedOn.isAfter(on)) {
      return "consent " + getId() + " was signed on " + signedOn + ", after " + on;
    }
    if (expiresOn != null && !expiresOn.isAfter(on)) {
      return "consent " + getId() + " expired on " + expiresOn;
    }
    return null;
  }

  public boolean isRevoked() {
    return revokedOn != null;
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

  public Long getPayerId() {
    return payer == null ? null : payer.getId();
  }

  public ConsentScope getScope() {
    return scope;
  }

  public ConsentPurpose getPurpose() {
    return purpose;
  }

  public LocalDate getSignedOn() {
    return signedOn;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public LocalDate getRevokedOn() {
    return revokedOn;
  }
}
