package com.naltrexone.billing.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.regex.Matcher;

/** A US street address as the 837 carries it (N3/N4): ZIP is 5 or 9 digits, no hyphen. */
@Embeddable
public class Address {

  private static final java.util.regex.Pattern PO_BOX =
      java.util.regex.Pattern.compile(
          "\\b(p\\.?\\s*o\\.?\\s*box|post\\s+office\\s+box|pob)\\b",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  @NotBlank
  @Size(max = 55)
  @Column(name = "address_line1")
  public String line1;

  @Size(max = 55)
  @Column(name = "address_line2")
  public String line2;

  @NotBlank
  @Size(max = 30)
  public String city;

  @NotBlank
  @Pattern(regexp = "[A-Z]{2}", message = "use the two-letter state code, e.g. IL")
  public String state;

  @NotBlank
  @Pattern(regexp = "\\d{5}(\\d{4})?", message = "use 5 or 9 digits without a hyphen")
  public String zip;

  public Address() {}

  public Address(String line1, String line2, String city, String state, String zip) {
    this.line1 = line1;
    this.line2 = line2;
    this.city = city;
    this.state = state;
    this.zip = zip;
  }

  /** The 837 billing provider needs ZIP+4. */
  public boolean hasZipPlus4() {
    return zip != null && zip.length() == 9;
  }

  /** The 837 billing provider address must be a street address. */
  public boolean isPoBox() {
    Matcher m = PO_BOX.matcher((line1 == null ? "" : line1) + " " + (line2 == null ? "" : line2));
    return m.find();
  }
}
