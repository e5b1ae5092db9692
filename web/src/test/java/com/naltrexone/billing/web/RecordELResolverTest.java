package com.naltrexone.billing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class RecordELResolverTest {

  record Row(long id, String patientName) {}

  private static ELContext context() {
    return new ELContext() {
      @Override
      public ELResolver getELResolver() {
        return null;
      }

      @Override
      public FunctionMapper getFunctionMapper() {
        return null;
      }

      @Override
      public VariableMapper getVariableMapper() {
        return null;
      }
    };
  }

  private final RecordELResolver resolver = new RecordELResolver();

  @Test
  void aRecordComponentReadsAsAProperty() {
    ELContext context = context();
    assertEquals("DOE, JANE", resolver.getValue(context, new Row(7, "DOE, JANE"), "patientName"));
    assertTrue(context.isPropertyResolved());
    assertEquals(7L, resolver.getValue(context(), new Row(7, "x"), "id"));
    assertTrue(resolver.isReadOnly(context(), new Row(7, "x"), "id"));
    assertThrows(
        PropertyNotWritableException.class,
        () -> resolver.setValue(context(), new Row(7, "x"), "id", 8L));
  }

  @Test
  void anythingElseIsLeftToTheOtherResolvers() {
    ELContext context = context();
    assertNull(resolver.getValue(context, new Row(7, "x"), "unknown"));
    assertNull(resolver.getValue(context, "not a record", "length"));
    assertNull(resolver.getValue(context, null, "row"));
    assertFalse(context.isPropertyResolved());
  }
}
