package com.naltrexone.billing.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Client-side seeding for the browser test, by SQL into the test database (a {@code @RunAsClient}
 * test cannot call the boundaries): a covered, consenting patient with a Vivitrol injection
 * yesterday whose prescription carries a mistyped diagnosis code, so the claim built for it is held
 * by the scrubber. Reference rows (billing provider, prescriber, drug, fees) are added only when
 * missing; ids come from the application's own sequences.
 */
final class UiSeed {

  /** What the seed made: ids and the values a page shows. */
  record HeldPatient(
      long patientId, String mrn, String payerName, long coverageId, long prescriptionId) {}

  private UiSeed() {}

  static HeldPatient patientWithMistypedDiagnosis(String badCode) {
    String mrn = Fixtures.unique("UI-");
    String payerName = "UI PLAN " + mrn.substring(3);
    try (Connection c = TestDatabase.connect(TestDatabase.name())) {
      c.setAutoCommit(false);
      execute(
          c,
          "insert into provider (id, kind, organization, npi, tin, taxonomy, address_line1, city,"
              + " state, zip, version) select nextval('registry_seq'), 'BILLING',"
              + " 'EXAMPLE RECOVERY CLINIC', '1234567893', '123456789', '261QR0405X',"
              + " '100 MAIN ST', 'SPRINGFIELD', 'IL', '627010000', 1 where not exists"
              + " (select 1 from provider where kind = 'BILLING')");
      execute(
          c,
          "insert into provider (id, kind, last_name, first_name, npi, taxonomy, version) select"
              + " nextval('registry_seq'), 'RENDERING', 'SMITH', 'ALEX', '1497758544',"
              + " '2084P0800X', 1 where not exists (select 1 from provider where kind ="
              + " 'RENDERING' and npi = '1497758544')");
      execute(
          c,
          "insert into drug (id, name, form, ndc11, labeled_ndc, hcpcs, billing_units, strength,"
              + " active, version) select nextval('registry_seq'), 'Vivitrol 380 mg kit',"
              + " 'INJECTION', '65757030001', '65757-300-01', 'J2315', 380, '380 mg', true, 1"
              + " where not exists (select 1 from drug where ndc11 = '65757030001')");
      for (String[] fee : new String[][] {{"J2315", "4.25"}, {"96372", "50.00"}}) {
        execute(
            c,
            "insert into fee_schedule (id, code, amount_per_unit, effective_from, source) select"
                + " nextval('claim_seq'), '"
                + fee[0]
                + "', "
                + fee[1]
                + ", date '2020-01-01', 'ui test' where not exists (select 1 from fee_schedule"
                + " where code = '"
                + fee[0]
                + "')");
      }
      long payer =
          SqlSeed.insert(
              c,
              "insert into payer (id, name, payer_id_837, payer_id_835, claim_filing_indicator,"
                  + " pa_required_injection, pa_required_oral, requires_jz_jw, ndc_unit,"
                  + " timely_filing_days, accepts_frequency_7, pa_approval_days, pa_unit_limit,"
                  + " pa_unit_period_days, version) values (nextval('registry_seq'), ?, ?, ?,"
                  + " 'CI', false, false, true, 'UN', 365, true, 180, 380, 28, 1) returning id",
              payerName,
              mrn.substring(3),
              mrn.substring(3));
      long patient =
          SqlSeed.insert(
              c,
              "insert into patient (id, mrn, first_name, last_name, birth_date, sex,"
                  + " address_line1, city, state, zip, version) values (nextval('registry_seq'),"
                  + " ?, 'ROBIN', 'UITEST', date '1984-03-12', 'F', '1 ELM ST', 'SPRINGFIELD',"
                  + " 'IL', '62702', 1) returning id",
              mrn);
      long coverage =
          SqlSeed.insert(
              c,
              "insert into coverage (id, patient_id, payer_id, member_id, plan_type, relationship,"
                  + " effective_from, cob_order, version) values (nextval('registry_seq'), "
                  + patient
                  + ", "
                  + payer
                  + ", 'M"
                  + patient
                  + "', 'COMMERCIAL', '18', current_date - 365, 'PRIMARY', 1) returning id");
      execute(
          c,
          "insert into part2_consent (id, patient_id, scope, purpose, signed_on, version) values"
              + " (nextval('registry_seq'), "
              + patient
              + ", 'ALL_PAYERS', 'PAYMENT', current_date - 30, 1)");
      long location =
          SqlSeed.insert(
              c,
              "insert into location (id, name, place_of_service, is_340b, address_line1, city,"
                  + " state, zip, version) values (nextval('registry_seq'), 'UI clinic', '57',"
                  + " false, '100 MAIN ST', 'SPRINGFIELD', 'IL', '627010000', 1) returning id");
      long lot =
          SqlSeed.insert(
              c,
              "insert into drug_lot (id, drug_id, lot_number, expires_on, received_on, is_340b,"
                  + " version) select nextval('registry_seq'), id, ?, current_date + 300,"
                  + " current_date - 10, false, 1 from drug where ndc11 = '65757030001'"
                  + " returning id",
              "UI" + mrn.substring(3));
      long prescription =
          SqlSeed.insert(
              c,
              "insert into prescription (id, patient_id, drug_id, prescriber_id, dose,"
                  + " frequency_days, route, start_date, version) select nextval('registry_seq'),"
                  + " "
                  + patient
                  + ", d.id, r.id, '380 mg IM', 28, 'BUY_AND_BILL', current_date - 60, 1 from"
                  + " drug d, provider r where d.ndc11 = '65757030001' and r.kind = 'RENDERING'"
                  + " and r.npi = '1497758544' returning id");
      try (PreparedStatement s =
          c.prepareStatement(
              "insert into prescription_diagnosis (prescription_id, position, code) values"
                  + " (?, 0, ?)")) {
        s.setLong(1, prescription);
        s.setString(2, badCode);
        s.executeUpdate();
      }
      execute(
          c,
          "insert into dose (id, patient_id, prescription_id, location_id, kind, given_on,"
              + " lot_id, ndc11, site, administered_by, waste_mg, route, billable, version)"
              + " select nextval('registry_seq'), "
              + patient
              + ", rx.id, "
              + location
              + ", 'INJECTION', current_date - 1, "
              + lot
              + ", '65757030001', 'LEFT_GLUTEAL', rx.prescriber_id, 0, 'BUY_AND_BILL', true, 1"
              + " from prescription rx where rx.id = "
              + prescription);
      c.commit();
      return new HeldPatient(patient, mrn, payerName, coverage, prescription);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The claim number and id of the patient's (only) claim. */
  static String[] claimOf(long patientId) {
    try (Connection c = TestDatabase.connect(TestDatabase.name());
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select id, patient_control_number from claim where patient_id = "
                    + patientId
                    + " order by id")) {
      if (!rs.next()) {
        throw new AssertionError("no claim was built for patient " + patientId);
      }
      return new String[] {String.valueOf(rs.getLong(1)), rs.getString(2)};
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * An 835 from the seeded payer paying every line of the claim in full (CLP01 = its claim number,
   * REF*6R = its line control numbers, as the payer sends them back).
   */
  static String fullPaymentOf(long claimId, String payerId835, String trace, long isa13) {
    ClaimLines claim = linesOf(claimId);
    Vivitrol835 payment = answer(claim, payerId835, trace, claim.total().toPlainString(), "ICN-UI");
    for (String[] l : claim.lines()) {
      payment.line(l[0], l[1], l[1], l[2], l[3], null, List.of());
    }
    return Vivitrol835.file(isa13, payment);
  }

  /**
   * An 835 from the seeded payer paying nothing on the claim: every line CO-197 (no
   * precertification) with remark N54, paid today (the 835's dates moved to today so the denial
   * counts in the dashboard's last twelve months).
   */
  static String denialOf(long claimId, String payerId835, String trace, long isa13) {
    ClaimLines claim = linesOf(claimId);
    Vivitrol835 payment = answer(claim, payerId835, trace, "0", "ICN-UI-DENIED");
    for (String[] l : claim.lines()) {
      payment.line(l[0], l[1], "0", "0", l[3], null, List.of("CO*197*" + l[1]), "N54");
    }
    String today =
        java.time.LocalDate.now().format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
    return Vivitrol835.file(isa13, payment).replace("20250210", today);
  }

  /** The payer's CLP (processed as primary, nothing on the patient) for the claim. */
  private static Vivitrol835 answer(
      ClaimLines claim, String payerId835, String trace, String paid, String icn) {
    return Vivitrol835.payment(payerId835, trace)
        .claim(
            claim.pcn(), "1", claim.total().toPlainString(), paid, "0", icn, claim.serviceDate());
  }

  /** The claim as the payer would send it back: number, date of service, lines, total. */
  private record ClaimLines(
      String pcn,
      java.time.LocalDate serviceDate,
      List<String[]> lines,
      java.math.BigDecimal total) {}

  private static ClaimLines linesOf(long claimId) {
    try (Connection c = TestDatabase.connect(TestDatabase.name());
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select c.patient_control_number, c.service_date, l.procedure_code, l.modifiers,"
                    + " l.charge, l.units, l.line_control_number from claim c join claim_line l"
                    + " on l.claim_id = c.id where c.id = "
                    + claimId
                    + " order by l.line_number")) {
      List<String[]> lines = new ArrayList<>();
      String pcn = null;
      java.time.LocalDate serviceDate = null;
      java.math.BigDecimal total = java.math.BigDecimal.ZERO;
      while (rs.next()) {
        pcn = rs.getString(1);
        serviceDate = rs.getDate(2).toLocalDate();
        String modifiers = rs.getString(4);
        java.math.BigDecimal charge = rs.getBigDecimal(5);
        total = total.add(charge);
        lines.add(
            new String[] {
              rs.getString(3) + (modifiers == null || modifiers.isEmpty() ? "" : ":" + modifiers),
              charge.toPlainString(),
              rs.getBigDecimal(6).stripTrailingZeros().toPlainString(),
              rs.getString(7)
            });
      }
      if (pcn == null) {
        throw new AssertionError("claim " + claimId + " has no lines");
      }
      return new ClaimLines(pcn, serviceDate, lines, total);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Marks a READY claim SENT as the submission run would (the browser test of denials does not need
   * the run itself; the first test watches one).
   */
  static void markSent(long claimId) {
    try (Connection c = TestDatabase.connect(TestDatabase.name())) {
      int updated =
          c.createStatement()
              .executeUpdate(
                  "update claim set status = 'SENT', sent_at = current_timestamp where id = "
                      + claimId
                      + " and status = 'READY'");
      if (updated != 1) {
        throw new AssertionError("claim " + claimId + " was not READY");
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A cost-of-access row for the claim's dose as the payment observer records it: the patient's
   * estimate and what the 835 put on the patient.
   */
  static void doseCost(long claimId, String estimatedPatient, String patientResponsibility) {
    try (Connection c = TestDatabase.connect(TestDatabase.name())) {
      execute(
          c,
          "insert into dose_cost (id, posting_id, claim_id, dose_id, patient_id, payer_id, route,"
              + " service_date, paid_date, reversal, allowed, payer_paid, patient_responsibility,"
              + " program_paid, estimated_patient, estimate_note, recorded_at) select"
              + " nextval('registry_seq'), nextval('registry_seq'), c.id, c.dose_id, c.patient_id,"
              + " c.payer_id, 'BUY_AND_BILL', c.service_date, current_date, false, 1665.00, 0, "
              + patientResponsibility
              + ", 0, "
              + estimatedPatient
              + ", 'ui test', current_timestamp from claim c where c.id = "
              + claimId);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
