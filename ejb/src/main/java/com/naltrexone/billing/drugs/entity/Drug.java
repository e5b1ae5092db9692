package com.naltrexone.billing.drugs.entity;

import com.naltrexone.billing.platform.entity.RegistryRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A product in the catalog: Vivitrol 380 mg kit (NDC 65757-0300-01, HCPCS J2315, 380 billing units)
 * or an oral naltrexone 50 mg NDC. Prices are separate effective-dated rows.
 */
@Entity
@Table(name = "drug")
@NamedQuery(name = Drug.ALL, query = "select d from Drug d order by d.form, d.name, d.id")
@NamedQuery(name = Drug.BY_NDC, query = "select d from Drug d where d.ndc11 = :ndc11")
public class Drug extends RegistryRecord {

  public static final String ALL = "Drug.all";
  public static final String BY_NDC = "Drug.byNdc";

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DrugForm form;

  @Column(nullable = false)
  private String ndc11;

  @Column(name = "labeled_ndc", nullable = false)
  private String labeledNdc;

  /** HCPCS code billed for it on the 837 (J2315), or null for pharmacy-benefit drugs. */
  private String hcpcs;

  /** HCPCS units in one package: 380 for a Vivitrol kit (J2315 is per 1 mg). */
  @Column(name = "billing_units")
  private int billingUnits;

  @Column(nullable = false)
  private String strength;

  private boolean active = true;

  protected Drug() {}

  public Drug(
      String name,
      DrugForm form,
      String labeledNdc,
      String hcpcs,
      int billingUnits,
      String strength) {
    update(name, form, labeledNdc, hcpcs, billingUnits, strength, true);
  }

  public final void update(
      String name,
      DrugForm form,
      String labeledNdc,
      String hcpcs,
      int billingUnits,
      String strength,
      boolean active) {
    this.name = name;
    this.form = form;
    this.labeledNdc = labeledNdc;
    this.ndc11 = Ndc.parse(labeledNdc).value();
    this.hcpcs = hcpcs;
    this.billingUnits = billingUnits;
    this.strength = strength;
    this.active = active;
  }

  public Ndc ndc() {
    return new Ndc(ndc11);
  }

  public String getName() {
    return name;
  }

  public DrugForm getForm() {
    return form;
  }

  public String getNdc11() {
    return ndc11;
  }

  public String getLabeledNdc() {
    return labeledNdc;
  }

  public String getHcpcs() {
    return hcpcs;
  }

  public int getBillingUnits() {
    return billingUnits;
  }

  public String getStrength() {
    return strength;
  }

  public boolean isActive() {
    return active;
  }
}
