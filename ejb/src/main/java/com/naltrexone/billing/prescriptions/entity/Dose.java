package com.naltrexone.billing.prescriptions.entity;

import com.naltrexone.billing.drugs.entity.DrugLot;
import com.naltrexone.billing.patients.entity.Patient;
import com.naltrexone.billing.platform.entity.RegistryRecord;
import com.naltrexone.billing.providers.entity.Location;
import com.naltrexone.billing.providers.entity.Provider;
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
 * One Vivitrol injection given (with the lot, its NDC and expiry, the site and who gave it) or one
 * oral fill recorded. A buy-and-bill or specialty-pharmacy injection is billable: claims are built
 * from it.
 */
@Entity
@Table(name = "dose")
@NamedQuery(
    name = Dose.OF_PATIENT,
    query =
        "select d from Dose d where d.patient.id = :patientId order by d.givenOn desc, d.id desc")
@NamedQuery(
    name = Dose.LAST_INJECTION,
    query =
        "select d from Dose d where d.patient.id = :patientId and d.kind = :kind"
            + " and d.givenOn <= :on order by d.givenOn desc, d.id desc")
public class Dose extends RegistryRecord {

  public static final String OF_PATIENT = "Dose.ofPatient";
  public static final String LAST_INJECTION = "Dose.lastInjection";

  @ManyToOne(optional = false)
  @JoinColumn(name = "patient_id")
  private Patient patient;

  @ManyToOne(optional = false)
  @JoinColumn(name = "prescription_id")
  private Prescription prescription;

  @ManyToOne
  @JoinColumn(name = "location_id")
  private Location location;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DoseKind kind;

  @Column(name = "given_on", nullable = false)
  private LocalDate givenOn;

  @ManyToOne
  @JoinColumn(name = "lot_id")
  private DrugLot lot;

  @Column(nullable = false)
  private String ndc11;

  @Enumerated(EnumType.STRING)
  private InjectionSite site;

  @ManyToOne
  @JoinColumn(name = "administered_by")
  private Provider administeredBy;

  @Column(name = "days_supply")
  private Integer daysSupply;

  /** Milligrams discarded: 0 means the payer's JZ modifier, more means JW. */
  @Column(name = "waste_mg")
  private Integer wasteMg;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Route route;

  private boolean billable;

  protected Dose() {}

  /** An injection from a lot. */
  public static Dose injection(
      Prescription prescription,
      Location location,
      LocalDate givenOn,
      DrugLot lot,
      InjectionSite site,
      Provider administeredBy,
      int wasteMg) {
    Dose d = new Dose();
    d.patient = prescription.getPatient();
    d.prescription = prescription;
    d.location = location;
    d.kind = DoseKind.INJECTION;
    d.givenOn = givenOn;
    d.lot = lot;
    d.ndc11 = lot.getNdc11();
    d.site = site;
    d.administeredBy = administeredBy;
    d.wasteMg = wasteMg;
    d.route = prescription.getRoute();
    d.billable = prescription.getRoute().isBilledByUs();
    return d;
  }

  /** An oral fill at a pharmacy: recorded for the medication list and cost comparison only. */
  public static Dose oralFill(Prescription prescription, LocalDate filledOn, int daysSupply) {
    Dose d = new Dose();
    d.patient = prescription.getPatient();
    d.prescription = prescription;
    d.kind = DoseKind.ORAL_FILL;
    d.givenOn = filledOn;
    d.ndc11 = prescription.getDrug().getNdc11();
    d.daysSupply = daysSupply;
    d.route = prescription.getRoute();
    d.billable = false;
    return d;
  }

  @JsonbTransient
  public Patient getPatient() {
    return patient;
  }

  @JsonbTransient
  public Prescription getPrescription() {
    return prescription;
  }

  @JsonbTransient
  public Location getLocation() {
    return location;
  }

  @JsonbTransient
  public DrugLot getLot() {
    return lot;
  }

  @JsonbTransient
  public Provider getAdministeredBy() {
    return administeredBy;
  }

  public long getPatientId() {
    return patient.getId();
  }

  public long getPrescriptionId() {
    return prescription.getId();
  }

  public Long getLocationId() {
    return location == null ? null : location.getId();
  }

  public Long getLotId() {
    return lot == null ? null : lot.getId();
  }

  public String getLotNumber() {
    return lot == null ? null : lot.getLotNumber();
  }

  public LocalDate getLotExpiresOn() {
    return lot == null ? null : lot.getExpiresOn();
  }

  public Long getAdministeredById() {
    return administeredBy == null ? null : administeredBy.getId();
  }

  public DoseKind getKind() {
    return kind;
  }

  public LocalDate getGivenOn() {
    return givenOn;
  }

  public String getNdc11() {
    return ndc11;
  }

  public InjectionSite getSite() {
    return site;
  }

  public Integer getDaysSupply() {
    return daysSupply;
  }

  public Integer getWasteMg() {
    return wasteMg;
  }

  public Route getRoute() {
    return route;
  }

  public boolean isBillable() {
    return billable;
  }
}
