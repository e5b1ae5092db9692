package com.naltrexone.billing.platform;

import jakarta.ejb.ApplicationException;

/** A request named a record that does not exist. Mapped to HTTP 404. */
@ApplicationException(rollback = true)
public class UnknownEntityException extends RuntimeException {

  private final String entity;
  private final Object id;

  public UnknownEntityException(String entity, Object id) {
    super(entity + " " + id + " does not exist");
    this.entity = entity;
    this.id = id;
  }

  public String entity() {
    return entity;
  }

  public Object id() {
    return id;
  }
}
