package com.naltrexone.billing.claims.boundary;

import com.naltrexone.billing.platform.ConflictException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The nightly trigger: a persistent calendar timer at {@code billing.submission.time} (HH:mm,
 * server time, default 02:00), so it survives restarts and, on a deployment group, fires on one
 * instance. Set {@code billing.submission.enabled=false} to run only on demand.
 */
@Singleton
@Startup
public class SubmissionSchedule {

  static final String TIMER = "claim-submission";
  private static final Logger LOG = Logger.getLogger(SubmissionSchedule.class.getName());

  @Resource TimerService timers;
  @EJB SubmissionRuns runs;

  @Inject
  @ConfigProperty(name = "billing.submission.time", defaultValue = "02:00")
  String time;

  @Inject
  @ConfigProperty(name = "billing.submission.enabled", defaultValue = "true")
  boolean enabled;

  @PostConstruct
  void schedule() {
    String[] hhmm = time.split(":");
    ScheduleExpression when =
        new ScheduleExpression().hour(Integer.parseInt(hhmm[0])).minute(Integer.parseInt(hhmm[1]));
    for (Timer existing : timers.getTimers()) {
      if (TIMER.equals(existing.getInfo())) {
        if (enabled && existing.getSchedule().toString().equals(when.toString())) {
          return;
        }
        existing.cancel();
      }
    }
    if (enabled) {
      timers.createCalendarTimer(when, new TimerConfig(TIMER, true));
      LOG.info("Claim submission scheduled every day at " + time);
    }
  }

  @Timeout
  void nightly() {
    try {
      runs.start("SCHEDULE", null);
    } catch (EJBException | ConflictException e) {
      LOG.warning("Scheduled claim submission not started: " + e.getMessage());
    }
  }
}
