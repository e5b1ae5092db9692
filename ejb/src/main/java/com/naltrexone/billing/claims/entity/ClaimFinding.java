package com.naltrexone.billing.claims.entity;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** Something the scrubber (or a 999/277CA) found, with a code and a sentence a biller acts on. */
@Entity
@Table(name = "claim_finding")
public class ClaimFinding {

  /** ERROR holds the claim; WARNING is shown but does not. */
  public enum Severity {
    ERROR,
    WARNING
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_finding_seq")
  @SequenceGenerator(name = "claim_finding_seq", sequenceName = "claim_seq", allocationSize = 500)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "claim_id")
  private Claim claim;

  @Column(nullable = false)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Severity severity;

  @Column(nullable = false)
  private String message;

  @Column(name = "found_at", nullable = false)
  private Instant foundAt;

  protected ClaimFinding() {}

  ClaimFinding(Claim claim, Finding finding, Instant at) {
    this.claim = claim;
    this.code = finding.code();
    this.severity = finding.severity();
    this.message =
        finding.message().length() > 400 ? finding.message().substring(0, 400) : finding.message();
    this.foundAt = at;
  }

  @JsonbTransient
  public Claim getClaim() {
    return claim;
  }

  public String getCode() {
    return code;
  }

  public Severity getSeverity() {
    return severity;
  }

  public String getMessage() {
    return message;
  }

  public Instant getFoundAt() {
    return foundAt;
  }
}
