package com.naltrexone.billing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.naltrexone.billing.claims.boundary.Claims;
import com.naltrexone.billing.claims.entity.Claim;
import com.naltrexone.billing.claims.entity.ClaimFinding;
import com.naltrexone.billing.claims.entity.ClaimLine;
import com.naltrexone.billing.claims.entity.ClaimStatus;
import com.naltrexone.billing.coverage.entity.Payer;
import com.naltrexone.billing.platform.PlannerStatistics;
import com.naltrexone.billing.platform.SchemaMigration;
import com.naltrexone.billing.prescriptions.entity.Dose;
import com.naltrexone.billing.prescriptions.entity.Route;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Claims built from doses and scrubbed, on PostgreSQL: each test brings its own patient. */
@ExtendWith(ArquillianExtension.class)
class ClaimsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.billingEar(ClaimsIT.class, CatalogSeed.class, ClaimScenario.class);
  }

  @EJB Claims claims;
  @EJB ClaimScenario scenario;
  @EJB PlannerStatistics statistics;

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  private final LocalDate today = LocalDate.now();

  private Claim claimFor(Dose dose) {
    return claims.byStatus(ClaimStatus.READY, 0, 200).items().stream()
        .filter(c -> c.getDoseId() == dose.getId())
        .findFirst()
        .or(
            () ->
                claims.byStatus(ClaimStatus.HELD, 0, 200).items().stream()
                    .filter(c -> c.getDoseId() == dose.getId())
                    .findFirst())
        .orElseThrow();
  }

  /**
   * The claim build's refresh of PostgreSQL's planner statistics really analyses the tables it
   * names (a failure would only be logged, so nothing else would notice one).
   */
  @Test
  void plannerStatisticsOfTheNamedTablesAreRefreshed() throws Exception {
    Timestamp before = lastAnalyzed("claim_line");

    statistics.refresh(List.of("claim", "claim_line"));

    Timestamp after = null;
    for (int i = 0; i < 50 && (after == null || after.equals(before)); i++) {
      Thread.sleep(100); // PostgreSQL reports table statistics asynchronously
      after = lastAnalyzed("claim_line");
    }
    assertNotNull(after, "claim_line analysed");
    assertTrue(before == null || after.after(before), before + " -> " + after);
  }

  private Timestamp lastAnalyzed(String table) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("select last_analyze from pg_stat_user_tables where relname = ?")) {
      s.setString(1, table);
      try (ResultSet rs = s.executeQuery()) {
        assertTrue(rs.next(), table);
        return rs.getTimestamp(1);
      }
    }
  }

  /**
   * The build's parts: every billable dose is in exactly one part, the one its patient's id hashes
   * to (the query and {@link Claims#partOf} agree), whichever pages the parts are read in.
   */
  @Test
  void theBuildsPartsShareTheBillableDosesOutByPatient() {
    Payer payer = scenario.payer(false);
    for (int i = 0; i < 6; i++) {
      scenario.injectedPatient(payer, true, Route.BUY_AND_BILL);
    }
    List<Long> all = allPages(0, 1);
    List<Long> part0 = allPages(0, 2);
    List<Long> part1 = allPages(1, 2);
    assertTrue(all.size() >= 6, all.toString());
    java.util.Set<Long> union = new java.util.TreeSet<>(part0);
    union.addAll(part1);
    assertEquals(new java.util.TreeSet<>(all), union, "together the parts are every billable dose");
    assertEquals(all.size(), part0.size() + part1.size(), "no dose is in both parts");
    for (Long doseId : part1) {
      assertEquals(1, Claims.partOf(scenario.patientOfDose(doseId), 2), "dose " + doseId);
    }
    for (Long doseId : part0) {
      assertEquals(0, Claims.partOf(scenario.patientOfDose(doseId), 2), "dose " + doseId);
    }
  }

  /** All of a part's billable doses, read in pages of 3 as the build reads its pages. */
  private List<Long> allPages(int part, int parts) {
    List<Long> ids = new java.util.ArrayList<>();
    List<Long> page;
    long after = 0;
    do {
      page = claims.billableDoses(after, 3, part, parts);
      ids.addAll(page);
      if (!page.isEmpty()) {
        after = page.get(page.size() - 1);
      }
    } while (page.size() == 3);
    return ids;
  }

  @Test
  void aCleanBuyAndBillDoseBecomesAReadyVivitrolClaim() {
    Payer payer = scenario.payer(true);
    Dose dose = scenario.injectedPatient(payer, true, Route.BUY_AND_BILL);
    scenario.authorize(dose, payer);

    claims.buildBillable();
    Claim claim = claims.get(claimFor(dose).getId());

    assertEquals(ClaimStatus.READY, claim.getStatus(), claim.getFindings().toString());
    assertEquals("PA-" + dose.getId(), claim.getPriorAuthNumber());
    assertTrue(claim.getPatientControlNumber().matches("NB\\d{10}"));
    assertEquals("57", claim.getPlaceOfService());
    List<ClaimLine> lines = claim.getLines();
    assertEquals(2, lines.size());
    ClaimLine drug = lines.get(0);
    assertEquals("J2315", drug.getProcedureCode());
    assertEquals(List.of("JZ"), drug.getModifiers());
    assertEquals(0, new BigDecimal("380").compareTo(drug.getUnits()));
    assertEquals(new BigDecimal("1615.00"), drug.getCharge());
    assertEquals("65757030001", drug.getNdc11());
    assertEquals("UN", drug.getNdcUnit());
    assertEquals(0, BigDecimal.ONE.compareTo(drug.getNdcQuantity()));
    assertEquals(claim.getPatientControlNumber() + "L1", drug.getLineControlNumber());
    assertEquals("96372", lines.get(1).getProcedureCode());
    assertEquals(new BigDecimal("1665.00"), claim.getTotalCharge());
    assertEquals(List.of(1, 2), drug.getDiagnosisPointers());
  }

  /**
   * Claims are built a page of doses at a time from facts read for the whole page: a claim built
   * earlier in the same build still counts against the authorization and as an open claim for the
   * same service, as a claim built in an earlier run does.
   */
  @Test
  void aSecondDoseOfTheSameDaySeesTheFirstClaimAsDuplicateAndAgainstTheAuthorization() {
    Payer payer = scenario.payer(true);
    Dose first = scenario.injectedPatient(payer, true, Route.BUY_AND_BILL);
    scenario.authorize(first, payer, 1);
    Dose second = scenario.sameDayInjection(first);

    claims.buildBillable();

    Claim a = claims.get(claimFor(first).getId());
    Claim b = claims.get(claimFor(second).getId());
    assertEquals(ClaimStatus.READY, a.getStatus(), a.getFindings().toString());
    assertEquals(ClaimStatus.HELD, b.getStatus());
    assertEquals(
        List.of("PA_UNITS", "DUPLICATE"),
        b.getFindings().stream().map(ClaimFinding::getCode).toList());
    assertTrue(
        b.getFindings().get(1).getMessage().contains(a.getPatientControlNumber()),
        b.getFindings().get(1).getMessage());
  }

  @Test
  void buildingTwiceNeverMakesASecondClaim() {
    Payer payer = scenario.payer(false);
    Dose dose = scenario.injectedPatient(payer, true, Route.BUY_AND_BILL);
    claims.buildBillable();
    long first = claimFor(dose).getId();
    claims.buildBillable();
    assertEquals(first, claimFor(dose).getId());
    long count =
        claims.byStatus(ClaimStatus.READY, 0, 200).items().stream()
            .filter(c -> c.getDoseId() == dose.getId())
            .count();
    assertEquals(1, count);
  }

  @Test
  void noConsentOrNoAuthorizationHoldsTheClaimWithReasons() {
    Payer payer = scenario.payer(true);
    Dose dose = scenario.injectedPatient(payer, false, Route.BUY_AND_BILL);
    claims.buildBillable();
    Claim claim = claims.get(claimFor(dose).getId());
    assertEquals(ClaimStatus.HELD, claim.getStatus());
    List<String> codes = claim.getFindings().stream().map(ClaimFinding::getCode).toList();
    assertEquals(List.of("PA_MISSING", "PART2_CONSENT"), codes);
    assertTrue(claim.getHistory().get(0).getReason().startsWith("scrubber: 2 error(s)"));
  }

  @Test
  void specialtyPharmacyDoseBillsTheAdministrationOnly() {
    Payer payer = scenario.payer(false);
    Dose dose = scenario.injectedPatient(payer, true, Route.SPECIALTY_PHARMACY);
    claims.buildBillable();
    Claim claim = claims.get(claimFor(dose).getId());
    assertEquals(ClaimStatus.READY, claim.getStatus(), claim.getFindings().toString());
    assertEquals(
        List.of("96372"), claim.getLines().stream().map(ClaimLine::getProcedureCode).toList());
    assertEquals(new BigDecimal("50.00"), claim.getTotalCharge());
  }
}
