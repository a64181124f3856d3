package io.secplat.veza;

import io.secplat.core.Arguments;

/**
 * Options of {@link SavedQueries#list}. Immutable; each {@code with…} returns a copy.
 *
 * @param pageSize saved queries per request (default 100)
 * @param filter a SCIM-like filter such as {@code name co "User"}, or null
 * @param orderBy for example {@code name asc}, or null
 * @param includeInactive whether inactive queries are listed too
 * @param risksOnly whether only risk queries are listed
 * @param includeResults whether each query carries its last result
 */
public record QueryListOptions(
    int pageSize, String filter, String orderBy, boolean includeInactive, boolean risksOnly, boolean includeResults) {
  /** Checks the options. */
  public QueryListOptions {
    Arguments.requirePositive("pageSize", pageSize);
  }

  /** @return 100 per page, no filter, server order, active queries only, no results */
  public static QueryListOptions defaults() {
    return new QueryListOptions(100, null, null, false, false, false);
  }

  /**
   * @param size queries per request
   * @return a copy with this page size
   */
  public QueryListOptions withPageSize(int size) {
    return new QueryListOptions(size, filter, orderBy, includeInactive, risksOnly, includeResults);
  }

  /**
   * @param expression for example {@code name co "User"}
   * @return a copy with this filter
   */
  public QueryListOptions withFilter(String expression) {
    return new QueryListOptions(pageSize, Arguments.requireNonBlank("filter", expression), orderBy, includeInactive,
        risksOnly, includeResults);
  }

  /**
   * @param order for example {@code name asc}
   * @return a copy with this order
   */
  public QueryListOptions withOrderBy(String order) {
    return new QueryListOptions(pageSize, filter, Arguments.requireNonBlank("orderBy", order), includeInactive,
        risksOnly, includeResults);
  }

  /** @return a copy that lists inactive queries too */
  public QueryListOptions withInactive() {
    return new QueryListOptions(pageSize, filter, orderBy, true, risksOnly, includeResults);
  }

  /** @return a copy that lists risk queries only */
  public QueryListOptions withRisksOnly() {
    return new QueryListOptions(pageSize, filter, orderBy, includeInactive, true, includeResults);
  }

  /** @return a copy whose queries carry their last result */
  public QueryListOptions withResults() {
    return new QueryListOptions(pageSize, filter, orderBy, includeInactive, risksOnly, true);
  }
}
