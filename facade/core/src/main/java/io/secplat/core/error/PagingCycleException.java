package io.secplat.core.error;

/**
 * The server handed out a page cursor or token that this listing had already followed: paging
 * on would repeat pages forever. Not retried.
 */
public class PagingCycleException extends ApiException {
  private static final long serialVersionUID = 1L;
  private final String operation;

  /**
   * Creates the exception.
   *
   * @param details the vendor and the request that returned the repeated token
   * @param operation the paged operation's name
   * @param pages how many pages had been fetched
   */
  public PagingCycleException(ErrorDetails details, String operation, int pages) {
    super(details, details.vendor() + " " + operation + ": page " + (pages + 1)
        + " would follow a cursor already followed (the server's paging repeats); stopped after " + pages + " pages",
        null);
    this.operation = operation;
  }

  /** @return the paged operation's name */
  public String operation() {
    return operation;
  }
}
