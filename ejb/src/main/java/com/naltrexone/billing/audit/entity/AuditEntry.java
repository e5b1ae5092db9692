package com.naltrexone.billing.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One append-only line of the audit log: who did what to which record, when, and what changed.
 * Never updated or deleted by the application.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(
    name = AuditEntry.FOR_ENTITY,
    query =
        "select a from AuditEntry a where a.entityType = :type and a.entityId = :id order by a.id")
@NamedQuery(name = AuditEntry.RECENT, query = "select a from AuditEntry a order by a.id desc")
public class AuditEntry {

  public static final String FOR_ENTITY = "AuditEntry.forEntity";
  public static final String RECENT = "AuditEntry.recent";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
  @SequenceGenerator(
      name = "audit_entry_seq",
      sequenceName = "audit_entry_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(nullable = false, length = 64)
  private String actor;

  @Column(nullable = false, length = 64)
  private String action;

  @Column(name = "entity_type", nullable = false, length = 64)
  private String entityType;

  @Column(name = "entity_id", nullable = false, length = 64)
  private String entityId;

  @Column(length = 4000)
  private String detail;

  protected AuditEntry() {}

  public AuditEntry(
      Instant occurredAt,
      String actor,
      String action,
      String entityType,
      String entityId,
      String detail) {
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.action = action;
    this.entityType = entityType;
    this.entityId = entityId;
    this.detail = detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000);
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getEntityType() {
    return entityType;
  }

  public String getEntityId() {
    return entityId;
  }

  public String getDetail() {
    return detail;
  }
}
