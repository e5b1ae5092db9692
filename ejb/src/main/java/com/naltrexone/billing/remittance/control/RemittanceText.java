package com.naltrexone.billing.remittance.control;

import com.naltrexone.billing.remittance.control.Remittance.Adjustment;
import com.naltrexone.billing.remittance.control.Remittance.Claim;
import com.naltrexone.billing.remittance.control.Remittance.EntityId;
import com.naltrexone.billing.remittance.control.Remittance.Line;
import com.naltrexone.billing.remittance.control.Remittance.Qualified;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * An 835 claim written back as X12 segments ({@code *} and {@code ~}, one per line) from what was
 * read, for the unmatched queue: what a biller needs to find the claim by hand. Names were never
 * read (ids only); the exact bytes stay in the archived file at the CLP's segment position. Never
 * logged: it names patients' ids.
 */
public final class RemittanceText {

  private RemittanceText() {}

  public static String of(Claim c) {
    StringBuilder out = new StringBuilder();
    segment(
        out,
        "CLP",
        c.patientControlNumber(),
        c.status(),
        money(c.charge()),
        money(c.paid()),
        money(c.patientResponsibility()),
        c.filingIndicator(),
        c.payerClaimNumber(),
        c.facilityCode(),
        c.frequency());
    adjustments(out, c.adjustments());
    for (EntityId e : c.entities()) {
      segment(out, "NM1", e.entityCode(), "", "", "", "", "", "", e.idQualifier(), e.id());
    }
    if (!c.remarkCodes().isEmpty()) {
      segment(out, "MOA", "", "", String.join("*", c.remarkCodes()));
    }
    c.references().forEach(r -> segment(out, "REF", r.qualifier(), r.value()));
    dates(out, c.dates());
    c.amounts().forEach(a -> segment(out, "AMT", a.qualifier(), money(a.value())));
    for (Line l : c.lines()) {
      segment(
          out,
          "SVC",
          l.procedure().toString(),
          money(l.charge()),
          money(l.paid()),
          l.revenueCode(),
          money(l.unitsPaid()),
          l.originalProcedure() == null ? "" : l.originalProcedure().toString(),
          money(l.originalUnits()));
      dates(out, l.dates());
      adjustments(out, l.adjustments());
      l.references().forEach(r -> segment(out, "REF", r.qualifier(), r.value()));
      l.amounts().forEach(a -> segment(out, "AMT", a.qualifier(), money(a.value())));
      l.remarks().forEach(r -> segment(out, "LQ", r.qualifier(), r.value()));
    }
    return out.toString();
  }

  private static void adjustments(StringBuilder out, List<Adjustment> adjustments) {
    for (Adjustment a : adjustments) {
      segment(out, "CAS", a.group(), a.reason(), money(a.amount()), money(a.quantity()));
    }
  }

  private static void dates(StringBuilder out, List<Qualified<LocalDate>> dates) {
    for (Qualified<LocalDate> d : dates) {
      segment(
          out,
          "DTM",
          d.qualifier(),
          d.value() == null ? "" : d.value().format(DateTimeFormatter.BASIC_ISO_DATE));
    }
  }

  private static String money(BigDecimal value) {
    return value == null ? "" : value.toPlainString();
  }

  private static void segment(StringBuilder out, String tag, String... elements) {
    int last = elements.length;
    while (last > 0 && (elements[last - 1] == null || elements[last - 1].isEmpty())) {
      last--;
    }
    out.append(tag);
    for (int i = 0; i < last; i++) {
      out.append('*').append(elements[i] == null ? "" : elements[i]);
    }
    out.append("~\n");
  }
}
