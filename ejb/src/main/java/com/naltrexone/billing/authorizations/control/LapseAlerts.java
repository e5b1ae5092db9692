package com.naltrexone.billing.authorizations.control;

import com.naltrexone.billing.authorizations.entity.AuthorizationStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The PA coordinator's work queue for one patient and payer, as a pure function of the facts:
 * approvals that end before the next dose or run out of units, approvals about to expire, a payer
 * that requires PA with none for the upcoming dose, denials whose appeal deadline is near, and
 * doses already given that no approval covers (so the claim would be held: the alert shows it
 * before the claim is built).
 */
public final class LapseAlerts {

  private LapseAlerts() {}

  public enum Kind {
    NEXT_DOSE_AFTER_APPROVAL_END,
    UNITS_SHORT,
    EXPIRING,
    PA_MISSING,
    APPEAL_DEADLINE,
    DOSE_WITHOUT_AUTHORIZATION,
    DOSE_OVER_APPROVAL
  }

  /** One thing to act on; ids only, never patient details. */
  public record Alert(
      Kind kind,
      long patientId,
      long payerId,
      Long authorizationId,
      Long doseId,
      LocalDate date,
      String message) {}

  /** An authorization as the alerts see it. */
  public record Auth(
      long id, AuthorizationStatus status, UnitLedger.Approval approval, LocalDate appealDeadline) {

    boolean approved() {
      return status == AuthorizationStatus.APPROVED;
    }
  }

  /**
   * The facts about one patient with one payer.
   *
   * @param paRequired whether the payer requires PA for this drug
   * @param nextDoseDue when the next dose is due, or null if none is planned
   * @param unitsPerDose units the next dose needs (380 for Vivitrol)
   * @param ledger the doses charged to the approved authorizations
   */
  public record Situation(
      long patientId,
      long payerId,
      boolean paRequired,
      LocalDate nextDoseDue,
      int unitsPerDose,
      List<Auth> authorizations,
      UnitLedger.Result ledger) {}

  /** Settings: how many days ahead an expiry or an appeal deadline becomes an alert. */
  public record Horizon(LocalDate today, int expiryDays, int appealDays) {}

  public static List<Alert> of(Situation s, Horizon h) {
    List<Alert> alerts = new ArrayList<>();
    List<Auth> approved = s.authorizations().stream().filter(Auth::approved).toList();
    boolean openRequest = s.authorizations().stream().anyMatch(a -> a.status().isOpen());
    LocalDate due = s.nextDoseDue();

    if (due != null) {
      Optional<Auth> coveringDue =
          approved.stream()
              .filter(a -> a.approval().covers(due))
              .filter(a -> fits(s, a))
              .findFirst();
      Optional<Auth> current = currentApproval(approved, h.today());
      if (coveringDue.isEmpty() && !openRequest) {
        if (current.isPresent() && endsBefore(current.get(), due)) {
          alerts.add(
              alert(
                  Kind.NEXT_DOSE_AFTER_APPROVAL_END,
                  s,
                  current.get().id(),
                  null,
                  due,
                  "The next dose is due "
                      + due
                      + ", after approval "
                      + current.get().id()
                      + " ends on "
                      + current.get().approval().to()
                      + "; request a renewal."));
        } else if (current.isPresent() && current.get().approval().covers(due)) {
          UnitLedger.Balance b = s.ledger().balance(current.get().id());
          alerts.add(
              alert(
                  Kind.UNITS_SHORT,
                  s,
                  current.get().id(),
                  null,
                  due,
                  "Approval "
                      + current.get().id()
                      + " has "
                      + left(b)
                      + " left; the dose due "
                      + due
                      + " needs "
                      + s.unitsPerDose()
                      + " units."));
        } else if (s.paRequired()) {
          alerts.add(
              alert(
                  Kind.PA_MISSING,
                  s,
                  null,
                  null,
                  due,
                  "The payer requires prior authorization and none exists for the dose due "
                      + due
                      + "."));
        }
      }
    }

    for (Auth a : approved) {
      LocalDate to = a.approval().to();
      if (to == null || to.isBefore(h.today())) {
        continue;
      }
      long days = ChronoUnit.DAYS.between(h.today(), to);
      boolean renewed =
          openRequest
              || approved.stream().anyMatch(o -> o != a && o.approval().covers(to.plusDays(1)));
      if (days <= h.expiryDays() && !renewed) {
        alerts.add(
            alert(
                Kind.EXPIRING,
                s,
                a.id(),
                null,
                to,
                "Approval " + a.id() + " ends on " + to + " (in " + days + " days)."));
      }
    }

    for (Auth a : s.authorizations()) {
      if (a.status() == AuthorizationStatus.DENIED && a.appealDeadline() != null) {
        long days = ChronoUnit.DAYS.between(h.today(), a.appealDeadline());
        if (days >= 0 && days <= h.appealDays()) {
          alerts.add(
              alert(
                  Kind.APPEAL_DEADLINE,
                  s,
                  a.id(),
                  null,
                  a.appealDeadline(),
                  "Authorization "
                      + a.id()
                      + " was denied; the appeal is due by "
                      + a.appealDeadline()
                      + " (in "
                      + days
                      + " days)."));
        }
      }
    }

    for (UnitLedger.Charge c : s.ledger().flagged()) {
      if (c.flags().contains(UnitLedger.Flag.NO_APPROVAL)) {
        if (s.paRequired()) {
          alerts.add(
              alert(
                  Kind.DOSE_WITHOUT_AUTHORIZATION,
                  s,
                  null,
                  c.doseId(),
                  c.givenOn(),
                  "Dose "
                      + c.doseId()
                      + " given "
                      + c.givenOn()
                      + " has no approved authorization covering it; its claim will be held"
                      + " (PA_MISSING)."));
        }
      } else {
        alerts.add(
            alert(
                Kind.DOSE_OVER_APPROVAL,
                s,
                c.approvalId(),
                c.doseId(),
                c.givenOn(),
                "Dose "
                    + c.doseId()
                    + " given "
                    + c.givenOn()
                    + " exceeds approval "
                    + c.approvalId()
                    + ": "
                    + c.flags()
                    + "."));
      }
    }
    return alerts;
  }

  private static boolean fits(Situation s, Auth a) {
    UnitLedger.Balance b = s.ledger().balance(a.id());
    return b == null || b.fits(s.unitsPerDose());
  }

  private static boolean endsBefore(Auth a, LocalDate date) {
    return a.approval().to() != null && a.approval().to().isBefore(date);
  }

  /** The approval in force today, else the one that started last before today. */
  private static Optional<Auth> currentApproval(List<Auth> approved, LocalDate today) {
    Optional<Auth> inForce = approved.stream().filter(a -> a.approval().covers(today)).findFirst();
    if (inForce.isPresent()) {
      return inForce;
    }
    return approved.stream()
        .filter(a -> a.approval().from() != null && !a.approval().from().isAfter(today))
        .max(Comparator.comparing((Auth a) -> a.approval().from()));
  }

  private static String left(UnitLedger.Balance b) {
    if (b == null) {
      return "no units";
    }
    return (b.unitsRemaining() == null ? "" : b.unitsRemaining() + " units")
        + (b.unitsRemaining() != null && b.dosesRemaining() != null ? " and " : "")
        + (b.dosesRemaining() == null ? "" : b.dosesRemaining() + " doses");
  }

  private static Alert alert(
      Kind kind, Situation s, Long authorizationId, Long doseId, LocalDate date, String message) {
    return new Alert(kind, s.patientId(), s.payerId(), authorizationId, doseId, date, message);
  }
}
