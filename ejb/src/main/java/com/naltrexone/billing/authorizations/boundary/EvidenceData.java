package com.naltrexone.billing.authorizations.boundary;

import com.naltrexone.billing.authorizations.entity.EvidenceKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Clinical evidence for an authorization. Typed results carry a date and a result (UDS NEGATIVE,
 * LFT WNL...); a DOCUMENT carries a PDF, PNG or JPEG as base64 with its content type and the
 * checklist item it supports.
 */
public class EvidenceData {

  @NotNull public EvidenceKind kind;

  /** The checklist item code a document supports (LFT, OPIOID_FREE...). */
  @Size(max = 30)
  public String itemCode;

  public LocalDate observedOn;

  @Size(max = 80)
  public String result;

  @Size(max = 4000)
  public String detail;

  @Size(max = 200)
  public String fileName;

  @Size(max = 100)
  public String contentType;

  /** The document's bytes, base64 (at most 5 MB decoded). */
  public String contentBase64;
}
