package com.naltrexone.billing.claims.control;

import com.naltrexone.billing.claims.entity.ClaimStatus;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JPQL of a claims table page: filters become bound parameters, and only the columns listed
 * here can be sorted on (a sort field from the browser never reaches the query text).
 *
 * @param status only this status, or null
 * @param text the start of the claim number or of the patient's last name, or null
 * @param payer part of the payer's name, or null
 * @param serviceFrom first date of service, or null
 * @param serviceTo last date of service, or null
 * @param patientId only this patient's claims, or null
 */
public record ClaimQuery(
    ClaimStatus status,
    String text,
    String payer,
    LocalDate serviceFrom,
    LocalDate serviceTo,
    Long patientId) {

  /** Sortable columns by the name a table uses, with the path they sort by. */
  static final Map<String, String> SORTABLE =
      Map.of(
          "id", "c.id",
          "patientControlNumber", "c.patientControlNumber",
          "status", "c.status",
          "serviceDate", "c.serviceDate",
          "totalCharge", "c.totalCharge",
          "patientName", "p.lastName",
          "payerName", "y.name",
          "createdAt", "c.createdAt");

  public static ClaimQuery all() {
    return new ClaimQuery(null, null, null, null, null, null);
  }

  public static ClaimQuery inStatus(ClaimStatus status) {
    return new ClaimQuery(status, null, null, null, null, null);
  }

  public static ClaimQuery ofPatient(long patientId) {
    return new ClaimQuery(null, null, null, null, null, patientId);
  }

  /** The where clause (starting with " where", or empty) over {@code c}, {@code p}, {@code y}. */
  public String where() {
    StringBuilder w = new StringBuilder();
    if (status != null) {
      and(w, "c.status = :status");
    }
    if (present(text)) {
      and(w, "(upper(c.patientControlNumber) like :text or upper(p.lastName) like :text)");
    }
    if (present(payer)) {
      and(w, "upper(y.name) like :payer");
    }
    if (serviceFrom != null) {
      and(w, "c.serviceDate >= :from");
    }
    if (serviceTo != null) {
      and(w, "c.serviceDate <= :to");
    }
    if (patientId != null) {
      and(w, "p.id = :patient");
    }
    return w.toString();
  }

  /**
   * Whether {@link #where()} names the patient {@code p} or the payer {@code y}; when it does not,
   * a count needs no join (every claim has both).
   */
  public boolean joinsPatientOrPayer() {
    return present(text) || present(payer) || patientId != null;
  }

  /** The values of the parameters {@link #where()} uses. */
  public Map<String, Object> parameters() {
    Map<String, Object> p = new LinkedHashMap<>();
    if (status != null) {
      p.put("status", status);
    }
    if (present(text)) {
      p.put("text", escape(text.trim().toUpperCase()) + "%");
    }
    if (present(payer)) {
      p.put("payer", "%" + escape(payer.trim().toUpperCase()) + "%");
    }
    if (serviceFrom != null) {
      p.put("from", serviceFrom);
    }
    if (serviceTo != null) {
      p.put("to", serviceTo);
    }
    if (patientId != null) {
      p.put("patient", patientId);
    }
    return p;
  }

  /** " order by ..." for a table's sort column (unknown or null: newest claim first). */
  public static String orderBy(String sortField, boolean ascending) {
    String path = sortField == null ? null : SORTABLE.get(sortField);
    if (path == null) {
      return " order by c.id desc";
    }
    String direction = ascending ? " asc" : " desc";
    return " order by " + path + direction + (path.equals("c.id") ? "" : ", c.id" + direction);
  }

  private static void and(StringBuilder w, String condition) {
    w.append(w.length() == 0 ? " where " : " and ").append(condition);
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }

  /** LIKE wildcards typed by a person are taken literally. */
  private static String escape(String s) {
    return s.replace("%", "").replace("_", "");
  }
}
