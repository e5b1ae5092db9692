package com.naltrexone.billing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BillingAuthenticationMechanismTest {

  private static String basic(String raw) {
    return "Basic " + Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsUserAndPasswordWithColonsInThePassword() {
    UsernamePasswordCredential c =
        BillingAuthenticationMechanism.parseBasic(basic("biller:pa:ss:wörd"));
    assertEquals("biller", c.getCaller());
    assertEquals("pa:ss:wörd", c.getPasswordAsString());
  }

  @Test
  void schemeIsCaseInsensitive() {
    String header = "basic " + basic("a:b").substring(6);
    assertEquals("a", BillingAuthenticationMechanism.parseBasic(header).getCaller());
  }

  @Test
  void rejectsMissingMalformedOrOtherSchemes() {
    assertNull(BillingAuthenticationMechanism.parseBasic(null));
    assertNull(BillingAuthenticationMechanism.parseBasic("Bearer abc"));
    assertNull(BillingAuthenticationMechanism.parseBasic("Basic !!!not-base64!!!"));
    assertNull(BillingAuthenticationMechanism.parseBasic(basic("no-colon")));
    assertNull(BillingAuthenticationMechanism.parseBasic(basic(":empty-user")));
  }
}
