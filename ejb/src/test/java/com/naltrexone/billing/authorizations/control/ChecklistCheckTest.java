package com.naltrexone.billing.authorizations.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.naltrexone.billing.authorizations.control.ChecklistCheck.Fact;
import com.naltrexone.billing.authorizations.control.ChecklistCheck.Facts;
import com.naltrexone.billing.authorizations.control.ChecklistCheck.ItemResult;
import com.naltrexone.billing.authorizations.entity.ChecklistItem;
import com.naltrexone.billing.authorizations.entity.ChecklistRule;
import com.naltrexone.billing.authorizations.entity.EvidenceKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The default Vivitrol checklist (as V7 seeds it) against recorded evidence. */
class ChecklistCheckTest {

  static final LocalDate REQUEST = LocalDate.of(2026, 11, 20);

  /** The same rows as V7__prior_authorization.sql. */
  static List<ChecklistItem> vivitrolDefaults() {
    return List.of(
        item("DIAGNOSIS", ChecklistRule.DIAGNOSIS, null, null, null, "F10.2,F11.2"),
        item(
            "OPIOID_FREE",
            ChecklistRule.EVIDENCE,
            "UDS_RESULT,NALOXONE_CHALLENGE",
            "NEGATIVE",
            7,
            null),
        item("LFT", ChecklistRule.EVIDENCE, "LFT_RESULT", null, 90, null),
        item("PSYCHOSOCIAL", ChecklistRule.EVIDENCE, "COUNSELLING_ENROLLMENT", null, null, null),
        item("AGE", ChecklistRule.MIN_AGE, null, null, null, "18"),
        item(
            "NO_AGONIST",
            ChecklistRule.EVIDENCE,
            "MEDICATION_REVIEW",
            "NO_OPIOID_AGONIST",
            30,
            null),
        item("PRIOR_THERAPY", ChecklistRule.EVIDENCE, "PRIOR_TREATMENT", null, null, null));
  }

  private static ChecklistItem item(
      String code,
      ChecklistRule rule,
      String kinds,
      String expected,
      Integer maxAge,
      String param) {
    return new ChecklistItem(
        null, "J2315", code, 1, code + " label", rule, kinds, expected, maxAge, param);
  }

  private static List<String> satisfied(List<ItemResult> results) {
    return results.stream().filter(ItemResult::satisfied).map(ItemResult::code).toList();
  }

  @Test
  void everythingRecordedSatisfiesEveryItem() {
    Facts facts =
        new Facts(
            LocalDate.of(1984, 3, 9),
            List.of("F11.20"),
            REQUEST,
            List.of(
                new Fact(1, EvidenceKind.UDS_RESULT, null, REQUEST.minusDays(2), "NEGATIVE"),
                new Fact(2, EvidenceKind.LFT_RESULT, null, REQUEST.minusDays(30), "WNL"),
                new Fact(3, EvidenceKind.COUNSELLING_ENROLLMENT, null, REQUEST.minusDays(60), null),
                new Fact(
                    4,
                    EvidenceKind.MEDICATION_REVIEW,
                    null,
                    REQUEST.minusDays(2),
                    "NO_OPIOID_AGONIST"),
                new Fact(5, EvidenceKind.PRIOR_TREATMENT, null, null, null)));
    List<ItemResult> r = ChecklistCheck.evaluate(vivitrolDefaults(), facts);
    assertEquals(
        List.of(
            "DIAGNOSIS",
            "OPIOID_FREE",
            "LFT",
            "PSYCHOSOCIAL",
            "AGE",
            "NO_AGONIST",
            "PRIOR_THERAPY"),
        satisfied(r));
    assertEquals(List.of(1L), r.get(1).evidenceIds());
    assertEquals("UDS_RESULT NEGATIVE on 2026-11-18", r.get(1).explanation());
  }

  @Test
  void missingStaleOrWrongEvidenceIsExplained() {
    Facts facts =
        new Facts(
            REQUEST.minusYears(17),
            List.of("F10.10"),
            REQUEST,
            List.of(
                new Fact(1, EvidenceKind.UDS_RESULT, null, REQUEST.minusDays(2), "POSITIVE"),
                new Fact(2, EvidenceKind.LFT_RESULT, null, REQUEST.minusDays(120), "WNL")));
    List<ItemResult> r = ChecklistCheck.evaluate(vivitrolDefaults(), facts);
    assertEquals(List.of(), satisfied(r));
    assertEquals("no prescription diagnosis starts with F10.2 or F11.2", r.get(0).explanation());
    assertTrue(
        r.get(1).explanation().contains("evidence 1 has result POSITIVE, not NEGATIVE"),
        r.get(1).explanation());
    assertTrue(r.get(2).explanation().contains("more than 90 days old"), r.get(2).explanation());
    assertTrue(r.get(3).explanation().startsWith("missing: record COUNSELLING_ENROLLMENT"));
    assertEquals("age 17 is under 18", r.get(4).explanation());
  }

  @Test
  void aDocumentForAnItemSatisfiesIt() {
    Facts facts =
        new Facts(
            LocalDate.of(1984, 3, 9),
            List.of("F10.20"),
            REQUEST,
            List.of(new Fact(9, EvidenceKind.DOCUMENT, "LFT", REQUEST.minusDays(10), null)));
    assertTrue(ChecklistCheck.evaluate(vivitrolDefaults(), facts).get(2).satisfied());
  }

  @Test
  void onlyRequestedEvidenceGoesIntoAPacketAndNeverPsychotherapyNotes() {
    List<ChecklistItem> items = vivitrolDefaults();
    assertTrue(ChecklistCheck.requested(items, EvidenceKind.UDS_RESULT, null));
    assertTrue(ChecklistCheck.requested(items, EvidenceKind.JUSTIFICATION, null));
    assertTrue(ChecklistCheck.requested(items, EvidenceKind.DOCUMENT, "LFT"));
    assertFalse(ChecklistCheck.requested(items, EvidenceKind.DOCUMENT, "CHART_NOTES"));
    assertFalse(ChecklistCheck.requested(items, EvidenceKind.DOCUMENT, null));
    assertFalse(ChecklistCheck.requested(items, EvidenceKind.PSYCHOTHERAPY_NOTE, "PSYCHOSOCIAL"));
    // a payer whose list has no LFT item gets no LFT
    List<ChecklistItem> noLft = items.stream().filter(i -> !i.getCode().equals("LFT")).toList();
    assertFalse(ChecklistCheck.requested(noLft, EvidenceKind.LFT_RESULT, null));
    assertFalse(ChecklistCheck.requested(noLft, EvidenceKind.DOCUMENT, "LFT"));
  }

  @Test
  void aPayersOwnListReplacesTheDefault() {
    ChecklistItem own =
        new ChecklistItem(
            44L, "J2315", "AGE", 1, "21+", ChecklistRule.MIN_AGE, null, null, null, "21");
    List<ChecklistItem> all = new java.util.ArrayList<>(vivitrolDefaults());
    all.add(own);
    assertEquals(List.of(own), ChecklistCheck.forPayer(all, 44L));
    assertEquals(7, ChecklistCheck.forPayer(all, 45L).size());
  }
}
