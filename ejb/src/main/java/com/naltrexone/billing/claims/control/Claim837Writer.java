package com.naltrexone.billing.claims.control;

import com.naltrexone.billing.claims.control.Interchange837.AcceptedClaim;
import com.naltrexone.billing.claims.control.Interchange837.RejectedClaim;
import com.naltrexone.billing.edi.control.X12GuideCheck;
import com.naltrexone.billing.edi.control.X12Issue;
import com.naltrexone.billing.edi.control.X12Schemas;
import com.naltrexone.billing.platform.SharedWork;
import io.xlate.edi.schema.EDIReference;
import io.xlate.edi.schema.implementation.EDITypeImplementation;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.EDIStreamWriter;
import io.xlate.edi.stream.Location;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.logging.Logger;

/**
 * Writes one 837P interchange (ISA/GS, one ST per claim, GE/IEA) with StAEDI, validating every
 * segment against the X12 control schema and our 005010X222A1 implementation schema while it is
 * written.
 *
 * <p><b>One transaction set per claim.</b> The guide allows many 2000B/2300 loops in one ST, but
 * the 999 accepts or rejects whole transaction sets (IK5/AK2): with one claim per ST a syntax
 * rejection hits exactly one claim, and AK202 (= ST02) identifies that claim without a CTX lookup.
 * It also keeps SE01 and the "pull a bad claim back" rule simple: a claim is one self-contained
 * ST..SE. The cost is repeating the 1000A/1000B/2000A header segments per claim (a few hundred
 * bytes), which payers and clearinghouses accept.
 *
 * <p><b>Bad claims never reach the file.</b> Each claim is first checked by {@link Claim837Rules}
 * and then against our implementation schema by {@link X12GuideCheck}, the check compiled from the
 * same schema (StAEDI's validator costs about 20 times its bare speed), fed the claim's segments as
 * a read of the written bytes would give them (until 2026-11-26 the claim was written into a
 * scratch interchange and read back: two thirds of the write step). A claim the check cannot vouch
 * for is written again into a scratch interchange with the schemas attached, and StAEDI's
 * validation decides and names every problem (segment, element, reason). {@code
 * X12GuideCheck837Test} holds the check to StAEDI: a claim it vouches for is one StAEDI finds
 * nothing wrong with. With {@code guideCheck} false every claim is validated by StAEDI. Only claims
 * without problems are then written to {@code out} (StAEDI checks the envelope: counts and control
 * numbers), numbered consecutively from {@link Envelope#firstTransactionControlNumber()} or with
 * the ST02 given per claim; GE01/IEA01/SE01 therefore count only what is in the file. If no claim
 * passes, nothing is written.
 *
 * <p><b>Checking on helper threads.</b> Each claim is checked alone, so the claims are checked in
 * blocks of {@value #BLOCK} that the calling thread and, when given, helper threads of an {@link
 * Executor} take in turn ({@link SharedWork}); the file is then written in claim order on the
 * calling thread, so the bytes, the accepted and the rejected claims are exactly what one thread
 * would produce.
 *
 * <p>Stateless and thread-safe; no CDI or JPA, so the claim-submission batch can call it directly.
 * Logs identifiers and counts only.
 */
public class Claim837Writer {

  private static final Logger LOG = Logger.getLogger(Claim837Writer.class.getName());

  private static final X12GuideCheck GUIDE = X12GuideCheck.of(X12Schemas.CLAIM_837P, "837");

  /** ISA and GS come before ST in a single-group interchange. */
  private static final int ENVELOPE_SEGMENTS_BEFORE_ST = 2;

  /** Claims per block of checking that one thread takes at a time. */
  static final int BLOCK = 250;

  private final boolean guideCheck;
  private final Executor helpers;
  private final int helperCount;

  /** A writer that checks claims with {@link X12GuideCheck} first. */
  public Claim837Writer() {
    this(true);
  }

  /**
   * @param guideCheck false: every claim is validated by StAEDI (as fast as StAEDI's validator),
   *     and so is the file as it is written
   */
  public Claim837Writer(boolean guideCheck) {
    this(guideCheck, null, 0);
  }

  /**
   * @param helpers where up to {@code helperCount} tasks check blocks of claims beside the calling
   *     thread (null or 0: the calling thread checks every claim)
   */
  public Claim837Writer(boolean guideCheck, Executor helpers, int helperCount) {
    this.guideCheck = guideCheck;
    this.helpers = helpers;
    this.helperCount = helpers == null ? 0 : Math.max(0, helperCount);
  }

  /**
   * Writes the claims that pass validation to {@code out} as one interchange.
   *
   * @return the accepted claims with their ST02 and line control numbers, and the rejected ones
   *     with the segment/element and reason of each problem
   */
  public Interchange837 write(Envelope envelope, List<ClaimDocument> claims, OutputStream out) {
    List<String> consecutive = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      consecutive.add(envelope.transactionControlNumber(i));
    }
    return write(envelope, claims, consecutive, out);
  }

  /**
   * As {@link #write(Envelope, List, OutputStream)}, with each claim's ST02 given (parallel to
   * {@code claims}): the submission draws them from a database sequence so that every transaction
   * set ever sent has its own number. A held-back claim's number is simply not used.
   */
  public Interchange837 write(
      Envelope envelope,
      List<ClaimDocument> claims,
      List<String> transactionControlNumbers,
      OutputStream out) {
    if (transactionControlNumbers.size() != claims.size()) {
      throw new IllegalArgumentException("one ST02 per claim");
    }
    List<ClaimDocument> passed = new ArrayList<>();
    List<String> passedSt02 = new ArrayList<>();
    List<RejectedClaim> rejected = new ArrayList<>();
    List<List<X12Issue>> found = checkAll(envelope, claims);
    for (int i = 0; i < claims.size(); i++) {
      ClaimDocument claim = claims.get(i);
      List<X12Issue> issues = found.get(i);
      if (issues.isEmpty()) {
        passed.add(claim);
        passedSt02.add(transactionControlNumbers.get(i));
      } else {
        rejected.add(new RejectedClaim(claim.claim().patientControlNumber(), i, issues));
      }
    }
    List<AcceptedClaim> accepted =
        passed.isEmpty() ? List.of() : writeFile(envelope, passed, passedSt02, out);
    String isa13 = "%09d".formatted(envelope.interchangeControlNumber());
    LOG.info(
        () ->
            "837P interchange %s group %d: %d claims written, %d held back"
                .formatted(isa13, envelope.groupControlNumber(), accepted.size(), rejected.size()));
    return new Interchange837(isa13, envelope.groupControlNumber(), accepted, rejected);
  }

  /** What is wrong with each claim (parallel to {@code claims}; empty lists for good claims). */
  private List<List<X12Issue>> checkAll(Envelope envelope, List<ClaimDocument> claims) {
    int n = claims.size();
    AtomicReferenceArray<List<X12Issue>> found = new AtomicReferenceArray<>(n);
    SharedWork.run(
        (n + BLOCK - 1) / BLOCK,
        b -> {
          for (int i = b * BLOCK; i < Math.min(n, (b + 1) * BLOCK); i++) {
            found.set(i, check(envelope, claims.get(i)));
          }
        },
        helpers,
        helperCount);
    List<List<X12Issue>> issues = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      issues.add(found.get(i));
    }
    return issues;
  }

  /** The problems of one claim: the 837P rules, then the guide check or StAEDI's validation. */
  private List<X12Issue> check(Envelope envelope, ClaimDocument claim) {
    List<X12Issue> issues = new ArrayList<>(Claim837Rules.check(claim));
    if (!guideCheck || !vouchedFor(envelope, claim)) {
      issues.addAll(trialWrite(envelope, claim));
    }
    return issues;
  }

  /**
   * Whether the guide check vouches for {@code claim}'s transaction set: its segments go straight
   * to the check, as reading them back from StAEDI's bytes would give them ({@link
   * Claim837Segments}, held to that by {@code Claim837SegmentsTest}), so the check costs neither a
   * scratch write nor a read. A claim that cannot be written at all (a delimiter or a character
   * outside printable ASCII in its data) is not vouched for.
   */
  private boolean vouchedFor(Envelope envelope, ClaimDocument claim) {
    X12GuideCheck.Watch watch = GUIDE.watch();
    try {
      new Claim837Segments(watch::vouches)
          .transaction(envelope, envelope.transactionControlNumber(0), claim);
    } catch (EDIStreamException | RuntimeException e) {
      return false;
    }
    return watch.doubt() == null && watch.end() == null;
  }

  /** Writes {@code claim} alone into a scratch interchange; returns what the schemas reported. */
  private List<X12Issue> trialWrite(Envelope envelope, ClaimDocument claim) {
    Collector collector = new Collector();
    EDIStreamWriter writer = open(new ByteArrayOutputStream(), collector, true);
    try (writer) {
      Claim837Segments segments = new Claim837Segments(writer);
      segments.interchangeHeader(envelope);
      segments.transaction(envelope, envelope.transactionControlNumber(0), claim);
      segments.interchangeTrailer(envelope, 1);
    } catch (EDIStreamException | RuntimeException e) {
      // a delimiter or non-ASCII character in the data: the segment cannot be written at all
      Location at = writer.getLocation();
      int position = Math.max(0, at.getSegmentPosition() - ENVELOPE_SEGMENTS_BEFORE_ST);
      collector.issues.add(
          new X12Issue(
              at.getSegmentTag(),
              position,
              X12Issue.elementName(
                  at.getSegmentTag(), at.getElementPosition(), at.getComponentPosition()),
              "UNWRITABLE",
              "cannot be written: " + e.getMessage()));
    }
    return collector.issues;
  }

  private List<AcceptedClaim> writeFile(
      Envelope envelope, List<ClaimDocument> claims, List<String> st02s, OutputStream out) {
    Collector collector = new Collector();
    List<AcceptedClaim> accepted = new ArrayList<>();
    try (EDIStreamWriter writer = open(out, collector, !guideCheck)) {
      Claim837Segments segments = new Claim837Segments(writer);
      segments.interchangeHeader(envelope);
      for (int i = 0; i < claims.size(); i++) {
        ClaimDocument claim = claims.get(i);
        String st02 = st02s.get(i);
        int se01 = segments.transaction(envelope, st02, claim);
        accepted.add(
            new AcceptedClaim(
                claim.claim().patientControlNumber(),
                st02,
                se01,
                claim.lines().stream().map(ClaimDocument.ServiceLine::lineControlNumber).toList()));
      }
      segments.interchangeTrailer(envelope, claims.size());
    } catch (EDIStreamException e) {
      throw new UncheckedIOException(new IOException("837P output failed", e));
    }
    if (!collector.issues.isEmpty()) {
      // every claim passed alone, so this is an envelope or writer defect, not claim data
      throw new IllegalStateException("837P envelope failed validation: " + collector.issues);
    }
    return accepted;
  }

  /**
   * A writer with the control schema (envelope counts and control numbers) and, when {@code
   * implementation}, our 837P implementation schema.
   */
  private static EDIStreamWriter open(
      OutputStream out, Collector collector, boolean implementation) {
    EDIOutputFactory factory = EDIOutputFactory.newFactory();
    factory.setProperty(EDIOutputFactory.PRETTY_PRINT, true);
    factory.setProperty(EDIOutputFactory.TRUNCATE_EMPTY_ELEMENTS, true);
    factory.setErrorReporter(collector::report);
    EDIStreamWriter writer = factory.createEDIStreamWriter(out);
    writer.setControlSchema(X12Schemas.control());
    if (implementation) {
      writer.setTransactionSchema(X12Schemas.implementation(X12Schemas.CLAIM_837P));
    }
    return writer;
  }

  /** Turns StAEDI's error callbacks into {@link X12Issue}s, keeping element data out. */
  private static final class Collector {
    final List<X12Issue> issues = new ArrayList<>();

    void report(
        EDIStreamValidationError error,
        EDIStreamWriter writer,
        Location location,
        CharSequence data,
        EDIReference reference) {
      String segment = location.getSegmentTag();
      int position = Math.max(0, location.getSegmentPosition() - ENVELOPE_SEGMENTS_BEFORE_ST);
      if (error.getCategory() == EDIStreamEvent.SEGMENT_ERROR) {
        String context = loopOrSegment(reference, data);
        issues.add(X12Issue.of(error, segment, position, null, context));
      } else {
        String element =
            X12Issue.elementName(
                segment, location.getElementPosition(), location.getComponentPosition());
        issues.add(X12Issue.of(error, segment, position, element, title(reference)));
      }
    }

    private static String loopOrSegment(EDIReference reference, CharSequence data) {
      if (reference instanceof EDITypeImplementation impl && impl.getCode() != null) {
        return impl.getCode();
      }
      return data == null ? null : data.toString();
    }

    private static String title(EDIReference reference) {
      return reference == null ? null : reference.getTitle();
    }
  }
}
