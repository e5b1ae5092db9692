package com.naltrexone.billing.remittance.control;

import com.naltrexone.billing.edi.control.X12GuideCheck;
import com.naltrexone.billing.edi.control.X12Issue;
import com.naltrexone.billing.edi.control.X12Schemas;
import com.naltrexone.billing.edi.control.X12Segment;
import com.naltrexone.billing.edi.control.X12SegmentStream;
import com.naltrexone.billing.remittance.control.Remittance.Adjustment;
import com.naltrexone.billing.remittance.control.Remittance.Claim;
import com.naltrexone.billing.remittance.control.Remittance.EntityId;
import com.naltrexone.billing.remittance.control.Remittance.Header;
import com.naltrexone.billing.remittance.control.Remittance.Line;
import com.naltrexone.billing.remittance.control.Remittance.Party;
import com.naltrexone.billing.remittance.control.Remittance.PlbItem;
import com.naltrexone.billing.remittance.control.Remittance.Procedure;
import com.naltrexone.billing.remittance.control.Remittance.ProviderAdjustment;
import com.naltrexone.billing.remittance.control.Remittance.Qualified;
import com.naltrexone.billing.remittance.control.Remittance.Trailer;
import com.naltrexone.billing.remittance.control.Remittance.Transaction;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an 835 (005010X221A1) with StAEDI and our implementation schema, streaming: segments are
 * mapped as they arrive and each claim is handed to a {@link Listener} when it ends, so memory
 * depends on the largest claim, not on the file. Never throws for bad input.
 *
 * <p>Accepted: any delimiters the ISA declares, segments on one line or one per line, several
 * ISA/GS/ST in one file, a UTF-8 byte order mark (skipped by {@code X12Schemas}), whitespace
 * between segments and after IEA, ST03 present or absent.
 *
 * <p>Where a validation problem lands (each one located 999-style: segment number, element,
 * reason):
 *
 * <ul>
 *   <li><b>Envelope</b> (ISA, GS, ST, SE, GE, IEA: bad header, counts or control numbers that do
 *       not match, a transaction set that is not an 835) or an unreadable file: the file is invalid
 *       ({@link Report#valid()} false). {@link #readAll} then returns no transactions at all; a
 *       {@link #read streaming} caller must discard what it was handed (claims reach the listener
 *       before IEA is checked), e.g. by rolling back.
 *   <li><b>Transaction</b> (BPR, TRN, N1 and REF of payer/payee, LX, PLB, segments outside any
 *       claim): {@link Trailer#issues()}; that transaction set is rejected, the others stand.
 *       Problems in header segments nothing is read from (N3, N4, PER, RDM, CUR, TS3, TS2, e.g. a
 *       bad state code in the payer address, a missing PER*BL) are {@link Trailer#warnings()}.
 *   <li><b>Claim</b> (CLP and everything after it up to the next CLP, LX, PLB or SE, lines
 *       included): {@link Claim#issues()}; only that claim is degraded. A missing required segment
 *       is charged to the loop it is missing from, not to the segment that revealed it.
 * </ul>
 *
 * <p>DTM order: StAEDI matches variants of one segment at one position in guide order only, so a
 * real payer's {@code DTM*050} before {@code DTM*232} in 2100 is reported as an unused segment
 * although X12 does not order them. The reader knows this false positive: a claim DTM with a 2100
 * qualifier (036, 037, 050, 232, 233), or a line DTM with a 2110 qualifier (150, 151, 472), flagged
 * only as {@code IMPLEMENTATION_UNUSED_SEGMENT_PRESENT} and not repeating a qualifier already seen,
 * is read normally and reported as a claim {@link Claim#warnings() warning} ({@code
 * DTM_OUT_OF_GUIDE_ORDER}); the claim is not degraded. Any other DTM problem degrades the claim.
 */
public class Remittance835Reader {

  /** Receives a transaction set piece by piece, in file order. */
  public interface Listener {

    /** The header is complete: called at the first LX, CLP, PLB or SE. */
    default void header(Header header) {}

    /** One claim, complete with its lines, issues and warnings. */
    void claim(Header header, Claim claim);

    /** SE reached: PLBs, totals and transaction-level issues. */
    default void trailer(Header header, Trailer trailer) {}
  }

  /**
   * How the read went.
   *
   * @param errors envelope problems and a fatal reader error, 999-style; empty when the file is
   *     valid. Capped at {@value #MAX_ERRORS}.
   * @param doubt only from {@link #readChecked}: where the guide check could not vouch for the file
   *     (the read stopped there, and the file must be read with {@link #read}); else null
   */
  public record Report(
      int interchanges, int transactions, int claims, List<X12Issue> errors, String doubt) {
    public Report {
      errors = List.copyOf(errors);
    }

    public Report(int interchanges, int transactions, int claims, List<X12Issue> errors) {
      this(interchanges, transactions, claims, errors, null);
    }

    public boolean valid() {
      return errors.isEmpty() && doubt == null;
    }
  }

  /**
   * A whole file in memory (small files and tests).
   *
   * @param transactions every transaction set, or none when the report is not valid
   */
  public record Result(List<Transaction> transactions, Report report) {
    public Result {
      transactions = List.copyOf(transactions);
    }

    public boolean valid() {
      return report.valid();
    }
  }

  /** Errors kept in a {@link Report}; more are counted in a last entry. */
  public static final int MAX_ERRORS = 200;

  static final String DTM_ORDER = "DTM_OUT_OF_GUIDE_ORDER";

  private static final X12GuideCheck GUIDE = X12GuideCheck.of(X12Schemas.REMITTANCE_835, "835");

  private static final Set<String> ENVELOPE = Set.of("ISA", "IEA", "GS", "GE", "ST", "SE", "TA1");
  private static final Set<String> MISSING =
      Set.of(
          "MANDATORY_SEGMENT_MISSING",
          "IMPLEMENTATION_DEPENDENT_SEGMENT_MISSING",
          "IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES",
          "IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE",
          "CONDITIONAL_REQUIRED_SEGMENT_MISSING");

  /** Transaction-level segments nothing is read from: their problems are only warnings. */
  private static final Set<String> UNMAPPED_HEADER =
      Set.of("N3", "N4", "PER", "RDM", "CUR", "TS3", "TS2");

  private static final Set<String> CLAIM_DATES = Set.of("036", "037", "050", "232", "233");
  private static final Set<String> LINE_DATES = Set.of("150", "151", "472");

  /**
   * What a validated read charged to claims (issues and warnings), by transaction set and CLP
   * position: all a {@link #reread} needs to hand out the same claims without validating again.
   * Holds only the claims that have any, so it stays small for a clean file.
   */
  public static final class ClaimFindings {
    private record Found(List<X12Issue> issues, List<X12Issue> warnings) {}

    private final Map<Long, Found> found = new HashMap<>();

    /** Records {@code claim} of the {@code transaction}-th (from 0) transaction set of the file. */
    public void add(int transaction, Claim claim) {
      if (!claim.issues().isEmpty() || !claim.warnings().isEmpty()) {
        found.put(key(transaction, claim.position()), new Found(claim.issues(), claim.warnings()));
      }
    }

    /** Claims with issues or warnings. */
    public int size() {
      return found.size();
    }

    private Found get(int transaction, int position) {
      return found.get(key(transaction, position));
    }

    private static long key(int transaction, int position) {
      return ((long) transaction << 32) | (position & 0xFFFFFFFFL);
    }
  }

  /** Streams {@code in}, handing each transaction's header, claims and trailer to {@code to}. */
  public Report read(InputStream in, Listener to) {
    Mapper mapper = new Mapper(to, null);
    X12Issue fatal = X12SegmentStream.stream(in, mapper::segment, mapper.pending::add);
    return mapper.finish(fatal);
  }

  /**
   * Reads bytes that {@link #read} has already validated, without validating them again (only the
   * envelope is checked, at StAEDI's bare speed), and hands out the same headers, claims and
   * trailers: each claim carries the issues and warnings the validated read charged to it, taken
   * from {@code findings}. Transaction-level issues are not repeated (the caller has its verdicts
   * from the first read). Only for the same bytes: anything else gets claims without their issues.
   */
  public Report reread(InputStream in, ClaimFindings findings, Listener to) {
    Mapper mapper = new Mapper(to, findings);
    X12Issue fatal = X12SegmentStream.stream(in, mapper::segment, mapper.pending::add, false);
    return mapper.finish(fatal);
  }

  /**
   * The one-read import's read: StAEDI only parses (at its bare speed, the envelope still checked)
   * while {@link X12GuideCheck}, compiled from the same implementation schema, checks every
   * transaction set as it streams. For a file the check vouches for, this hands out exactly what
   * {@link #read} would, with no validation problem anywhere ({@code X12GuideCheck835Test} holds
   * the check to that). Where the check is not sure, the read stops at once, hands out nothing
   * more, and returns a report whose {@link Report#doubt()} says where (segment, position, element;
   * no values): the caller discards what it was handed and reads the file with {@link #read}, which
   * finds the problem and reports it 999-style.
   */
  public Report readChecked(InputStream in, Listener to) {
    Mapper mapper = new Mapper(to, null);
    X12GuideCheck.Watch watch = GUIDE.watch();
    X12Issue fatal =
        X12SegmentStream.stream(
            in,
            s -> {
              if (!watch.vouches(s)) {
                throw new Doubted();
              }
              mapper.segment(s);
            },
            mapper.pending::add,
            false);
    String doubt = watch.end();
    if (doubt != null) {
      return new Report(mapper.interchanges, mapper.transactions, mapper.claims, List.of(), doubt);
    }
    return mapper.finish(fatal);
  }

  /** Stops a checked read at its first doubt (the stream reports it as unreadable; ignored). */
  private static final class Doubted extends RuntimeException {
    Doubted() {
      super("the guide check could not vouch for a segment", null, false, false);
    }
  }

  /** Reads the whole file into memory: no transactions unless the file is valid. */
  public Result readAll(InputStream in) {
    List<Transaction> transactions = new ArrayList<>();
    Report report =
        read(
            in,
            new Listener() {
              final List<Claim> claims = new ArrayList<>();

              @Override
              public void claim(Header header, Claim claim) {
                claims.add(claim);
              }

              @Override
              public void trailer(Header header, Trailer trailer) {
                transactions.add(new Transaction(header, claims, trailer));
                claims.clear();
              }
            });
    return new Result(report.valid() ? transactions : List.of(), report);
  }

  private enum Owner {
    NONE,
    TRANSACTION,
    CLAIM
  }

  /** Segment-by-segment state machine; issues wait in {@link #pending} for their segment. */
  private static final class Mapper {
    final Listener listener;
    final ClaimFindings findings;
    final List<X12Issue> pending = new ArrayList<>();
    final List<X12Issue> errors = new ArrayList<>();
    int errorCount;
    int interchanges;
    int transactions;
    int claims;

    String isa13 = "";
    String gs06 = "";
    Owner owner = Owner.NONE;
    TransactionBuilder transaction;
    ClaimBuilder claim;
    LineBuilder line;

    Mapper(Listener listener, ClaimFindings findings) {
      this.listener = listener;
      this.findings = findings;
    }

    void segment(X12Segment s) {
      if (findings != null) {
        for (X12Issue issue : pending) { // the envelope only: the first read judged the rest
          if (issue.segment() == null || ENVELOPE.contains(issue.segment())) {
            error(issue);
          }
        }
        pending.clear();
        map(s);
        return;
      }
      List<X12Issue> here = new ArrayList<>();
      for (X12Issue issue : pending) {
        if (issue.segment() == null || ENVELOPE.contains(issue.segment())) {
          error(issue);
        } else if (issue.segmentPosition() < s.position()
            || (issue.element() == null && MISSING.contains(issue.code()))) {
          charge(issue, null);
        } else {
          here.add(issue);
        }
      }
      pending.clear();
      X12Issue foreign = outsideCharacterSet(s);
      if (foreign != null) {
        here.add(foreign);
      }
      map(s);
      here.forEach(issue -> charge(issue, s));
    }

    /**
     * X12's basic and extended character sets are printable ASCII; anything else (accented or
     * non-Latin letters, control characters) is refused where it stands, like any element error: it
     * degrades the claim, rejects the transaction's header, or makes the envelope invalid.
     */
    private static X12Issue outsideCharacterSet(X12Segment s) {
      for (int e = 0; e < s.elements().size(); e++) {
        List<String> components = s.elements().get(e);
        for (int c = 0; c < components.size(); c++) {
          String value = components.get(c);
          for (int i = 0; value != null && i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch < 0x20 || ch > 0x7E) {
              return new X12Issue(
                  s.tag(),
                  s.position(),
                  X12Issue.elementName(s.tag(), e + 1, components.size() > 1 ? c + 1 : 0),
                  "CHARACTER_SET",
                  "character U+%04X is outside the X12 character set".formatted((int) ch));
            }
          }
        }
      }
      return null;
    }

    /** Puts an issue on whatever is open now; {@code at} is the segment it is located at. */
    private void charge(X12Issue issue, X12Segment at) {
      switch (owner) {
        case CLAIM -> {
          if (at != null && outOfOrderDate(issue, at)) {
            claim.warnings.add(
                new X12Issue(
                    "DTM",
                    issue.segmentPosition(),
                    "DTM01",
                    DTM_ORDER,
                    "DTM*"
                        + at.element(1)
                        + " follows a DTM the guide lists after it; X12 does not order them,"
                        + " StAEDI matches them in guide order only: read normally"));
          } else {
            claim.issues.add(issue);
          }
        }
        case TRANSACTION ->
            (UNMAPPED_HEADER.contains(issue.segment()) ? transaction.warnings : transaction.issues)
                .add(issue);
        case NONE -> error(issue);
      }
    }

    private boolean outOfOrderDate(X12Issue issue, X12Segment at) {
      if (!"IMPLEMENTATION_UNUSED_SEGMENT_PRESENT".equals(issue.code())
          || !"DTM".equals(at.tag())
          || issue.segmentPosition() != at.position()) {
        return false;
      }
      String qualifier = at.element(1);
      List<Qualified<LocalDate>> dates = line != null ? line.dates : claim.dates;
      Set<String> allowed = line != null ? LINE_DATES : CLAIM_DATES;
      long seen = dates.stream().filter(d -> d.qualifier().equals(qualifier)).count();
      return allowed.contains(qualifier) && seen == 1;
    }

    private void error(X12Issue issue) {
      errorCount++;
      if (errors.size() < MAX_ERRORS) {
        errors.add(issue);
      }
    }

    private void map(X12Segment s) {
      switch (s.tag()) {
        case "ISA" -> {
          interchanges++;
          isa13 = s.element(13);
        }
        case "GS" -> gs06 = s.element(6);
        case "ST" -> startTransaction(s);
        case "SE" -> endTransaction();
        case "GE", "IEA" -> {
          // counts and control numbers are checked by StAEDI
        }
        default -> {
          if (transaction == null) {
            error(
                new X12Issue(
                    s.tag(), s.position(), null, "STRUCTURE", "segment outside a transaction set"));
          } else {
            body(s);
          }
        }
      }
    }

    private void startTransaction(X12Segment s) {
      if (transaction != null) {
        error(new X12Issue("ST", s.position(), null, "STRUCTURE", "ST before the previous SE"));
      }
      transaction = new TransactionBuilder(isa13, gs06, s);
      claim = null;
      line = null;
      owner = Owner.TRANSACTION;
      if (!"835".equals(s.element(1))) {
        error(
            new X12Issue(
                "ST",
                s.position(),
                "ST01",
                "NOT_835",
                "transaction set " + s.element(1) + " is not an 835"));
      }
    }

    private void endTransaction() {
      if (transaction == null) {
        return;
      }
      closeClaim();
      deliverHeader();
      listener.trailer(transaction.header, transaction.trailer());
      transactions++;
      transaction = null;
      owner = Owner.NONE;
    }

    private void body(X12Segment s) {
      TransactionBuilder t = transaction;
      switch (s.tag()) {
        case "LX" -> {
          closeClaim();
          deliverHeader();
          t.headerNumber = s.element(1);
        }
        case "TS3", "TS2" -> {
          // provider summary: not needed for posting
        }
        case "CLP" -> {
          closeClaim();
          deliverHeader();
          claim = new ClaimBuilder(s, t.headerNumber);
          owner = Owner.CLAIM;
        }
        case "PLB" -> {
          closeClaim();
          deliverHeader();
          t.plbs.add(plb(s));
        }
        case "SVC" -> {
          if (claim != null) {
            closeLine();
            line = new LineBuilder(s);
          }
        }
        default -> {
          if (line != null) {
            line.add(s);
          } else if (claim != null) {
            claim.add(s);
          } else if (!t.headerDelivered) {
            t.add(s);
          }
        }
      }
    }

    private void deliverHeader() {
      TransactionBuilder t = transaction;
      if (!t.headerDelivered) {
        t.header = t.header();
        t.headerDelivered = true;
        listener.header(t.header);
      }
    }

    private void closeLine() {
      if (line != null) {
        claim.lines.add(line.build());
        line = null;
      }
    }

    private void closeClaim() {
      if (claim != null) {
        closeLine();
        if (findings != null) {
          ClaimFindings.Found found = findings.get(transactions, claim.clp.position());
          if (found != null) {
            claim.issues.addAll(found.issues());
            claim.warnings.addAll(found.warnings());
          }
        }
        Claim done = claim.build();
        claim = null;
        owner = Owner.TRANSACTION;
        transaction.claimCount++;
        if (done.paid() != null) {
          transaction.totalPaid = transaction.totalPaid.add(done.paid());
        }
        claims++;
        listener.claim(transaction.header, done);
      }
    }

    Report finish(X12Issue fatal) {
      for (X12Issue issue : pending) {
        error(issue);
      }
      pending.clear();
      if (fatal != null) {
        error(fatal);
      } else if (transaction != null) {
        error(new X12Issue("SE", 0, null, "STRUCTURE", "transaction set without SE"));
      } else if (transactions == 0) {
        error(new X12Issue("ST", 0, null, "NO_835", "no 835 transaction set in the file"));
      }
      if (errorCount > errors.size()) {
        errors.add(
            new X12Issue(
                "", 0, null, "MORE", (errorCount - errors.size()) + " more envelope errors"));
      }
      return new Report(interchanges, transactions, claims, errors);
    }
  }

  private static ProviderAdjustment plb(X12Segment s) {
    List<PlbItem> items = new ArrayList<>();
    for (int e = 3; e <= 13; e += 2) {
      if (!s.component(e, 1).isEmpty() || !s.element(e + 1).isEmpty()) {
        items.add(new PlbItem(s.component(e, 1), s.component(e, 2), money(s.element(e + 1))));
      }
    }
    return new ProviderAdjustment(s.position(), s.element(1), date(s.element(2)), items);
  }

  /** Header fields as they arrive. */
  private static final class TransactionBuilder {
    final String isa13;
    final String gs06;
    final String st02;
    final String st03;
    final int position;
    String handlingCode = "";
    BigDecimal totalPayment;
    String creditDebit = "";
    String paymentMethod = "";
    LocalDate paymentDate;
    String trace = "";
    String traceOriginator = "";
    LocalDate productionDate;
    PartyBuilder payer;
    PartyBuilder payee;
    PartyBuilder party;
    String headerNumber = "";
    Header header;
    boolean headerDelivered;
    int claimCount;
    BigDecimal totalPaid = BigDecimal.ZERO;
    final List<ProviderAdjustment> plbs = new ArrayList<>();
    final List<X12Issue> issues = new ArrayList<>();
    final List<X12Issue> warnings = new ArrayList<>();

    TransactionBuilder(String isa13, String gs06, X12Segment st) {
      this.isa13 = isa13;
      this.gs06 = gs06;
      this.st02 = st.element(2);
      this.st03 = st.element(3);
      this.position = st.position();
    }

    void add(X12Segment s) {
      switch (s.tag()) {
        case "BPR" -> {
          handlingCode = s.element(1);
          totalPayment = money(s.element(2));
          creditDebit = s.element(3);
          paymentMethod = s.element(4);
          paymentDate = date(s.element(16));
        }
        case "TRN" -> {
          trace = s.element(2);
          traceOriginator = s.element(3);
        }
        case "DTM" -> {
          if ("405".equals(s.element(1))) {
            productionDate = date(s.element(2));
          }
        }
        case "N1" -> {
          party = new PartyBuilder(s);
          if ("PR".equals(s.element(1))) {
            payer = party;
          } else if ("PE".equals(s.element(1))) {
            payee = party;
          }
        }
        case "REF" -> {
          if (party != null) {
            party.references.add(new Qualified<>(s.element(1), s.element(2)));
          }
        }
        default -> {
          // N3, N4, PER, RDM, CUR, header REF: addresses and contacts are not mapped
        }
      }
    }

    Header header() {
      return new Header(
          isa13,
          gs06,
          st02,
          st03,
          handlingCode,
          totalPayment,
          creditDebit,
          paymentMethod,
          paymentDate,
          trace,
          traceOriginator,
          productionDate,
          PartyBuilder.build(payer, "PR"),
          PartyBuilder.build(payee, "PE"),
          position);
    }

    Trailer trailer() {
      return new Trailer(plbs, claimCount, totalPaid, issues, warnings);
    }
  }

  private static final class PartyBuilder {
    final X12Segment n1;
    final List<Qualified<String>> references = new ArrayList<>();

    PartyBuilder(X12Segment n1) {
      this.n1 = n1;
    }

    static Party build(PartyBuilder b, String entityCode) {
      if (b == null) {
        return new Party(entityCode, "", "", "", List.of());
      }
      return new Party(
          b.n1.element(1), b.n1.element(2), b.n1.element(3), b.n1.element(4), b.references);
    }
  }

  private static final class ClaimBuilder {
    final X12Segment clp;
    final String headerNumber;
    final List<Adjustment> adjustments = new ArrayList<>();
    final List<EntityId> entities = new ArrayList<>();
    final List<String> remarkCodes = new ArrayList<>();
    final List<Qualified<String>> references = new ArrayList<>();
    final List<Qualified<LocalDate>> dates = new ArrayList<>();
    final List<Qualified<BigDecimal>> amounts = new ArrayList<>();
    final List<Qualified<BigDecimal>> quantities = new ArrayList<>();
    final List<Line> lines = new ArrayList<>();
    final List<X12Issue> issues = new ArrayList<>();
    final List<X12Issue> warnings = new ArrayList<>();

    ClaimBuilder(X12Segment clp, String headerNumber) {
      this.clp = clp;
      this.headerNumber = headerNumber;
    }

    void add(X12Segment s) {
      switch (s.tag()) {
        case "CAS" -> adjustments(s, adjustments);
        case "NM1" -> entities.add(new EntityId(s.element(1), s.element(8), s.element(9)));
        case "MIA" -> remarks(s, remarkCodes, 5, 20, 21, 22, 23);
        case "MOA" -> remarks(s, remarkCodes, 3, 4, 5, 6, 7);
        case "REF" -> references.add(new Qualified<>(s.element(1), s.element(2)));
        case "DTM" -> dates.add(new Qualified<>(s.element(1), date(s.element(2))));
        case "AMT" -> amounts.add(new Qualified<>(s.element(1), money(s.element(2))));
        case "QTY" -> quantities.add(new Qualified<>(s.element(1), money(s.element(2))));
        default -> {
          // PER (claim contact): not mapped
        }
      }
    }

    Claim build() {
      X12Segment c = clp;
      return new Claim(
          c.position(),
          headerNumber,
          c.element(1),
          c.element(2),
          money(c.element(3)),
          money(c.element(4)),
          money(c.element(5)),
          c.element(6),
          c.element(7),
          c.element(8),
          c.element(9),
          adjustments,
          entities,
          remarkCodes,
          references,
          dates,
          amounts,
          quantities,
          lines,
          issues,
          warnings);
    }
  }

  private static final class LineBuilder {
    final X12Segment svc;
    final List<Qualified<LocalDate>> dates = new ArrayList<>();
    final List<Adjustment> adjustments = new ArrayList<>();
    final List<Qualified<String>> references = new ArrayList<>();
    final List<Qualified<BigDecimal>> amounts = new ArrayList<>();
    final List<Qualified<BigDecimal>> quantities = new ArrayList<>();
    final List<Qualified<String>> remarks = new ArrayList<>();

    LineBuilder(X12Segment svc) {
      this.svc = svc;
    }

    void add(X12Segment s) {
      switch (s.tag()) {
        case "DTM" -> dates.add(new Qualified<>(s.element(1), date(s.element(2))));
        case "CAS" -> adjustments(s, adjustments);
        case "REF" -> references.add(new Qualified<>(s.element(1), s.element(2)));
        case "AMT" -> amounts.add(new Qualified<>(s.element(1), money(s.element(2))));
        case "QTY" -> quantities.add(new Qualified<>(s.element(1), money(s.element(2))));
        case "LQ" -> remarks.add(new Qualified<>(s.element(1), s.element(2)));
        default -> {
          // anything else in a line is flagged by the schema and degrades the claim
        }
      }
    }

    Line build() {
      X12Segment s = svc;
      return new Line(
          s.position(),
          procedure(s, 1),
          money(s.element(2)),
          money(s.element(3)),
          s.element(4),
          money(s.element(5)),
          s.element(6).isEmpty() ? null : procedure(s, 6),
          money(s.element(7)),
          dates,
          adjustments,
          references,
          amounts,
          quantities,
          remarks);
    }
  }

  private static Procedure procedure(X12Segment s, int element) {
    List<String> modifiers = new ArrayList<>();
    for (int c = 3; c <= 6; c++) {
      if (!s.component(element, c).isEmpty()) {
        modifiers.add(s.component(element, c));
      }
    }
    return new Procedure(
        s.component(element, 1), s.component(element, 2), modifiers, s.component(element, 7));
  }

  private static void adjustments(X12Segment s, List<Adjustment> into) {
    String group = s.element(1);
    for (int e = 2; e <= 17; e += 3) {
      if (!s.element(e).isEmpty() || !s.element(e + 1).isEmpty()) {
        into.add(
            new Adjustment(group, s.element(e), money(s.element(e + 1)), money(s.element(e + 2))));
      }
    }
  }

  private static void remarks(X12Segment s, List<String> into, int... elements) {
    for (int e : elements) {
      if (!s.element(e).isEmpty()) {
        into.add(s.element(e));
      }
    }
  }

  static BigDecimal money(String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    try {
      return new BigDecimal(value.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static LocalDate date(String value) {
    if (value == null || value.length() != 8) {
      return null;
    }
    try {
      return LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
