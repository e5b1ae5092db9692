package com.naltrexone.billing.it;

import com.naltrexone.billing.drugs.boundary.DrugCatalog;
import com.naltrexone.billing.drugs.boundary.DrugData;
import com.naltrexone.billing.drugs.boundary.LotData;
import com.naltrexone.billing.drugs.entity.Drug;
import com.naltrexone.billing.drugs.entity.DrugForm;
import com.naltrexone.billing.drugs.entity.DrugLot;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.LocalDate;

/**
 * Test-only: the drugs and lots that tests about other things need, through the catalog boundary.
 */
@Stateless
public class CatalogSeed {

  @EJB DrugCatalog catalog;

  /** The Vivitrol kit, created once per database (its NDC is unique). */
  public Drug vivitrol() {
    return drug("Vivitrol 380 mg kit", DrugForm.INJECTION, "65757-300-01", "J2315", 380, "380 mg");
  }

  public Drug oral() {
    return drug("Naltrexone 50 mg", DrugForm.ORAL, "0406-1170-01", null, 0, "50 mg");
  }

  /** A lot received a year before it expires (so an already-expired lot can be seeded too). */
  public DrugLot lot(String number, LocalDate expires) {
    return catalog.receiveLot(
        vivitrol().getId(), new LotData(number, expires, expires.minusYears(1), false));
  }

  private Drug drug(
      String name, DrugForm form, String ndc, String hcpcs, int units, String strength) {
    String ndc11 = com.naltrexone.billing.drugs.entity.Ndc.parse(ndc).value();
    return catalog.drugs().stream()
        .filter(d -> d.getNdc11().equals(ndc11))
        .findFirst()
        .orElseGet(() -> catalog.create(new DrugData(name, form, ndc, hcpcs, units, strength)));
  }
}
