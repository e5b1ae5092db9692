package com.naltrexone.billing.authorizations.entity;

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
import jakarta.persistence.Table;
import java.time.Instant;

/** One move of an authorization from a status to another: who, when, and why. Append-only. */
@Entity
@Table(name = "authorization_status_change")
public class StatusChange {

  /** The registry sequence declared on {@code RegistryRecord} (generator names are global). */
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registry_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "authorization_id", updatable = false)
  private Authorization authorization;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", updatable = false)
  private AuthorizationStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, updatable = false)
  private AuthorizationStatus to;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private Instant changedAt;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(updatable = false)
  private String note;

  protected StatusChange() {}

  StatusChange(
      Authorization authorization,
      AuthorizationStatus from,
      AuthorizationStatus to,
      Instant changedAt,
      String actor,
      String note) {
    this.authorization = authorization;
    this.from = from;
    this.to = to;
    this.changedAt = changedAt;
    this.actor = actor;
    this.note = note;
  }

  @JsonbTransient
  public Authorization getAuthorization() {
    return authorization;
  }

  public Long getId() {
    return id;
  }

  public AuthorizationStatus getFrom() {
    return from;
  }

  public AuthorizationStatus getTo() {
    return to;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public String getActor() {
    return actor;
  }

  public String getNote() {
    return note;
  }
}
