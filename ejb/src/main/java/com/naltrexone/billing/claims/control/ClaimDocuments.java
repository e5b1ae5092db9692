package com.naltrexone.billing.claims.control;

import com.naltrexone.billing.claims.entity.Claim;
import com.naltrexone.billing.claims.entity.ClaimLine;
import com.naltrexone.billing.coverage.entity.Coverage;
import com.naltrexone.billing.patients.entity.Patient;
import com.naltrexone.billing.platform.entity.Address;
import com.naltrexone.billing.prescriptions.entity.Icd10Code;
import com.naltrexone.billing.providers.entity.Provider;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** The 837P's view of a stored claim (what {@link Claim837Writer} writes). */
@Dependent
public class ClaimDocuments {

  @Inject X12Identity x12;

  public ClaimDocument of(Claim claim) {
    Provider billing = claim.getBillingProvider();
    Coverage coverage = claim.getCoverage();
    Patient patient = claim.getPatient();
    Provider rendering = claim.getRenderingProvider();
    return new ClaimDocument(
        new ClaimDocument.Submitter(
            billing.getOrganization(),
            x12.senderId(),
            x12.submitterContact(),
            x12.submitterPhone()),
        new ClaimDocument.Receiver(x12.receiverName(), x12.receiverId()),
        new ClaimDocument.BillingProvider(
            billing.getOrganization(),
            billing.getNpi(),
            billing.getTin(),
            billing.getTaxonomy(),
            address(billing.getAddress())),
        new ClaimDocument.Subscriber(
            patient.getLastName(),
            patient.getFirstName(),
            coverage.getMemberId(),
            coverage.getGroupNumber(),
            claim.getPayer().getClaimFilingIndicator(),
            ClaimDocument.PayerResponsibility.valueOf(coverage.getCobOrder().name()),
            address(patient.getAddress()),
            patient.getBirthDate(),
            switch (patient.getSex()) {
              case F -> ClaimDocument.Sex.FEMALE;
              case M -> ClaimDocument.Sex.MALE;
              case U -> ClaimDocument.Sex.UNKNOWN;
            }),
        new ClaimDocument.Payer(claim.getPayer().getName(), claim.getPayer().getPayerId837()),
        new ClaimDocument.ClaimHeader(
            claim.getPatientControlNumber(),
            claim.getTotalCharge(),
            claim.getPlaceOfService(),
            ClaimDocument.Frequency.valueOf(claim.getFrequency().name()),
            claim.getPayerClaimNumber(),
            claim.getPriorAuthNumber(),
            claim.getDiagnosisCodes().stream()
                .map(code -> new Icd10Code(code).withoutDecimal())
                .toList()),
        rendering == null
            ? null
            : new ClaimDocument.RenderingProvider(
                rendering.getLastName(),
                rendering.getFirstName(),
                rendering.getNpi(),
                rendering.getTaxonomy()),
        claim.getLines().stream().map(l -> line(claim, l)).toList());
  }

  private static ClaimDocument.ServiceLine line(Claim claim, ClaimLine l) {
    return new ClaimDocument.ServiceLine(
        l.getLineNumber(),
        l.getProcedureCode(),
        l.getModifiers(),
        l.getCharge(),
        l.getUnits(),
        l.getDiagnosisPointers(),
        claim.getServiceDate(),
        l.getLineControlNumber(),
        l.getNdc11() == null
            ? null
            : new ClaimDocument.Drug(l.getNdc11(), l.getNdcQuantity(), l.getNdcUnit()));
  }

  private static ClaimDocument.Address address(Address a) {
    return new ClaimDocument.Address(a.line1, a.line2, a.city, a.state, a.zip);
  }
}
