package com.naltrexone.billing.providers.entity;

import com.naltrexone.billing.platform.entity.Address;
import com.naltrexone.billing.platform.entity.RegistryRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * Where doses are given. Place of service is configured here and never inferred (11 office, 57
 * non-residential SUD facility, 58 OTP, 55 residential); a 340B location puts the payer's 340B
 * modifier on the drug line.
 */
@Entity
@Table(name = "location")
@NamedQuery(name = Location.ALL, query = "select l from Location l order by l.name, l.id")
public class Location extends RegistryRecord {

  public static final String ALL = "Location.all";

  @Column(nullable = false)
  private String name;

  @Column(name = "place_of_service", nullable = false)
  private String placeOfService;

  @Column(name = "is_340b")
  private boolean is340b;

  @Embedded private Address address;

  protected Location() {}

  public Location(String name, String placeOfService, boolean is340b, Address address) {
    update(name, placeOfService, is340b, address);
  }

  public final void update(String name, String placeOfService, boolean is340b, Address address) {
    this.name = name;
    this.placeOfService = placeOfService;
    this.is340b = is340b;
    this.address = address;
  }

  public String getName() {
    return name;
  }

  public String getPlaceOfService() {
    return placeOfService;
  }

  public boolean isIs340b() {
    return is340b;
  }

  public Address getAddress() {
    return address;
  }
}
