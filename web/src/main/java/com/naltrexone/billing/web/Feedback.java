package com.naltrexone.billing.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.ArrayList;
import java.util.List;

/**
 * What the staff screens tell a person after an action: what it did, or what to fix. A failure
 * becomes messages exactly as the REST API words it (one per bad field, the conflict's reason, an
 * incident id for anything unexpected): never a stack trace.
 */
public final class Feedback {

  private static final ProblemMapper PROBLEMS = new ProblemMapper();

  private Feedback() {}

  public static void done(String summary) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, null));
  }

  public static void failed(Throwable thrown) {
    FacesContext faces = FacesContext.getCurrentInstance();
    messagesFor(thrown).forEach(m -> faces.addMessage(null, m));
    faces.validationFailed();
  }

  /** The messages a failure shows: the problem's detail, then one per field naming it. */
  static List<FacesMessage> messagesFor(Throwable thrown) {
    Problem problem = PROBLEMS.toProblem(ProblemMapper.unwrap(thrown));
    List<FacesMessage> messages = new ArrayList<>();
    if (problem.errors().isEmpty()) {
      messages.add(new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.detail(), null));
    } else if (problem.errors().size() > 1) {
      messages.add(
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, "Nothing was changed; fix each of these:", null));
    }
    for (Problem.FieldError e : problem.errors()) {
      messages.add(
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, label(e.field()) + ": " + e.message(), null));
    }
    return messages;
  }

  /** {@code diagnosisCodes[1]} reads as "Diagnosis code 2". */
  static String label(String field) {
    String name = field;
    String position = "";
    int bracket = field.indexOf('[');
    if (bracket > 0 && field.endsWith("]")) {
      name = field.substring(0, bracket);
      try {
        position = " " + (Integer.parseInt(field.substring(bracket + 1, field.length() - 1)) + 1);
      } catch (NumberFormatException e) {
        position = "";
      }
      if (name.endsWith("s")) {
        name = name.substring(0, name.length() - 1);
      }
    }
    StringBuilder words = new StringBuilder();
    for (char c : name.toCharArray()) {
      if (Character.isUpperCase(c)) {
        words.append(' ').append(Character.toLowerCase(c));
      } else {
        words.append(c);
      }
    }
    String s = words.toString();
    return s.isEmpty() ? field : Character.toUpperCase(s.charAt(0)) + s.substring(1) + position;
  }
}
