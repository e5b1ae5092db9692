package com.naltrexone.billing.claims.entity;

import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** One service line (2400): J2315 with its NDC (LIN/CTP), or 96372. */
@Entity
@Table(name = "claim_line")
public class ClaimLine {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_line_seq")
  @SequenceGenerator(name = "claim_line_seq", sequenceName = "claim_seq", allocationSize = 500)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "claim_id")
  private Claim claim;

  @Column(name = "line_number")
  private int lineNumber;

  @Column(name = "procedure_code", nullable = false)
  private String procedureCode;

  /** Up to four two-character modifiers, colon separated (JZ, JW, TB...). */
  private String modifiers;

  @Column(nullable = false)
  private BigDecimal charge;

  @Column(nullable = false)
  private BigDecimal units;

  private String ndc11;

  @Column(name = "ndc_quantity")
  private BigDecimal ndcQuantity;

  @Column(name = "ndc_unit")
  private String ndcUnit;

  /** Pointers into the claim's diagnoses, 1-based, colon separated (SV107). */
  @Column(name = "diagnosis_pointers", nullable = false)
  private String diagnosisPointers;

  @Column(name = "line_control_number", nullable = false)
  private String lineControlNumber;

  protected ClaimLine() {}

  ClaimLine(
      Claim claim,
      int lineNumber,
      String procedureCode,
      List<String> modifiers,
      BigDecimal charge,
      BigDecimal units,
      List<Integer> pointers) {
    this.claim = claim;
    this.lineNumber = lineNumber;
    this.procedureCode = procedureCode;
    this.modifiers = modifiers.isEmpty() ? null : String.join(":", modifiers);
    this.charge = charge;
    this.units = units;
    this.diagnosisPointers = String.join(":", pointers.stream().map(String::valueOf).toList());
    this.lineControlNumber = claim.getPatientControlNumber() + "L" + lineNumber;
  }

  /** The drug's NDC for LIN/CTP, in the payer's unit. */
  public void drug(String ndc11, BigDecimal quantity, String unit) {
    this.ndc11 = ndc11;
    this.ndcQuantity = quantity;
    this.ndcUnit = unit;
  }

  void pointTo(List<Integer> pointers) {
    this.diagnosisPointers = String.join(":", pointers.stream().map(String::valueOf).toList());
  }

  public Long getId() {
    return id;
  }

  @JsonbTransient
  public Claim getClaim() {
    return claim;
  }

  public int getLineNumber() {
    return lineNumber;
  }

  public String getProcedureCode() {
    return procedureCode;
  }

  public List<String> getModifiers() {
    return modifiers == null ? List.of() : Arrays.asList(modifiers.split(":"));
  }

  public BigDecimal getCharge() {
    return charge;
  }

  public BigDecimal getUnits() {
    return units;
  }

  public String getNdc11() {
    return ndc11;
  }

  public BigDecimal getNdcQuantity() {
    return ndcQuantity;
  }

  public String getNdcUnit() {
    return ndcUnit;
  }

  public List<Integer> getDiagnosisPointers() {
    return Arrays.stream(diagnosisPointers.split(":")).map(Integer::valueOf).toList();
  }

  public String getLineControlNumber() {
    return lineControlNumber;
  }
}
