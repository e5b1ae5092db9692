package com.naltrexone.billing.drugs.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.naltrexone.billing.platform.BusinessRuleException.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DrugTest {

  @Test
  void vivitrolKitUnderJ2315Is380Units() {
    assertTrue(Drug.billingProblems(DrugForm.INJECTION, "J2315", 380).isEmpty());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 38, 379, 381, 760})
  void anyOtherUnitCountUnderJ2315IsRefusedNamingBillingUnits(int units) {
    List<Violation> problems = Drug.billingProblems(DrugForm.INJECTION, "J2315", units);
    assertEquals(1, problems.size());
    assertEquals("billingUnits", problems.get(0).field());
    assertTrue(problems.get(0).message().contains("380"), problems.get(0).message());
  }

  @Test
  void anOralDrugIsNeverBilledUnderJ2315() {
    List<Violation> problems = Drug.billingProblems(DrugForm.ORAL, "J2315", 380);
    assertEquals("hcpcs", problems.get(0).field());
  }

  @Test
  void oralPharmacyBenefitDrugNeedsNoHcpcsOrUnits() {
    assertTrue(Drug.billingProblems(DrugForm.ORAL, null, 0).isEmpty());
  }

  @Test
  void anotherHcpcsNeedsAtLeastOneUnitButNot380() {
    assertTrue(Drug.billingProblems(DrugForm.INJECTION, "J3490", 1).isEmpty());
    assertEquals(
        "billingUnits", Drug.billingProblems(DrugForm.INJECTION, "J3490", 0).get(0).field());
  }

  @Test
  void negativeUnitsAreRefused() {
    assertEquals("billingUnits", Drug.billingProblems(DrugForm.ORAL, null, -1).get(0).field());
  }

  @Test
  void theEntityStoresTheElevenDigitNdc() {
    Drug vivitrol =
        new Drug("Vivitrol", DrugForm.INJECTION, "65757-300-01", "J2315", 380, "380 mg kit");
    assertEquals("65757030001", vivitrol.getNdc11());
  }
}
