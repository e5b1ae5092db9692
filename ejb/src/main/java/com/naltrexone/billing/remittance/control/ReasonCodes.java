package com.naltrexone.billing.remittance.control;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The CARC and RARC reference lists of one version (table {@code remittance_reason_code}). A code
 * not in the list is still posted, its text saying so; an unknown CARC counts as a denial reason,
 * so that nothing unknown is ever written off automatically.
 */
public final class ReasonCodes {

  /**
   * One code.
   *
   * @param codeSet CARC or RARC
   * @param denial a CARC that means the payer refused (CO-197, CO-50, CO-16...): the amount goes to
   *     the denial queue instead of a write-off
   * @param certainty V checked against the published list, U not yet
   */
  public record Code(
      String codeSet,
      String code,
      String description,
      String suggestedAction,
      boolean denial,
      String certainty) {}

  private final String version;
  private final Map<String, Code> carcs;
  private final Map<String, Code> rarcs;

  public ReasonCodes(String version, List<Code> codes) {
    this.version = version;
    this.carcs = index(codes, "CARC");
    this.rarcs = index(codes, "RARC");
  }

  private static Map<String, Code> index(List<Code> codes, String set) {
    return codes.stream()
        .filter(c -> c.codeSet().equals(set))
        .collect(Collectors.toUnmodifiableMap(Code::code, Function.identity(), (a, b) -> a));
  }

  public String version() {
    return version;
  }

  public Code carc(String code) {
    Code known = carcs.get(code);
    return known != null
        ? known
        : new Code(
            "CARC",
            code,
            "CARC " + code + " is not in reference list " + version,
            "Look the code up in the current X12 list and work it by hand",
            true,
            "U");
  }

  public Code rarc(String code) {
    Code known = rarcs.get(code);
    return known != null
        ? known
        : new Code(
            "RARC",
            code,
            "RARC " + code + " is not in reference list " + version,
            "Look the code up in the current X12 list",
            false,
            "U");
  }
}
