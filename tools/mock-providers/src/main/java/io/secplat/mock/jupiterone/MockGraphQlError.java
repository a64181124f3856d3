package io.secplat.mock.jupiterone;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.language.SourceLocation;
import java.util.List;
import java.util.Map;

/**
 * A resolver failure with an Apollo-style {@code extensions.code}, the way GraphQL services
 * report not-found, conflicts and bad input inside an HTTP 200.
 */
final class MockGraphQlError extends RuntimeException implements GraphQLError {
  private static final long serialVersionUID = 1L;
  private final String code;

  private MockGraphQlError(String code, String message) {
    super(message);
    this.code = code;
  }

  static MockGraphQlError notFound(String what) {
    return new MockGraphQlError("NOT_FOUND", what + " does not exist");
  }

  static MockGraphQlError badInput(String message) {
    return new MockGraphQlError("BAD_USER_INPUT", message);
  }

  static MockGraphQlError conflict(String message) {
    return new MockGraphQlError("CONFLICT", message);
  }

  @Override
  public List<SourceLocation> getLocations() {
    return null;
  }

  @Override
  public ErrorClassification getErrorType() {
    return ErrorType.DataFetchingException;
  }

  @Override
  public Map<String, Object> getExtensions() {
    return Map.of("code", code);
  }
}
