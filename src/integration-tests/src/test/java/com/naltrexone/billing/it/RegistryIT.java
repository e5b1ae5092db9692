package com.naltrexone.billing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.naltrexone.billing.audit.boundary.AuditLog;
import com.naltrexone.billing.coverage.boundary.CoverageData;
import com.naltrexone.billing.coverage.boundary.Coverages;
import com.naltrexone.billing.coverage.boundary.PayerData;
import com.naltrexone.billing.coverage.boundary.Payers;
import com.naltrexone.billing.coverage.entity.CobOrder;
import com.naltrexone.billing.coverage.entity.Payer;
import com.naltrexone.billing.coverage.entity.PlanType;
import com.naltrexone.billing.drugs.entity.DrugLot;
import com.naltrexone.billing.patients.boundary.Patients;
import com.naltrexone.billing.patients.entity.Patient;
import com.naltrexone.billing.platform.BusinessRuleException;
import com.naltrexone.billing.platform.entity.Address;
import com.naltrexone.billing.prescriptions.boundary.DoseData;
import com.naltrexone.billing.prescriptions.boundary.Doses;
import com.naltrexone.billing.prescriptions.boundary.PrescriptionData;
import com.naltrexone.billing.prescriptions.boundary.Prescriptions;
import com.naltrexone.billing.prescriptions.boundary.Recorded;
import com.naltrexone.billing.prescriptions.entity.Dose;
import com.naltrexone.billing.prescriptions.entity.DoseKind;
import com.naltrexone.billing.prescriptions.entity.InjectionSite;
import com.naltrexone.billing.prescriptions.entity.Prescription;
import com.naltrexone.billing.prescriptions.entity.Route;
import com.naltrexone.billing.providers.boundary.LocationData;
import com.naltrexone.billing.providers.boundary.ProviderData;
import com.naltrexone.billing.providers.boundary.Providers;
import com.naltrexone.billing.providers.entity.Location;
import com.naltrexone.billing.providers.entity.Provider;
import com.naltrexone.billing.providers.entity.ProviderKind;
import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The registry's rules through its boundaries, on PostgreSQL. Each test makes its own records. */
@ExtendWith(ArquillianExtension.class)
class RegistryIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.billingEar(RegistryIT.class, CatalogSeed.class);
  }

  @EJB Patients patients;
  @EJB Payers payers;
  @EJB Coverages coverages;
  @EJB Providers providers;
  @EJB Prescriptions prescriptions;
  @EJB Doses doses;
  @EJB AuditLog auditLog;
  @EJB CatalogSeed catalog;

  private final LocalDate today = LocalDate.now();

  private Patient patient() {
    return patients.create(Fixtures.patientData(Fixtures.unique("MRN-")));
  }

  private Payer payer() {
    PayerData d = new PayerData();
    d.name = "TEST PLAN";
    d.payerId837 = Fixtures.unique("P");
    d.payerId835 = d.payerId837;
    d.claimFilingIndicator = "CI";
    return payers.create(d);
  }

  private static CoverageData coverage(Payer payer, CobOrder order, LocalDate from, LocalDate to) {
    CoverageData d = new CoverageData();
    d.payerId = payer.getId();
    d.memberId = "M" + UUID.randomUUID().toString().substring(0, 6);
    d.planType = PlanType.COMMERCIAL;
    d.effectiveFrom = from;
    d.effectiveTo = to;
    d.cobOrder = order;
    return d;
  }

  private Provider prescriber() {
    ProviderData d = new ProviderData();
    d.kind = ProviderKind.RENDERING;
    d.lastName = "SMITH";
    d.firstName = "ALEX";
    d.npi = "1497758544";
    d.taxonomy = "2084P0800X";
    return providers.all().stream()
        .filter(p -> "1497758544".equals(p.getNpi()) && p.getKind() == ProviderKind.RENDERING)
        .findFirst()
        .orElseGet(() -> providers.create(d));
  }

  private Location clinic() {
    LocationData d = new LocationData();
    d.name = "Clinic";
    d.placeOfService = "57";
    d.address = new Address("100 MAIN ST", null, "SPRINGFIELD", "IL", "627010000");
    return providers.createLocation(d);
  }

  private Prescription vivitrol(Patient p, String... dx) {
    PrescriptionData d = new PrescriptionData();
    d.patientId = p.getId();
    d.drugId = catalog.vivitrol().getId();
    d.prescriberId = prescriber().getId();
    d.dose = "380 mg IM";
    d.frequencyDays = 28;
    d.route = Route.BUY_AND_BILL;
    d.startDate = today.minusMonths(6);
    d.diagnosisCodes = List.of(dx);
    return prescriptions.create(d).record();
  }

  private DoseData injection(Prescription rx, DrugLot lot, LocalDate on) {
    DoseData d = new DoseData();
    d.prescriptionId = rx.getId();
    d.kind = DoseKind.INJECTION;
    d.givenOn = on;
    d.lotId = lot.getId();
    d.locationId = clinic().getId();
    d.site = InjectionSite.LEFT_GLUTEAL;
    d.administeredById = prescriber().getId();
    return d;
  }

  @Test
  void duplicateMrnIsRefused() {
    Patient p = patient();
    BusinessRuleException e =
        assertThrows(
            BusinessRuleException.class, () -> patients.create(Fixtures.patientData(p.getMrn())));
    assertEquals("mrn", e.violations().get(0).field());
  }

  @Test
  void readingAPatientIsAudited() {
    Patient p = patient();
    patients.read(p.getId());
    List<String> actions =
        auditLog.forEntity("Patient", p.getId()).stream().map(a -> a.getAction()).toList();
    assertEquals(List.of("patient.created", "patient.read"), actions);
  }

  @Test
  void overlappingCoverageWithTheSameCobOrderIsRefusedButASecondaryIsFine() {
    Patient p = patient();
    Payer payer = payer();
    coverages.add(p.getId(), coverage(payer, CobOrder.PRIMARY, today.minusYears(1), null));

    BusinessRuleException e =
        assertThrows(
            BusinessRuleException.class,
            () ->
                coverages.add(
                    p.getId(),
                    coverage(payer(), CobOrder.PRIMARY, today.minusMonths(1), today.plusYears(1))));
    assertEquals("cobOrder", e.violations().get(0).field());

    coverages.add(p.getId(), coverage(payer(), CobOrder.SECONDARY, today.minusMonths(1), null));
    assertEquals(2, coverages.of(p.getId()).size());
    assertTrue(coverages.activeOn(p.getId(), CobOrder.PRIMARY, today).isPresent());
  }

  @Test
  void billingProviderNeedsZipPlus4AndAStreetAndAValidNpi() {
    ProviderData d = new ProviderData();
    d.kind = ProviderKind.BILLING;
    d.organization = "CLINIC";
    d.npi = "1234567890";
    d.tin = "123456789";
    d.taxonomy = "261QR0405X";
    d.address = new Address("PO BOX 12", null, "SPRINGFIELD", "IL", "62701");
    BusinessRuleException e = assertThrows(BusinessRuleException.class, () -> providers.create(d));
    List<String> fields = e.violations().stream().map(v -> v.field()).toList();
    assertEquals(List.of("npi", "address.zip", "address.line1"), fields);
  }

  @Test
  void abuseLevelDiagnosisIsSavedWithAWarning() {
    Patient p = patient();
    PrescriptionData d = new PrescriptionData();
    d.patientId = p.getId();
    d.drugId = catalog.vivitrol().getId();
    d.prescriberId = prescriber().getId();
    d.dose = "380 mg IM";
    d.frequencyDays = 28;
    d.route = Route.BUY_AND_BILL;
    d.startDate = today.minusDays(10);
    d.diagnosisCodes = List.of("f1110");
    Recorded<Prescription> r = prescriptions.create(d);
    assertEquals(List.of("F11.10"), r.record().getDiagnosisCodes());
    assertEquals(1, r.warnings().size());
    assertTrue(r.warnings().get(0).contains("abuse-level"));
  }

  @Test
  void injectionFromAnExpiredLotIsRefusedAndNothingIsWritten() {
    Patient p = patient();
    Prescription rx = vivitrol(p, "F11.20");
    DrugLot expired = catalog.lot(Fixtures.unique("EXP"), today.minusDays(1));
    BusinessRuleException e =
        assertThrows(
            BusinessRuleException.class, () -> doses.record(injection(rx, expired, today)));
    assertEquals("lotId", e.violations().get(0).field());
    assertTrue(e.violations().get(0).message().contains("expired"));
    assertTrue(doses.of(p.getId()).isEmpty());
  }

  @Test
  void injectionsAreBillableAndTheNextDoseIsDue28DaysAfterTheLast() {
    Patient p = patient();
    Prescription rx = vivitrol(p, "F10.20");
    DrugLot lot = catalog.lot(Fixtures.unique("LOT"), today.plusMonths(6));

    Recorded<Dose> first = doses.record(injection(rx, lot, today.minusDays(40)));
    assertTrue(first.warnings().isEmpty());
    assertTrue(first.record().isBillable());
    assertEquals("65757030001", first.record().getNdc11());

    Recorded<Dose> early = doses.record(injection(rx, lot, today.minusDays(20)));
    assertEquals(1, early.warnings().size());
    assertTrue(early.warnings().get(0).startsWith("only 20 days since the previous injection"));

    assertEquals(
        today.minusDays(20).plusDays(28), doses.nextVivitrolDoseDue(p.getId()).orElseThrow());
  }

  @Test
  void oralFillIsRecordedButNeverBillable() {
    Patient p = patient();
    PrescriptionData d = new PrescriptionData();
    d.patientId = p.getId();
    d.drugId = catalog.oral().getId();
    d.prescriberId = prescriber().getId();
    d.dose = "50 mg PO daily";
    d.frequencyDays = 1;
    d.route = Route.RETAIL_PHARMACY;
    d.startDate = today.minusDays(30);
    d.diagnosisCodes = List.of("F10.20");
    Prescription rx = prescriptions.create(d).record();

    DoseData fill = new DoseData();
    fill.prescriptionId = rx.getId();
    fill.kind = DoseKind.ORAL_FILL;
    fill.givenOn = today.minusDays(2);
    fill.daysSupply = 30;
    Dose dose = doses.record(fill).record();
    assertFalse(dose.isBillable());
    assertTrue(doses.nextVivitrolDoseDue(p.getId()).isEmpty());
  }
}
