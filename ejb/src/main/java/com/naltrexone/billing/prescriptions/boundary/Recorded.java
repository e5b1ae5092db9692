package com.naltrexone.billing.prescriptions.boundary;

import java.util.List;

/** Something recorded, with the warnings staff should see (it was saved regardless). */
public record Recorded<T>(T record, List<String> warnings) {}
