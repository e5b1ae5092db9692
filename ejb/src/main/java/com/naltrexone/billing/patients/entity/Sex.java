package com.naltrexone.billing.patients.entity;

/** Administrative sex as the 837 DMG03 carries it. */
public enum Sex {
  F,
  M,
  U
}
