package com.naltrexone.billing.web;

import com.naltrexone.billing.platform.BusinessRuleException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * Query parameters checked in code, each failure a 400 naming the parameter: the one place that
 * parses a date, a month or a status given as text.
 */
public final class QueryParams {

  private QueryParams() {}

  public static LocalDate optionalDate(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new BusinessRuleException(name, "use an ISO date, e.g. 2026-01-01");
    }
  }

  public static YearMonth month(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new BusinessRuleException(name, "say which month, e.g. 2026-03");
    }
    try {
      return YearMonth.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new BusinessRuleException(name, "use a month as YYYY-MM, e.g. 2026-03");
    }
  }

  public static <E extends Enum<E>> E status(Class<E> type, String value, E fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw new BusinessRuleException(
          "status", "one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }
  }
}
