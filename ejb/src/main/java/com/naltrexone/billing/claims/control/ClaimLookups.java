package com.naltrexone.billing.claims.control;

import com.naltrexone.billing.authorizations.entity.Authorization;
import com.naltrexone.billing.claims.entity.Claim;
import com.naltrexone.billing.consent.boundary.DisclosureDecision;
import com.naltrexone.billing.coverage.entity.Coverage;
import com.naltrexone.billing.providers.entity.Provider;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything building and scrubbing a claim look up outside the claim itself. Two answers to the
 * same questions: {@link ClaimLookupQueries} asks the database once per question (one claim at a
 * time: a rescrub, a correction), {@link PageLookups} answers from what it read for a whole page of
 * doses in one query per kind of fact (the nightly build). The rules that use the answers are the
 * same code either way ({@link ClaimBuilder}, {@link ScrubFacts}, {@link ClaimScrubber}).
 */
public interface ClaimLookups {

  /** The J2315 code the authorization lookups are for. */
  String DRUG_CODE = ClaimBuilder.DRUG;

  /** The patient's first PRIMARY coverage active on the date, in the registry's COB order. */
  Optional<Coverage> primaryCoverage(long patientId, LocalDate on);

  /** The first billing provider in the registry (kind, id order), if any. */
  Optional<Provider> billingProvider();

  /** The fee schedule's amount per unit for the code in force on the date, if any. */
  Optional<BigDecimal> feePerUnit(String code, LocalDate on);

  /** The newest approved J2315 authorization of the patient and payer covering the date. */
  Optional<Authorization> authorization(long patientId, long payerId, LocalDate on);

  /** Part 2: whether the patient's records may go to the payer on the date. */
  DisclosureDecision disclosure(long patientId, long payerId, LocalDate on);

  /** The HCPCS code the drug catalog gives the NDC, or null when it is not in the catalog. */
  String hcpcsOfNdc(String ndc11);

  /**
   * The J2315 units billed (claims in a billed status) against the authorization, other than by
   * {@code self}.
   */
  BigDecimal unitsBilled(Authorization authorization, Claim self);

  /**
   * The patient control numbers of the other open claims of the same frequency billing the claim's
   * patient, date and one of its procedure codes (in the claim's line order, then claim id order).
   */
  List<String> duplicatesOf(Claim claim);
}
