package io.secplat.cli;

import io.secplat.core.error.CircuitOpenException;
import io.secplat.core.error.DeadlineExceededException;
import io.secplat.core.error.ForbiddenException;
import io.secplat.core.error.NotFoundException;
import io.secplat.core.error.RateLimitedException;
import io.secplat.core.error.ServerException;
import io.secplat.core.error.TransportException;
import io.secplat.core.error.UnauthorizedException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;

/**
 * The documented exit codes of {@code secplat}, and the one place that maps a failure to its code.
 * The table in {@code --help} and in the README is generated from / kept equal to this enum.
 */
enum ExitCode {
  OK(0, "Success."),
  FAILED(1, "Any other failure (bad request, conflict, undecodable response, file errors)."),
  USAGE(2, "Usage: unknown command or option, missing or malformed argument."),
  NOT_FOUND(3, "Not found: HTTP 404, or a lookup that found nothing."),
  AUTH(4, "Credentials: HTTP 401/403, missing credentials, unsafe profile file permissions."),
  RATE_LIMITED(5, "Rate limited: HTTP 429 (or JupiterOne's rate-limit error) after the retries."),
  SERVER(6, "Server: HTTP 5xx, Britive maintenance, an open circuit breaker."),
  NETWORK(7, "Network: connection refused or dropped, timeout, deadline exceeded."),
  DRIFT(9, "Contract drift: conformance found a deviation from the contract.");

  final int code;
  final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  /**
   * @param failure what a command threw
   * @return the exit code that names its kind
   */
  static ExitCode of(Throwable failure) {
    if (failure instanceof NotFoundException) {
      return NOT_FOUND;
    }
    if (failure instanceof UnauthorizedException || failure instanceof ForbiddenException
        || failure instanceof CredentialsException) {
      return AUTH;
    }
    if (failure instanceof RateLimitedException) {
      return RATE_LIMITED;
    }
    if (failure instanceof ServerException || failure instanceof CircuitOpenException) {
      return SERVER;
    }
    if (failure instanceof TransportException || failure instanceof DeadlineExceededException) {
      return NETWORK;
    }
    if (failure instanceof CommandLine.ParameterException || failure instanceof IllegalArgumentException) {
      return USAGE;
    }
    if (failure instanceof UncheckedIOException) {
      return FAILED;
    }
    // a failure that wraps what went wrong (a bulk sync stopped by a dropped connection) is named by it
    Throwable cause = failure.getCause();
    return cause != null && cause != failure ? of(cause) : FAILED;
  }

  /** @return the {@code --help} exit-code list: code to meaning, in order */
  static Map<String, String> helpList() {
    Map<String, String> list = new LinkedHashMap<>();
    for (ExitCode exit : values()) {
      list.put(String.valueOf(exit.code), exit.meaning);
    }
    return list;
  }
}
