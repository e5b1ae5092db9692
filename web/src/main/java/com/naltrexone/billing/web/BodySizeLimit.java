package com.naltrexone.billing.web;

import com.naltrexone.billing.platform.BusinessRuleException;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses request bodies larger than the API accepts (400 naming {@code body}) before anything
 * reads them: JSON documents are small, EDI files (835s can be hundreds of MB) get their own,
 * larger limit. A body without a Content-Length is counted while it is read.
 */
@Provider
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter {

  @Inject
  @ConfigProperty(name = "billing.api.max-json-bytes", defaultValue = "1048576")
  long maxJsonBytes;

  @Inject
  @ConfigProperty(name = "billing.api.max-file-bytes", defaultValue = "268435456")
  long maxFileBytes;

  @Override
  public void filter(ContainerRequestContext request) {
    MediaType type = request.getMediaType();
    if (type == null && request.getLength() <= 0 && !request.hasEntity()) {
      return;
    }
    long limit = isJson(type) ? maxJsonBytes : maxFileBytes;
    if (request.getLength() > limit) {
      throw tooLarge(limit);
    }
    request.setEntityStream(new Limited(request.getEntityStream(), limit));
  }

  static boolean isJson(MediaType type) {
    return type == null
        || type.getSubtype().equalsIgnoreCase("json")
        || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json")
        || type.isWildcardType();
  }

  static BusinessRuleException tooLarge(long limit) {
    return new BusinessRuleException(
        "body", "The request body is larger than " + limit + " bytes, the most this API accepts.");
  }

  /** Counts what is read and fails once the limit is passed. */
  static final class Limited extends FilterInputStream {
    private final long limit;
    private long count;

    Limited(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    private void counted(long n) throws IOException {
      count += n;
      if (count > limit) {
        discardRest();
        throw tooLarge(limit);
      }
    }

    /**
     * Reads and drops what the client is still sending (up to as much again as the limit), so that
     * it is not left blocked writing a body nobody reads and does get the 400.
     */
    private void discardRest() throws IOException {
      byte[] sink = new byte[8192];
      long budget = limit;
      int n;
      while (budget > 0 && (n = in.read(sink, 0, (int) Math.min(sink.length, budget))) > 0) {
        budget -= n;
      }
    }
  }
}
