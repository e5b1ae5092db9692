package com.naltrexone.billing.demo;

import com.naltrexone.billing.authorizations.boundary.AuthorizationData;
import com.naltrexone.billing.authorizations.boundary.AuthorizationEvidence;
import com.naltrexone.billing.authorizations.boundary.Authorizations;
import com.naltrexone.billing.authorizations.boundary.EvidenceData;
import com.naltrexone.billing.authorizations.entity.Benefit;
import com.naltrexone.billing.authorizations.entity.Channel;
import com.naltrexone.billing.authorizations.entity.EvidenceKind;
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
import com.naltrexone.billing.coverage.entity.NdcUnit;
import com.naltrexone.billing.coverage.entity.Payer;
import com.naltrexone.billing.coverage.entity.PlanType;
import com.naltrexone.billing.drugs.boundary.DrugCatalog;
import com.naltrexone.billing.drugs.boundary.DrugData;
import com.naltrexone.billing.drugs.boundary.LotData;
import com.naltrexone.billing.drugs.boundary.PriceData;
import com.naltrexone.billing.drugs.entity.Drug;
import com.naltrexone.billing.drugs.entity.DrugForm;
import com.naltrexone.billing.drugs.entity.DrugLot;
import com.naltrexone.billing.drugs.entity.PriceKind;
import com.naltrexone.billing.patients.boundary.PatientData;
import com.naltrexone.billing.patients.boundary.Patients;
import com.naltrexone.billing.patients.entity.Patient;
import com.naltrexone.billing.patients.entity.Sex;
import com.naltrexone.billing.platform.entity.Address;
import com.naltrexone.billing.prescriptions.boundary.DoseData;
import com.naltrexone.billing.prescriptions.boundary.Doses;
import com.naltrexone.billing.prescriptions.boundary.PrescriptionData;
import com.naltrexone.billing.prescriptions.boundary.Prescriptions;
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
import com.naltrexone.billing.security.boundary.Users;
import com.naltrexone.billing.security.entity.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Synthetic demo data for the local run ({@code billing.demo-data=true}, set by {@code -Prun}): a
 * clinic, two prescribers, three payers, four fictional patients with coverage, prescriptions and
 * injections, and one user per role. Loaded once, into an empty database, through the same
 * boundaries staff use, so it obeys every rule. Never enabled in production.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "AdminBootstrap"})
public class DemoData {

  /** Password of the demo users (biller, pa, clinician); printed at start in demo mode only. */
  public static final String DEMO_PASSWORD = "demo-password";

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Inject
  @ConfigProperty(name = "billing.demo-data", defaultValue = "false")
  boolean enabled;

  @Inject Clock clock;
  @EJB Users users;
  @EJB Patients patients;
  @EJB Payers payers;
  @EJB Coverages coverages;
  @EJB Providers providers;
  @EJB Prescriptions prescriptions;
  @EJB Doses doses;
  @EJB DrugCatalog catalog;
  @EJB Part2Consents consents;
  @EJB FeeSchedule fees;
  @EJB Authorizations authorizations;
  @EJB AuthorizationEvidence authorizationEvidence;

  @PostConstruct
  void start() {
    if (!enabled) {
      return;
    }
    if (patients.count() > 0) {
      LOG.info("Demo data: the database already has patients; nothing loaded.");
    } else {
      load();
    }
  }

  private void load() {
    LocalDate today = LocalDate.now(clock);
    users.create("biller", DEMO_PASSWORD, Set.of(Role.BILLER));
    users.create("pa", DEMO_PASSWORD, Set.of(Role.PA_COORDINATOR));
    users.create("clinician", DEMO_PASSWORD, Set.of(Role.CLINICIAN));

    providers.create(
        provider(ProviderKind.BILLING, "EXAMPLE RECOVERY CLINIC", null, null, "1234567893"));
    Provider smith =
        providers.create(provider(ProviderKind.RENDERING, null, "SMITH", "ALEX", "1497758544"));
    Provider jones =
        providers.create(provider(ProviderKind.RENDERING, null, "JONES", "RILEY", "1245319599"));
    Location clinic = providers.createLocation(location("Main Street SUD Program", "57", false));
    providers.createLocation(location("Eastside Health Center (340B)", "11", true));

    Payer commercial = payers.create(payer("EXAMPLE HEALTH PLAN", "12345", "CI", true, false));
    Payer medicare =
        payers.create(payer("MEDICARE PART B (EXAMPLE MAC)", "04412", "MB", false, true));
    Payer medicaid = payers.create(payer("STATE MEDICAID (EXAMPLE)", "SKIL0", "MC", true, true));

    Drug vivitrol =
        catalog.create(
            new DrugData(
                "Vivitrol 380 mg kit", DrugForm.INJECTION, "65757-300-01", "J2315", 380, "380 mg"));
    Drug oral =
        catalog.create(
            new DrugData(
                "Naltrexone 50 mg tablet", DrugForm.ORAL, "16729-0081-1", null, 0, "50 mg"));
    catalog.create(
        new DrugData("Naltrexone 50 mg tablet", DrugForm.ORAL, "0406-1170-01", null, 0, "50 mg"));
    LocalDate quarter = today.withDayOfMonth(1).minusMonths((today.getMonthValue() - 1) % 3);
    // Illustrative demo figures only: real prices are loaded by staff every quarter.
    price(vivitrol, PriceKind.ACQUISITION, "1512.00", "kit", quarter.minusYears(1), "demo invoice");
    price(vivitrol, PriceKind.WAC, "1750.00", "kit", quarter.minusYears(1), "demo WAC list");
    price(vivitrol, PriceKind.ASP_LIMIT, "4.20", "HCPCS unit", quarter, "demo ASP file");
    price(oral, PriceKind.ACQUISITION, "0.85", "tablet", quarter.minusYears(1), "demo invoice");
    DrugLot lot =
        catalog.receiveLot(
            vivitrol.getId(),
            new LotData("DEMO-A123", today.plusMonths(10), today.minusMonths(4), false));
    catalog.receiveLot(
        vivitrol.getId(),
        new LotData("DEMO-B456", today.plusMonths(14), today.minusDays(10), false));

    Patient doe = patient("MRN-1001", "JANE", "DOE", LocalDate.of(1985, 1, 1), Sex.F);
    Patient roe = patient("MRN-1002", "RICHARD", "ROE", LocalDate.of(1971, 6, 15), Sex.M);
    Patient poe = patient("MRN-1003", "SAM", "POE", LocalDate.of(1992, 3, 30), Sex.U);
    Patient moe = patient("MRN-1004", "MARIA", "MOE", LocalDate.of(1958, 11, 2), Sex.F);

    cover(doe, commercial, "MEMBER123", PlanType.COMMERCIAL, CobOrder.PRIMARY, today);
    cover(roe, medicare, "1EG4TE5MK73", PlanType.MEDICARE, CobOrder.PRIMARY, today);
    cover(poe, medicaid, "MCD0099123", PlanType.MEDICAID, CobOrder.PRIMARY, today);
    cover(moe, medicare, "2HF5UF6NL84", PlanType.MEDICARE, CobOrder.PRIMARY, today);
    cover(moe, commercial, "SUPP555", PlanType.COMMERCIAL, CobOrder.SECONDARY, today);

    // Part 2: three patients consented to disclosure to their payers; Sam Poe has not yet, so
    // nothing of his may go to a payer until he does.
    for (Patient p : List.of(doe, roe, moe)) {
      consents.record(
          p.getId(),
          new ConsentData(
              ConsentScope.ALL_PAYERS, null, ConsentPurpose.PAYMENT, today.minusMonths(6), null));
    }

    Prescription doeRx = vivitrolFor(doe, vivitrol, smith, "F11.20", today.minusMonths(3));
    Prescription roeRx = vivitrolFor(roe, vivitrol, jones, "F10.20", today.minusMonths(2));
    vivitrolFor(moe, vivitrol, smith, "F10.20", today.minusDays(5));
    Prescription poeRx = oralFor(poe, oral, jones, today.minusMonths(1));

    // Our charge master (illustrative) and Jane Doe's approved prior authorization: her plan
    // requires one for J2315, so her claims would otherwise be held.
    fee("J2315", "4.25");
    fee("96372", "50.00");
    authorizations.recordApproved(
        doe.getId(),
        commercial.getId(),
        "J2315",
        "PA987654",
        today.minusDays(75),
        today.plusMonths(4),
        2280,
        6);

    inject(doeRx, lot, clinic, smith, today.minusDays(60), InjectionSite.LEFT_GLUTEAL);
    inject(doeRx, lot, clinic, smith, today.minusDays(32), InjectionSite.RIGHT_GLUTEAL);
    inject(roeRx, lot, clinic, jones, today.minusDays(20), InjectionSite.LEFT_GLUTEAL);
    fill(poeRx, today.minusDays(12));
    renewalRequest(doe, doeRx, today.plusMonths(4).plusDays(1), today);

    LOG.info(
        "Demo data loaded: 4 synthetic patients, 3 payers, 2 prescribers, 4 doses, 3 Part 2"
            + " consents, a PA renewal request; demo users"
            + " biller, pa, clinician with password "
            + DEMO_PASSWORD);
  }

  /**
   * Jane Doe's renewal, drafted with the evidence her plan's checklist asks for, so a PA
   * coordinator can open it, see the checklist (LFT still missing) and print its packet.
   */
  private void renewalRequest(Patient p, Prescription rx, LocalDate from, LocalDate today) {
    AuthorizationData d = new AuthorizationData();
    d.patientId = p.getId();
    d.coverageId = coverages.of(p.getId()).get(0).getId();
    d.prescriptionId = rx.getId();
    d.benefit = Benefit.MEDICAL;
    d.channel = Channel.FAX;
    d.requestedFrom = from;
    long id = authorizations.create(d).getId();
    evidence(id, EvidenceKind.UDS_RESULT, today.minusDays(3), "NEGATIVE", "opiates, fentanyl");
    evidence(
        id,
        EvidenceKind.COUNSELLING_ENROLLMENT,
        today.minusMonths(3),
        null,
        "Main Street SUD Program, weekly group and individual counselling");
    evidence(
        id,
        EvidenceKind.MEDICATION_REVIEW,
        today.minusDays(3),
        "NO_OPIOID_AGONIST",
        "no methadone, buprenorphine or opioid analgesics");
    evidence(
        id,
        EvidenceKind.PRIOR_TREATMENT,
        null,
        null,
        "Oral naltrexone 50 mg daily for 3 months last year; stopped taking it after 5 weeks");
    evidence(
        id,
        EvidenceKind.JUSTIFICATION,
        null,
        null,
        "Abstinent on monthly injections since starting; missed oral doses before.");
  }

  private void evidence(
      long authorizationId, EvidenceKind kind, LocalDate on, String result, String detail) {
    EvidenceData e = new EvidenceData();
    e.kind = kind;
    e.observedOn = on;
    e.result = result;
    e.detail = detail;
    authorizationEvidence.add(authorizationId, e);
  }

  private void fee(String code, String perUnit) {
    FeeSchedule.FeeData d = new FeeSchedule.FeeData();
    d.code = code;
    d.amountPerUnit = new BigDecimal(perUnit);
    d.effectiveFrom = LocalDate.now(clock).minusYears(2);
    d.source = "demo charge master";
    fees.add(d);
  }

  private void price(
      Drug drug, PriceKind kind, String amount, String perUnit, LocalDate from, String source) {
    catalog.addPrice(
        drug.getId(), new PriceData(kind, new BigDecimal(amount), perUnit, from, null, source));
  }

  private static Address address(String line1, String city, String zip) {
    return new Address(line1, null, city, "IL", zip);
  }

  private static ProviderData provider(
      ProviderKind kind, String organization, String last, String first, String npi) {
    ProviderData d = new ProviderData();
    d.kind = kind;
    d.organization = organization;
    d.lastName = last;
    d.firstName = first;
    d.npi = npi;
    d.taxonomy = kind == ProviderKind.BILLING ? "261QR0405X" : "2084P0800X";
    d.tin = kind == ProviderKind.BILLING ? "123456789" : null;
    d.address =
        kind == ProviderKind.BILLING ? address("100 MAIN ST", "SPRINGFIELD", "627010000") : null;
    return d;
  }

  private static LocationData location(String name, String pos, boolean is340b) {
    LocationData d = new LocationData();
    d.name = name;
    d.placeOfService = pos;
    d.is340b = is340b;
    d.address = address("100 MAIN ST", "SPRINGFIELD", "627010000");
    return d;
  }

  private static PayerData payer(
      String name, String id, String filing, boolean paForInjection, boolean jz) {
    PayerData d = new PayerData();
    d.name = name;
    d.payerId837 = id;
    d.payerId835 = id;
    d.claimFilingIndicator = filing;
    d.paFax = "5555550199";
    d.rules.paRequiredInjection = paForInjection;
    d.rules.requiresJzJw = jz;
    d.rules.ndcUnit = NdcUnit.UN;
    d.rules.acceptsFrequency7 = !"MB".equals(filing);
    d.rules.timelyFilingDays = "MB".equals(filing) ? 365 : 180;
    return d;
  }

  private Patient patient(String mrn, String first, String last, LocalDate birth, Sex sex) {
    PatientData d = new PatientData();
    d.mrn = mrn;
    d.firstName = first;
    d.lastName = last;
    d.birthDate = birth;
    d.sex = sex;
    d.address = address("1 ELM ST", "SPRINGFIELD", "627020000");
    d.phone = "5555550100";
    return patients.create(d);
  }

  private void cover(
      Patient p, Payer payer, String member, PlanType type, CobOrder order, LocalDate today) {
    CoverageData d = new CoverageData();
    d.payerId = payer.getId();
    d.memberId = member;
    d.groupNumber = type == PlanType.COMMERCIAL ? "GRP123" : null;
    d.planType = type;
    d.relationship = "18";
    d.effectiveFrom = today.withDayOfYear(1).minusYears(1);
    d.cobOrder = order;
    coverages.add(p.getId(), d);
  }

  private Prescription vivitrolFor(
      Patient p, Drug drug, Provider prescriber, String dx, LocalDate start) {
    PrescriptionData d = new PrescriptionData();
    d.patientId = p.getId();
    d.drugId = drug.getId();
    d.prescriberId = prescriber.getId();
    d.dose = "380 mg IM";
    d.frequencyDays = 28;
    d.route = Route.BUY_AND_BILL;
    d.startDate = start;
    d.diagnosisCodes = List.of(dx);
    return prescriptions.create(d).record();
  }

  private Prescription oralFor(Patient p, Drug drug, Provider prescriber, LocalDate start) {
    PrescriptionData d = new PrescriptionData();
    d.patientId = p.getId();
    d.drugId = drug.getId();
    d.prescriberId = prescriber.getId();
    d.dose = "50 mg PO daily";
    d.frequencyDays = 1;
    d.route = Route.RETAIL_PHARMACY;
    d.startDate = start;
    d.diagnosisCodes = List.of("F10.20");
    return prescriptions.create(d).record();
  }

  private void inject(
      Prescription rx, DrugLot lot, Location where, Provider by, LocalDate on, InjectionSite site) {
    DoseData d = new DoseData();
    d.prescriptionId = rx.getId();
    d.kind = DoseKind.INJECTION;
    d.givenOn = on;
    d.lotId = lot.getId();
    d.locationId = where.getId();
    d.site = site;
    d.administeredById = by.getId();
    doses.record(d);
  }

  private void fill(Prescription rx, LocalDate on) {
    DoseData d = new DoseData();
    d.prescriptionId = rx.getId();
    d.kind = DoseKind.ORAL_FILL;
    d.givenOn = on;
    d.daysSupply = 30;
    doses.record(d);
  }
}
