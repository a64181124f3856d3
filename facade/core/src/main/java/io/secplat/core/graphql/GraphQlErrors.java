package io.secplat.core.graphql;

import io.secplat.core.error.ApiException;
import io.secplat.core.error.BadRequestException;
import io.secplat.core.error.ConflictException;
import io.secplat.core.error.ErrorDetails;
import io.secplat.core.error.ForbiddenException;
import io.secplat.core.error.NotFoundException;
import io.secplat.core.error.RateLimitedException;
import io.secplat.core.error.UnauthorizedException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns the {@code errors} of a GraphQL response into the suite's exception for their meaning.
 * GraphQL servers answer HTTP 200 for most failures, so the meaning comes from the first error's
 * code ({@code extensions.code}, or graphql-java's {@code classification}) and, for rate limits,
 * from the message too, because several servers report them only in words:
 *
 * <table>
 *   <caption>codes and exceptions</caption>
 *   <tr><td>RATE_LIMITED, RATE_LIMIT_EXCEEDED, TOO_MANY_REQUESTS, THROTTLED, or a message about a
 *       rate limit or too many requests</td><td>{@link RateLimitedException} (retryable: the same as
 *       an HTTP 429)</td></tr>
 *   <tr><td>UNAUTHENTICATED, UNAUTHORIZED</td><td>{@link UnauthorizedException}</td></tr>
 *   <tr><td>FORBIDDEN</td><td>{@link ForbiddenException}</td></tr>
 *   <tr><td>NOT_FOUND</td><td>{@link NotFoundException}</td></tr>
 *   <tr><td>CONFLICT</td><td>{@link ConflictException}</td></tr>
 *   <tr><td>BAD_USER_INPUT, BAD_REQUEST, GRAPHQL_VALIDATION_FAILED, GRAPHQL_PARSE_FAILED,
 *       ValidationError, InvalidSyntax</td><td>{@link BadRequestException}</td></tr>
 *   <tr><td>anything else</td><td>{@link GraphQlException}</td></tr>
 * </table>
 *
 * <p>The exception keeps the real HTTP status (200 when the errors came in a success response);
 * its message names the operation and quotes up to three error messages.
 */
public final class GraphQlErrors {
  private static final Set<String> RATE_LIMITED = Set.of("RATE_LIMITED", "RATE_LIMIT_EXCEEDED", "TOO_MANY_REQUESTS", "THROTTLED");
  private static final Pattern RATE_LIMIT_WORDS = Pattern.compile("rate.?limit|too many requests|throttl", Pattern.CASE_INSENSITIVE);
  private static final Set<String> BAD_REQUEST = Set.of("BAD_USER_INPUT", "BAD_REQUEST", "GRAPHQL_VALIDATION_FAILED",
      "GRAPHQL_PARSE_FAILED", "VALIDATIONERROR", "INVALIDSYNTAX");
  private static final int QUOTED = 3;

  private GraphQlErrors() {}

  /**
   * @param where vendor, method, path, status and request id of the response (code and message
   *     are filled in here)
   * @param operationName the operation that failed, or null
   * @param errors the response's errors, at least one
   * @return the exception to throw
   */
  public static ApiException toException(ErrorDetails where, String operationName, List<GraphQlError> errors) {
    GraphQlError first = errors.get(0);
    String code = first.code();
    ErrorDetails details = new ErrorDetails(where.vendor(), where.method(), where.path(), where.status(), code,
        describe(operationName, errors), where.requestId(), where.retryAfter());
    String key = code == null ? "" : code.toUpperCase(Locale.ROOT);
    if (RATE_LIMITED.contains(key) || errors.stream().anyMatch(GraphQlErrors::mentionsRateLimit)) {
      return new RateLimitedException(details, null);
    }
    switch (key) {
      case "UNAUTHENTICATED":
      case "UNAUTHORIZED":
        return new UnauthorizedException(details, null);
      case "FORBIDDEN":
        return new ForbiddenException(details, null);
      case "NOT_FOUND":
        return new NotFoundException(details, null);
      case "CONFLICT":
        return new ConflictException(details, null);
      default:
        return BAD_REQUEST.contains(key) ? new BadRequestException(details, null) : new GraphQlException(details, errors);
    }
  }

  private static boolean mentionsRateLimit(GraphQlError error) {
    return error.message() != null && RATE_LIMIT_WORDS.matcher(error.message()).find();
  }

  private static String describe(String operationName, List<GraphQlError> errors) {
    String quoted = errors.stream().limit(QUOTED).map(GraphQlError::describe).collect(Collectors.joining("; "));
    String more = errors.size() > QUOTED ? " (+" + (errors.size() - QUOTED) + " more)" : "";
    return "GraphQL error in " + (operationName == null ? "the operation" : operationName) + ": " + quoted + more;
  }
}
