package com.naltrexone.billing.authorizations.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.naltrexone.billing.authorizations.control.UnitLedger.Approval;
import com.naltrexone.billing.authorizations.control.UnitLedger.Charge;
import com.naltrexone.billing.authorizations.control.UnitLedger.DoseUse;
import com.naltrexone.billing.authorizations.control.UnitLedger.Flag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A year of monthly Vivitrol doses charged to six-month approvals. */
class UnitLedgerTest {

  private static final LocalDate START = LocalDate.of(2026, 1, 5);

  /** Thirteen doses, every 28 days from START (a year of Vivitrol). */
  private static List<DoseUse> monthly() {
    List<DoseUse> doses = new ArrayList<>();
    for (int i = 0; i < 13; i++) {
      doses.add(new DoseUse(100 + i, START.plusDays(28L * i), 380));
    }
    return doses;
  }

  /** First half year: 6 doses' worth, 380 per 28 days. */
  private static Approval first() {
    return new Approval(1, START, START.plusDays(167), 2280, 6, 380, 28);
  }

  /** Second half year, approved by dose count only. */
  private static Approval second() {
    return new Approval(2, START.plusDays(168), START.plusDays(364), null, 7, null, null);
  }

  @Test
  void aYearOfOnTimeDosesUsesBothApprovalsExactly() {
    UnitLedger.Result r = UnitLedger.charge(List.of(first(), second()), monthly(), 380);

    assertTrue(r.flagged().isEmpty(), r.flagged().toString());
    assertEquals(13, r.charges().size());
    assertEquals(List.of(1L, 1L, 1L, 1L, 1L, 1L), approvals(r).subList(0, 6));
    assertEquals(List.of(2L, 2L, 2L, 2L, 2L, 2L, 2L), approvals(r).subList(6, 13));
    UnitLedger.Balance b1 = r.balance(1);
    assertEquals(2280, b1.unitsUsed());
    assertEquals(6, b1.dosesUsed());
    assertEquals(0, b1.unitsRemaining());
    assertEquals(0, b1.dosesRemaining());
    UnitLedger.Balance b2 = r.balance(2);
    assertEquals(7, b2.dosesUsed());
    assertEquals(0, b2.dosesRemaining());
    assertNull(b2.unitsRemaining(), "the second approval set no unit total");
  }

  @Test
  void chargingTwiceGivesTheSameBalanceNeverDoubleCounting() {
    List<DoseUse> doses = monthly().subList(0, 3);
    UnitLedger.Result once = UnitLedger.charge(List.of(first()), doses, 380);
    UnitLedger.Result again = UnitLedger.charge(List.of(first()), doses, 380);
    assertEquals(once.balances(), again.balances());
    assertEquals(1140, once.balance(1).unitsRemaining());
    assertEquals(3, once.balance(1).dosesRemaining());
  }

  @Test
  void aLateDoseStillFitsAndIsChargedToTheApprovalCoveringItsDate() {
    List<DoseUse> doses = new ArrayList<>(monthly().subList(0, 4));
    // the fifth dose comes 10 days late: still inside the first approval
    doses.add(new DoseUse(200, START.plusDays(28 * 4 + 10), 380));
    UnitLedger.Result r = UnitLedger.charge(List.of(first(), second()), doses, 380);
    assertTrue(r.flagged().isEmpty());
    assertEquals(1L, r.charges().get(4).approvalId());
    assertEquals(380, r.balance(1).unitsRemaining());
    assertEquals(1, r.balance(1).dosesRemaining());
  }

  @Test
  void anEarlyDoseBreaksThe28DayRateLimit() {
    List<DoseUse> doses = new ArrayList<>(monthly().subList(0, 2));
    doses.add(new DoseUse(300, START.plusDays(28 + 20), 380)); // 20 days after the previous one
    UnitLedger.Result r = UnitLedger.charge(List.of(first()), doses, 380);
    Charge early = r.charges().get(2);
    assertEquals(300, early.doseId());
    assertEquals(Set.of(Flag.OVER_PERIOD_LIMIT), early.flags());
    assertEquals(1, r.flagged().size(), "the on-time doses are clean");
  }

  @Test
  void anApprovalEndingMidCycleLeavesTheNextDoseUncovered() {
    // approved until day 100: doses on day 0, 28, 56, 84 are covered; day 112 is not
    Approval shortOne = new Approval(5, START, START.plusDays(100), null, null, 380, 28);
    UnitLedger.Result r = UnitLedger.charge(List.of(shortOne), monthly().subList(0, 6), 380);
    assertEquals(4, r.balance(5).dosesUsed());
    assertEquals(Set.of(Flag.NO_APPROVAL), r.charges().get(4).flags());
    assertNull(r.charges().get(4).approvalId());
    assertEquals(Set.of(Flag.NO_APPROVAL), r.charges().get(5).flags());
    // 101 days at 380 per 28 days is 4 periods: 1520 units, all used
    assertEquals(1520, shortOne.totalUnits());
    assertEquals(0, r.balance(5).unitsRemaining());
  }

  @Test
  void moreDosesThanApprovedAreFlaggedOverDoses() {
    Approval three = new Approval(7, START, START.plusDays(364), null, 3, null, null);
    UnitLedger.Result r = UnitLedger.charge(List.of(three), monthly().subList(0, 4), 380);
    assertEquals(Set.of(Flag.OVER_DOSES), r.charges().get(3).flags());
    assertEquals(-1, r.balance(7).dosesRemaining());
  }

  @Test
  void overlappingApprovalsShareWorkWithoutDoubleCounting() {
    Approval oneDose = new Approval(1, START, START.plusDays(364), 380, null, null, null);
    Approval rest =
        new Approval(2, START.plusDays(10), START.plusDays(364), 3800, null, null, null);
    UnitLedger.Result r = UnitLedger.charge(List.of(rest, oneDose), monthly().subList(0, 3), 380);
    assertEquals(List.of(1L, 2L, 2L), approvals(r));
    assertEquals(0, r.balance(1).unitsRemaining());
    assertEquals(3040, r.balance(2).unitsRemaining());
    assertEquals(8, r.balance(2).dosesRemaining());
  }

  private static List<Long> approvals(UnitLedger.Result r) {
    return r.charges().stream().map(Charge::approvalId).toList();
  }
}
