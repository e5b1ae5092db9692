package com.naltrexone.billing.authorizations.entity;

import com.naltrexone.billing.platform.entity.RegistryRecord;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Clinical evidence attached to an authorization: a typed result with its date, free text, or an
 * uploaded document (bytes with their content type). JSON carries the document's size, never its
 * bytes.
 */
@Entity
@Table(name = "authorization_evidence")
public class Evidence extends RegistryRecord {

  @ManyToOne(optional = false)
  @JoinColumn(name = "authorization_id", updatable = false)
  private Authorization authorization;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private EvidenceKind kind;

  /** The checklist item a document supports (e.g. LFT for a lab report); null for typed items. */
  @Column(name = "item_code")
  private String itemCode;

  @Column(name = "observed_on")
  private LocalDate observedOn;

  private String result;

  private String detail;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "content_type")
  private String contentType;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  private byte[] content;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  protected Evidence() {}

  public Evidence(
      Authorization authorization,
      EvidenceKind kind,
      String itemCode,
      LocalDate observedOn,
      String result,
      String detail,
      Instant recordedAt,
      String recordedBy) {
    this.authorization = authorization;
    this.kind = kind;
    this.itemCode = itemCode;
    this.observedOn = observedOn;
    this.result = result;
    this.detail = detail;
    this.recordedAt = recordedAt;
    this.recordedBy = recordedBy;
  }

  public void attach(String fileName, String contentType, byte[] content) {
    this.fileName = fileName;
    this.contentType = contentType;
    this.content = content.clone();
  }

  @JsonbTransient
  public Authorization getAuthorization() {
    return authorization;
  }

  public long getAuthorizationId() {
    return authorization.getId();
  }

  public EvidenceKind getKind() {
    return kind;
  }

  public String getItemCode() {
    return itemCode;
  }

  public LocalDate getObservedOn() {
    return observedOn;
  }

  public String getResult() {
    return result;
  }

  public String getDetail() {
    return detail;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  @JsonbTransient
  public byte[] getContent() {
    return content == null ? null : content.clone();
  }

  /** Whether a document is attached (its bytes come from the content address). */
  public boolean isDocument() {
    return fileName != null;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public String getRecordedBy() {
    return recordedBy;
  }
}
