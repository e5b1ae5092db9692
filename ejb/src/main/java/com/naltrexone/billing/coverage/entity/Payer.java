package com.naltrexone.billing.coverage.entity;

import com.naltrexone.billing.platform.entity.RegistryRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A health plan we bill, with everything that differs between payers kept as data: EDI ids, claim
 * filing indicator, PA and modifier rules, NDC unit convention, timely filing, frequency-7 support
 * and the default PA approval span and unit limit.
 */
@Entity
@Table(name = "payer")
@NamedQuery(name = Payer.ALL, query = "select p from Payer p order by p.name, p.id")
@NamedQuery(name = Payer.BY_837_ID, query = "select p from Payer p where p.payerId837 = :payerId")
public class Payer extends RegistryRecord {

  public static final String ALL = "Payer.all";
  public static final String BY_837_ID = "Payer.by837Id";

  /** The rules part of a payer: what a billing administrator edits. */
  public static class Rules {
    public boolean paRequiredInjection;
    public boolean paRequiredOral;
    public boolean requiresJzJw;
    @jakarta.validation.constraints.NotNull public NdcUnit ndcUnit = NdcUnit.UN;

    @jakarta.validation.constraints.Min(1)
    @jakarta.validation.constraints.Max(730)
    public int timelyFilingDays = 365;

    public boolean acceptsFrequency7 = true;

    @jakarta.validation.constraints.Min(1)
    @jakarta.validation.constraints.Max(366)
    public int paApprovalDays = 180;

    @jakarta.validation.constraints.Min(1)
    @jakarta.validation.constraints.Max(100000)
    public int paUnitLimit = 380;

    @jakarta.validation.constraints.Min(1)
    @jakarta.validation.constraints.Max(366)
    public int paUnitPeriodDays = 28;
  }

  /** The rules as they are now, for editing. */
  public Rules rules() {
    Rules r = new Rules();
    r.paRequiredInjection = paRequiredInjection;
    r.paRequiredOral = paRequiredOral;
    r.requiresJzJw = requiresJzJw;
    r.ndcUnit = ndcUnit;
    r.timelyFilingDays = timelyFilingDays;
    r.acceptsFrequency7 = acceptsFrequency7;
    r.paApprovalDays = paApprovalDays;
    r.paUnitLimit = paUnitLimit;
    r.paUnitPeriodDays = paUnitPeriodDays;
    return r;
  }

  @Column(nullable = false)
  private String name;

  @Column(name = "payer_id_837", nullable = false)
  private String payerId837;

  @Column(name = "payer_id_835", nullable = false)
  private String payerId835;

  @Column(name = "claim_filing_indicator", nullable = false)
  private String claimFilingIndicator;

  @Column(name = "pa_required_injection")
  private boolean paRequiredInjection;

  @Column(name = "pa_required_oral")
  private boolean paRequiredOral;

  @Column(name = "requires_jz_jw")
  private boolean requiresJzJw;

  @Column(name = "ndc_unit", nullable = false)
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private NdcUnit ndcUnit;

  @Column(name = "timely_filing_days")
  private int timelyFilingDays;

  @Column(name = "accepts_frequency_7")
  private boolean acceptsFrequency7;

  @Column(name = "pa_approval_days")
  private int paApprovalDays;

  @Column(name = "pa_unit_limit")
  private int paUnitLimit;

  @Column(name = "pa_unit_period_days")
  private int paUnitPeriodDays;

  @Column(name = "pa_fax")
  private String paFax;

  protected Payer() {}

  public Payer(
      String name,
      String payerId837,
      String payerId835,
      String claimFilingIndicator,
      String paFax,
      Rules rules) {
    update(name, payerId837, payerId835, claimFilingIndicator, paFax, rules);
  }

  public final void update(
      String name,
      String payerId837,
      String payerId835,
      String claimFilingIndicator,
      String paFax,
      Rules rules) {
    this.name = name;
    this.payerId837 = payerId837;
    this.payerId835 = payerId835;
    this.claimFilingIndicator = claimFilingIndicator;
    this.paFax = paFax;
    this.paRequiredInjection = rules.paRequiredInjection;
    this.paRequiredOral = rules.paRequiredOral;
    this.requiresJzJw = rules.requiresJzJw;
    this.ndcUnit = rules.ndcUnit;
    this.timelyFilingDays = rules.timelyFilingDays;
    this.acceptsFrequency7 = rules.acceptsFrequency7;
    this.paApprovalDays = rules.paApprovalDays;
    this.paUnitLimit = rules.paUnitLimit;
    this.paUnitPeriodDays = rules.paUnitPeriodDays;
  }

  public String getName() {
    return name;
  }

  public String getPayerId837() {
    return payerId837;
  }

  public String getPayerId835() {
    return payerId835;
  }

  public String getClaimFilingIndicator() {
    return claimFilingIndicator;
  }

  public String getPaFax() {
    return paFax;
  }

  public boolean isPaRequiredInjection() {
    return paRequiredInjection;
  }

  public boolean isPaRequiredOral() {
    return paRequiredOral;
  }

  public boolean isRequiresJzJw() {
    return requiresJzJw;
  }

  public NdcUnit getNdcUnit() {
    return ndcUnit;
  }

  public int getTimelyFilingDays() {
    return timelyFilingDays;
  }

  public boolean isAcceptsFrequency7() {
    return acceptsFrequency7;
  }

  public int getPaApprovalDays() {
    return paApprovalDays;
  }

  public int getPaUnitLimit() {
    return paUnitLimit;
  }

  public int getPaUnitPeriodDays() {
    return paUnitPeriodDays;
  }
}
