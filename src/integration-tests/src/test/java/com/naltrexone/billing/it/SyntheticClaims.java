package com.naltrexone.billing.it;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Synthetic billable doses written straight into PostgreSQL (ids from the application's own
 * sequences, so nothing collides with what EclipseLink allocates): four payers, one clinic, and
 * covered, consenting patients with one buy-and-bill Vivitrol injection each. For system tests and
 * benchmarks that need many claims fast.
 */
final class SyntheticClaims {

  private SyntheticClaims() {}

  /** Reference data and {@code claims} covered, consenting patients with one injection each. */
  static void seed(String database, int claims) throws Exception {
    String[] reference = {
      "insert into payer (id, name, payer_id_837, payer_id_835, claim_filing_indicator,"
          + " pa_required_injection, pa_required_oral, requires_jz_jw, ndc_unit, timely_filing_days,"
          + " accepts_frequency_7, pa_approval_days, pa_unit_limit, pa_unit_period_days, version)"
          + " select nextval('registry_seq'), 'CRASH PLAN ' || g, 'CR' || g, 'CR' || g, 'CI',"
          + " false, false, true, 'UN', 365, true, 180, 380, 28, 1 from generate_series(0, 3) g",
      "insert into provider (id, kind, organization, npi, tin, taxonomy, address_line1, city,"
          + " state, zip, version) values (nextval('registry_seq'), 'BILLING',"
          + " 'EXAMPLE RECOVERY CLINIC', '1234567893', '123456789', '261QR0405X', '100 MAIN ST',"
          + " 'SPRINGFIELD', 'IL', '627010000', 1)",
      "insert into provider (id, kind, last_name, first_name, npi, taxonomy, version) values"
          + " (nextval('registry_seq'), 'RENDERING', 'SMITH', 'ALEX', '1497758544', '2084P0800X', 1)",
      "insert into location (id, name, place_of_service, is_340b, address_line1, city, state, zip,"
          + " version) values (nextval('registry_seq'), 'Crash clinic', '57', false,"
          + " '100 MAIN ST', 'SPRINGFIELD', 'IL', '627010000', 1)",
      "insert into drug (id, name, form, ndc11, labeled_ndc, hcpcs, billing_units, strength,"
          + " active, version) values (nextval('registry_seq'), 'Vivitrol 380 mg kit', 'INJECTION',"
          + " '65757030001', '65757-300-01', 'J2315', 380, '380 mg', true, 1)",
      "insert into drug_lot (id, drug_id, lot_number, expires_on, received_on, is_340b, version)"
          + " select nextval('registry_seq'), id, 'CRASH1', current_date + 300, current_date - 10,"
          + " false, 1 from drug",
      "insert into fee_schedule (id, code, amount_per_unit, effective_from, source) values"
          + " (nextval('claim_seq'), 'J2315', 4.25, date '2020-01-01', 'crash test'),"
          + " (nextval('claim_seq'), '96372', 50.00, date '2020-01-01', 'crash test')"
    };
    SystemTests.sql(database, reference);
    morePatients(database, 1, claims);
  }

  /**
   * Patients {@code CRASH-<first>} .. {@code CRASH-<first + count - 1>}, each covered by one of the
   * four payers, consenting, with a Vivitrol prescription and one billable injection (after {@link
   * #seed}, whose reference data they use).
   */
  static void morePatients(String database, int first, int count) throws Exception {
    String newPatients =
        " cast(substring(p.mrn from 7) as integer) between "
            + first
            + " and "
            + (first + count - 1);
    String[] statements = {
      "insert into patient (id, mrn, first_name, last_name, birth_date, sex, address_line1, city,"
          + " state, zip, version) select nextval('registry_seq'), 'CRASH-' || g, 'TEST', 'CRASH',"
          + " date '1980-01-01', 'F', '1 ELM ST', 'SPRINGFIELD', 'IL', '62702', 1"
          + " from generate_series("
          + first
          + ", "
          + (first + count - 1)
          + ") g",
      "insert into coverage (id, patient_id, payer_id, member_id, plan_type, relationship,"
          + " effective_from, cob_order, version) select nextval('registry_seq'), p.id, y.id,"
          + " 'M' || p.id, 'COMMERCIAL', '18', current_date - 365, 'PRIMARY', 1 from patient p"
          + " join payer y on y.payer_id_837 = 'CR' || (cast(substring(p.mrn from 7) as integer) % 4)"
          + " where"
          + newPatients,
      "insert into part2_consent (id, patient_id, scope, purpose, signed_on, version)"
          + " select nextval('registry_seq'), p.id, 'ALL_PAYERS', 'PAYMENT', current_date - 30, 1"
          + " from patient p where"
          + newPatients,
      "insert into prescription (id, patient_id, drug_id, prescriber_id, dose, frequency_days,"
          + " route, start_date, version) select nextval('registry_seq'), p.id, d.id, r.id,"
          + " '380 mg IM', 28, 'BUY_AND_BILL', current_date - 60, 1 from patient p, drug d,"
          + " provider r where r.kind = 'RENDERING' and"
          + newPatients,
      "insert into prescription_diagnosis (prescription_id, position, code)"
          + " select rx.id, 0, 'F11.20' from prescription rx join patient p on p.id = rx.patient_id"
          + " where"
          + newPatients,
      "insert into dose (id, patient_id, prescription_id, location_id, kind, given_on, lot_id,"
          + " ndc11, site, administered_by, waste_mg, route, billable, version)"
          + " select nextval('registry_seq'), rx.patient_id, rx.id, l.id, 'INJECTION',"
          + " current_date - 2, lot.id, '65757030001', 'LEFT_GLUTEAL', rx.prescriber_id, 0,"
          + " 'BUY_AND_BILL', true, 1 from prescription rx join patient p on p.id = rx.patient_id,"
          + " location l, drug_lot lot where"
          + newPatients,
      // Planner statistics, as a database with autovacuum on (PostgreSQL's default) would have
      // gathered within a minute of such a bulk insert. This machine's PostgreSQL runs with
      // autovacuum off, and without statistics every page of the claim build read the seeded
      // patients, prescriptions and coverages by sequential scan (docs/benchmarks.md).
      "analyze"
    };
    SystemTests.sql(database, statements);
  }

  /**
   * One SENT claim per seeded dose (two lines: J2315 x 380 JZ and 96372, line control numbers
   * {@code <CLM01>L1} and {@code L2}), as if the nightly run had sent them, billed to {@code
   * payer}: an SQL expression over the coverage {@code c}, e.g. {@code c.payer_id}.
   */
  static void sent(String database, String payer) throws Exception {
    String[] statements = {
      "insert into claim (id, patient_id, coverage_id, payer_id, dose_id, patient_control_number,"
          + " frequency, service_date, place_of_service, total_charge, status, created_at,"
          + " original_key, version) select nextval('registry_seq'), d.patient_id, c.id,"
          + payer
          + ", d.id, 'BN' || lpad(cast(d.id as varchar), 10, '0'), '1', d.given_on,"
          + " '57', 1665.00, 'SENT', now(), d.id || ':' || c.id, 1 from dose d join coverage c on"
          + " c.patient_id = d.patient_id",
      "insert into claim_line (id, claim_id, line_number, procedure_code, modifiers, charge,"
          + " units, diagnosis_pointers, line_control_number) select nextval('claim_seq'), id, 1,"
          + " 'J2315', 'JZ', 1615.00, 380, '1', patient_control_number || 'L1' from claim",
      "insert into claim_line (id, claim_id, line_number, procedure_code, modifiers, charge,"
          + " units, diagnosis_pointers, line_control_number) select nextval('claim_seq'), id, 2,"
          + " '96372', null, 50.00, 1, '1', patient_control_number || 'L2' from claim"
    };
    SystemTests.sql(database, statements);
  }

  /**
   * This plan year's benefits for every coverage: no deductible, 20 % coinsurance, nothing met yet,
   * so after the 835 of {@link #payment} each coverage's out-of-pocket met is exactly that claim's
   * patient responsibility (321.00), once.
   */
  static void benefits(String database) throws Exception {
    SystemTests.sql(
        database,
        "insert into coverage_benefit (id, coverage_id, plan_year_start, plan_year_end,"
            + " deductible, deductible_met, coinsurance_percent, oop_max, oop_met, drug_benefit,"
            + " covers_primary_deductible, source, version) select nextval('registry_seq'), id,"
            + " cast(date_trunc('year', current_date - 2) as date),"
            + " cast(date_trunc('year', current_date - 2) + interval '1 year' - interval '1 day'"
            + " as date), 0, 0, 20, 6000, 0, 'MEDICAL', false, 'synthetic', 1 from coverage");
  }

  /**
   * One balanced transaction set from payer {@code CR<payer>} paying every SENT claim billed to it
   * as in domain.md 3.5 (CO-45 and PR-2 on each line, REF*6R, AMT*B6), with a PLB WO and L6:
   * 1,284.00 paid and 321.00 patient responsibility a claim.
   */
  static String payment(String database, int payer) throws Exception {
    return payment(database, payer, Integer.MAX_VALUE);
  }

  /** An 835 paying the first {@code limit} SENT claims of payer CR{@code payer} (by id). */
  static String payment(String database, int payer, int limit) throws Exception {
    List<String[]> ours = new ArrayList<>();
    try (Connection c = TestDatabase.connect(database);
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select c.patient_control_number, c.service_date from claim c join payer p on"
                    + " p.id = c.payer_id where c.status = 'SENT' and p.payer_id_835 = 'CR"
                    + payer
                    + "' order by c.id")) {
      while (rs.next() && ours.size() < limit) {
        ours.add(new String[] {rs.getString(1), rs.getString(2)});
      }
    }
    Vivitrol835 payment = Vivitrol835.payment("CR" + payer, "SYN" + System.nanoTime());
    for (String[] claim : ours) {
      String pcn = claim[0];
      payment
          .claim(pcn, "1", "1665", "1284", "321", "ICN" + pcn, LocalDate.parse(claim[1]))
          .line(
              "J2315:JZ",
              "1615",
              "1246.8",
              "380",
              pcn + "L1",
              "1558.5",
              List.of("CO*45*56.5", "PR*2*311.7"))
          .line("96372", "50", "37.2", "1", pcn + "L2", "46.5", List.of("CO*45*3.5", "PR*2*9.3"));
    }
    payment.plb("WO", "", "10").plb("L6", "", "-1");
    return Vivitrol835.file(123456789L + payer, payment);
  }
}
