package com.naltrexone.billing.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A black-box system test (its own Payara server): runs only in the failsafe execution {@code
 * system-tests}, which sets {@code billing.system-tests}, after the Arquillian tests have stopped
 * their server. Selecting one with {@code -Dit.test} would otherwise run it in every execution.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EnabledIfSystemProperty(named = "billing.system-tests", matches = "true")
@interface SystemTest {}
