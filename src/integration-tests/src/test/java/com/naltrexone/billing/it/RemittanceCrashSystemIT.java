package com.naltrexone.billing.it;

import static com.naltrexone.billing.it.SystemTests.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 9's exactly-once promise for remittance under a crash, counted in PostgreSQL:
 *
 * <ol>
 *   <li>the server is killed with kill -9 while it posts an 835 (its transaction has written rows):
 *       nothing of that import is left, not even the file;
 *   <li>after a restart the same file is imported again and posts every claim once; a third import
 *       answers "already imported";
 *   <li>the server is killed again while cost of access follows those postings (after the import's
 *       commit, page by page); after the restart the follow-up queue's timer finishes the work:
 *       every posting is followed exactly once and every coverage's out-of-pocket met equals its
 *       claim's patient responsibility, not twice it.
 * </ol>
 */
@SystemTest
class RemittanceCrashSystemIT {

  private static final String DATABASE = "billing_crash835";
  private static final int CLAIMS = 3000;
  private static final BigDecimal PR_PER_CLAIM = new BigDecimal("321.00");

  @RegisterExtension static final OwnServer OWN = new OwnServer(DATABASE);

  private static PayaraServer server;

  @BeforeAll
  static void seed() throws Exception {
    server = OWN.server();
    SyntheticClaims.seed(DATABASE, CLAIMS);
    SyntheticClaims.sent(DATABASE, "(select id from payer where payer_id_837 = 'CR0')");
    SyntheticClaims.benefits(DATABASE);
  }

  @Test
  void killedDuringImportAndDuringFollowUpEveryPaymentPostsAndCountsOnce() throws Exception {
    byte[] file = SyntheticClaims.payment(DATABASE, 0).getBytes(StandardCharsets.US_ASCII);

    CompletableFuture<HttpResponse<String>> interrupted = post(file);
    waitFor(
        "the import's transaction to write for a second",
        () ->
            count(
                    "select count(*) from pg_stat_activity where datname = '"
                        + DATABASE
                        + "' and backend_xid is not null"
                        + " and now() - xact_start > interval '1 second'")
                > 0);
    assertEquals(0, count("select count(*) from remittance_file"), "not committed yet");
    server.kill();
    assertTrue(interrupted.handle((r, e) -> r == null || r.statusCode() != 201).join());
    waitFor(
        "PostgreSQL to roll the dead server's transaction back",
        () ->
            count(
                    "select count(*) from pg_stat_activity where datname = '"
                        + DATABASE
                        + "' and backend_xid is not null")
                == 0);
    for (String table :
        new String[] {
          "remittance_file",
          "remittance_transaction",
          "remittance_claim_payment",
          "remittance_service_payment",
          "provider_ledger_entry",
          "dose_cost"
        }) {
      assertEquals(0, count("select count(*) from " + table), table + " after the kill");
    }
    assertEquals(CLAIMS, count("select count(*) from claim where status = 'SENT'"));

    server.start();
    server.awaitReady();
    HttpResponse<String> imported = post(file).join();
    assertEquals(201, imported.statusCode(), imported.body());
    assertTrue(imported.body().contains("\"claimsPosted\":" + CLAIMS), imported.body());
    long followed = count("select count(*) from dose_cost");
    assertTrue(
        followed < CLAIMS, "the follow-up already finished: raise CLAIMS (" + followed + ")");
    server.kill();
    long followedBeforeKill = count("select count(*) from dose_cost");

    server.start();
    server.awaitReady();
    HttpResponse<String> again = post(file).join();
    assertTrue(again.body().contains("\"alreadyImported\":true"), again.body());
    waitFor(
        "the follow-up timer to finish what the kill interrupted",
        () -> count("select count(*) from dose_cost") == CLAIMS);

    assertEquals(1, count("select count(*) from remittance_file"));
    assertEquals(
        CLAIMS, count("select count(*) from remittance_claim_payment where outcome = 'PAID'"));
    assertEquals(
        0,
        count(
            "select count(*) from (select claim_id from remittance_claim_payment"
                + " group by claim_id having count(*) > 1) twice"),
        "no claim posted twice");
    assertEquals(CLAIMS, count("select count(*) from claim where status = 'PAID'"));
    assertEquals(
        0,
        count(
            "select count(*) from (select posting_id from dose_cost group by posting_id"
                + " having count(*) > 1) twice"),
        "no posting followed twice");
    assertEquals(
        0,
        count("select count(*) from coverage_benefit where oop_met <> " + PR_PER_CLAIM),
        "each coverage's out of pocket moved by its claim's 321.00 exactly once (followed "
            + followedBeforeKill
            + " before the second kill)");
  }

  private static CompletableFuture<HttpResponse<String>> post(byte[] file) {
    return SystemTests.post835(file, "crash.835");
  }

  private static long count(String query) throws Exception {
    return OWN.count(query);
  }
}
