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

/** One step of a claim's history: built, held, sent, 999, 277CA, paid... with who and why. */
@Entity
@Table(name = "claim_status_change")
public class ClaimStatusChange {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_status_seq")
  @SequenceGenerator(name = "claim_status_seq", sequenceName = "claim_seq", allocationSize = 500)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "claim_id")
  private Claim claim;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status")
  private ClaimStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false)
  private ClaimStatus to;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(nullable = false)
  private String actor;

  private String reason;

  protected ClaimStatusChange() {}

  ClaimStatusChange(
      Claim claim, ClaimStatus from, ClaimStatus to, Instant at, String actor, String reason) {
    this.claim = claim;
    this.from = from;
    this.to = to;
    this.changedAt = at;
    this.actor = actor;
    this.reason = reason == null || reason.length() <= 400 ? reason : reason.substring(0, 400);
  }

  @JsonbTransient
  public Claim getClaim() {
    return claim;
  }

  public Long getId() {
    return id;
  }

  public ClaimStatus getFrom() {
    return from;
  }

  public ClaimStatus getTo() {
    return to;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public String getActor() {
    return actor;
  }

  public String getReason() {
    return reason;
  }
}
