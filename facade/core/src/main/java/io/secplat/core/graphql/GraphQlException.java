package io.secplat.core.graphql;

import io.secplat.core.error.ApiException;
import io.secplat.core.error.ErrorDetails;
import java.util.List;

/**
 * A GraphQL operation failed for a reason the suite has no more specific exception for (a
 * resolver error, an unknown error code). Not retried: the server reached a verdict.
 */
public class GraphQlException extends ApiException {
  private static final long serialVersionUID = 1L;
  private final transient List<GraphQlError> errors;

  /**
   * Creates the exception.
   *
   * @param details what is known about the failure
   * @param errors the response's errors
   */
  public GraphQlException(ErrorDetails details, List<GraphQlError> errors) {
    super(details, null);
    this.errors = List.copyOf(errors);
  }

  /** @return every error the server reported */
  public List<GraphQlError> errors() {
    return errors;
  }
}
