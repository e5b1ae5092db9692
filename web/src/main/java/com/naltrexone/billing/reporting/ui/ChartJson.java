package com.naltrexone.billing.reporting.ui;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;

/**
 * A Chart.js 4 configuration as the JSON string PrimeFaces 15's {@code p:chart value} takes (the
 * chart models of older PrimeFaces are gone): a bar or line chart of labelled series. Animation is
 * off, so the chart is drawn at once (screenshots, slow machines).
 */
public final class ChartJson {

  /** One series: its legend label, colour and a value per label. */
  public record Series(String label, String color, List<? extends Number> values) {}

  private ChartJson() {}

  /**
   * @param type {@code bar} or {@code line}
   * @param stacked stack the series (bars of one label on top of each other)
   * @param yTitle what the values are (axis title)
   */
  public static String chart(
      String type,
      String title,
      List<String> labels,
      List<Series> series,
      boolean stacked,
      String yTitle) {
    JsonArrayBuilder names = Json.createArrayBuilder();
    labels.forEach(names::add);
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (Series s : series) {
      JsonArrayBuilder values = Json.createArrayBuilder();
      for (Number n : s.values()) {
        if (n instanceof BigDecimal b) {
          values.add(b);
        } else {
          values.add(n.longValue());
        }
      }
      datasets.add(
          Json.createObjectBuilder()
              .add("label", s.label())
              .add("data", values)
              .add("backgroundColor", s.color())
              .add("borderColor", s.color())
              .add("fill", false));
    }
    JsonObjectBuilder axis =
        Json.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true);
    return Json.createObjectBuilder()
        .add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", names).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("animation", false)
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add(
                    "plugins",
                    Json.createObjectBuilder()
                        .add(
                            "title",
                            Json.createObjectBuilder().add("display", true).add("text", title))
                        .add("legend", Json.createObjectBuilder().add("position", "bottom")))
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("x", Json.createObjectBuilder().add("stacked", stacked))
                        .add(
                            "y",
                            axis.add(
                                "title",
                                Json.createObjectBuilder()
                                    .add("display", true)
                                    .add("text", yTitle)))))
        .build()
        .toString();
  }
}
