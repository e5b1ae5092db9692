package com.naltrexone.billing.web;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * Request bodies with a field the resource does not know are refused (400 naming the field), not
 * silently ignored: a mistyped field in a billing record would otherwise be data lost.
 */
@Provider
public class JsonbConfiguration implements ContextResolver<Jsonb> {

  private static final Jsonb JSONB =
      JsonbBuilder.create(new JsonbConfig().setProperty("jsonb.fail-on-unknown-properties", true));

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }
}
