package com.naltrexone.billing.edi.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Picks the clearinghouse transport from {@code billing.clearinghouse.transport}: {@code folder}
 * (the default) or {@code sftp}. Settings are read once, when the clearinghouse is first used; a
 * missing or invalid setting fails there with a message naming the key.
 */
@ApplicationScoped
public class ClearinghouseProducer {

  static final String TRANSPORT_KEY = "billing.clearinghouse.transport";

  private static final Logger LOG = Logger.getLogger(ClearinghouseProducer.class.getName());

  @Inject Config config;

  @Inject Clock clock;

  @Produces
  @ApplicationScoped
  Clearinghouse clearinghouse() {
    Clearinghouse clearinghouse = create(key -> config.getOptionalValue(key, String.class), clock);
    LOG.info(() -> "Clearinghouse: " + clearinghouse.describe());
    return clearinghouse;
  }

  static Clearinghouse create(Function<String, Optional<String>> config, Clock clock) {
    String transport =
        config.apply(TRANSPORT_KEY).map(s -> s.strip().toLowerCase(Locale.ROOT)).orElse("folder");
    return switch (transport) {
      case "folder", "" ->
          new DropFolderClearinghouse(DropFolderClearinghouse.Settings.from(config), clock);
      case "sftp" -> new SftpClearinghouse(SftpClearinghouse.Settings.from(config), clock);
      default ->
          throw new IllegalArgumentException(
              TRANSPORT_KEY + " must be 'folder' or 'sftp', was '" + transport + "'");
    };
  }
}
