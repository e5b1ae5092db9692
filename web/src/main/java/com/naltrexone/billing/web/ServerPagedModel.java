package com.naltrexone.billing.web;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces table model whose paging, sorting and filtering happen in the database: the table
 * asks for the count and one page, never the whole list. A read that fails (the database away, a
 * bad filter) shows an empty table and the failure as a message with its incident id, instead of
 * breaking the whole page.
 */
public abstract class ServerPagedModel<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** How many rows the filters find. */
  protected abstract long total(Map<String, FilterMeta> filters);

  /** One page of rows; {@code sortField} is a column's field name or null. */
  protected abstract List<T> page(
      int first, int max, String sortField, boolean ascending, Map<String, FilterMeta> filters);

  protected abstract Object keyOf(T row);

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    try {
      return (int) Math.min(Integer.MAX_VALUE, total(filterBy));
    } catch (RuntimeException e) {
      failed(e);
      return 0;
    }
  }

  /** Shows a failed read to the person looking at the table. */
  protected void failed(RuntimeException e) {
    Feedback.failed(e);
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortMeta sort =
        sortBy == null
            ? null
            : sortBy.values().stream()
                .filter(s -> s.getOrder() != SortOrder.UNSORTED)
                .sorted()
                .findFirst()
                .orElse(null);
    try {
      return page(
          first,
          pageSize,
          sort == null ? null : sort.getField(),
          sort == null || sort.getOrder() == SortOrder.ASCENDING,
          filterBy);
    } catch (RuntimeException e) {
      failed(e);
      return List.of();
    }
  }

  @Override
  public String getRowKey(T row) {
    return String.valueOf(keyOf(row));
  }

  @Override
  public T getRowData(String rowKey) {
    List<T> rows = getWrappedData();
    return rows == null
        ? null
        : rows.stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
  }

  /** A column filter's value as trimmed text, or null when the filter is empty. */
  public static String text(Map<String, FilterMeta> filters, String field) {
    if (filters == null) {
      return null;
    }
    FilterMeta meta = filters.get(field);
    Object value = meta == null ? null : meta.getFilterValue();
    if (value == null || String.valueOf(value).isBlank()) {
      return null;
    }
    return String.valueOf(value).trim();
  }
}
