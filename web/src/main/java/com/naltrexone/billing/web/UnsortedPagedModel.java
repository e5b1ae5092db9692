package com.naltrexone.billing.web;

import com.naltrexone.billing.platform.Page;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;

/** A server-paged table over a boundary query that has its own fixed order and no filters. */
public class UnsortedPagedModel<T> extends ServerPagedModel<T> {

  private static final long serialVersionUID = 1L;

  /** One page of the boundary's list, with its total. */
  public interface Source<T> extends Serializable {
    Page<T> page(int first, int max);
  }

  /** A row's unique key. */
  public interface Key<T> extends Serializable {
    Object of(T row);
  }

  private final Source<T> source;
  private final Key<T> key;

  public UnsortedPagedModel(Source<T> source, Key<T> key) {
    this.source = source;
    this.key = key;
  }

  @Override
  protected long total(Map<String, FilterMeta> filters) {
    return source.page(0, 1).total();
  }

  @Override
  protected List<T> page(
      int first, int max, String sortField, boolean ascending, Map<String, FilterMeta> filters) {
    return source.page(first, max).items();
  }

  @Override
  protected Object keyOf(T row) {
    return key.of(row);
  }
}
