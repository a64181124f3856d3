package io.secplat.britive;

import io.secplat.core.Arguments;

/**
 * Options of Britive's paged lists: page size, sort, filter and (on the three top-level lists)
 * whether members are included. Immutable; each {@code with…} returns a copy.
 *
 * <pre>{@code
 * ListOptions options = ListOptions.defaults().withSort("nativeName,asc").withFilter("scanStatus eq Unchanged");
 * }</pre>
 *
 * @param pageSize items per request (default 100, as Britive's own SDK asks)
 * @param sort {@code <field>,<asc|desc>}, or null for the server's order
 * @param filter a SCIM-like expression such as {@code scanStatus eq Unchanged}, or null
 * @param includeMembers whether top-level lists embed their members; association lists refuse true
 */
public record ListOptions(int pageSize, String sort, String filter, boolean includeMembers) {
  /** The page size used unless another is given. */
  public static final int DEFAULT_PAGE_SIZE = 100;

  /** Checks the options. */
  public ListOptions {
    Arguments.requirePositive("pageSize", pageSize);
    if (sort != null) {
      Arguments.requireNonBlank("sort", sort);
    }
    if (filter != null) {
      Arguments.requireNonBlank("filter", filter);
    }
  }

  /** @return page size 100, no sort, no filter, no members */
  public static ListOptions defaults() {
    return new ListOptions(DEFAULT_PAGE_SIZE, null, null, false);
  }

  /**
   * @param size items per request, positive
   * @return a copy with this page size
   */
  public ListOptions withPageSize(int size) {
    return new ListOptions(size, sort, filter, includeMembers);
  }

  /**
   * @param sortExpression for example {@code name,asc}
   * @return a copy with this sort
   */
  public ListOptions withSort(String sortExpression) {
    return new ListOptions(pageSize, Arguments.requireNonBlank("sort", sortExpression), filter, includeMembers);
  }

  /**
   * @param filterExpression for example {@code scanStatus eq Unchanged}
   * @return a copy with this filter
   */
  public ListOptions withFilter(String filterExpression) {
    return new ListOptions(pageSize, sort, Arguments.requireNonBlank("filter", filterExpression), includeMembers);
  }

  /**
   * @param include whether top-level lists embed members (accounts, permissions, groups)
   * @return a copy with this setting
   */
  public ListOptions withIncludeMembers(boolean include) {
    return new ListOptions(pageSize, sort, filter, include);
  }

  /** Association lists have no {@code includeMembers}: asking for it is a mistake, not a no-op. */
  ListOptions requireNoMembers(String operation) {
    if (includeMembers) {
      throw new IllegalArgumentException("includeMembers is not supported by " + operation);
    }
    return this;
  }
}
