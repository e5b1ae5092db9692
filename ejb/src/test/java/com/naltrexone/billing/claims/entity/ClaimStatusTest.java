package com.naltrexone.billing.claims.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ClaimStatusTest {

  private static EnumSet<ClaimStatus> where(java.util.function.Predicate<ClaimStatus> p) {
    return Arrays.stream(ClaimStatus.values())
        .filter(p)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ClaimStatus.class)));
  }

  @Test
  void onlyClaimsThePayerHasAreReplacedOrVoidedByANewClaim() {
    assertEquals(
        EnumSet.of(ClaimStatus.ACCEPTED, ClaimStatus.PAID, ClaimStatus.DENIED),
        where(ClaimStatus::isWithPayer));
  }

  @Test
  void claimsInFlightOrAlreadyClosedCannotBeWrittenOff() {
    assertEquals(
        EnumSet.of(
            ClaimStatus.BATCHED,
            ClaimStatus.SENT,
            ClaimStatus.ACKNOWLEDGED,
            ClaimStatus.VOIDED,
            ClaimStatus.CLOSED),
        where(s -> !s.isWriteOffable()));
  }

  @Test
  void billedClaimsAreTheOpenOnesNotRejectedAndThePaid() {
    assertEquals(
        EnumSet.of(
            ClaimStatus.HELD,
            ClaimStatus.READY,
            ClaimStatus.BATCHED,
            ClaimStatus.SENT,
            ClaimStatus.ACKNOWLEDGED,
            ClaimStatus.ACCEPTED,
            ClaimStatus.PAID),
        where(ClaimStatus::isBilled));
  }
}
