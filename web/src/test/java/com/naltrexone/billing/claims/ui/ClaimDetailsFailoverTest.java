package com.naltrexone.billing.claims.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.naltrexone.billing.claims.boundary.ClaimWorklists;
import com.naltrexone.billing.claims.boundary.Claims;
import com.naltrexone.billing.claims.entity.Claim;
import com.naltrexone.billing.claims.entity.ClaimStatus;
import com.naltrexone.billing.patients.boundary.Patients;
import com.naltrexone.billing.platform.entity.RegistryRecord;
import com.naltrexone.billing.remittance.boundary.Remittances;
import com.naltrexone.billing.remittance.entity.Denial;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The claim page after a failover: its view state is replicated without the claim (a transient
 * field), restored on another instance, and an action there still works and still sends the version
 * the biller saw.
 */
class ClaimDetailsFailoverTest {

  private final AtomicInteger reads = new AtomicInteger();

  /** The claims boundary as the page uses it: claim 7, READY, at {@code version}. */
  private Claims claimsAt(long version) {
    return new Claims() {
      @Override
      public Claim get(long id) {
        reads.incrementAndGet();
        return claim(id, ClaimStatus.READY, version);
      }
    };
  }

  @Test
  void aViewRestoredWithoutItsClaimReadsItAgainAndKeepsTheVersionItShowed() throws Exception {
    ClaimDetails page = new ClaimDetails();
    page.claims = claimsAt(3);
    page.patients =
        new Patients() {
          @Override
          public void recordRead(long patientId, String part) {}
        };
    page.worklists =
        new ClaimWorklists() {
          @Override
          public List<String> segmentsAsSent(long claimId) {
            return List.of("CLM*C7*1710***11:B:1~");
          }
        };
    page.remittances =
        new Remittances() {
          @Override
          public List<ClaimPaymentView> paymentsForClaim(long claimId) {
            return List.of();
          }

          @Override
          public List<Denial> denialsForClaim(long claimId) {
            return List.of();
          }
        };
    page.setId(7L);
    page.load();
    assertEquals(3L, page.getShownVersion());
    assertTrue(page.isCorrectable());
    assertEquals(1, reads.get());

    ClaimDetails restored = failover(page);
    restored.claims = claimsAt(4); // someone changed the claim in between

    assertTrue(restored.isCorrectable(), "the action's button is there again");
    assertNotNull(restored.getClaim());
    assertEquals(2, reads.get(), "read once more on the new instance");
    restored.isWriteOffable();
    restored.getCorrectLabel();
    assertEquals(2, reads.get(), "and only once");
    assertEquals(
        3L,
        restored.getShownVersion(),
        "the action sends the version the biller saw: a 409 follows");
    assertEquals(List.of("CLM*C7*1710***11:B:1~"), restored.getSegments());
  }

  @Test
  void aClaimThatIsGoneAfterTheFailoverShowsNoActionAndIsNotReadAgainAndAgain() throws Exception {
    ClaimDetails restored = new ClaimDetails();
    restored.setId(7L);
    restored.claims =
        new Claims() {
          @Override
          public Claim get(long id) {
            reads.incrementAndGet();
            throw new IllegalStateException("no claim 7");
          }
        };
    assertNull(restored.getClaim());
    assertTrue(!restored.isCorrectable() && !restored.isWriteOffable());
    assertEquals(1, reads.get());
  }

  /** What session replication does: serialize the view state, restore it, inject again. */
  private static ClaimDetails failover(ClaimDetails page) throws Exception {
    page.claims = null; // EJB references are the container's to restore, not the test's
    page.patients = null;
    page.worklists = null;
    page.remittances = null;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(page);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (ClaimDetails) in.readObject();
    }
  }

  private static Claim claim(long id, ClaimStatus status, long version) {
    try {
      Constructor<Claim> make = Claim.class.getDeclaredConstructor();
      make.setAccessible(true);
      Claim c = make.newInstance();
      set(Claim.class, c, "status", status);
      set(RegistryRecord.class, c, "version", version);
      set(RegistryRecord.class, c, "id", id);
      return c;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void set(Class<?> type, Object target, String field, Object value)
      throws ReflectiveOperationException {
    Field f = type.getDeclaredField(field);
    f.setAccessible(true);
    f.set(target, value);
  }
}
