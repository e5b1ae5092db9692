package com.naltrexone.billing.cost.rest;

import com.naltrexone.billing.platform.BusinessRuleException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** Query parameters of the cost resources, checked in code (400 naming the parameter). */
final class QueryParams {

  private QueryParams() {}

  static LocalDate optionalDate(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new BusinessRuleException(name, "use an ISO date, e.g. 2026-01-01");
    }
  }

  static YearMonth month(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new BusinessRuleException(name, "say which month, e.g. 2026-03");
    }
    try {
      return YearMonth.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new BusinessRuleException(name, "use a month as YYYY-MM, e.g. 2026-03");
    }
  }

  static <E extends Enum<E>> E status(Class<E> type, String value, E fallback) {
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
