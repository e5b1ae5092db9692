package com.naltrexone.billing.providers.entity;

import com.naltrexone.billing.platform.entity.Address;
import com.naltrexone.billing.platform.entity.RegistryRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * The billing organisation (NPI, TIN, taxonomy, street address with ZIP+4) or a rendering
 * prescriber (NPI, taxonomy, optional DEA).
 */
@Entity
@Table(name = "provider")
@NamedQuery(name = Provider.ALL, query = "select p from Provider p order by p.kind, p.id")
@NamedQuery(
    name = Provider.BY_NPI,
    query = "select p from Provider p where p.npi = :npi and p.kind = :kind")
public class Provider extends RegistryRecord {

  public static final String ALL = "Provider.all";
  public static final String BY_NPI = "Provider.byNpi";

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ProviderKind kind;

  private String organization;

  @Column(name = "last_name")
  private String lastName;

  @Column(name = "first_name")
  private String firstName;

  @Column(nullable = false)
  private String npi;

  private String tin;

  @Column(nullable = false)
  private String taxonomy;

  private String dea;

  @Embedded private Address address;

  protected Provider() {}

  public Provider(ProviderKind kind) {
    this.kind = kind;
  }

  public void update(
      String organization,
      String lastName,
      String firstName,
      Npi npi,
      String tin,
      String taxonomy,
      String dea,
      Address address) {
    this.organization = organization;
    this.lastName = lastName;
    this.firstName = firstName;
    this.npi = npi.value();
    this.tin = tin;
    this.taxonomy = taxonomy;
    this.dea = dea;
    this.address = address;
  }

  /** The name as printed on forms: the organisation, or "Last, First". */
  public String getDisplayName() {
    return kind == ProviderKind.BILLING ? organization : lastName + ", " + firstName;
  }

  public ProviderKind getKind() {
    return kind;
  }

  public String getOrganization() {
    return organization;
  }

  public String getLastName() {
    return lastName;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getNpi() {
    return npi;
  }

  public String getTin() {
    return tin;
  }

  public String getTaxonomy() {
    return taxonomy;
  }

  public String getDea() {
    return dea;
  }

  public Address getAddress() {
    return address;
  }
}
