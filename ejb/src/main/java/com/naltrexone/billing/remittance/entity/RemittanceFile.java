package com.naltrexone.billing.remittance.entity;

import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One imported 835 file, byte for byte, with its SHA-256 (unique: the same bytes are one file). */
@Entity
@Table(name = "remittance_file")
@NamedQuery(
    name = RemittanceFile.BY_SHA256,
    query = "select f from RemittanceFile f where f.sha256 = :sha256")
@NamedQuery(name = RemittanceFile.ALL, query = "select f from RemittanceFile f order by f.id desc")
@NamedQuery(name = RemittanceFile.COUNT, query = "select count(f) from RemittanceFile f")
@NamedQuery(
    name = RemittanceFile.COUNTED,
    query =
        "update RemittanceFile f set f.interchanges = :interchanges,"
            + " f.transactions = :transactions, f.claims = :claims where f.id = :id")
public class RemittanceFile extends RemittanceRow {

  public static final String BY_SHA256 = "RemittanceFile.bySha256";
  public static final String ALL = "RemittanceFile.all";
  public static final String COUNT = "RemittanceFile.count";
  public static final String COUNTED = "RemittanceFile.counted";

  /** How the file reached us. */
  public enum Source {
    UPLOAD,
    POLLER
  }

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(nullable = false)
  private String sha256;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] content;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Source source;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(name = "received_by", nullable = false)
  private String receivedBy;

  private int interchanges;
  private int transactions;
  private int claims;

  protected RemittanceFile() {}

  public RemittanceFile(
      String fileName,
      byte[] content,
      String sha256,
      Source source,
      Instant receivedAt,
      String receivedBy,
      int interchanges,
      int transactions,
      int claims) {
    this.fileName = fileName;
    this.content = content;
    this.sizeBytes = content.length;
    this.sha256 = sha256;
    this.source = source;
    this.receivedAt = receivedAt;
    this.receivedBy = receivedBy;
    this.interchanges = interchanges;
    this.transactions = transactions;
    this.claims = claims;
  }

  public String getFileName() {
    return fileName;
  }

  public String getSha256() {
    return sha256;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  @JsonbTransient
  public byte[] getContent() {
    return content;
  }

  public Source getSource() {
    return source;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public String getReceivedBy() {
    return receivedBy;
  }

  public int getInterchanges() {
    return interchanges;
  }

  public int getTransactions() {
    return transactions;
  }

  public int getClaims() {
    return claims;
  }
}
