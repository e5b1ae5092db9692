package com.naltrexone.billing.cost.control;

import com.naltrexone.billing.cost.entity.RateBasis;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a payer is expected to allow for a code on a date, and why: the payer's contract rate in
 * force, else the CMS ASP payment limit (drugs only), else our charge. Every answer names its
 * source, because staff must be able to check the figure against the contract.
 */
public final class AllowedAmounts {

  private AllowedAmounts() {}

  /** Where an expected allowed amount came from. */
  public enum Source {
    CONTRACT,
    ASP_LIMIT,
    CHARGE,
    /** A list or invoice price (what a pharmacy is assumed to bill for a fill). */
    LIST_PRICE,
    NONE
  }

  /** One contract row, as the calculator needs it. */
  public record ContractRate(
      String code,
      RateBasis basis,
      BigDecimal rate,
      LocalDate from,
      LocalDate to,
      String contract) {

    boolean inForceOn(LocalDate date) {
      return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }
  }

  /** A price per billing unit with where it came from (ASP file, charge master). */
  public record UnitPrice(BigDecimal amountPerUnit, String source) {}

  /**
   * The expected allowed amount.
   *
   * @param basis short wording for other explanations ("contract ACME 2026")
   * @param explanation the whole computation
   */
  public record Allowed(BigDecimal amount, Source source, String basis, String explanation) {

    public boolean known() {
      return source != Source.NONE;
    }

    /** Only a contract or the ASP limit is a promise a payer can fall short of. */
    public boolean isContracted() {
      return source == Source.CONTRACT || source == Source.ASP_LIMIT;
    }
  }

  /** {@code units} at a price per unit, explained as "prefix 4.2 per unit (source) x 380 = ..." */
  private static Allowed priced(
      Source source, String basis, String prefix, UnitPrice price, BigDecimal units) {
    BigDecimal amount = Money.cents(price.amountPerUnit().multiply(units));
    return new Allowed(
        amount,
        source,
        basis,
        prefix
            + price.amountPerUnit().stripTrailingZeros().toPlainString()
            + " per unit ("
            + price.source()
            + ") x "
            + units.stripTrailingZeros().toPlainString()
            + " = "
            + Money.text(amount));
  }

  /** A pharmacy fill priced from a list price (WAC, else acquisition), or unknown. */
  public static Allowed listPrice(String what, BigDecimal quantity, UnitPrice price) {
    if (price == null) {
      return new Allowed(
          Money.ZERO, Source.NONE, "nothing", what + ": no WAC or acquisition price");
    }
    BigDecimal amount = Money.cents(price.amountPerUnit().multiply(quantity));
    return new Allowed(
        amount,
        Source.LIST_PRICE,
        "the list price",
        what
            + ": "
            + price.source()
            + " "
            + price.amountPerUnit().stripTrailingZeros().toPlainString()
            + " x "
            + quantity.stripTrailingZeros().toPlainString()
            + " = "
            + Money.text(amount)
            + " (what the pharmacy is assumed to bill)");
  }

  /**
   * @param aspLimit the ASP payment limit per unit in force on the date, or null (not a drug code,
   *     or no ASP row)
   * @param charge our charge per unit in force on the date, or null
   */
  public static Allowed resolve(
      String code,
      BigDecimal units,
      LocalDate date,
      List<ContractRate> rates,
      UnitPrice aspLimit,
      UnitPrice charge) {
    String times = " x " + units.stripTrailingZeros().toPlainString();
    Optional<ContractRate> contract =
        rates.stream()
            .filter(r -> r.code().equals(code) && r.inForceOn(date))
            .max(Comparator.comparing(ContractRate::from));
    if (contract.isPresent()) {
      ContractRate r = contract.get();
      String basis = "contract " + r.contract();
      if (r.basis() == RateBasis.PER_UNIT) {
        BigDecimal amount = Money.cents(r.rate().multiply(units));
        return new Allowed(
            amount,
            Source.CONTRACT,
            basis,
            code
                + ": "
                + basis
                + " "
                + r.rate().stripTrailingZeros().toPlainString()
                + " per unit"
                + times
                + " = "
                + Money.text(amount));
      }
      if (aspLimit != null) {
        BigDecimal perUnit = aspLimit.amountPerUnit().multiply(r.rate()).movePointLeft(2);
        BigDecimal amount = Money.cents(perUnit.multiply(units));
        return new Allowed(
            amount,
            Source.CONTRACT,
            basis,
            code
                + ": "
                + basis
                + " "
                + Money.percent(r.rate())
                + " of the ASP payment limit "
                + aspLimit.amountPerUnit().stripTrailingZeros().toPlainString()
                + " per unit ("
                + aspLimit.source()
                + ")"
                + times
                + " = "
                + Money.text(amount));
      }
    }
    if (aspLimit != null) {
      return priced(
          Source.ASP_LIMIT,
          "the ASP payment limit",
          code + ": no contract rate; ASP payment limit ",
          aspLimit,
          units);
    }
    if (charge != null) {
      String prefix =
          code
              + ": no contract rate"
              + (contract.isPresent() ? " usable (percent of ASP, but no ASP row)" : "")
              + "; our charge ";
      return priced(Source.CHARGE, "our charge", prefix, charge, units);
    }
    return new Allowed(
        Money.ZERO,
        Source.NONE,
        "nothing",
        code + ": no contract rate, ASP payment limit or charge in force on " + date);
  }
}
