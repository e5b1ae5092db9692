package com.naltrexone.billing.simulator;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * ISA/GS and GE/IEA of an answer file: sender and receiver swapped relative to the 837.
 *
 * @param controlNumber ISA13 and GS06 of the answer
 */
record AnswerEnvelope(Submission submission, LocalDateTime now, long controlNumber) {

  static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");

  String date() {
    return now.format(DATE);
  }

  String time() {
    return now.format(TIME);
  }

  String isa13() {
    return "%09d".formatted(controlNumber);
  }

  void open(X12.Out out, String functionalId, String guide) {
    out.segment(
        "ISA",
        "00",
        " ".repeat(10),
        "00",
        " ".repeat(10),
        submission.receiverQualifier(),
        pad(submission.receiverId()),
        submission.senderQualifier(),
        pad(submission.senderId()),
        now.format(DateTimeFormatter.ofPattern("yyMMdd")),
        time(),
        "^",
        "00501",
        isa13(),
        "0",
        "P",
        ":");
    out.segment(
        "GS",
        functionalId,
        submission.applicationReceiver(),
        submission.applicationSender(),
        date(),
        time(),
        Long.toString(controlNumber),
        "X",
        guide);
  }

  void close(X12.Out out, int transactions) {
    out.segment("GE", Integer.toString(transactions), Long.toString(controlNumber));
    out.segment("IEA", "1", isa13());
  }

  private static String pad(String id) {
    return id.length() >= 15 ? id : id + " ".repeat(15 - id.length());
  }
}
