/**
 * Shared X12 plumbing: the {@link com.naltrexone.billing.edi.control.Clearinghouse} port and its
 * transports; StAEDI schema loading ({@link com.naltrexone.billing.edi.control.X12Schemas}), a flat
 * validating segment reader ({@link com.naltrexone.billing.edi.control.X12SegmentStream}), a
 * whole-file validator and the {@link com.naltrexone.billing.edi.control.X12Issue} that locates a
 * problem without carrying element data (no patient details in logs or work queues).
 *
 * <p>Responsibilities and the rules they keep (cited by the tests):
 *
 * <ul>
 *   <li>CH-1: a sent file appears under its final name only when complete, forced to disk (or
 *       fsynced over SFTP where the server offers it) and size-checked; a failed send leaves
 *       nothing under that name.
 *   <li>CH-2: an existing file is never overwritten; a send of the same name is refused.
 *   <li>CH-3: file names are {@code [A-Za-z0-9._-]}, not hidden, not {@code *.part}, at most 200
 *       characters; nothing else is written or read, so no name leaves its directory.
 *   <li>CH-4: inbound files are listed oldest first; hidden files, {@code *.part} files and
 *       directories are ignored; a processed file moves to the archive once (a second attempt
 *       fails) and an archived name is never replaced (a UTC timestamp suffix is added).
 *   <li>CH-5: SFTP always verifies the server key (known_hosts file or SHA-256 fingerprint);
 *       without either nothing connects. Messages and logs name files, directories and
 *       user@host:port, never file content or secrets.
 * </ul>
 *
 * <p>Out of scope: what the files contain (837/835 mapping lives in claims and remittance), retry
 * schedules (the batch jobs decide), and noticing inbound files that a partner is still writing
 * non-atomically into a drop folder (partners are expected to write a temporary name and rename).
 */
package com.naltrexone.billing.edi.control;
