package com.naltrexone.billing.claims.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.naltrexone.billing.claims.entity.ClaimStatus;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClaimQueryTest {

  @Test
  void noFilterHasNoWhereClause() {
    assertEquals("", ClaimQuery.all().where());
    assertEquals(Map.of(), ClaimQuery.all().parameters());
  }

  @Test
  void everyFilterIsABoundParameter() {
    ClaimQuery q =
        new ClaimQuery(
            ClaimStatus.HELD,
            " nb00 ",
            "medi",
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 1, 31),
            7L);
    assertEquals(
        " where c.status = :status and (upper(c.patientControlNumber) like :text or"
            + " upper(p.lastName) like :text) and upper(y.name) like :payer and c.serviceDate >="
            + " :from and c.serviceDate <= :to and p.id = :patient",
        q.where());
    Map<String, Object> p = q.parameters();
    assertEquals(ClaimStatus.HELD, p.get("status"));
    assertEquals("NB00%", p.get("text"));
    assertEquals("%MEDI%", p.get("payer"));
    assertEquals(7L, p.get("patient"));
  }

  @Test
  void onlyFiltersOnThePatientOrPayerNeedTheirJoin() {
    assertFalse(ClaimQuery.inStatus(ClaimStatus.HELD).joinsPatientOrPayer());
    assertFalse(
        new ClaimQuery(ClaimStatus.SENT, " ", null, LocalDate.of(2026, 1, 1), null, null)
            .joinsPatientOrPayer());
    assertTrue(new ClaimQuery(null, "doe", null, null, null, null).joinsPatientOrPayer());
    assertTrue(new ClaimQuery(null, null, "medi", null, null, null).joinsPatientOrPayer());
    assertTrue(ClaimQuery.ofPatient(7).joinsPatientOrPayer());
  }

  @Test
  void typedWildcardsAreNotWildcards() {
    assertEquals(
        "DOE%", new ClaimQuery(null, "d%o_e", null, null, null, null).parameters().get("text"));
  }

  @Test
  void onlyKnownColumnsAreSortedOnAndTiesBreakById() {
    assertEquals(" order by c.serviceDate asc, c.id asc", ClaimQuery.orderBy("serviceDate", true));
    assertEquals(" order by y.name desc, c.id desc", ClaimQuery.orderBy("payerName", false));
    assertEquals(" order by c.id asc", ClaimQuery.orderBy("id", true));
    assertEquals(" order by c.id desc", ClaimQuery.orderBy("c.id; delete from claim", true));
    assertEquals(" order by c.id desc", ClaimQuery.orderBy(null, true));
  }
}
