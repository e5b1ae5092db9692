package com.naltrexone.billing.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Says where to go and how to log in, once the web module is serving (the EJB module starts
 * earlier, so a message from there would come before the pages answer).
 */
@WebListener
public class StartupBanner implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());

  @Inject
  @ConfigProperty(name = "billing.demo-data", defaultValue = "false")
  boolean demo;

  @Inject
  @ConfigProperty(name = "billing.public-url", defaultValue = "http://localhost:8080/billing/")
  String publicUrl;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    LOG.info(
        "Naltrexone Billing is up: open "
            + publicUrl
            + (demo
                ? " and log in as admin (password admin-demo under -Prun) or biller / pa /"
                    + " clinician with password demo-password"
                : "")
            + "; API at "
            + publicUrl
            + "api, OpenAPI at /openapi, health at /health");
  }
}
