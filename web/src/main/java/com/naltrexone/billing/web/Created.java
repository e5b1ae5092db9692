package com.naltrexone.billing.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** 201 Created with the new record's address and the record itself. */
public final class Created {

  private Created() {}

  public static Response at(UriInfo uri, Object id, Object body) {
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
        .entity(body)
        .build();
  }
}
