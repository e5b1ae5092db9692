package com.naltrexone.billing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.naltrexone.billing.platform.BusinessRuleException;
import com.naltrexone.billing.platform.ConflictException;
import com.naltrexone.billing.platform.UnknownEntityException;
import com.naltrexone.billing.security.entity.Role;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {

  private final ProblemMapper mapper = new ProblemMapper();

  private Problem map(Throwable e) {
    return mapper.toProblem(ProblemMapper.unwrap(e));
  }

  @Test
  void businessRuleBecomes400NamingTheField() {
    Problem p = map(new EJBException(new BusinessRuleException("mrn", "MRN 42 is taken")));
    assertEquals(400, p.status());
    assertEquals(List.of(new Problem.FieldError("mrn", "MRN 42 is taken")), p.errors());
  }

  @Test
  void unknownRecordBecomes404() {
    Problem p = map(new UnknownEntityException("patient", 7L));
    assertEquals(404, p.status());
    assertEquals("patient 7 does not exist", p.detail());
  }

  @Test
  void staleEditBecomes409() {
    assertEquals(409, map(new EJBException(new OptimisticLockException("stale"))).status());
    assertEquals(409, map(new ConflictException("already imported")).status());
  }

  @Test
  void wrongJsonTypeNamesTheProperty() {
    JsonbException e =
        new JsonbException(
            "Unable to deserialize property 'birthDate' because of: Error deserialize JSON value",
            new JsonbException(
                "Error deserialize JSON value into type: class java.time.LocalDate"));
    Problem p = map(new ProcessingException(e));
    assertEquals(400, p.status());
    assertEquals("birthDate", p.errors().get(0).field());
  }

  @Test
  void unknownEnumValueListsTheAllowedOnes() {
    JsonbException e =
        new JsonbException(
            "Internal error: No enum constant " + Role.class.getName() + ".NOPE",
            new IllegalArgumentException("No enum constant " + Role.class.getName() + ".NOPE"));
    Problem.FieldError error = map(e).errors().get(0);
    assertEquals("role", error.field());
    assertTrue(error.message().contains("BILLER, PA_COORDINATOR, CLINICIAN, ADMIN, SYSTEM"));
  }

  @Test
  void unknownFieldIsNamed() {
    Problem p = map(new JsonbException("Json property usrname can not be mapped to a class X."));
    assertEquals(
        new Problem.FieldError("usrname", "is not a field of this resource; check its spelling"),
        p.errors().get(0));
  }

  @Test
  void malformedJsonPointsAtTheBody() {
    Problem p = map(new JsonbException("Internal error: Unexpected char 98 at (line no=1)"));
    assertEquals(new Problem.FieldError("body", "is not well-formed JSON"), p.errors().get(0));
  }

  @Test
  void unexpectedFailureHidesItsDetails() {
    Problem p = map(new IllegalStateException("select * from patient where ssn = '123'"));
    assertEquals(500, p.status());
    assertTrue(p.detail().startsWith("Something went wrong on our side (incident "));
    assertTrue(!p.detail().contains("select"));
  }

  @Test
  void jaxRsStatusesKeepTheirCode() {
    assertEquals(404, map(new NotFoundException()).status());
  }
}
