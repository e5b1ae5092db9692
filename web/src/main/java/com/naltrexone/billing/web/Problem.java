package com.naltrexone.billing.web;

import java.util.List;

/**
 * An RFC 9457 problem document ({@code application/problem+json}). {@code errors} names each bad
 * input field with a sentence saying what to fix.
 */
public record Problem(
    String type, String title, int status, String detail, List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One bad input field. */
  public record FieldError(String field, String message) {}
}
