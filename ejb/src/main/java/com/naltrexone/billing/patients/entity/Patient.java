package com.naltrexone.billing.patients.entity;

import com.naltrexone.billing.platform.entity.Address;
import com.naltrexone.billing.platform.entity.RegistryRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A person treated by the program. The MRN is unique in the program. */
@Entity
@Table(name = "patient")
@NamedQuery(name = Patient.BY_MRN, query = "select p from Patient p where p.mrn = :mrn")
@NamedQuery(
    name = Patient.SEARCH,
    query =
        "select p from Patient p where lower(p.lastName) like :name or p.mrn = :mrn"
            + " order by p.lastName, p.firstName, p.id")
@NamedQuery(name = Patient.COUNT, query = "select count(p) from Patient p")
public class Patient extends RegistryRecord {

  public static final String BY_MRN = "Patient.byMrn";
  public static final String SEARCH = "Patient.search";
  public static final String COUNT = "Patient.count";

  @Column(nullable = false)
  private String mrn;

  @Column(name = "first_name", nullable = false)
  private String firstName;

  @Column(name = "last_name", nullable = false)
  private String lastName;

  @Column(name = "birth_date", nullable = false)
  private LocalDate birthDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Sex sex;

  @Embedded private Address address;

  private String phone;

  protected Patient() {}

  public Patient(
      String mrn,
      String firstName,
      String lastName,
      LocalDate birthDate,
      Sex sex,
      Address address,
      String phone) {
    this.mrn = mrn;
    update(firstName, lastName, birthDate, sex, address, phone);
  }

  public final void update(
      String firstName,
      String lastName,
      LocalDate birthDate,
      Sex sex,
      Address address,
      String phone) {
    this.firstName = firstName;
    this.lastName = lastName;
    this.birthDate = birthDate;
    this.sex = sex;
    this.address = address;
    this.phone = phone;
  }

  /** Age in whole years on a date (PA criteria ask for at least 18). */
  public int ageOn(LocalDate date) {
    return java.time.Period.between(birthDate, date).getYears();
  }

  public String getMrn() {
    return mrn;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public Sex getSex() {
    return sex;
  }

  public Address getAddress() {
    return address;
  }

  public String getPhone() {
    return phone;
  }
}
