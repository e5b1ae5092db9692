package com.naltrexone.billing.drugs.entity;

import com.naltrexone.billing.platform.entity.RegistryRecord;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A received lot of a drug (buy-and-bill inventory): the dose takes its NDC and expiry from it. */
@Entity
@Table(name = "drug_lot")
@NamedQuery(
    name = DrugLot.OF_DRUG,
    query = "select l from DrugLot l where l.drug.id = :drugId order by l.expiresOn, l.id")
@NamedQuery(
    name = DrugLot.BY_NUMBER,
    query = "select l from DrugLot l where l.drug.id = :drugId and l.lotNumber = :lotNumber")
public class DrugLot extends RegistryRecord {

  public static final String OF_DRUG = "DrugLot.ofDrug";
  public static final String BY_NUMBER = "DrugLot.byNumber";

  @ManyToOne(optional = false)
  @JoinColumn(name = "drug_id")
  private Drug drug;

  @Column(name = "lot_number", nullable = false)
  private String lotNumber;

  @Column(name = "expires_on", nullable = false)
  private LocalDate expiresOn;

  @Column(name = "received_on", nullable = false)
  private LocalDate receivedOn;

  @Column(name = "is_340b")
  private boolean is340b;

  protected DrugLot() {}

  public DrugLot(
      Drug drug, String lotNumber, LocalDate expiresOn, LocalDate receivedOn, boolean is340b) {
    this.drug = drug;
    this.lotNumber = lotNumber;
    this.expiresOn = expiresOn;
    this.receivedOn = receivedOn;
    this.is340b = is340b;
  }

  /** A lot may be given through its expiry date, not after. */
  public boolean isExpiredOn(LocalDate date) {
    return date.isAfter(expiresOn);
  }

  @JsonbTransient
  public Drug getDrug() {
    return drug;
  }

  public long getDrugId() {
    return drug.getId();
  }

  public String getNdc11() {
    return drug.getNdc11();
  }

  public String getLotNumber() {
    return lotNumber;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public boolean isIs340b() {
    return is340b;
  }
}
