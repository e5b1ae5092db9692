package com.naltrexone.billing.authorizations.entity;

import com.naltrexone.billing.platform.entity.RegistryRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/**
 * One requirement a payer checks before approving a drug (diagnosis, opioid-free interval, LFTs,
 * psychosocial treatment, age, no agonist, prior therapies). Data, not code: each payer may have
 * its own list; those without one use the default list (no payer).
 */
@Entity
@Table(name = "pa_checklist_item")
@NamedQuery(
    name = ChecklistItem.FOR_DRUG,
    query =
        "select c from ChecklistItem c where c.drugCode = :drugCode"
            + " and (c.payerId = :payerId or c.payerId is null) order by c.position, c.id")
public class ChecklistItem extends RegistryRecord {

  public static final String FOR_DRUG = "ChecklistItem.forDrug";

  @Column(name = "payer_id")
  private Long payerId;

  @Column(name = "drug_code", nullable = false)
  private String drugCode;

  @Column(nullable = false)
  private String code;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String label;

  @Enumerated(EnumType.STRING)
  @Column(name = "rule_kind", nullable = false)
  private ChecklistRule rule;

  @Column(name = "evidence_kinds")
  private String evidenceKinds;

  @Column(name = "expected_result")
  private String expectedResult;

  @Column(name = "max_age_days")
  private Integer maxAgeDays;

  private String parameter;

  protected ChecklistItem() {}

  /** An item as the checklist rules see it (tests and seeds; rows come from the migration). */
  public ChecklistItem(
      Long payerId,
      String drugCode,
      String code,
      int position,
      String label,
      ChecklistRule rule,
      String evidenceKinds,
      String expectedResult,
      Integer maxAgeDays,
      String parameter) {
    this.payerId = payerId;
    this.drugCode = drugCode;
    this.code = code;
    this.position = position;
    this.label = label;
    this.rule = rule;
    this.evidenceKinds = evidenceKinds;
    this.expectedResult = expectedResult;
    this.maxAgeDays = maxAgeDays;
    this.parameter = parameter;
  }

  /** The evidence kinds that can satisfy this item (empty unless the rule is EVIDENCE). */
  public List<EvidenceKind> acceptedKinds() {
    if (evidenceKinds == null || evidenceKinds.isBlank()) {
      return List.of();
    }
    return Arrays.stream(evidenceKinds.split(","))
        .map(String::trim)
        .map(EvidenceKind::valueOf)
        .toList();
  }

  /** The comma-separated parameter as a list (diagnosis prefixes). */
  public List<String> parameters() {
    if (parameter == null || parameter.isBlank()) {
      return List.of();
    }
    return Arrays.stream(parameter.split(",")).map(String::trim).toList();
  }

  public Long getPayerId() {
    return payerId;
  }

  public String getDrugCode() {
    return drugCode;
  }

  public String getCode() {
    return code;
  }

  public int getPosition() {
    return position;
  }

  public String getLabel() {
    return label;
  }

  public ChecklistRule getRule() {
    return rule;
  }

  public String getEvidenceKinds() {
    return evidenceKinds;
  }

  public String getExpectedResult() {
    return expectedResult;
  }

  public Integer getMaxAgeDays() {
    return maxAgeDays;
  }

  public String getParameter() {
    return parameter;
  }
}
