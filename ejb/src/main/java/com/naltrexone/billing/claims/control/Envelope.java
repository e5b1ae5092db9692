package com.naltrexone.billing.claims.control;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Envelope values for one outbound 837P interchange. Control numbers are inputs: the caller draws
 * them from database sequences and persists them with the result, so that 999/TA1 answers can be
 * matched back (AK102 = GS06, AK202 = ST02, TA101 = ISA13).
 *
 * @param senderQualifier ISA05, e.g. ZZ
 * @param senderId ISA06 (padded to 15 by the writer)
 * @param receiverQualifier ISA07
 * @param receiverId ISA08
 * @param production ISA15: true = P, false = T
 * @param acknowledgmentRequested ISA14: TA1 wanted
 * @param interchangeControlNumber ISA13/IEA02, 1..999999999, written with 9 digits
 * @param applicationSenderCode GS02
 * @param applicationReceiverCode GS03
 * @param groupControlNumber GS06/GE02
 * @param firstTransactionControlNumber ST02 of the first transaction; each further one adds 1
 * @param batchReference BHT03 of every transaction in the file
 * @param created ISA09/10, GS04/05, BHT04/05
 */
public record Envelope(
    String senderQualifier,
    String senderId,
    String receiverQualifier,
    String receiverId,
    boolean production,
    boolean acknowledgmentRequested,
    long interchangeControlNumber,
    String applicationSenderCode,
    String applicationReceiverCode,
    long groupControlNumber,
    int firstTransactionControlNumber,
    String batchReference,
    LocalDateTime created) {

  public Envelope {
    Objects.requireNonNull(senderId, "senderId");
    Objects.requireNonNull(receiverId, "receiverId");
    Objects.requireNonNull(created, "created");
    if (interchangeControlNumber < 1 || interchangeControlNumber > 999_999_999L) {
      throw new IllegalArgumentException("ISA13 must be 1..999999999");
    }
    if (groupControlNumber < 1 || groupControlNumber > 999_999_999L) {
      throw new IllegalArgumentException("GS06 must be 1..999999999");
    }
    if (firstTransactionControlNumber < 1) {
      throw new IllegalArgumentException("ST02 must be positive");
    }
  }

  /** ST02 for the {@code index}-th (0-based) transaction written, at least 4 digits. */
  String transactionControlNumber(int index) {
    return "%04d".formatted(firstTransactionControlNumber + index);
  }
}
