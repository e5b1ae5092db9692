package com.naltrexone.billing.edi.entity;

import com.naltrexone.billing.platform.entity.RegistryRecord;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One X12 interchange we sent or received, kept byte for byte, with its control numbers (unique
 * forever per sender: database constraints) and what the acknowledgments said of it.
 */
@Entity
@Table(name = "interchange")
@NamedQuery(
    name = Interchange.BY_STATUS,
    query =
        "select i from Interchange i where i.direction = 'OUT' and i.status = :status order by i.id")
@NamedQuery(
    name = Interchange.OUT_BY_GS06,
    query = "select i from Interchange i where i.direction = 'OUT' and i.gs06 = :gs06")
@NamedQuery(
    name = Interchange.OUT_BY_ISA13,
    query = "select i from Interchange i where i.direction = 'OUT' and i.isa13 = :isa13")
public class Interchange extends RegistryRecord {

  public static final String BY_STATUS = "Interchange.byStatus";
  public static final String OUT_BY_GS06 = "Interchange.outByGs06";
  public static final String OUT_BY_ISA13 = "Interchange.outByIsa13";

  /** The life of an outbound file: built, written, being sent, sent; or failed and abandoned. */
  public enum Status {
    BUILDING,
    WRITTEN,
    SENDING,
    SENT,
    SEND_FAILED,
    EMPTY,
    RECEIVED
  }

  @Column(nullable = false)
  private String direction;

  @Column(nullable = false)
  private String kind;

  @Column(name = "payer_id")
  private Long payerId;

  @Column(nullable = false)
  private String isa13;

  private String gs06;

  @Column(name = "usage_indicator", nullable = false)
  private String usageIndicator;

  @Column(name = "sender_id", nullable = false)
  private String senderId;

  @Column(name = "receiver_id", nullable = false)
  private String receiverId;

  @Column(name = "file_name")
  private String fileName;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  private byte[] content;

  private String sha256;

  @Column(nullable = false)
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private Status status;

  private String error;

  @Column(name = "ack_status")
  private String ackStatus;

  @Column(name = "ack_detail")
  private String ackDetail;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "submission_run_id")
  private Long submissionRunId;

  protected Interchange() {}

  /** A new outbound 837 interchange for one payer, with control numbers already drawn. */
  public static Interchange outbound837(
      long payerId,
      String isa13,
      String gs06,
      String usage,
      String sender,
      String receiver,
      Long runId,
      Instant at) {
    Interchange i = new Interchange();
    i.direction = "OUT";
    i.kind = "837P";
    i.payerId = payerId;
    i.isa13 = isa13;
    i.gs06 = gs06;
    i.usageIndicator = usage;
    i.senderId = sender;
    i.receiverId = receiver;
    i.submissionRunId = runId;
    i.createdAt = at;
    i.status = Status.BUILDING;
    i.fileName = "837P_" + isa13 + ".x12";
    return i;
  }

  /** An inbound file kept as received (999, TA1, 277CA, 835). */
  public static Interchange inbound(
      String kind,
      String isa13,
      String sender,
      String receiver,
      String fileName,
      byte[] content,
      String sha256,
      Instant at) {
    Interchange i = new Interchange();
    i.direction = "IN";
    i.kind = kind;
    i.isa13 = isa13;
    i.usageIndicator = "P";
    i.senderId = sender;
    i.receiverId = receiver;
    i.fileName = fileName;
    i.content = content;
    i.sha256 = sha256;
    i.status = Status.RECEIVED;
    i.createdAt = at;
    return i;
  }

  public void written(byte[] bytes, String hash) {
    this.content = bytes;
    this.sha256 = hash;
    this.status = Status.WRITTEN;
  }

  public void empty() {
    this.status = Status.EMPTY;
  }

  public void sending() {
    this.status = Status.SENDING;
  }

  public void sent(Instant at) {
    this.status = Status.SENT;
    this.sentAt = at;
    this.error = null;
  }

  public void sendFailed(String why) {
    this.status = Status.SEND_FAILED;
    this.error = why == null || why.length() <= 400 ? why : why.substring(0, 400);
  }

  public void acknowledged(String status, String detail) {
    this.ackStatus = status;
    this.ackDetail = detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000);
  }

  public String getDirection() {
    return direction;
  }

  public String getKind() {
    return kind;
  }

  public Long getPayerId() {
    return payerId;
  }

  public String getIsa13() {
    return isa13;
  }

  public String getGs06() {
    return gs06;
  }

  public String getUsageIndicator() {
    return usageIndicator;
  }

  public String getSenderId() {
    return senderId;
  }

  public String getReceiverId() {
    return receiverId;
  }

  public String getFileName() {
    return fileName;
  }

  @JsonbTransient
  public byte[] getContent() {
    return content;
  }

  public String getSha256() {
    return sha256;
  }

  public Status getStatus() {
    return status;
  }

  public String getError() {
    return error;
  }

  public String getAckStatus() {
    return ackStatus;
  }

  public String getAckDetail() {
    return ackDetail;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public Long getSubmissionRunId() {
    return submissionRunId;
  }
}
