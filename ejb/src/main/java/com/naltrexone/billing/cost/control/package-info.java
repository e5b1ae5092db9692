/**
 * Cost of access, the computations (pure, unit-tested with worked numbers; details in
 * docs/cost-of-access.md).
 *
 * <ul>
 *   <li>{@link com.naltrexone.billing.cost.control.AllowedAmounts}: the expected allowed amount of
 *       a code on a date: the payer's contract rate, else the ASP payment limit (drugs), else our
 *       charge, each with its computation in words.
 *   <li>{@link com.naltrexone.billing.cost.control.CostCalculator}: a visit through every coverage
 *       in COB order (deductible, copay or coinsurance, out-of-pocket cap; a secondary on the
 *       patient share the previous one left; Medicaid without benefits on file shares no cost),
 *       then the assistance programs within their caps (commercial-only programs never with a
 *       government plan; drug-cost-only programs never on the administration).
 *   <li>{@link com.naltrexone.billing.cost.control.PaymentReview}: after a posted 835 payment,
 *       underpayment against the contract (beyond a tolerance; never for denials or charge-based
 *       figures), the accumulator movement (PR-1 deductible; PR-1/2/3 out of pocket) and the margin
 *       of a buy-and-bill dose.
 *   <li>{@link com.naltrexone.billing.cost.control.PriceBook}: reads the price tables for them.
 * </ul>
 *
 * <p>Out of scope: pharmacy-benefit deductibles, accumulator/maximizer programs, the "traditional
 * COB" limit on a secondary, eligibility (270/271) import, patient payments.
 */
package com.naltrexone.billing.cost.control;
