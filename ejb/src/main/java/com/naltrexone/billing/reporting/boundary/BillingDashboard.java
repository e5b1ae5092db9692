package com.naltrexone.billing.reporting.boundary;

import com.naltrexone.billing.remittance.boundary.Remittances;
import com.naltrexone.billing.remittance.control.ReasonCodes;
import com.naltrexone.billing.reporting.control.ReportMath;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The billing dashboard's figures, each aggregated in the database (GROUP BY or conditional sums
 * over the rows; no claim is loaded): A/R aging by payer, denial rate by CARC, injections given
 * against what approvals covered per month, and estimated against actual patient cost per month.
 */
@Stateless
public class BillingDashboard {

  /** Months the monthly charts show, the current one included. */
  public static final int MONTHS = 12;

  /** Claims the payer still owes on: sent and not yet paid, or denied and not yet closed. */
  static final String OPEN_WITH_PAYER = "'BATCHED', 'SENT', 'ACKNOWLEDGED', 'ACCEPTED', 'DENIED'";

  /** Claims the payers adjudicated since {@code ?1}. */
  static final String ADJUDICATED_SQL =
      "select count(distinct cp.claim_id) from remittance_claim_payment cp where"
          + " cp.claim_id is not null and cp.paid_date >= ?1 and cp.outcome in"
          + " ('PAID', 'FORWARDED', 'DENIED', 'REVERSED')";

  /** Claims denied per group and CARC by 835s paid since {@code ?1}. */
  static final String DENIED_BY_CARC_SQL =
      "select d.group_code, d.reason_code, count(distinct d.claim_id) from"
          + " remittance_denial d join remittance_claim_payment cp on cp.id ="
          + " d.claim_payment_id where cp.paid_date >= ?1 group by d.group_code,"
          + " d.reason_code order by count(distinct d.claim_id) desc, d.reason_code";

  /** Injections given per month from {@code ?1} to {@code ?2}. */
  static final String INJECTIONS_GIVEN_SQL =
      "select extract(year from d.given_on), extract(month from d.given_on), count(*)"
          + " from dose d where d.kind = 'INJECTION' and d.given_on >= ?1 and"
          + " d.given_on <= ?2 group by extract(year from d.given_on), extract(month"
          + " from d.given_on)";

  /** Estimated and actual patient cost per month of service from {@code ?1} to {@code ?2}. */
  static final String PATIENT_COST_SQL =
      "select extract(year from c.service_date), extract(month from c.service_date),"
          + " count(distinct c.dose_id), sum(c.estimated_patient),"
          + " sum(c.patient_responsibility) from dose_cost c where c.service_date >= ?1"
          + " and c.service_date <= ?2 and c.estimated_patient is not null group by"
          + " extract(year from c.service_date), extract(month from c.service_date)";

  /** What each month's conditional sums add up over the approvals active in it. */
  static final String[] APPROVAL_SUMS = {
    "1", "coalesce(a.approved_units, 0)", "coalesce(a.approved_doses, 0)"
  };

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @EJB Remittances remittances;

  /** One payer's open balance in each aging bucket. */
  public record AgingRow(
      long payerId, String payerName, List<BigDecimal> amounts, BigDecimal total, long claims) {}

  /** A/R aging: buckets of days since the date of service, one row per payer, and the totals. */
  public record Aging(
      LocalDate asOf, List<String> buckets, List<AgingRow> payers, List<BigDecimal> totals) {}

  /** Claims denied with one CARC against every claim adjudicated in the period. */
  public record DenialRate(
      String carc,
      String description,
      long deniedClaims,
      long adjudicatedClaims,
      BigDecimal percent) {}

  public record DenialRates(LocalDate since, long adjudicatedClaims, List<DenialRate> rows) {}

  /**
   * One month: injections given, and the approvals whose span touches the month (each covers that
   * month's one Vivitrol injection) with the units and doses they approve.
   */
  public record InjectionMonth(
      YearMonth month, long given, long approvalsActive, long unitsApproved, long dosesApproved) {}

  /** One month of posted doses: the estimate made for the patient against what the 835 said. */
  public record CostMonth(
      YearMonth month,
      long doses,
      BigDecimal estimated,
      BigDecimal actual,
      BigDecimal difference) {}

  /** Open claim balances (charge less what was paid) by payer and days since the service date. */
  public Aging aging() {
    LocalDate today = LocalDate.now(clock);
    List<LocalDate> starts = ReportMath.bucketStarts(today);
    Query q = em.createNativeQuery(agingSql(starts.size()));
    for (int i = 0; i < starts.size(); i++) {
      q.setParameter(i + 1, Date.valueOf(starts.get(i)));
    }
    int n = ReportMath.AgeBucket.values().length;
    Map<Long, AgingRow> rows = new LinkedHashMap<>();
    BigDecimal[] totals = zeros(n);
    for (Object o : q.getResultList()) {
      Object[] r = (Object[]) o;
      long payerId = ReportMath.count(r[0]);
      int position = (int) ReportMath.count(r[2]);
      BigDecimal amount = ReportMath.money(r[3]);
      AgingRow row =
          rows.computeIfAbsent(
              payerId,
              id -> new AgingRow(id, (String) r[1], Arrays.asList(zeros(n)), BigDecimal.ZERO, 0));
      row.amounts().set(position, amount);
      rows.put(
          payerId,
          new AgingRow(
              payerId,
              row.payerName(),
              row.amounts(),
              row.total().add(amount),
              row.claims() + ReportMath.count(r[4])));
      totals[position] = totals[position].add(amount);
    }
    return new Aging(
        today,
        Arrays.stream(ReportMath.AgeBucket.values()).map(ReportMath.AgeBucket::label).toList(),
        List.copyOf(rows.values()),
        List.of(totals));
  }

  /**
   * Denial rate by CARC over the last twelve months (by the 835's payment date): claims denied with
   * the code against every claim the payers adjudicated (paid, forwarded, denied, or paid and later
   * reversed). A claim denied with two codes counts under each.
   */
  public DenialRates denialRates() {
    LocalDate since = LocalDate.now(clock).minusMonths(12);
    long adjudicated =
        ReportMath.count(
            em.createNativeQuery(ADJUDICATED_SQL)
                .setParameter(1, Date.valueOf(since))
                .getSingleResult());
    List<?> denied =
        em.createNativeQuery(DENIED_BY_CARC_SQL)
            .setParameter(1, Date.valueOf(since))
            .getResultList();
    ReasonCodes codes = remittances.reasonCodes();
    List<DenialRate> rows = new ArrayList<>();
    for (Object o : denied) {
      Object[] r = (Object[]) o;
      String reason = (String) r[1];
      long claims = ReportMath.count(r[2]);
      rows.add(
          new DenialRate(
              reason == null ? "none" : r[0] + "-" + reason,
              reason == null
                  ? "Denied without an adjustment code (patient not recognized)"
                  : codes.carc(reason).description(),
              claims,
              adjudicated,
              ReportMath.percent(claims, adjudicated)));
    }
    return new DenialRates(since, adjudicated, rows);
  }

  /** Injections given per month against the approvals active in that month. */
  public List<InjectionMonth> injections() {
    List<YearMonth> months = ReportMath.lastMonths(LocalDate.now(clock), MONTHS);
    Map<YearMonth, Long> given = new LinkedHashMap<>();
    for (Object o :
        em.createNativeQuery(INJECTIONS_GIVEN_SQL)
            .setParameter(1, Date.valueOf(months.get(0).atDay(1)))
            .setParameter(2, Date.valueOf(months.get(months.size() - 1).atEndOfMonth()))
            .getResultList()) {
      Object[] r = (Object[]) o;
      given.put(
          YearMonth.of((int) ReportMath.count(r[0]), (int) ReportMath.count(r[1])),
          ReportMath.count(r[2]));
    }
    Query q = em.createNativeQuery(approvalsSql(months.size()));
    int p = 1;
    for (YearMonth m : months) {
      for (int copy = 0; copy < APPROVAL_SUMS.length; copy++) {
        q.setParameter(p++, Date.valueOf(m.atEndOfMonth()));
        q.setParameter(p++, Date.valueOf(m.atDay(1)));
      }
    }
    Object[] r = (Object[]) q.getSingleResult();
    List<InjectionMonth> rows = new ArrayList<>();
    for (int i = 0; i < months.size(); i++) {
      rows.add(
          new InjectionMonth(
              months.get(i),
              given.getOrDefault(months.get(i), 0L),
              ReportMath.count(r[3 * i]),
              ReportMath.count(r[3 * i + 1]),
              ReportMath.count(r[3 * i + 2])));
    }
    return rows;
  }

  /**
   * Estimated against actual patient cost per month of service, over the posted doses that had an
   * estimate (reversals included, so a taken-back posting nets out).
   */
  public List<CostMonth> patientCost() {
    List<YearMonth> months = ReportMath.lastMonths(LocalDate.now(clock), MONTHS);
    Map<YearMonth, Object[]> found = new LinkedHashMap<>();
    for (Object o :
        em.createNativeQuery(PATIENT_COST_SQL)
            .setParameter(1, Date.valueOf(months.get(0).atDay(1)))
            .setParameter(2, Date.valueOf(months.get(months.size() - 1).atEndOfMonth()))
            .getResultList()) {
      Object[] r = (Object[]) o;
      found.put(YearMonth.of((int) ReportMath.count(r[0]), (int) ReportMath.count(r[1])), r);
    }
    List<CostMonth> rows = new ArrayList<>();
    for (YearMonth m : months) {
      Object[] r = found.get(m);
      BigDecimal estimated = ReportMath.money(r == null ? null : r[3]);
      BigDecimal actual = ReportMath.money(r == null ? null : r[4]);
      rows.add(
          new CostMonth(
              m,
              r == null ? 0 : ReportMath.count(r[2]),
              estimated,
              actual,
              actual.subtract(estimated)));
    }
    return rows;
  }

  /** Open balances grouped by payer and bucket; {@code ?1..?n} are the buckets' start dates. */
  static String agingSql(int starts) {
    StringBuilder bucket = new StringBuilder("case");
    for (int i = 0; i < starts; i++) {
      bucket.append(" when c.service_date >= ?").append(i + 1).append(" then ").append(i);
    }
    bucket.append(" else ").append(starts).append(" end");
    return "select b.payer_id, p.name, b.bucket, sum(b.balance), count(*) from (select"
        + " c.payer_id, "
        + bucket
        + " as bucket, c.total_charge - coalesce((select sum(cp.paid) from"
        + " remittance_claim_payment cp where cp.claim_id = c.id), 0) as balance from"
        + " claim c where c.status in ("
        + OPEN_WITH_PAYER
        + ")) b join payer p on p.id = b.payer_id group by b.payer_id, p.name,"
        + " b.bucket order by p.name, b.payer_id, b.bucket";
  }

  /**
   * The approvals active in each month, as one conditional sum per month and figure (an approval
   * spans months, so it cannot be grouped by one): {@code ?(2k+1)} is the end of a month, {@code
   * ?(2k+2)} its start, for each figure of {@link #APPROVAL_SUMS} in turn.
   */
  static String approvalsSql(int months) {
    StringBuilder sums = new StringBuilder("select ");
    int p = 1;
    for (int i = 0; i < months; i++) {
      for (String what : APPROVAL_SUMS) {
        sums.append(p == 1 ? "" : ", ")
            .append("sum(case when a.approved_from <= ?")
            .append(p)
            .append(" and a.approved_to >= ?")
            .append(p + 1)
            .append(" then ")
            .append(what)
            .append(" else 0 end)");
        p += 2;
      }
    }
    return sums.append(
            " from authorization_record a where a.status in ('APPROVED', 'EXPIRED') and"
                + " a.approved_from is not null and a.approved_to is not null")
        .toString();
  }

  private static BigDecimal[] zeros(int n) {
    BigDecimal[] z = new BigDecimal[n];
    Arrays.fill(z, BigDecimal.ZERO.setScale(2));
    return z;
  }
}
