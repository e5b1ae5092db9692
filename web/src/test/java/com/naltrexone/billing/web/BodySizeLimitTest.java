package com.naltrexone.billing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.naltrexone.billing.platform.BusinessRuleException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class BodySizeLimitTest {

  @Test
  void aStreamWithinTheLimitReadsThrough() throws IOException {
    InputStream in = new BodySizeLimit.Limited(new ByteArrayInputStream(new byte[100]), 100);
    assertEquals(100, in.readAllBytes().length);
  }

  @Test
  void aStreamPastTheLimitFailsNamingTheBody() {
    InputStream in = new BodySizeLimit.Limited(new ByteArrayInputStream(new byte[101]), 100);
    BusinessRuleException e = assertThrows(BusinessRuleException.class, in::readAllBytes);
    assertEquals("body", e.violations().get(0).field());
    assertTrue(e.getMessage().contains("100 bytes"), e.getMessage());
  }

  @Test
  void byteByByteReadingIsCountedToo() throws IOException {
    InputStream in = new BodySizeLimit.Limited(new ByteArrayInputStream(new byte[3]), 2);
    in.read();
    in.read();
    assertThrows(BusinessRuleException.class, in::read);
  }

  @Test
  void jsonAndUnlabelledBodiesGetTheJsonLimitFilesTheOther() {
    assertTrue(BodySizeLimit.isJson(MediaType.APPLICATION_JSON_TYPE));
    assertTrue(BodySizeLimit.isJson(MediaType.valueOf("application/merge-patch+json")));
    assertTrue(BodySizeLimit.isJson(null));
    assertFalse(BodySizeLimit.isJson(MediaType.TEXT_PLAIN_TYPE));
    assertFalse(BodySizeLimit.isJson(MediaType.APPLICATION_OCTET_STREAM_TYPE));
    assertFalse(BodySizeLimit.isJson(MediaType.MULTIPART_FORM_DATA_TYPE));
  }

  @Test
  void aLimitHitInsideTheJsonReaderIsStillA400NamingTheBody() {
    Throwable wrapped = new JsonbException("cannot read", BodySizeLimit.tooLarge(10));
    Problem p = new ProblemMapper().toProblem(ProblemMapper.unwrap(wrapped));
    assertEquals(400, p.status());
    assertEquals("body", p.errors().get(0).field());
  }
}
