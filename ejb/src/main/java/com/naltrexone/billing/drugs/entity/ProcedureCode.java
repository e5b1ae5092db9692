package com.naltrexone.billing.drugs.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A HCPCS or CPT code the program bills (J2315, 96372, G2073) and what one unit of it means.
 * Reference data, loaded by migrations; the application never writes it.
 */
@Entity
@Table(name = "procedure_code")
@NamedQuery(name = ProcedureCode.ALL, query = "select c from ProcedureCode c order by c.code")
public class ProcedureCode {

  public static final String ALL = "ProcedureCode.all";

  @Id private String code;

  @Column(name = "code_system")
  private String codeSystem;

  private String description;

  @Column(name = "unit_meaning")
  private String unitMeaning;

  protected ProcedureCode() {}

  public String getCode() {
    return code;
  }

  public String getCodeSystem() {
    return codeSystem;
  }

  public String getDescription() {
    return description;
  }

  public String getUnitMeaning() {
    return unitMeaning;
  }
}
