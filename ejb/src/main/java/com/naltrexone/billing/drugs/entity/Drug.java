package com.naltrexone.billing.drugs.entity;

import com.naltrexone.billing.platform.BusinessRuleException.Violation;
import com.naltrexone.billing.platform.entity.RegistryRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

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

  /** HCPCS for depot naltrexone, per 1 mg. */
  public static final String J2315 = "J2315";

  /** One 380 mg Vivitrol kit is 380 J2315 units (SV104 = 380). */
  public static final int J2315_UNITS_PER_KIT = 380;

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

  /**
   * What is wrong with this combination of form, HCPCS code and billing units, as violations naming
   * the field to fix; empty when it is billable. J2315 is per 1 mg, so an injection billed under it
   * is 380 units per kit, and an oral drug is never billed under it.
   */
  public static List<Violation> billingProblems(DrugForm form, String hcpcs, int billingUnits) {
    List<Violation> problems = new ArrayList<>();
    if (billingUnits < 0) {
      problems.add(new Violation("billingUnits", "billing units cannot be negative"));
    }
    if (J2315.equals(hcpcs)) {
      if (form == DrugForm.ORAL) {
        problems.add(
            new Violation(
                "hcpcs", "J2315 is the depot injection code; an oral drug is not billed under it"));
      } else if (billingUnits != J2315_UNITS_PER_KIT) {
        problems.add(
            new Violation(
                "billingUnits",
                "J2315 is billed per 1 mg, so one 380 mg kit is "
                    + J2315_UNITS_PER_KIT
                    + " billing units, not "
                    + billingUnits));
      }
    } else if (hcpcs != null && billingUnits < 1) {
      problems.add(
          new Violation(
              "billingUnits", "a drug billed under " + hcpcs + " needs at least 1 billing unit"));
    }
    return problems;
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
