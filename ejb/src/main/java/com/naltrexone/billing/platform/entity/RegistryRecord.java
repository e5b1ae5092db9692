package com.naltrexone.billing.platform.entity;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

/**
 * Identity and optimistic-lock version shared by the registry's mutable records. A change sent with
 * a stale {@code version} is refused with 409.
 */
@MappedSuperclass
public abstract class RegistryRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registry_seq")
  @SequenceGenerator(name = "registry_seq", sequenceName = "registry_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }
}
