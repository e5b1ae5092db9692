package com.naltrexone.billing.claims.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who we are and whom we send to in X12 envelopes (ISA/GS, 1000A/1000B): one place for these
 * settings and their defaults, read by the submission and the 837 mapping alike.
 */
@ApplicationScoped
public class X12Identity {

  @Inject
  @ConfigProperty(name = "billing.x12.sender-qualifier", defaultValue = "ZZ")
  String senderQualifier;

  @Inject
  @ConfigProperty(name = "billing.x12.sender-id", defaultValue = "NALTREXBILL")
  String senderId;

  @Inject
  @ConfigProperty(name = "billing.x12.receiver-qualifier", defaultValue = "ZZ")
  String receiverQualifier;

  @Inject
  @ConfigProperty(name = "billing.x12.receiver-id", defaultValue = "CLEARINGHOUSE")
  String receiverId;

  @Inject
  @ConfigProperty(name = "billing.x12.receiver-name", defaultValue = "CLEARINGHOUSE")
  String receiverName;

  /** ISA15: T (test) until the clearinghouse has certified us, then P. */
  @Inject
  @ConfigProperty(name = "billing.x12.usage", defaultValue = "T")
  String usage;

  @Inject
  @ConfigProperty(name = "billing.x12.submitter-contact", defaultValue = "BILLING OFFICE")
  String submitterContact;

  @Inject
  @ConfigProperty(name = "billing.x12.submitter-phone", defaultValue = "5555550100")
  String submitterPhone;

  public String senderQualifier() {
    return senderQualifier;
  }

  public String senderId() {
    return senderId;
  }

  public String receiverQualifier() {
    return receiverQualifier;
  }

  public String receiverId() {
    return receiverId;
  }

  public String receiverName() {
    return receiverName;
  }

  public String usage() {
    return usage;
  }

  public boolean production() {
    return "P".equals(usage);
  }

  public String submitterContact() {
    return submitterContact;
  }

  public String submitterPhone() {
    return submitterPhone;
  }
}
