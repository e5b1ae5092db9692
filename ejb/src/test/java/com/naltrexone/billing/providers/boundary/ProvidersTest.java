package com.naltrexone.billing.providers.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.naltrexone.billing.platform.BusinessRuleException.Violation;
import com.naltrexone.billing.platform.entity.Address;
import com.naltrexone.billing.providers.entity.ProviderKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProvidersTest {

  private static ProviderData billing(String line1, String zip) {
    ProviderData d = new ProviderData();
    d.kind = ProviderKind.BILLING;
    d.organization = "EXAMPLE RECOVERY CLINIC";
    d.npi = "1234567893";
    d.tin = "123456789";
    d.taxonomy = "261QR0405X";
    d.address = new Address(line1, null, "SPRINGFIELD", "IL", zip);
    return d;
  }

  private static List<String> fields(ProviderData d) {
    return Providers.problems(d).stream().map(Violation::field).toList();
  }

  @Test
  void aCompleteBillingProviderHasNoProblems() {
    assertEquals(List.of(), fields(billing("100 MAIN ST", "627010000")));
  }

  @Test
  void billingProviderNeedsNineDigitZip() {
    assertEquals(List.of("address.zip"), fields(billing("100 MAIN ST", "62701")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"PO BOX 12", "P.O. Box 12", "po box 9", "Post Office Box 3", "POB 77"})
  void billingProviderAddressMayNotBeAPoBox(String line1) {
    assertEquals(List.of("address.line1"), fields(billing(line1, "627010000")));
  }

  @Test
  void aStreetNamedBoxwoodIsNotAPoBox() {
    assertEquals(List.of(), fields(billing("12 BOXWOOD RD", "627010000")));
  }

  @Test
  void renderingProviderNeedsNamesAndAValidNpiButNoTin() {
    ProviderData d = new ProviderData();
    d.kind = ProviderKind.RENDERING;
    d.npi = "1497758545";
    d.taxonomy = "2084P0800X";
    assertEquals(List.of("npi", "lastName", "firstName"), fields(d));
  }
}
