package com.naltrexone.billing.edi.control;

import java.util.List;

/**
 * Our end of the clearinghouse: X12 files go out (837P, 270, 278) and come back (999, 277CA, 835,
 * 271). Callers speak in files named by us; how the bytes travel (a drop folder, SFTP) is the
 * implementation's business, chosen by {@code billing.clearinghouse.transport}.
 *
 * <p>Guarantees every implementation keeps:
 *
 * <ul>
 *   <li>{@link #send} returns only when the whole file is durably at its final name and its size
 *       has been checked; a reader never sees a half-written file under that name.
 *   <li>A file name that already exists is never overwritten: the send is refused.
 *   <li>{@link #inbound} lists only complete files, oldest first; {@link #markProcessed} moves a
 *       file to the archive, so it is listed once.
 *   <li>Exception messages and log lines name files, hosts and directories, never file content or
 *       secrets.
 * </ul>
 */
public interface Clearinghouse {

  /**
   * Delivers one file.
   *
   * @throws ClearinghouseException if the file could not be written and verified, or a file of that
   *     name is already waiting; nothing is left under the final name in that case
   */
  void send(OutboundFile file) throws ClearinghouseException;

  /** Files waiting for us, oldest first. Their content is read only when asked for. */
  List<InboundFile> inbound() throws ClearinghouseException;

  /**
   * Moves a file returned by {@link #inbound} to the archive, so it is never listed again. If the
   * archive already holds that name, a timestamp suffix keeps both.
   *
   * @throws ClearinghouseException if the file is no longer waiting (already processed) or cannot
   *     be moved
   */
  void markProcessed(InboundFile file) throws ClearinghouseException;

  /** Where files go, for logs: transport, directories or user@host:port. Never a secret. */
  String describe();
}
