package com.naltrexone.billing.remittance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One 835 service line (SVC) and the claim line of ours it was matched to (null: none). */
@Entity
@Table(name = "remittance_service_payment")
@NamedQuery(
    name = ServicePayment.OF_CLAIM_PAYMENTS,
    query =
        "select s from ServicePayment s where s.claimPayment.id in :ids"
            + " order by s.claimPayment.id, s.position")
public class ServicePayment extends RemittanceRow {

  public static final String OF_CLAIM_PAYMENTS = "ServicePayment.ofClaimPayments";

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "claim_payment_id")
  private ClaimPayment claimPayment;

  @Column(name = "claim_line_id")
  private Long claimLineId;

  private int position;

  @Column(name = "procedure_text", nullable = false)
  private String procedureText;

  @Column(name = "procedure_code", nullable = false)
  private String procedureCode;

  @Column(name = "original_procedure")
  private String originalProcedure;

  private BigDecimal charge;
  private BigDecimal paid;

  @Column(name = "units_paid")
  private BigDecimal unitsPaid;

  @Column(name = "service_date")
  private LocalDate serviceDate;

  @Column(name = "line_control_number")
  private String lineControlNumber;

  @Embedded private PostedAmounts amounts;

  protected ServicePayment() {}

  public ServicePayment(
      ClaimPayment claimPayment,
      Long claimLineId,
      int position,
      String procedureText,
      String procedureCode,
      String originalProcedure,
      BigDecimal charge,
      BigDecimal paid,
      BigDecimal unitsPaid,
      LocalDate serviceDate,
      String lineControlNumber,
      PostedAmounts amounts) {
    this.claimPayment = claimPayment;
    this.claimLineId = claimLineId;
    this.position = position;
    this.procedureText = procedureText;
    this.procedureCode = procedureCode;
    this.originalProcedure = originalProcedure;
    this.charge = charge;
    this.paid = paid;
    this.unitsPaid = unitsPaid;
    this.serviceDate = serviceDate;
    this.lineControlNumber = lineControlNumber;
    this.amounts = amounts;
  }

  public long getClaimPaymentId() {
    return claimPayment.getId();
  }

  public Long getClaimLineId() {
    return claimLineId;
  }

  public int getPosition() {
    return position;
  }

  public String getProcedureText() {
    return procedureText;
  }

  public String getProcedureCode() {
    return procedureCode;
  }

  public String getOriginalProcedure() {
    return originalProcedure;
  }

  public BigDecimal getCharge() {
    return charge;
  }

  public BigDecimal getPaid() {
    return paid;
  }

  public BigDecimal getUnitsPaid() {
    return unitsPaid;
  }

  public LocalDate getServiceDate() {
    return serviceDate;
  }

  public String getLineControlNumber() {
    return lineControlNumber;
  }

  public PostedAmounts getAmounts() {
    return amounts;
  }
}
