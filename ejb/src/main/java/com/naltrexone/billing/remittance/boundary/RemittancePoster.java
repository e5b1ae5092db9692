package com.naltrexone.billing.remittance.boundary;

import com.naltrexone.billing.claims.entity.Claim;
import com.naltrexone.billing.claims.entity.ClaimLine;
import com.naltrexone.billing.claims.entity.ClaimStatus;
import com.naltrexone.billing.remittance.boundary.RemittancePosting.Prior;
import com.naltrexone.billing.remittance.control.LineMatcher;
import com.naltrexone.billing.remittance.control.PostingRules;
import com.naltrexone.billing.remittance.control.PostingRules.ClaimPlan;
import com.naltrexone.billing.remittance.control.PostingRules.DenialPlan;
import com.naltrexone.billing.remittance.control.ReasonCodes;
import com.naltrexone.billing.remittance.control.Remittance;
import com.naltrexone.billing.remittance.control.Remittance.Adjustment;
import com.naltrexone.billing.remittance.control.Remittance.Header;
import com.naltrexone.billing.remittance.control.Remittance.Line;
import com.naltrexone.billing.remittance.control.Remittance.PlbItem;
import com.naltrexone.billing.remittance.control.Remittance.ProviderAdjustment;
import com.naltrexone.billing.remittance.control.Remittance.Trailer;
import com.naltrexone.billing.remittance.control.Remittance835Reader;
import com.naltrexone.billing.remittance.control.RemittanceCheck;
import com.naltrexone.billing.remittance.control.RemittanceCheck.Verdict;
import com.naltrexone.billing.remittance.control.RemittanceText;
import com.naltrexone.billing.remittance.entity.ClaimPayment;
import com.naltrexone.billing.remittance.entity.ClaimPayment.Outcome;
import com.naltrexone.billing.remittance.entity.Denial;
import com.naltrexone.billing.remittance.entity.PostedAmounts;
import com.naltrexone.billing.remittance.entity.ProviderLedgerEntry;
import com.naltrexone.billing.remittance.entity.RemittanceAdjustment;
import com.naltrexone.billing.remittance.entity.RemittanceRemark;
import com.naltrexone.billing.remittance.entity.RemittanceTransaction;
import com.naltrexone.billing.remittance.entity.ServicePayment;
import com.naltrexone.billing.remittance.entity.UnmatchedRemittance;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * Posts one 835 file for {@link RemittancePosting}, one transaction set at a time and its claims in
 * chunks, as {@link Remittance835Reader} hands them over (the second read of a two-read import, or
 * beside the one read): matching, payments, adjustments, denials, reversals, PLB, the unmatched
 * queue. One per import, in the import's transaction; the import's entry points and the lookups
 * this uses stay in RemittancePosting.
 */
final class RemittancePoster implements Remittance835Reader.Listener {

  private static final Logger LOG = Logger.getLogger(RemittancePoster.class.getName());

  private final RemittancePosting owner;
  private final EntityManager em;
  private final Clock clock;
  final long fileId;
  final List<Verdict> verdicts;
  final List<Prior> priors;
  final ReasonCodes codes;
  final Instant now;
  final List<ImportReport.TransactionResult> results = new ArrayList<>();
  final List<Remittance.Claim> buffer = new ArrayList<>();

  int index = -1;
  boolean posting;
  Long transactionId;
  Header header;
  Long payerId;
  int appealDays;
  LocalDate paidDate;
  int claims;
  int claimsPosted;
  int denied;
  int unmatched;
  int reversed;
  BigDecimal paid;

  RemittancePoster(
      RemittancePosting owner,
      long fileId,
      List<Verdict> verdicts,
      List<Prior> priors,
      ReasonCodes codes,
      Instant now) {
    this.owner = owner;
    this.em = owner.em;
    this.clock = owner.clock;
    this.fileId = fileId;
    this.verdicts = verdicts;
    this.priors = priors;
    this.codes = codes;
    this.now = now;
  }

  RuntimeException failure;

  /**
   * One read only: payments seen so far in this file (as {@link RemittanceCheck#repeatedInFile}).
   */
  final Map<String, Integer> seenInFile = new java.util.HashMap<>();

  Integer repeatedOf;

  /**
   * One read only, at the SE of a transaction set that is not rejected: remembers its payment, as
   * {@link RemittanceCheck#repeatedInFile} does for a set that is not a repeat.
   */
  void seen(Header h) {
    if (repeatedOf == null) {
      seenInFile.put(RemittanceCheck.envelopeKey(h), index);
      seenInFile.put(RemittanceCheck.paymentKey(h), index);
    }
  }

  @Override
  public void header(Header h) {
    guarded(() -> start(h));
  }

  @Override
  public void claim(Header h, Remittance.Claim claim) {
    guarded(() -> add(claim));
  }

  @Override
  public void trailer(Header h, Trailer trailer) {
    guarded(() -> finish(trailer));
  }

  private void guarded(Runnable step) {
    if (failure != null) {
      throw failure;
    }
    try {
      step.run();
    } catch (RuntimeException e) {
      failure = e;
      throw e;
    }
  }

  private void start(Header h) {
    index++;
    header = h;
    posting = false;
    Verdict verdict = verdicts == null ? null : verdicts.get(index);
    Prior prior;
    if (priors != null) {
      prior = priors.get(index);
    } else {
      repeatedOf = seenInFile.get(RemittanceCheck.envelopeKey(h));
      if (repeatedOf == null) {
        repeatedOf = seenInFile.get(RemittanceCheck.paymentKey(h));
      }
      prior = owner.prior(h, repeatedOf);
    }
    if (prior != null) {
      results.add(RemittancePosting.duplicate(index, h, prior));
      return;
    }
    payerId = owner.payerFor(h);
    RemittanceTransaction t =
        new RemittanceTransaction(
            fileId,
            index + 1,
            payerId,
            RemittancePosting.cut(h.payer().payerId(), 80),
            RemittancePosting.cut(h.payer().name(), 60),
            RemittancePosting.cut(h.payee().npi(), 15),
            RemittancePosting.cut(h.traceNumber(), 50),
            h.interchangeControlNumber(),
            h.groupControlNumber(),
            h.controlNumber(),
            now);
    t.payment(
        RemittancePosting.cut(h.handlingCode(), 2),
        h.totalPayment(),
        RemittancePosting.cut(h.creditDebit(), 1),
        RemittancePosting.cut(h.paymentMethod(), 3),
        h.paymentDate(),
        h.productionDate());
    if (verdict != null && verdict.rejected()) {
      t.rejected(RemittancePosting.cut(verdict.rejection(), 4000), verdict.claims());
    }
    em.persist(t);
    owner.claimKeys();
    transactionId = t.getId();
    if (verdict != null && verdict.rejected()) {
      LOG.info(() -> "835 transaction " + t.getId() + " rejected: does not balance or is invalid");
      results.add(ImportReport.TransactionResult.of(t));
      return;
    }
    posting = true;
    appealDays = owner.appealDays(payerId);
    paidDate =
        h.paymentDate() != null
            ? h.paymentDate()
            : h.productionDate() != null
                ? h.productionDate()
                : LocalDate.ofInstant(now, clock.getZone());
    claims = 0;
    claimsPosted = 0;
    denied = 0;
    unmatched = 0;
    reversed = 0;
    paid = BigDecimal.ZERO;
  }

  private void add(Remittance.Claim claim) {
    if (!posting) {
      return;
    }
    buffer.add(claim);
    if (buffer.size() >= RemittancePosting.CHUNK) {
      flushChunk();
    }
  }

  private void finish(Trailer trailer) {
    if (!posting) {
      return;
    }
    flushChunk();
    BigDecimal plb = BigDecimal.ZERO;
    for (ProviderAdjustment adjustment : trailer.providerAdjustments()) {
      for (PlbItem item : adjustment.items()) {
        BigDecimal amount = Objects.requireNonNullElse(item.amount(), BigDecimal.ZERO);
        plb = plb.add(amount);
        em.persist(
            new ProviderLedgerEntry(
                transactionId,
                payerId,
                RemittancePosting.cut(adjustment.providerId(), 50),
                adjustment.fiscalPeriodDate(),
                RemittancePosting.cut(item.reason(), 2),
                item.reference().isEmpty() ? null : RemittancePosting.cut(item.reference(), 50),
                amount,
                claimNamedBy(item.reference()),
                now));
      }
    }
    RemittanceTransaction t = em.find(RemittanceTransaction.class, transactionId);
    t.counted(claims, claimsPosted, denied, unmatched, reversed, paid, plb);
    em.flush();
    results.add(ImportReport.TransactionResult.of(t));
    em.clear();
    posting = false;
  }

  private void flushChunk() {
    if (buffer.isEmpty()) {
      return;
    }
    List<String> pcns =
        buffer.stream().map(Remittance.Claim::patientControlNumber).distinct().toList();
    Map<String, List<ClaimLine>> ours = new LinkedHashMap<>();
    for (ClaimLine line :
        em.createQuery(
                "select l from ClaimLine l join fetch l.claim c"
                    + " where c.patientControlNumber in :pcns order by l.id",
                ClaimLine.class)
            .setParameter("pcns", pcns)
            .getResultList()) {
      ours.computeIfAbsent(line.getClaim().getPatientControlNumber(), k -> new ArrayList<>())
          .add(line);
    }
    for (Remittance.Claim claim : buffer) {
      post(claim, ours.getOrDefault(claim.patientControlNumber(), List.of()));
    }
    buffer.clear();
    em.flush();
    em.clear();
  }

  private void post(Remittance.Claim c, List<ClaimLine> lines) {
    claims++;
    Claim ours = lines.isEmpty() ? null : lines.get(0).getClaim();
    if (c.degraded()) {
      notPosted(
          c,
          ours,
          Outcome.DEGRADED,
          UnmatchedRemittance.Kind.DEGRADED,
          "the claim's segments failed validation, it is not posted: "
              + String.join("; ", c.issues().stream().limit(10).map(Object::toString).toList()));
      return;
    }
    if (ours == null) {
      notPosted(
          c,
          null,
          Outcome.UNMATCHED,
          UnmatchedRemittance.Kind.CLAIM,
          "no claim of ours has CLM01 " + c.patientControlNumber());
      return;
    }
    if (payerId != null && ours.getPayerId() != payerId) {
      // linked to our claim (so the biller sees it on the claim), but not posted to it
      notPosted(
          c,
          ours,
          Outcome.UNMATCHED,
          UnmatchedRemittance.Kind.CLAIM,
          "claim "
              + c.patientControlNumber()
              + " was billed to payer "
              + ours.getPayerId()
              + ", this 835 comes from payer "
              + payerId);
      return;
    }
    ClaimPlan plan = PostingRules.plan(c, codes);
    if (plan.outcome() == Outcome.UNMATCHED) {
      notPosted(c, null, Outcome.UNMATCHED, UnmatchedRemittance.Kind.CLAIM, plan.note());
      return;
    }
    ClaimPayment original = null;
    if (plan.outcome() == Outcome.REVERSAL) {
      em.flush();
      original =
          em
              .createNamedQuery(ClaimPayment.TO_REVERSE, ClaimPayment.class)
              .setParameter("claimId", ours.getId())
              .setParameter("icn", c.payerClaimNumber())
              .setParameter("reversible", RemittancePosting.REVERSIBLE)
              // Locked until the commit: a second file reversing the same payment at the same
              // moment waits here, then finds it reversed and goes to the unmatched queue.
              .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
              .setMaxResults(1)
              .getResultList()
              .stream()
              .findFirst()
              .orElse(null);
      if (original == null) {
        notPosted(
            c,
            null,
            Outcome.UNMATCHED,
            UnmatchedRemittance.Kind.CLAIM,
            "reversal of a payment never posted here (CLP01 "
                + c.patientControlNumber()
                + ", CLP07 "
                + c.payerClaimNumber()
                + ")");
        return;
      }
    }
    ClaimPayment payment = payment(c, ours.getId(), plan.outcome(), plan.total());
    if (original != null) {
      payment.reverses(original.getId());
      em.flush(); // the reversal row exists before the original points at it
      original.reversedBy(payment.getId());
      reversed++;
    }
    adjustmentsAndRemarks(payment, null, c.adjustments(), c.remarkCodes());
    List<LineMatcher.OurLine> candidates =
        lines.stream()
            .map(
                l ->
                    new LineMatcher.OurLine(
                        l.getId(),
                        l.getLineControlNumber(),
                        l.getProcedureCode(),
                        l.getModifiers(),
                        l.getUnits(),
                        ours.getServiceDate()))
            .toList();
    List<Long> matched = LineMatcher.match(c.lines(), candidates, c.date("232"));
    List<ServicePayment> servicePayments = new ArrayList<>();
    for (int i = 0; i < c.lines().size(); i++) {
      Line line = c.lines().get(i);
      PostedAmounts amounts = plan.lines().get(i);
      LocalDate serviceDate =
          line.serviceDate() != null
              ? line.serviceDate()
              : c.date("232") != null ? c.date("232") : ours.getServiceDate();
      ServicePayment sp =
          new ServicePayment(
              payment,
              matched.get(i),
              line.position(),
              RemittancePosting.cut(line.procedure().toString(), 80),
              RemittancePosting.cut(line.procedure().code(), 48),
              line.originalProcedure() == null
                  ? null
                  : RemittancePosting.cut(line.originalProcedure().toString(), 80),
              line.charge(),
              line.paid(),
              line.unitsPaid(),
              serviceDate,
              line.lineControlNumber().isEmpty()
                  ? null
                  : RemittancePosting.cut(line.lineControlNumber(), 50),
              amounts);
      em.persist(sp);
      servicePayments.add(sp);
      adjustmentsAndRemarks(payment, sp, line.adjustments(), line.remarkCodes());
      if (matched.get(i) == null) {
        em.persist(
            new UnmatchedRemittance(
                transactionId,
                payment,
                sp,
                UnmatchedRemittance.Kind.LINE,
                RemittancePosting.cut(c.patientControlNumber(), 38),
                line.lineControlNumber().isEmpty()
                    ? null
                    : RemittancePosting.cut(line.lineControlNumber(), 50),
                line.position(),
                "service line "
                    + line.procedure()
                    + " (REF*6R "
                    + (line.lineControlNumber().isEmpty() ? "absent" : line.lineControlNumber())
                    + ") matches no line of claim "
                    + c.patientControlNumber()
                    + " by line control number, nor one line by code, modifiers, date and"
                    + " units: posted to the claim without a line",
                RemittanceText.of(c),
                now));
      }
    }
    for (DenialPlan d : plan.denials()) {
      em.persist(
          new Denial(
              payment,
              d.line() == null ? null : servicePayments.get(d.line()),
              ours.getId(),
              payerId,
              d.group(),
              d.reason() == null ? null : RemittancePosting.cut(d.reason(), 5),
              d.remarks().isEmpty()
                  ? null
                  : RemittancePosting.cut(String.join(" ", d.remarks()), 100),
              d.amount(),
              d.text(),
              d.action(),
              paidDate.plusDays(appealDays),
              now));
    }
    move(ours, plan);
    switch (plan.outcome()) {
      case DENIED -> denied++;
      default -> {}
    }
    claimsPosted++;
    paid = paid.add(RemittancePosting.zero(c.paid()));
  }

  private void move(Claim claim, ClaimPlan plan) {
    if (claim.getStatus() == ClaimStatus.VOIDED || claim.getStatus() == ClaimStatus.CLOSED) {
      return;
    }
    ClaimStatus to =
        switch (plan.outcome()) {
          case DENIED -> ClaimStatus.DENIED;
          case REVERSAL -> ClaimStatus.ACCEPTED;
          default -> ClaimStatus.PAID;
        };
    claim.moveTo(
        to,
        now,
        "system",
        RemittancePosting.cut("835 TRN02 " + header.traceNumber() + ": " + plan.note(), 400));
  }

  private ClaimPayment payment(
      Remittance.Claim c, Long claimId, Outcome outcome, PostedAmounts amounts) {
    ClaimPayment payment =
        new ClaimPayment(
            transactionId,
            claimId,
            c.position(),
            RemittancePosting.cut(c.patientControlNumber(), 38),
            RemittancePosting.cut(c.status(), 2),
            c.charge(),
            c.paid(),
            c.patientResponsibility(),
            RemittancePosting.cut(c.filingIndicator(), 2),
            c.payerClaimNumber().isEmpty() ? null : RemittancePosting.cut(c.payerClaimNumber(), 50),
            c.frequency().isEmpty() ? null : RemittancePosting.cut(c.frequency(), 1),
            outcome,
            paidDate,
            amounts);
    em.persist(payment);
    return payment;
  }

  private void notPosted(
      Remittance.Claim c,
      Claim ours,
      Outcome outcome,
      UnmatchedRemittance.Kind kind,
      String reason) {
    unmatched++;
    ClaimPayment payment =
        payment(c, ours == null ? null : ours.getId(), outcome, PostedAmounts.zero());
    adjustmentsAndRemarks(payment, null, c.adjustments(), c.remarkCodes());
    em.persist(
        new UnmatchedRemittance(
            transactionId,
            payment,
            null,
            kind,
            RemittancePosting.cut(c.patientControlNumber(), 38),
            null,
            c.position(),
            reason,
            RemittanceText.of(c),
            now));
  }

  private void adjustmentsAndRemarks(
      ClaimPayment claimPayment,
      ServicePayment servicePayment,
      List<Adjustment> adjustments,
      List<String> remarks) {
    for (Adjustment a : adjustments) {
      em.persist(
          new RemittanceAdjustment(
              claimPayment,
              servicePayment,
              RemittancePosting.cut(a.group(), 2),
              RemittancePosting.cut(a.reason(), 5),
              RemittancePosting.zero(a.amount()),
              a.quantity()));
    }
    for (String remark : remarks) {
      em.persist(
          new RemittanceRemark(claimPayment, servicePayment, RemittancePosting.cut(remark, 10)));
    }
  }

  /** The claim a PLB reference names: our CLM01, or a payer claim number we posted. */
  private Long claimNamedBy(String reference) {
    if (reference == null || reference.isEmpty()) {
      return null;
    }
    List<Claim> byPcn =
        em.createNamedQuery(Claim.BY_PCN, Claim.class)
            .setParameter("pcn", reference)
            .setMaxResults(1)
            .getResultList();
    if (!byPcn.isEmpty()) {
      return byPcn.get(0).getId();
    }
    return em
        .createNamedQuery(ClaimPayment.BY_ICN, ClaimPayment.class)
        .setParameter("icn", reference)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .map(ClaimPayment::getClaimId)
        .findFirst()
        .orElse(null);
  }
}
