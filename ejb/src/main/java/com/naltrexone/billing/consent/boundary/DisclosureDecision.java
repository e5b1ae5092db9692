package com.naltrexone.billing.consent.boundary;

import com.naltrexone.billing.consent.entity.Part2Consent;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a patient's SUD records may go to a payer on a date, under which consent, and if not, why
 * not (a sentence with consent ids and dates only, never patient details).
 *
 * @param allowed true when a consent in force covers the payer
 * @param consentId the consent that allows it, or null
 * @param reason why it is refused, or null when allowed
 */
public record DisclosureDecision(boolean allowed, Long consentId, String reason) {

  static final String NO_CONSENT = "no Part 2 consent on file for this payer";

  /** The most recently signed consent first, ties by the newest id. */
  private static final Comparator<Part2Consent> NEWEST_FIRST =
      Comparator.comparing(Part2Consent::getSignedOn)
          .thenComparing(c -> c.getId() == null ? Long.MIN_VALUE : c.getId())
          .reversed();

  public static DisclosureDecision allow(long consentId) {
    return new DisclosureDecision(true, consentId, null);
  }

  public static DisclosureDecision refuse(String reason) {
    return new DisclosureDecision(false, null, reason);
  }

  /**
   * The Part 2 rule, over all of a patient's consents: allowed when some consent covers the payer
   * (ALL_PAYERS, or PAYER naming it) and is in force on {@code on}: signed on or before it, not
   * expired and not revoked on or before it. The newest such consent is the one cited. When none
   * is, the reason names each covering consent and why it cannot be used.
   */
  static DisclosureDecision decide(List<Part2Consent> consents, long payerId, LocalDate on) {
    Objects.requireNonNull(on, "on");
    List<Part2Consent> covering =
        consents.stream().filter(c -> c.covers(payerId)).sorted(NEWEST_FIRST).toList();
    if (covering.isEmpty()) {
      return refuse(NO_CONSENT);
    }
    Optional<Part2Consent> inForce =
        covering.stream().filter(c -> c.whyNotInForceOn(on) == null).findFirst();
    if (inForce.isPresent()) {
      return allow(inForce.get().getId());
    }
    return refuse(String.join("; ", covering.stream().map(c -> c.whyNotInForceOn(on)).toList()));
  }
}
