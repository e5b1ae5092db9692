package com.naltrexone.billing.authorizations.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Dose-aware accounting: charges each dose, once, to the approval covering its date, and says what
 * is left of every approval. Computed from the doses every time (nothing is decremented and stored,
 * so a dose recorded late, corrected or counted twice by a retry cannot drift the balance).
 *
 * <p>When approvals overlap, a dose goes to the earliest-starting one that still has room; when
 * none has room it still goes to the first covering one, flagged. A dose no approval covers is
 * flagged NO_APPROVAL. A payer's rate limit (e.g. 380 units per 28 days) is checked over the window
 * of that many days ending on the dose's date.
 */
public final class UnitLedger {

  private UnitLedger() {}

  /** An approval's terms. Null units or doses mean the payer set no such limit. */
  public record Approval(
      long id,
      LocalDate from,
      LocalDate to,
      Integer units,
      Integer doses,
      Integer unitsPerPeriod,
      Integer periodDays) {

    public boolean covers(LocalDate date) {
      return from != null && !date.isBefore(from) && (to == null || !date.isAfter(to));
    }

    /**
     * Units over the whole span: as approved, or from the rate limit (380 per 28 days over 168 days
     * is 6 × 380); null when neither says.
     */
    public Integer totalUnits() {
      if (units != null) {
        return units;
      }
      if (unitsPerPeriod != null && periodDays != null && to != null) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return (int) (unitsPerPeriod * ((days + periodDays - 1) / periodDays));
      }
      return null;
    }
  }

  /** A dose given: its id, date and the units it uses (a Vivitrol kit: 380, waste included). */
  public record DoseUse(long doseId, LocalDate givenOn, int units) {}

  public enum Flag {
    /** No approval covers the dose's date. */
    NO_APPROVAL,
    /** The covering approval had fewer units left than the dose used. */
    OVER_UNITS,
    /** The covering approval had no doses left. */
    OVER_DOSES,
    /** More units within the payer's period than its rate limit allows (an early dose). */
    OVER_PERIOD_LIMIT
  }

  /** Where one dose was charged (null approval when none covers it) and what is wrong with it. */
  public record Charge(
      long doseId, LocalDate givenOn, int units, Long approvalId, Set<Flag> flags) {
    public boolean isFlagged() {
      return !flags.isEmpty();
    }
  }

  /** What an approval has used and has left (remaining null when the payer set no limit). */
  public record Balance(
      long approvalId,
      int unitsUsed,
      int dosesUsed,
      Integer unitsRemaining,
      Integer dosesRemaining) {

    /** Whether one more dose of {@code units} fits. */
    public boolean fits(int units) {
      return (unitsRemaining == null || unitsRemaining >= units)
          && (dosesRemaining == null || dosesRemaining >= 1);
    }
  }

  public record Result(List<Charge> charges, Map<Long, Balance> balances) {
    public Balance balance(long approvalId) {
      return balances.get(approvalId);
    }

    public List<Charge> flagged() {
      return charges.stream().filter(Charge::isFlagged).toList();
    }
  }

  /**
   * Charges the doses to the approvals. {@code unitsPerDose} (380 for a Vivitrol kit) turns units
   * left into doses left when the payer approved units only.
   */
  public static Result charge(List<Approval> approvals, List<DoseUse> doses, int unitsPerDose) {
    List<Approval> byStart =
        approvals.stream()
            .filter(a -> a.from() != null)
            .sorted(Comparator.comparing(Approval::from).thenComparing(Approval::id))
            .toList();
    Map<Long, int[]> used = new LinkedHashMap<>(); // approval id -> {units, doses}
    byStart.forEach(a -> used.put(a.id(), new int[2]));
    Map<Long, List<DoseUse>> chargedTo = new LinkedHashMap<>();
    List<Charge> charges = new ArrayList<>();
    List<DoseUse> inOrder =
        doses.stream()
            .sorted(Comparator.comparing(DoseUse::givenOn).thenComparing(DoseUse::doseId))
            .toList();
    for (DoseUse dose : inOrder) {
      List<Approval> covering = byStart.stream().filter(a -> a.covers(dose.givenOn())).toList();
      if (covering.isEmpty()) {
        charges.add(
            new Charge(
                dose.doseId(), dose.givenOn(), dose.units(), null, EnumSet.of(Flag.NO_APPROVAL)));
        continue;
      }
      Approval target =
          covering.stream()
              .filter(a -> balance(a, used.get(a.id()), unitsPerDose).fits(dose.units()))
              .findFirst()
              .orElse(covering.get(0));
      Balance before = balance(target, used.get(target.id()), unitsPerDose);
      Set<Flag> flags = EnumSet.noneOf(Flag.class);
      if (before.unitsRemaining() != null && before.unitsRemaining() < dose.units()) {
        flags.add(Flag.OVER_UNITS);
      }
      if (before.dosesRemaining() != null
          && before.dosesRemaining() < 1
          && !flags.contains(Flag.OVER_UNITS)) {
        flags.add(Flag.OVER_DOSES);
      }
      List<DoseUse> earlier = chargedTo.computeIfAbsent(target.id(), k -> new ArrayList<>());
      if (overRateLimit(target, earlier, dose)) {
        flags.add(Flag.OVER_PERIOD_LIMIT);
      }
      earlier.add(dose);
      int[] u = used.get(target.id());
      u[0] += dose.units();
      u[1] += 1;
      charges.add(new Charge(dose.doseId(), dose.givenOn(), dose.units(), target.id(), flags));
    }
    Map<Long, Balance> balances = new LinkedHashMap<>();
    byStart.forEach(a -> balances.put(a.id(), balance(a, used.get(a.id()), unitsPerDose)));
    return new Result(List.copyOf(charges), balances);
  }

  private static boolean overRateLimit(Approval a, List<DoseUse> earlier, DoseUse dose) {
    if (a.unitsPerPeriod() == null || a.periodDays() == null) {
      return false;
    }
    LocalDate windowStart = dose.givenOn().minusDays(a.periodDays() - 1L);
    int inWindow =
        earlier.stream()
            .filter(d -> !d.givenOn().isBefore(windowStart))
            .mapToInt(DoseUse::units)
            .sum();
    return inWindow + dose.units() > a.unitsPerPeriod();
  }

  private static Balance balance(Approval a, int[] used, int unitsPerDose) {
    Integer total = a.totalUnits();
    Integer unitsLeft = total == null ? null : total - used[0];
    Integer dosesLeft;
    if (a.doses() != null) {
      dosesLeft = a.doses() - used[1];
      if (unitsLeft != null) {
        dosesLeft = Math.min(dosesLeft, Math.floorDiv(unitsLeft, unitsPerDose));
      }
    } else {
      dosesLeft = unitsLeft == null ? null : Math.floorDiv(unitsLeft, unitsPerDose);
    }
    return new Balance(a.id(), used[0], used[1], unitsLeft, dosesLeft);
  }
}
