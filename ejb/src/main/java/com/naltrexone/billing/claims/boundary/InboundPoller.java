package com.naltrexone.billing.claims.boundary;

import com.naltrexone.billing.edi.control.Clearinghouse;
import com.naltrexone.billing.edi.control.ClearinghouseException;
import com.naltrexone.billing.edi.control.InboundFile;
import com.naltrexone.billing.platform.BusinessRuleException;
import com.naltrexone.billing.remittance.boundary.Remittances;
import com.naltrexone.billing.remittance.entity.RemittanceFile;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Picks up acknowledgments (999, TA1, 277CA) and remittances ({@code .835}, to the same importer as
 * an upload) from the clearinghouse's inbound folder every few minutes; each file is applied in its
 * own transaction and then archived, so none is read twice (an 835 read twice answers "already
 * imported" anyway). A file that cannot be read stays where it is (logged by name) for a person to
 * look at.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InboundPoller {

  private static final Logger LOG = Logger.getLogger(InboundPoller.class.getName());
  private final AtomicBoolean busy = new AtomicBoolean();

  @Inject Clearinghouse clearinghouse;
  @EJB Acknowledgments acknowledgments;
  @EJB Remittances remittances;

  @Inject
  @ConfigProperty(name = "billing.inbound.poll", defaultValue = "true")
  boolean enabled;

  @Schedule(minute = "*/5", hour = "*", persistent = false, info = "inbound-poller")
  void poll() {
    if (enabled && busy.compareAndSet(false, true)) {
      try {
        pollNow();
      } finally {
        busy.set(false);
      }
    }
  }

  /** Reads every waiting file once; returns how many were applied. */
  public int pollNow() {
    int applied = 0;
    try {
      for (InboundFile file : clearinghouse.inbound()) {
        try {
          if (file.name().endsWith(".835")) {
            remittances.importFile(file.name(), file.readAllBytes(), RemittanceFile.Source.POLLER);
          } else {
            acknowledgments.receive(file.name(), file.readAllBytes());
          }
          clearinghouse.markProcessed(file);
          applied++;
        } catch (EJBException | BusinessRuleException e) {
          LOG.warning("Inbound file " + file.name() + " not applied: " + e.getMessage());
        }
      }
    } catch (ClearinghouseException e) {
      LOG.warning("Inbound poll failed: " + e.getMessage());
    }
    return applied;
  }
}
