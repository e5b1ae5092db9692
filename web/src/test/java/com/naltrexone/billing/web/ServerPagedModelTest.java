package com.naltrexone.billing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.naltrexone.billing.platform.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A table whose read fails shows nothing and reports the failure; the page around it renders. */
class ServerPagedModelTest {

  /** The underpayment table's model, with the failure report captured instead of shown. */
  static final class Captured extends UnsortedPagedModel<String> {
    private static final long serialVersionUID = 1L;
    final transient List<RuntimeException> reported = new ArrayList<>();

    Captured(Source<String> source) {
      super(source, row -> row);
    }

    @Override
    protected void failed(RuntimeException e) {
      reported.add(e);
    }
  }

  @Test
  void aReadThatFailsGivesAnEmptyTableAndReportsTheFailureForTheCountAndThePage() {
    IllegalStateException down = new IllegalStateException("connection refused");
    Captured model =
        new Captured(
            (first, max) -> {
              throw down;
            });

    assertEquals(0, model.count(Map.of()));
    assertEquals(List.of(), model.load(0, 10, Map.of(), Map.of()));
    assertEquals(2, model.reported.size(), "the count and the page each reported");
    assertSame(down, model.reported.get(0));
  }

  @Test
  void aReadThatWorksGivesThePageAndItsTotalWithoutAnyReport() {
    List<String> rows = List.of("a", "b", "c", "d", "e");
    Captured model =
        new Captured(
            (first, max) ->
                new Page<>(
                    rows.subList(first, Math.min(rows.size(), first + max)),
                    rows.size(),
                    first,
                    max));

    assertEquals(5, model.count(Map.of()));
    assertEquals(List.of("c", "d"), model.load(2, 2, Map.of(), Map.of()));
    assertEquals(List.of(), model.reported);
  }
}
