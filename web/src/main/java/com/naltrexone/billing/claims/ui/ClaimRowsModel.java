package com.naltrexone.billing.claims.ui;

import com.naltrexone.billing.claims.boundary.ClaimWorklists;
import com.naltrexone.billing.claims.boundary.ClaimWorklists.ClaimRow;
import com.naltrexone.billing.claims.control.ClaimQuery;
import com.naltrexone.billing.web.ServerPagedModel;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;

/** A table of claims paged by {@link ClaimWorklists}, the query made from the column filters. */
class ClaimRowsModel extends ServerPagedModel<ClaimRow> {

  private static final long serialVersionUID = 1L;

  /** Makes the claim query from a table's column filters. */
  interface QueryFromFilters extends Function<Map<String, FilterMeta>, ClaimQuery>, Serializable {}

  private final ClaimWorklists worklists;
  private final QueryFromFilters query;
  private final String defaultSort;

  ClaimRowsModel(ClaimWorklists worklists, QueryFromFilters query, String defaultSort) {
    this.worklists = worklists;
    this.query = query;
    this.defaultSort = defaultSort;
  }

  @Override
  protected long total(Map<String, FilterMeta> filters) {
    return worklists.count(query.apply(filters));
  }

  @Override
  protected List<ClaimRow> page(
      int first, int max, String sort, boolean asc, Map<String, FilterMeta> filters) {
    return worklists
        .search(query.apply(filters), first, max, sort == null ? defaultSort : sort, asc)
        .items();
  }

  @Override
  protected Object keyOf(ClaimRow row) {
    return row.id();
  }
}
