package com.naltrexone.billing.claims.boundary;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A biller's correction of a claim: the diagnosis codes it should carry and, for a claim the payer
 * already has, the payer's claim number the replacement quotes (REF*F8).
 */
public class ClaimCorrectionData {

  /** ICD-10-CM codes in order (the first is the principal diagnosis), at most 12. */
  @NotEmpty
  @Size(max = 12)
  public List<String> diagnosisCodes;

  /** The payer's claim number (835 CLP07); needed only when the claim is already with the payer. */
  @Size(max = 50)
  public String payerClaimNumber;

  /** The claim's version as read. */
  @NotNull public Long version;
}
