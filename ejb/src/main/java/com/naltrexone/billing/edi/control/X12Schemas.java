package com.naltrexone.billing.edi.control;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIStreamConstants.Standards;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads (once) the StAEDI schemas shipped in {@code billing-edi-templates}: the X12 00501 control
 * (envelope) schema from StAEDI itself and our implementation schemas by guide version.
 */
public final class X12Schemas {

  /** 837P, 005010X222A1. */
  public static final String CLAIM_837P = "x12/005010X222A1/837.xml";

  /** 999 implementation acknowledgment, 005010X231A1. */
  public static final String ACK_999 = "x12/005010X231A1/999.xml";

  /** 277CA claim acknowledgment, 005010X214. */
  public static final String ACK_277CA = "x12/005010X214/277.xml";

  /** 835 remittance, 005010X221A1. */
  public static final String REMITTANCE_835 = "x12/005010X221A1/835.xml";

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();

  private X12Schemas() {}

  /** The implementation schema at {@code resource} (one of the constants), cached. */
  public static Schema implementation(String resource) {
    return CACHE.computeIfAbsent(resource, X12Schemas::load);
  }

  /** StAEDI's X12 control schema for version 00501 (ISA/GS/ST/SE/GE/IEA and TA1). */
  public static Schema control() {
    return CACHE.computeIfAbsent(
        "control:00501",
        key -> {
          try {
            return SchemaFactory.newFactory()
                .getControlSchema(Standards.X12, new String[] {"00501"});
          } catch (EDISchemaException e) {
            throw new IllegalStateException("X12 00501 control schema does not load", e);
          }
        });
  }

  /**
   * Wraps {@code in} so that a leading UTF-8 byte order mark is skipped: a transport artefact X12
   * does not define and StAEDI rejects as data before ISA.
   */
  public static InputStream withoutByteOrderMark(InputStream in) throws IOException {
    InputStream buffered = in.markSupported() ? in : new BufferedInputStream(in);
    buffered.mark(3);
    byte[] head = buffered.readNBytes(3);
    if (!Arrays.equals(head, UTF8_BOM)) {
      buffered.reset();
    }
    return buffered;
  }

  private static Schema load(String resource) {
    URL url = X12Schemas.class.getClassLoader().getResource(resource);
    Objects.requireNonNull(url, () -> "missing schema resource " + resource);
    try {
      return SchemaFactory.newFactory().createSchema(url);
    } catch (EDISchemaException e) {
      throw new IllegalStateException("schema " + resource + " does not load", e);
    }
  }
}
