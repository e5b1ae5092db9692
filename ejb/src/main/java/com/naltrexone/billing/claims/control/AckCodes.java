package com.naltrexone.billing.claims.control;

import java.util.Map;

/**
 * Human text for the 999 and TA1 code lists we show to billing staff (X12 005010X231A1 and the
 * interchange control standard). Unknown codes are named, not guessed.
 */
final class AckCodes {

  /** IK501 / AK901 (DE 717). */
  static final Map<String, String> STATUS =
      Map.of(
          "A", "accepted",
          "E", "accepted, errors were noted",
          "M", "rejected, message authentication code failed",
          "P", "partially accepted, at least one transaction set was rejected",
          "R", "rejected",
          "W", "rejected, assurance failed validity tests",
          "X", "rejected, content after decryption could not be analyzed");

  /** IK304 (DE 620). */
  static final Map<String, String> SEGMENT_ERROR =
      Map.ofEntries(
          Map.entry("1", "unrecognized segment ID"),
          Map.entry("2", "unexpected segment"),
          Map.entry("3", "required segment missing"),
          Map.entry("4", "loop occurs over maximum times"),
          Map.entry("5", "segment exceeds maximum use"),
          Map.entry("6", "segment not in defined transaction set"),
          Map.entry("7", "segment not in proper sequence"),
          Map.entry("8", "segment has data element errors"),
          Map.entry("I4", "implementation \"not used\" segment present"),
          Map.entry("I6", "implementation dependent segment missing"),
          Map.entry("I7", "implementation loop occurs under minimum times"),
          Map.entry("I8", "implementation segment below minimum use"),
          Map.entry("I9", "implementation dependent \"not used\" segment present"));

  /** IK403 (DE 621). */
  static final Map<String, String> ELEMENT_ERROR =
      Map.ofEntries(
          Map.entry("1", "required data element missing"),
          Map.entry("2", "conditional required data element missing"),
          Map.entry("3", "too many data elements"),
          Map.entry("4", "data element too short"),
          Map.entry("5", "data element too long"),
          Map.entry("6", "invalid character in data element"),
          Map.entry("7", "invalid code value"),
          Map.entry("8", "invalid date"),
          Map.entry("9", "invalid time"),
          Map.entry("10", "exclusion condition violated"),
          Map.entry("12", "too many repetitions"),
          Map.entry("13", "too many components"),
          Map.entry("I6", "code value not used in implementation"),
          Map.entry("I9", "implementation dependent data element missing"),
          Map.entry("I10", "implementation \"not used\" data element present"),
          Map.entry("I11", "implementation too few repetitions"),
          Map.entry("I12", "implementation pattern match failure"),
          Map.entry("I13", "implementation dependent \"not used\" data element present"));

  /** IK502..IK506 (DE 618). */
  static final Map<String, String> TRANSACTION_ERROR =
      Map.ofEntries(
          Map.entry("1", "transaction set not supported"),
          Map.entry("2", "transaction set trailer missing"),
          Map.entry("3", "transaction set control number in header and trailer do not match"),
          Map.entry("4", "number of included segments does not match actual count"),
          Map.entry("5", "one or more segments in error"),
          Map.entry("6", "missing or invalid transaction set identifier"),
          Map.entry("7", "missing or invalid transaction set control number"),
          Map.entry("18", "transaction set not in functional group"),
          Map.entry("19", "invalid transaction set implementation convention reference"),
          Map.entry("23", "transaction set control number not unique within the functional group"),
          Map.entry("I5", "implementation one or more segments in error"),
          Map.entry("I6", "implementation convention not supported"));

  /** AK905..AK909 (DE 716). */
  static final Map<String, String> GROUP_ERROR =
      Map.of(
          "1", "functional group not supported",
          "2", "functional group version not supported",
          "3", "functional group trailer missing",
          "4", "group control number in header and trailer do not agree",
          "5", "number of included transaction sets does not match actual count",
          "6", "group control number violates syntax",
          "19", "functional group control number not unique within interchange");

  /** TA104 (I17). */
  static final Map<String, String> INTERCHANGE_ACK =
      Map.of(
          "A", "interchange accepted with no errors",
          "E", "interchange accepted, errors noted",
          "R", "interchange rejected because of errors");

  /** TA105 (I18). */
  static final Map<String, String> INTERCHANGE_NOTE =
      Map.ofEntries(
          Map.entry("000", "no error"),
          Map.entry("001", "interchange control numbers in header and trailer do not match"),
          Map.entry("002", "standard not supported"),
          Map.entry("003", "version of the controls not supported"),
          Map.entry("004", "segment terminator invalid"),
          Map.entry("005", "invalid interchange ID qualifier for sender"),
          Map.entry("006", "invalid interchange sender ID"),
          Map.entry("007", "invalid interchange ID qualifier for receiver"),
          Map.entry("008", "invalid interchange receiver ID"),
          Map.entry("009", "unknown interchange receiver ID"),
          Map.entry("014", "invalid interchange date"),
          Map.entry("015", "invalid interchange time"),
          Map.entry("018", "invalid interchange control number"),
          Map.entry("020", "invalid test indicator"),
          Map.entry("021", "invalid number of included groups"),
          Map.entry("022", "invalid control structure"),
          Map.entry("023", "improper (premature) end of file"),
          Map.entry("024", "invalid interchange content (e.g. invalid GS segment)"),
          Map.entry("025", "duplicate interchange control number"),
          Map.entry("026", "invalid data element separator"),
          Map.entry("027", "invalid component element separator"));

  private AckCodes() {}

  static String text(Map<String, String> table, String code) {
    if (code == null || code.isEmpty()) {
      return "";
    }
    return table.getOrDefault(code, "code " + code + " (not in table)");
  }
}
