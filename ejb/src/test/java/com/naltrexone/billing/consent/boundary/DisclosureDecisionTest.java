package com.naltrexone.billing.consent.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.naltrexone.billing.consent.entity.ConsentPurpose;
import com.naltrexone.billing.consent.entity.ConsentScope;
import com.naltrexone.billing.consent.entity.Part2Consent;
import com.naltrexone.billing.coverage.entity.Payer;
import com.naltrexone.billing.patients.entity.Patient;
import com.naltrexone.billing.patients.entity.Sex;
import com.naltrexone.billing.platform.entity.RegistryRecord;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisclosureDecisionTest {

  private static final long ACME = 7;
  private static final long OTHER = 8;
  private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
  private static final LocalDate MAR_1 = LocalDate.of(2026, 3, 1);
  private static final LocalDate APR_1 = LocalDate.of(2026, 4, 1);

  private static final Patient PATIENT =
      withId(new Patient("T1", "Test", "Patient", LocalDate.of(1980, 1, 1), Sex.F, null, null), 1);
  private static final Payer ACME_PAYER = payer(ACME);

  @Test
  void noConsentsAtAllRefuses() {
    DisclosureDecision d = DisclosureDecision.decide(List.of(), ACME, MAR_1);
    assertFalse(d.allowed());
    assertNull(d.consentId());
    assertEquals("no Part 2 consent on file for this payer", d.reason());
  }

  @Test
  void allPayersConsentCoversAnyPayer() {
    Part2Consent all = consent(12, ConsentScope.ALL_PAYERS, null, JAN_1, null);
    DisclosureDecision d = DisclosureDecision.decide(List.of(all), ACME, MAR_1);
    assertTrue(d.allowed());
    assertEquals(12L, d.consentId());
    assertNull(d.reason());
    assertTrue(DisclosureDecision.decide(List.of(all), OTHER, MAR_1).allowed());
  }

  @Test
  void payerConsentCoversOnlyThatPayer() {
    Part2Consent acme = consent(12, ConsentScope.PAYER, ACME_PAYER, JAN_1, null);
    assertTrue(DisclosureDecision.decide(List.of(acme), ACME, MAR_1).allowed());
    DisclosureDecision other = DisclosureDecision.decide(List.of(acme), OTHER, MAR_1);
    assertFalse(other.allowed());
    assertEquals("no Part 2 consent on file for this payer", other.reason());
  }

  @Test
  void consentIsInForceFromTheDayItIsSignedNotBefore() {
    Part2Consent c = consent(12, ConsentScope.ALL_PAYERS, null, MAR_1, null);
    assertTrue(DisclosureDecision.decide(List.of(c), ACME, MAR_1).allowed());
    DisclosureDecision before = DisclosureDecision.decide(List.of(c), ACME, MAR_1.minusDays(1));
    assertFalse(before.allowed());
    assertEquals("consent 12 was signed on 2026-03-01, after 2026-02-28", before.reason());
  }

  @Test
  void expiredConsentRefusesFromItsExpiryDayOn() {
    Part2Consent c = consent(12, ConsentScope.ALL_PAYERS, null, JAN_1, MAR_1);
    assertTrue(DisclosureDecision.decide(List.of(c), ACME, MAR_1.minusDays(1)).allowed());
    DisclosureDecision onExpiry = DisclosureDecision.decide(List.of(c), ACME, MAR_1);
    assertFalse(onExpiry.allowed());
    assertEquals("consent 12 expired on 2026-03-01", onExpiry.reason());
    assertFalse(DisclosureDecision.decide(List.of(c), ACME, APR_1).allowed());
  }

  @Test
  void consentWithoutExpiryRunsUntilRevoked() {
    Part2Consent c = consent(12, ConsentScope.ALL_PAYERS, null, JAN_1, null);
    assertTrue(DisclosureDecision.decide(List.of(c), ACME, LocalDate.of(2040, 1, 1)).allowed());
  }

  @Test
  void revocationStopsDisclosuresFromItsDayOnButNotBefore() {
    Part2Consent c = consent(12, ConsentScope.PAYER, ACME_PAYER, JAN_1, null);
    c.revoke(MAR_1);
    DisclosureDecision beforeRevocation =
        DisclosureDecision.decide(List.of(c), ACME, MAR_1.minusDays(1));
    assertTrue(beforeRevocation.allowed(), "disclosures before the revocation stand");
    assertEquals(12L, beforeRevocation.consentId());

    DisclosureDecision onRevocation = DisclosureDecision.decide(List.of(c), ACME, MAR_1);
    assertFalse(onRevocation.allowed());
    assertEquals("consent 12 was revoked on 2026-03-01", onRevocation.reason());
    assertEquals(
        "consent 12 was revoked on 2026-03-01",
        DisclosureDecision.decide(List.of(c), ACME, APR_1).reason());
  }

  @Test
  void anotherConsentInForceStillAllowsAfterOneIsRevoked() {
    Part2Consent revoked = consent(12, ConsentScope.ALL_PAYERS, null, JAN_1, null);
    revoked.revoke(MAR_1);
    Part2Consent payerOnly = consent(13, ConsentScope.PAYER, ACME_PAYER, JAN_1, null);
    DisclosureDecision acme = DisclosureDecision.decide(List.of(revoked, payerOnly), ACME, APR_1);
    assertTrue(acme.allowed());
    assertEquals(13L, acme.consentId());
    DisclosureDecision other = DisclosureDecision.decide(List.of(revoked, payerOnly), OTHER, APR_1);
    assertFalse(other.allowed());
    assertEquals("consent 12 was revoked on 2026-03-01", other.reason());
  }

  @Test
  void theNewestConsentInForceIsCited() {
    Part2Consent older = consent(12, ConsentScope.ALL_PAYERS, null, JAN_1, null);
    Part2Consent newer = consent(15, ConsentScope.PAYER, ACME_PAYER, MAR_1, null);
    assertEquals(15L, DisclosureDecision.decide(List.of(older, newer), ACME, APR_1).consentId());
    assertEquals(
        12L,
        DisclosureDecision.decide(List.of(older, newer), ACME, MAR_1.minusDays(1)).consentId());
  }

  @Test
  void refusalNamesEveryCoveringConsentNewestFirst() {
    Part2Consent revoked = consent(12, ConsentScope.ALL_PAYERS, null, JAN_1, null);
    revoked.revoke(MAR_1);
    Part2Consent future = consent(15, ConsentScope.PAYER, ACME_PAYER, APR_1, null);
    Part2Consent otherPayer = consent(16, ConsentScope.PAYER, payer(OTHER), JAN_1, null);
    DisclosureDecision d =
        DisclosureDecision.decide(
            List.of(revoked, future, otherPayer), ACME, LocalDate.of(2026, 3, 15));
    assertFalse(d.allowed());
    assertEquals(
        "consent 15 was signed on 2026-04-01, after 2026-03-15;"
            + " consent 12 was revoked on 2026-03-01",
        d.reason());
  }

  private static Part2Consent consent(
      long id, ConsentScope scope, Payer payer, LocalDate signedOn, LocalDate expiresOn) {
    return withId(
        new Part2Consent(PATIENT, scope, payer, ConsentPurpose.TPO, signedOn, expiresOn), id);
  }

  private static Payer payer(long id) {
    return withId(new Payer("Payer " + id, "P" + id, "P" + id, "CI", null, new Payer.Rules()), id);
  }

  /** Ids come from the database sequence; a unit test sets them by hand. */
  private static <T extends RegistryRecord> T withId(T record, long id) {
    try {
      Field field = RegistryRecord.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(record, id);
      return record;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
