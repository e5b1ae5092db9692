package com.naltrexone.billing.remittance.entity;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;

/**
 * Id of every remittance row, from its own sequence (an 835 brings thousands of rows at once; the
 * registry sequence stays for the registry). Rows point at each other by id, not by relation: they
 * are written once in bulk and read back by query.
 */
@MappedSuperclass
public abstract class RemittanceRow {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "remittance_seq")
  @SequenceGenerator(name = "remittance_seq", sequenceName = "remittance_seq", allocationSize = 500)
  private Long id;

  public Long getId() {
    return id;
  }
}
