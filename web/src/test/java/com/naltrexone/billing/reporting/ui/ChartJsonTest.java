package com.naltrexone.billing.reporting.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartJsonTest {

  @Test
  void aStackedBarChartCarriesItsLabelsSeriesAndExactAmounts() {
    String json =
        ChartJson.chart(
            "bar",
            "A/R aging",
            List.of("0-30", ">120"),
            List.of(
                new ChartJson.Series(
                    "ACME \"PLAN\"",
                    "#1f77b4",
                    List.of(new BigDecimal("1665.00"), BigDecimal.ZERO)),
                new ChartJson.Series("Counted", "#ff7f0e", List.of(3L, 0L))),
            true,
            "USD");
    JsonObject chart = Json.createReader(new StringReader(json)).readObject();
    assertEquals("bar", chart.getString("type"));
    assertEquals(
        List.of("0-30", ">120"),
        chart
            .getJsonObject("data")
            .getJsonArray("labels")
            .getValuesAs(jakarta.json.JsonString::getString));
    JsonObject first = chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0);
    assertEquals("ACME \"PLAN\"", first.getString("label"));
    assertEquals(
        new BigDecimal("1665.00"), first.getJsonArray("data").getJsonNumber(0).bigDecimalValue());
    assertEquals(
        3,
        chart
            .getJsonObject("data")
            .getJsonArray("datasets")
            .getJsonObject(1)
            .getJsonArray("data")
            .getInt(0));
    JsonObject options = chart.getJsonObject("options");
    assertEquals(false, options.getBoolean("animation"));
    assertEquals(true, options.getJsonObject("scales").getJsonObject("y").getBoolean("stacked"));
    assertEquals(
        "A/R aging", options.getJsonObject("plugins").getJsonObject("title").getString("text"));
  }
}
