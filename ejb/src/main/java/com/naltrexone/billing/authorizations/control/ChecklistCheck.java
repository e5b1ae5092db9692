package com.naltrexone.billing.authorizations.control;

import com.naltrexone.billing.authorizations.entity.ChecklistItem;
import com.naltrexone.billing.authorizations.entity.EvidenceKind;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which of a payer's checklist items the recorded facts satisfy, and which are missing (with what
 * would satisfy them). Also decides what goes into a packet: only evidence some item asks for, plus
 * the prescriber's justification; never psychotherapy notes (minimum necessary).
 */
public final class ChecklistCheck {

  private ChecklistCheck() {}

  /** A piece of evidence as the rules see it. */
  public record Fact(
      long id, EvidenceKind kind, String itemCode, LocalDate observedOn, String result) {}

  /** What is known about the request: the patient's birth date, diagnoses, evidence. */
  public record Facts(
      LocalDate birthDate,
      List<String> diagnosisCodes,
      LocalDate requestDate,
      List<Fact> evidence) {}

  /**
   * One item's outcome.
   *
   * @param evidenceIds the evidence that satisfies it (empty for rules on registry data)
   * @param explanation how it is satisfied, or what is missing
   */
  public record ItemResult(
      String code, String label, boolean satisfied, List<Long> evidenceIds, String explanation) {}

  /** The payer's own items when it has any for the drug, else the default ones. */
  public static List<ChecklistItem> forPayer(List<ChecklistItem> candidates, long payerId) {
    List<ChecklistItem> own =
        candidates.stream()
            .filter(c -> c.getPayerId() != null && c.getPayerId() == payerId)
            .toList();
    return own.isEmpty() ? candidates.stream().filter(c -> c.getPayerId() == null).toList() : own;
  }

  public static List<ItemResult> evaluate(List<ChecklistItem> items, Facts facts) {
    List<ItemResult> results = new ArrayList<>();
    for (ChecklistItem item : items) {
      results.add(
          switch (item.getRule()) {
            case DIAGNOSIS -> diagnosis(item, facts);
            case MIN_AGE -> age(item, facts);
            case EVIDENCE -> evidence(item, facts);
          });
    }
    return results;
  }

  /** Whether this evidence may go into a packet for these items (minimum necessary). */
  public static boolean requested(List<ChecklistItem> items, EvidenceKind kind, String itemCode) {
    if (!kind.mayBeDisclosed()) {
      return false;
    }
    if (kind == EvidenceKind.JUSTIFICATION) {
      return true;
    }
    if (kind == EvidenceKind.DOCUMENT) {
      return itemCode != null && items.stream().anyMatch(i -> itemCode.equals(i.getCode()));
    }
    return items.stream().anyMatch(i -> i.acceptedKinds().contains(kind));
  }

  private static ItemResult diagnosis(ChecklistItem item, Facts facts) {
    List<String> prefixes = item.parameters();
    List<String> matching =
        facts.diagnosisCodes().stream()
            .filter(code -> prefixes.stream().anyMatch(code::startsWith))
            .toList();
    return matching.isEmpty()
        ? result(
            item,
            false,
            List.of(),
            "no prescription diagnosis starts with " + String.join(" or ", prefixes))
        : result(item, true, List.of(), "diagnosis " + String.join(", ", matching));
  }

  private static ItemResult age(ChecklistItem item, Facts facts) {
    int min = Integer.parseInt(item.getParameter().trim());
    if (facts.birthDate() == null) {
      return result(item, false, List.of(), "the patient's birth date is not recorded");
    }
    int years = Period.between(facts.birthDate(), facts.requestDate()).getYears();
    return years >= min
        ? result(item, true, List.of(), "age " + years + " on " + facts.requestDate())
        : result(item, false, List.of(), "age " + years + " is under " + min);
  }

  private static ItemResult evidence(ChecklistItem item, Facts facts) {
    Set<EvidenceKind> kinds = Set.copyOf(item.acceptedKinds());
    List<Fact> candidates =
        facts.evidence().stream()
            .filter(
                f ->
                    kinds.contains(f.kind())
                        || (f.kind() == EvidenceKind.DOCUMENT
                            && item.getCode().equals(f.itemCode())))
            .toList();
    List<Fact> good =
        candidates.stream().filter(f -> whyNot(item, f, facts.requestDate()) == null).toList();
    if (!good.isEmpty()) {
      Fact best = good.get(0);
      return result(
          item,
          true,
          good.stream().map(Fact::id).toList(),
          best.kind()
              + (best.result() == null ? "" : " " + best.result())
              + (best.observedOn() == null ? "" : " on " + best.observedOn()));
    }
    String wanted =
        kinds.stream().map(Enum::name).sorted().collect(Collectors.joining(" or "))
            + (item.getExpectedResult() == null ? "" : " with result " + item.getExpectedResult())
            + (item.getMaxAgeDays() == null
                ? ""
                : " dated within " + item.getMaxAgeDays() + " days of " + facts.requestDate());
    String why =
        candidates.isEmpty()
            ? "missing: record " + wanted
            : "not satisfied: "
                + candidates.stream()
                    .map(f -> "evidence " + f.id() + " " + whyNot(item, f, facts.requestDate()))
                    .collect(Collectors.joining("; "))
                + "; record "
                + wanted;
    return result(item, false, List.of(), why);
  }

  private static String whyNot(ChecklistItem item, Fact f, LocalDate requestDate) {
    if (item.getExpectedResult() != null
        && !item.getExpectedResult().equalsIgnoreCase(f.result())) {
      return "has result " + f.result() + ", not " + item.getExpectedResult();
    }
    if (item.getMaxAgeDays() != null) {
      if (f.observedOn() == null) {
        return "has no date";
      }
      if (f.observedOn().isBefore(requestDate.minusDays(item.getMaxAgeDays()))) {
        return "is dated " + f.observedOn() + ", more than " + item.getMaxAgeDays() + " days old";
      }
    }
    if (f.observedOn() != null && f.observedOn().isAfter(requestDate)) {
      return "is dated " + f.observedOn() + ", after the request date";
    }
    return null;
  }

  private static ItemResult result(
      ChecklistItem item, boolean ok, List<Long> ids, String explanation) {
    return new ItemResult(item.getCode(), item.getLabel(), ok, ids, explanation);
  }
}
