package com.naltrexone.billing.it;

import com.naltrexone.billing.authorizations.boundary.Authorizations;
import com.naltrexone.billing.claims.boundary.FeeSchedule;
import com.naltrexone.billing.consent.boundary.ConsentData;
import com.naltrexone.billing.consent.boundary.Part2Consents;
import com.naltrexone.billing.consent.entity.ConsentPurpose;
import com.naltrexone.billing.consent.entity.ConsentScope;
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
import com.naltrexone.billing.platform.SchemaMigration;
import com.naltrexone.billing.platform.entity.Address;
import com.naltrexone.billing.prescriptions.boundary.DoseData;
import com.naltrexone.billing.prescriptions.boundary.Doses;
import com.naltrexone.billing.prescriptions.boundary.PrescriptionData;
import com.naltrexone.billing.prescriptions.boundary.Prescriptions;
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
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Test-only: a covered patient with a Vivitrol injection yesterday, and what claims need around it
 * (charge master, billing provider, prescriber, location, lot, consent, authorization).
 */
@Stateless
public class ClaimScenario {

  @EJB FeeSchedule fees;
  @EJB Authorizations authorizations;
  @EJB Part2Consents consents;
  @EJB Patients patients;
  @EJB Payers payers;
  @EJB Coverages coverages;
  @EJB Providers providers;
  @EJB Prescriptions prescriptions;
  @EJB Doses doses;
  @EJB CatalogSeed catalog;

  // The test classes live in the WAR, which cannot use the EJB jar's persistence unit; the
  // application's data source is reachable by its JNDI name.
  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  private final LocalDate today = LocalDate.now();

  /** Fee schedule rows and the billing organisation, once per database. */
  public void chargeMasterAndBillingProvider() {
    for (String[] fee : new String[][] {{"J2315", "4.25"}, {"96372", "50.00"}}) {
      if (fees.all().stream().noneMatch(f -> f.getCode().equals(fee[0]))) {
        FeeSchedule.FeeData d = new FeeSchedule.FeeData();
        d.code = fee[0];
        d.amountPerUnit = new BigDecimal(fee[1]);
        d.effectiveFrom = LocalDate.of(2020, 1, 1);
        d.source = "test charge master";
        fees.add(d);
      }
    }
    if (providers.all().stream().noneMatch(p -> p.getKind() == ProviderKind.BILLING)) {
      ProviderData d = new ProviderData();
      d.kind = ProviderKind.BILLING;
      d.organization = "EXAMPLE RECOVERY CLINIC";
      d.npi = "1234567893";
      d.tin = "123456789";
      d.taxonomy = "261QR0405X";
      d.address = new Address("100 MAIN ST", null, "SPRINGFIELD", "IL", "627010000");
      providers.create(d);
    }
  }

  public Payer payer(boolean paRequired) {
    PayerData d = new PayerData();
    d.name = "CLAIM TEST PLAN";
    d.payerId837 = "C" + UUID.randomUUID().toString().substring(0, 8);
    d.payerId835 = d.payerId837;
    d.claimFilingIndicator = "CI";
    d.rules.requiresJzJw = true;
    d.rules.paRequiredInjection = paRequired;
    return payers.create(d);
  }

  private Provider prescriber() {
    return providers.all().stream()
        .filter(p -> p.getKind() == ProviderKind.RENDERING && "1497758544".equals(p.getNpi()))
        .findFirst()
        .orElseGet(
            () -> {
              ProviderData d = new ProviderData();
              d.kind = ProviderKind.RENDERING;
              d.lastName = "SMITH";
              d.firstName = "ALEX";
              d.npi = "1497758544";
              d.taxonomy = "2084P0800X";
              return providers.create(d);
            });
  }

  /** A consenting, covered patient with one buy-and-bill injection yesterday. */
  public Dose injectedPatient(Payer payer, boolean consent, Route route) {
    return injectedPatient(payer, consent, route, "MEM");
  }

  /**
   * As above, with the member id starting with {@code memberPrefix} (the payer simulator reacts to
   * prefixes such as REJ277 and DENY).
   */
  public Dose injectedPatient(Payer payer, boolean consent, Route route, String memberPrefix) {
    chargeMasterAndBillingProvider();
    Patient p = patients.create(Fixtures.patientData(Fixtures.unique("CLM-")));
    CoverageData c = new CoverageData();
    c.payerId = payer.getId();
    c.memberId = memberPrefix + p.getId();
    c.planType = PlanType.COMMERCIAL;
    c.effectiveFrom = today.minusYears(1);
    c.cobOrder = CobOrder.PRIMARY;
    coverages.add(p.getId(), c);
    if (consent) {
      consents.record(
          p.getId(),
          new ConsentData(
              ConsentScope.ALL_PAYERS, null, ConsentPurpose.PAYMENT, today.minusMonths(1), null));
    }
    PrescriptionData rx = new PrescriptionData();
    rx.patientId = p.getId();
    rx.drugId = catalog.vivitrol().getId();
    rx.prescriberId = prescriber().getId();
    rx.dose = "380 mg IM";
    rx.frequencyDays = 28;
    rx.route = route;
    rx.startDate = today.minusMonths(1);
    rx.diagnosisCodes = List.of("F11.20", "F10.20");
    Prescription prescription = prescriptions.create(rx).record();
    LocationData l = new LocationData();
    l.name = "Claims clinic";
    l.placeOfService = "57";
    l.address = new Address("100 MAIN ST", null, "SPRINGFIELD", "IL", "627010000");
    Location location = providers.createLocation(l);
    DrugLot lot = catalog.lot(Fixtures.unique("CL"), today.plusMonths(6));
    DoseData d = new DoseData();
    d.prescriptionId = prescription.getId();
    d.kind = DoseKind.INJECTION;
    d.givenOn = today.minusDays(1);
    d.lotId = lot.getId();
    d.locationId = location.getId();
    d.site = InjectionSite.LEFT_GLUTEAL;
    d.administeredById = prescriber().getId();
    return doses.record(d).record();
  }

  /** An approved J2315 authorization for the dose's patient (six doses' worth). */
  public void authorize(Dose dose, Payer payer) {
    authorize(dose, payer, 6);
  }

  /** An approved J2315 authorization for the dose's patient, {@code doses} doses' worth. */
  public void authorize(Dose dose, Payer payer, int doses) {
    authorizations.recordApproved(
        dose.getPatientId(),
        payer.getId(),
        "J2315",
        "PA-" + dose.getId(),
        today.minusDays(10),
        today.plusMonths(6),
        380 * doses,
        doses);
  }

  /** Another injection of the same prescription, kit, place and day as {@code first}. */
  public Dose sameDayInjection(Dose first) {
    DoseData d = new DoseData();
    d.prescriptionId = first.getPrescriptionId();
    d.kind = DoseKind.INJECTION;
    d.givenOn = first.getGivenOn();
    d.lotId = first.getLotId();
    d.locationId = first.getLocationId();
    d.site = InjectionSite.RIGHT_GLUTEAL;
    d.administeredById = first.getAdministeredById();
    return doses.record(d).record();
  }

  /**
   * Damages a claim's stored lines the way a bad manual database fix could: diagnosis pointers that
   * are not numbers. The claim cannot even be read back into an 837 after this.
   */
  public void breakDiagnosisPointers(long claimId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "update claim_line set diagnosis_pointers = 'x' where claim_id = ?")) {
      s.setLong(1, claimId);
      if (s.executeUpdate() == 0) {
        throw new IllegalStateException("claim " + claimId + " has no lines");
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The patient of a dose, read straight from the database. */
  public long patientOfDose(long doseId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("select patient_id from dose where id = ?")) {
      s.setLong(1, doseId);
      try (java.sql.ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("no dose " + doseId);
        }
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
