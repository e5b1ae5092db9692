package com.naltrexone.billing.authorizations.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.naltrexone.billing.authorizations.control.LapseAlerts.Alert;
import com.naltrexone.billing.authorizations.control.LapseAlerts.Auth;
import com.naltrexone.billing.authorizations.control.LapseAlerts.Horizon;
import com.naltrexone.billing.authorizations.control.LapseAlerts.Kind;
import com.naltrexone.billing.authorizations.control.LapseAlerts.Situation;
import com.naltrexone.billing.authorizations.control.UnitLedger.Approval;
import com.naltrexone.billing.authorizations.control.UnitLedger.DoseUse;
import com.naltrexone.billing.authorizations.entity.AuthorizationStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The alert queue over a year of monthly doses, day by day as the coordinator would see it. */
class LapseAlertsTest {

  private static final LocalDate START = LocalDate.of(2026, 1, 5);

  private static List<DoseUse> dosesUntil(LocalDate today) {
    List<DoseUse> doses = new ArrayList<>();
    for (int i = 0; i < 13 && !START.plusDays(28L * i).isAfter(today); i++) {
      doses.add(new DoseUse(100 + i, START.plusDays(28L * i), 380));
    }
    return doses;
  }

  private static List<Alert> on(
      LocalDate today, boolean paRequired, List<Auth> auths, List<DoseUse> doses) {
    List<Approval> approvals =
        auths.stream()
            .filter(a -> a.status() == AuthorizationStatus.APPROVED)
            .map(Auth::approval)
            .toList();
    LocalDate due = doses.isEmpty() ? today : doses.get(doses.size() - 1).givenOn().plusDays(28);
    return LapseAlerts.of(
        new Situation(9, 4, paRequired, due, 380, auths, UnitLedger.charge(approvals, doses, 380)),
        new Horizon(today, 21, 14));
  }

  private static Auth approved(long id, LocalDate from, LocalDate to, Integer units) {
    return new Auth(
        id, AuthorizationStatus.APPROVED, new Approval(id, from, to, units, null, 380, 28), null);
  }

  private static List<Kind> kinds(List<Alert> alerts) {
    return alerts.stream().map(Alert::kind).toList();
  }

  @Test
  void aYearWithASixMonthApprovalAndNoRenewal() {
    Auth sixMonths = approved(1, START, START.plusDays(167), 2280);
    int quiet = 0;
    LocalDate firstExpiryAlert = null;
    LocalDate firstLapseAlert = null;
    LocalDate firstUncoveredDose = null;
    for (LocalDate day = START; day.isBefore(START.plusDays(365)); day = day.plusDays(1)) {
      List<Kind> k = kinds(on(day, true, List.of(sixMonths), dosesUntil(day)));
      if (k.isEmpty()) {
        quiet++;
      }
      if (firstExpiryAlert == null && k.contains(Kind.EXPIRING)) {
        firstExpiryAlert = day;
      }
      if (firstLapseAlert == null && k.contains(Kind.NEXT_DOSE_AFTER_APPROVAL_END)) {
        firstLapseAlert = day;
      }
      if (firstUncoveredDose == null && k.contains(Kind.DOSE_WITHOUT_AUTHORIZATION)) {
        firstUncoveredDose = day;
      }
    }
    // the approval ends on day 167; expiring shows 21 days before
    assertEquals(START.plusDays(167 - 21), firstExpiryAlert);
    // the sixth dose (day 140) used the last units: from then on, the dose due on day 168 is after
    // the approval's end
    assertEquals(START.plusDays(140), firstLapseAlert);
    // the seventh dose, given anyway on day 168, is flagged before its claim is built
    assertEquals(START.plusDays(168), firstUncoveredDose);
    assertTrue(quiet >= 100, "quiet days " + quiet);
  }

  @Test
  void aRenewalRequestInFlightSilencesTheLapseAndExpiryAlerts() {
    LocalDate today = START.plusDays(150);
    Auth sixMonths = approved(1, START, START.plusDays(167), 2280);
    Auth renewal =
        new Auth(
            2,
            AuthorizationStatus.SUBMITTED,
            new Approval(2, null, null, null, null, null, null),
            null);
    assertEquals(
        List.of(Kind.NEXT_DOSE_AFTER_APPROVAL_END, Kind.EXPIRING),
        kinds(on(today, true, List.of(sixMonths), dosesUntil(today))));
    assertEquals(List.of(), kinds(on(today, true, List.of(sixMonths, renewal), dosesUntil(today))));
  }

  @Test
  void anApprovalWithTooFewUnitsForTheNextDoseIsShort() {
    LocalDate today = START.plusDays(60);
    Auth twoDoses = approved(1, START, START.plusDays(364), 760);
    List<Alert> alerts = on(today, true, List.of(twoDoses), dosesUntil(today));
    // three doses given (day 0, 28, 56) against 760 units: the third is over, the next has none
    assertEquals(List.of(Kind.UNITS_SHORT, Kind.DOSE_OVER_APPROVAL), kinds(alerts));
    assertTrue(
        alerts.get(0).message().contains("-380 units and -1 doses left"), alerts.get(0).message());
    assertEquals(102L, alerts.get(1).doseId());
  }

  @Test
  void payerRequiresPaAndNoneExistsForTheUpcomingDose() {
    LocalDate today = START.plusDays(10);
    List<Alert> required = on(today, true, List.of(), dosesUntil(today));
    assertEquals(List.of(Kind.PA_MISSING, Kind.DOSE_WITHOUT_AUTHORIZATION), kinds(required));
    assertEquals(START.plusDays(28), required.get(0).date());
    assertEquals(List.of(), kinds(on(today, false, List.of(), dosesUntil(today))));
  }

  @Test
  void aDenialWithTheAppealDeadlineNearIsListedUntilThatDay() {
    LocalDate deadline = START.plusDays(30);
    Auth denied =
        new Auth(
            3,
            AuthorizationStatus.DENIED,
            new Approval(3, null, null, null, null, null, null),
            deadline);
    Auth cover = approved(1, START, START.plusDays(364), null);
    for (int before : new int[] {20, 14, 1, 0}) {
      LocalDate today = deadline.minusDays(before);
      List<Kind> k = kinds(on(today, true, List.of(cover, denied), List.of()));
      assertEquals(before <= 14 ? List.of(Kind.APPEAL_DEADLINE) : List.of(), k, "day -" + before);
    }
    assertEquals(
        List.of(), kinds(on(deadline.plusDays(1), true, List.of(cover, denied), List.of())));
  }
}
