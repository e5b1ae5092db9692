package com.naltrexone.billing.authorizations.boundary;

import com.naltrexone.billing.audit.control.AuditTrail;
import com.naltrexone.billing.authorizations.entity.Authorization;
import com.naltrexone.billing.authorizations.entity.AuthorizationStatus;
import com.naltrexone.billing.authorizations.entity.Evidence;
import com.naltrexone.billing.authorizations.entity.EvidenceKind;
import com.naltrexone.billing.platform.BusinessRuleException;
import com.naltrexone.billing.platform.BusinessRuleException.Violation;
import com.naltrexone.billing.platform.ConflictException;
import com.naltrexone.billing.platform.Inputs;
import com.naltrexone.billing.platform.UnknownEntityException;
import com.naltrexone.billing.security.entity.Role;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Evidence attached to an authorization: typed results (checked for the date and result each kind
 * needs) and documents (a PDF that PDFBox can open, or a PNG/JPEG, at most 5 MB), so a packet never
 * fails on a bad upload later.
 */
@Stateless
@jakarta.annotation.security.DeclareRoles(Role.CLINICIAN_NAME)
public class AuthorizationEvidence {

  public static final int MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
  public static final Set<String> DOCUMENT_TYPES =
      Set.of("application/pdf", "image/png", "image/jpeg");

  private static final Set<EvidenceKind> DATED =
      EnumSet.of(
          EvidenceKind.UDS_RESULT,
          EvidenceKind.NALOXONE_CHALLENGE,
          EvidenceKind.LFT_RESULT,
          EvidenceKind.COUNSELLING_ENROLLMENT,
          EvidenceKind.MEDICATION_REVIEW);
  private static final Set<EvidenceKind> WITH_RESULT =
      EnumSet.of(
          EvidenceKind.UDS_RESULT,
          EvidenceKind.NALOXONE_CHALLENGE,
          EvidenceKind.LFT_RESULT,
          EvidenceKind.MEDICATION_REVIEW);
  private static final Set<EvidenceKind> WITH_DETAIL =
      EnumSet.of(
          EvidenceKind.COUNSELLING_ENROLLMENT,
          EvidenceKind.PRIOR_TREATMENT,
          EvidenceKind.JUSTIFICATION,
          EvidenceKind.PSYCHOTHERAPY_NOTE);

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @jakarta.annotation.Resource jakarta.ejb.SessionContext caller;
  @Inject Clock clock;
  @Inject Validator validator;
  @EJB Authorizations authorizations;

  public Evidence add(long authorizationId, EvidenceData data) {
    Inputs.valid(validator, "evidence", data);
    Authorization a = authorizations.get(authorizationId);
    if (a.getStatus() == AuthorizationStatus.WITHDRAWN
        || a.getStatus() == AuthorizationStatus.EXPIRED) {
      throw new ConflictException(
          "Authorization " + a.getId() + " is " + a.getStatus() + ": it takes no more evidence.");
    }
    List<Violation> problems = new ArrayList<>();
    if (DATED.contains(data.kind) && data.observedOn == null) {
      problems.add(new Violation("observedOn", "give the date of the " + data.kind));
    }
    if (data.observedOn != null && data.observedOn.isAfter(LocalDate.now(clock))) {
      problems.add(new Violation("observedOn", "evidence cannot be dated in the future"));
    }
    if (WITH_RESULT.contains(data.kind) && blank(data.result)) {
      problems.add(new Violation("result", "give the " + data.kind + " result"));
    }
    if (WITH_DETAIL.contains(data.kind) && blank(data.detail)) {
      problems.add(new Violation("detail", "describe the " + data.kind));
    }
    byte[] content = null;
    if (data.kind == EvidenceKind.DOCUMENT) {
      content = document(data, problems);
    } else if (data.contentBase64 != null) {
      problems.add(new Violation("contentBase64", "only a DOCUMENT carries a file"));
    }
    if (!problems.isEmpty()) {
      throw new BusinessRuleException(problems);
    }
    Evidence e =
        new Evidence(
            a,
            data.kind,
            blank(data.itemCode) ? null : data.itemCode.trim(),
            data.observedOn,
            blank(data.result) ? null : data.result.trim().toUpperCase(),
            data.detail,
            clock.instant(),
            audit.actor());
    if (content != null) {
      e.attach(data.fileName.trim(), data.contentType, content);
    }
    em.persist(e);
    em.flush();
    audit.record(
        "authorization.evidence",
        "Authorization",
        authorizationId,
        "evidence=" + e.getId() + " kind=" + data.kind);
    return e;
  }

  private static byte[] document(EvidenceData data, List<Violation> problems) {
    if (blank(data.fileName)) {
      problems.add(new Violation("fileName", "give the document's file name"));
    }
    if (blank(data.itemCode)) {
      problems.add(
          new Violation("itemCode", "say which checklist item the document supports (e.g. LFT)"));
    }
    if (data.contentType == null || !DOCUMENT_TYPES.contains(data.contentType)) {
      problems.add(new Violation("contentType", "one of " + DOCUMENT_TYPES));
      return null;
    }
    if (blank(data.contentBase64)) {
      problems.add(new Violation("contentBase64", "attach the document, base64-encoded"));
      return null;
    }
    byte[] bytes;
    try {
      bytes = Base64.getMimeDecoder().decode(data.contentBase64);
    } catch (IllegalArgumentException e) {
      problems.add(new Violation("contentBase64", "not valid base64"));
      return null;
    }
    if (bytes.length == 0 || bytes.length > MAX_DOCUMENT_BYTES) {
      problems.add(new Violation("contentBase64", "a document is 1 byte to 5 MB"));
      return null;
    }
    String why = unreadable(data.contentType, bytes);
    if (why != null) {
      problems.add(new Violation("contentBase64", why));
      return null;
    }
    return bytes;
  }

  /** Why the bytes are not a document of the type claimed, or null when they are. */
  static String unreadable(String contentType, byte[] bytes) {
    switch (contentType) {
      case "application/pdf" -> {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
          return doc.getNumberOfPages() == 0 ? "the PDF has no pages" : null;
        } catch (IOException e) {
          return "not a PDF that can be read: " + e.getMessage();
        }
      }
      case "image/png" -> {
        return startsWith(bytes, 0x89, 'P', 'N', 'G') ? null : "not a PNG image";
      }
      case "image/jpeg" -> {
        return startsWith(bytes, 0xFF, 0xD8, 0xFF) ? null : "not a JPEG image";
      }
      default -> {
        return "unsupported content type";
      }
    }
  }

  private static boolean startsWith(byte[] bytes, int... magic) {
    if (bytes.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((bytes[i] & 0xff) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  /** An uploaded document as it was stored. */
  public record Document(String fileName, String contentType, byte[] content) {}

  /** The bytes of an uploaded document (the read is audited). */
  public Document document(long authorizationId, long evidenceId) {
    Evidence e = em.find(Evidence.class, evidenceId);
    if (e == null || e.getAuthorizationId() != authorizationId || !e.isDocument()) {
      throw new UnknownEntityException("document", evidenceId);
    }
    if (e.getKind() == EvidenceKind.PSYCHOTHERAPY_NOTE
        && !caller.isCallerInRole(Role.CLINICIAN_NAME)) {
      throw new jakarta.ejb.EJBAccessException("psychotherapy notes are for clinicians only");
    }
    audit.record(
        "authorization.evidence.read", "Authorization", authorizationId, "evidence=" + evidenceId);
    return new Document(e.getFileName(), e.getContentType(), e.getContent());
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
