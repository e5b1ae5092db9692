package com.naltrexone.billing.simulator;

import com.naltrexone.billing.simulator.Adjudication.PaidClaim;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in clearinghouse and payer for tests and the demo: answers one of our 837P interchanges
 * with a 999, a 277CA and an 835, each written with StAEDI against the edi-templates schemas (an
 * answer that would not validate or balance is never produced).
 *
 * <p>Outcomes are steered by member-id prefixes in the 837 (synthetic data only):
 *
 * <ul>
 *   <li>{@code REJ999}: the 999 rejects the claim's transaction set (IK3 NM1 / IK4 NM109); no 277CA
 *       or 835 for it. A transaction set with schema errors is rejected the same way.
 *   <li>{@code REJ277}: accepted by the 999, rejected in the 277CA (A7:164:IL); no 835.
 *   <li>{@code DENY}: accepted (A2), then denied in the 835: CLP02 1, $0, CO-197 + LQ*HE*N54.
 *   <li>{@code REVERSE}: accepted, then reversed (CLP02 22, amounts negated) and corrected.
 *   <li>anything else: A2, paid 80% of charge, CO-45 5%, PR-2 the rest.
 * </ul>
 *
 * <p>Control numbers of the answers come from a counter started at {@code firstControlNumber}.
 */
public final class PayerSimulator {

  /**
   * The answer files; {@code ack277} and {@code remittance835} are null when no claim got that far.
   */
  public record Answers(byte[] ack999, byte[] ack277, byte[] remittance835) {}

  private final Clock clock;
  private long nextControlNumber;

  public PayerSimulator(Clock clock, long firstControlNumber) {
    this.clock = clock;
    this.nextControlNumber = firstControlNumber;
  }

  /**
   * Answers one 837P interchange.
   *
   * @throws IllegalArgumentException when the input is not a readable X12 interchange
   */
  public synchronized Answers answer(InputStream x837) {
    Submission submission = Submission.parse(x837);
    LocalDateTime now = LocalDateTime.now(clock).withSecond(0).withNano(0);
    byte[] ack999 = Ack999Builder.write(envelope(submission, now));

    List<Submission.Claim> accepted = new ArrayList<>();
    List<String> icns = new ArrayList<>();
    for (Submission.Transaction tx : Ack999Builder.acceptedTransactions(submission)) {
      for (int i = 0; i < tx.claims().size(); i++) {
        accepted.add(tx.claims().get(i));
        icns.add("SIM" + submission.interchangeControlNumber() + tx.controlNumber() + (i + 1));
      }
    }
    if (accepted.isEmpty()) {
      return new Answers(ack999, null, null);
    }
    byte[] ack277 = ClaimAck277Builder.write(envelope(submission, now), accepted, icns);

    List<PaidClaim> paid = new ArrayList<>();
    for (int i = 0; i < accepted.size(); i++) {
      if (!ClaimAck277Builder.rejected(accepted.get(i))) {
        paid.addAll(Adjudication.adjudicate(accepted.get(i), icns.get(i)));
      }
    }
    byte[] remittance =
        paid.isEmpty() ? null : Remittance835Builder.write(envelope(submission, now), paid);
    return new Answers(ack999, ack277, remittance);
  }

  private AnswerEnvelope envelope(Submission submission, LocalDateTime now) {
    long number = nextControlNumber;
    nextControlNumber = number >= 999_999_999L ? 1 : number + 1;
    return new AnswerEnvelope(submission, now, number);
  }
}
