package com.naltrexone.billing.consent.entity;

import com.naltrexone.billing.coverage.entity.Payer;
import com.naltrexone.billing.patients.entity.Patient;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One outbound disclosure of a patient's SUD records to a payer, under which consent, by whom and
 * when (Part 2 / HIPAA disclosure log). Append-only: the application never changes or deletes one.
 */
@Entity
@Table(name = "disclosure_log")
@NamedQuery(
    name = DisclosureLogEntry.OF_PATIENT,
    query =
        "select d from DisclosureLogEntry d where d.patient.id = :patientId"
            + " order by d.disclosedAt desc, d.id desc")
public class DisclosureLogEntry {

  public static final String OF_PATIENT = "DisclosureLogEntry.ofPatient";

  /** The registry sequence declared on {@code RegistryRecord} (generator names are global). */
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registry_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "patient_id", updatable = false)
  private Patient patient;

  @ManyToOne(optional = false)
  @JoinColumn(name = "payer_id", updatable = false)
  private Payer payer;

  @ManyToOne(optional = false)
  @JoinColumn(name = "consent_id", updatable = false)
  private Part2Consent consent;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private DisclosureKind what;

  /** What was sent, by its identifier: claim number, packet id, interchange control number. */
  @Column(nullable = false, updatable = false)
  private String reference;

  @Column(name = "disclosed_at", nullable = false, updatable = false)
  private Instant disclosedAt;

  @Column(nullable = false, updatable = false)
  private String actor;

  protected DisclosureLogEntry() {}

  public DisclosureLogEntry(
      Patient patient,
      Payer payer,
      Part2Consent consent,
      DisclosureKind what,
      String reference,
      Instant disclosedAt,
      String actor) {
    this.patient = patient;
    this.payer = payer;
    this.consent = consent;
    this.what = what;
    this.reference = reference;
    this.disclosedAt = disclosedAt;
    this.actor = actor;
  }

  public Long getId() {
    return id;
  }

  @JsonbTransient
  public Patient getPatient() {
    return patient;
  }

  @JsonbTransient
  public Payer getPayer() {
    return payer;
  }

  @JsonbTransient
  public Part2Consent getConsent() {
    return consent;
  }

  public long getPatientId() {
    return patient.getId();
  }

  public long getPayerId() {
    return payer.getId();
  }

  public long getConsentId() {
    return consent.getId();
  }

  public DisclosureKind getWhat() {
    return what;
  }

  public String getReference() {
    return reference;
  }

  public Instant getDisclosedAt() {
    return disclosedAt;
  }

  public String getActor() {
    return actor;
  }
}
