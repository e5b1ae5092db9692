package com.naltrexone.billing.it;

import java.sql.Connection;
import java.sql.Statement;

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
    String[] statements = {
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
          + " (nextval('claim_seq'), '96372', 50.00, date '2020-01-01', 'crash test')",
      "insert into patient (id, mrn, first_name, last_name, birth_date, sex, address_line1, city,"
          + " state, zip, version) select nextval('registry_seq'), 'CRASH-' || g, 'TEST', 'CRASH',"
          + " date '1980-01-01', 'F', '1 ELM ST', 'SPRINGFIELD', 'IL', '62702', 1"
          + " from generate_series(1, "
          + claims
          + ") g",
      "insert into coverage (id, patient_id, payer_id, member_id, plan_type, relationship,"
          + " effective_from, cob_order, version) select nextval('registry_seq'), p.id, y.id,"
          + " 'M' || p.id, 'COMMERCIAL', '18', current_date - 365, 'PRIMARY', 1 from patient p"
          + " join payer y on y.payer_id_837 = 'CR' || (cast(substring(p.mrn from 7) as integer) % 4)",
      "insert into part2_consent (id, patient_id, scope, purpose, signed_on, version)"
          + " select nextval('registry_seq'), id, 'ALL_PAYERS', 'PAYMENT', current_date - 30, 1"
          + " from patient",
      "insert into prescription (id, patient_id, drug_id, prescriber_id, dose, frequency_days,"
          + " route, start_date, version) select nextval('registry_seq'), p.id, d.id, r.id,"
          + " '380 mg IM', 28, 'BUY_AND_BILL', current_date - 60, 1 from patient p, drug d,"
          + " provider r where r.kind = 'RENDERING'",
      "insert into prescription_diagnosis (prescription_id, position, code)"
          + " select id, 0, 'F11.20' from prescription",
      "insert into dose (id, patient_id, prescription_id, location_id, kind, given_on, lot_id,"
          + " ndc11, site, administered_by, waste_mg, route, billable, version)"
          + " select nextval('registry_seq'), rx.patient_id, rx.id, l.id, 'INJECTION',"
          + " current_date - 2, lot.id, '65757030001', 'LEFT_GLUTEAL', rx.prescriber_id, 0,"
          + " 'BUY_AND_BILL', true, 1 from prescription rx, location l, drug_lot lot"
    };
    for (String statement : statements) {
      try (Connection c = TestDatabase.connect(database);
          Statement s = c.createStatement()) {
        s.execute(statement);
      }
    }
  }
}
