package com.naltrexone.billing.edi.control;

import java.util.Arrays;
import java.util.Objects;

/**
 * A file for the clearinghouse: a safe name (see {@link ClearinghouseFileNames}) and its bytes. The
 * content is copied in and out, so nobody can change it behind the sender's back.
 */
public record OutboundFile(String name, byte[] content) {

  public OutboundFile {
    ClearinghouseFileNames.requireValid(name);
    content = Objects.requireNonNull(content, "content").clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  public int size() {
    return content.length;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OutboundFile that
        && name.equals(that.name)
        && Arrays.equals(content, that.content);
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + Arrays.hashCode(content);
  }

  /** Name and size only: file content never goes to a log. */
  @Override
  public String toString() {
    return "OutboundFile[" + name + ", " + content.length + " bytes]";
  }
}
