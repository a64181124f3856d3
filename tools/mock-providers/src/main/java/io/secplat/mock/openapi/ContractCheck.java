package io.secplat.mock.openapi;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks each request a mock provider receives against the OpenAPI document it serves
 * (swagger-request-validator), so that a client drifting from the contract is caught by any test
 * that uses the mocks.
 */
final class ContractCheck {
  /**
   * Validators by vendor mock class and document: building one parses the whole document (seconds for
   * Guardian's), and a validator is immutable and thread-safe, so the mocks started later in a
   * JVM (every test class, every reset) reuse it: a warm start stays under a second (issue 18).
   */
  private static final java.util.Map<String, OpenApiInteractionValidator> VALIDATORS =
      new java.util.concurrent.ConcurrentHashMap<>();
  /** The largest body whose verdict is kept. */
  private static final int MAX_MEMO_BODY = 4 * 1024;
  /** How many verdicts are kept; all are forgotten when there are this many. */
  private static final int MAX_VERDICTS = 2_048;
  private final OpenApiInteractionValidator validator;
  /**
   * Verdicts by whole request: validating is a function of the request alone (the document and
   * the whitelist are fixed), and a test or a client sends the same request many times, so a
   * repeated request costs a map look-up instead of a walk through the validator (issue 18). Every
   * request is still checked: one that differs in any byte is validated.
   */
  private final java.util.Map<String, Optional<String>> verdicts = new java.util.concurrent.ConcurrentHashMap<>();

  ContractCheck(String key, OpenApiDocument spec,
      java.util.function.Supplier<com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist> whitelist) {
    this.validator = VALIDATORS.computeIfAbsent(key, k -> OpenApiInteractionValidator
        .createForInlineApiSpecification(spec.text()).withWhitelist(whitelist.get()).build());
  }

  /**
   * @param request a request that matched an operation
   * @return each broken rule as {@code [rule key] message}, one per line; empty when the request
   *     honours the contract
   */
  Optional<String> violations(Request request) {
    String key = memoKey(request);
    if (key == null) {
      return validate(request);
    }
    Optional<String> known = verdicts.get(key);
    if (known == null) {
      known = validate(request);
      if (verdicts.size() >= MAX_VERDICTS) {
        verdicts.clear();
      }
      verdicts.put(key, known);
    }
    return known;
  }

  /**
   * The whole request as the validator sees it (method, path, query, every header, body), or null
   * for a body too large to keep: the key of its verdict.
   */
  private static String memoKey(Request request) {
    byte[] body = request.getBody();
    if (body != null && body.length > MAX_MEMO_BODY) {
      return null;
    }
    StringBuilder key = new StringBuilder(256).append(request.getMethod().getName()).append(' ')
        .append(request.getUrl()).append('\n');
    for (HttpHeader header : request.getHeaders().all()) {
      key.append(header.key()).append(':').append(header.values()).append('\n');
    }
    if (body != null && body.length > 0) {
      key.append('\n').append(request.getBodyAsString());
    }
    return key.toString();
  }

  private Optional<String> validate(Request request) {
    URI uri = URI.create(request.getUrl());
    // ':' may arrive encoded (pact-jvm's verifier encodes custom methods such as query_spec:nodes);
    // the validator matches path templates literally, so it sees the colon decoded.
    String path = uri.getRawPath().replace("%3A", ":").replace("%3a", ":");
    SimpleRequest.Builder builder = new SimpleRequest.Builder(request.getMethod().getName(), path);
    for (HttpHeader header : request.getHeaders().all()) {
      builder.withHeader(header.key(), header.values());
    }
    if (uri.getRawQuery() != null) {
      for (String pair : uri.getRawQuery().split("&")) {
        int equals = pair.indexOf('=');
        String name = decode(equals < 0 ? pair : pair.substring(0, equals));
        builder.withQueryParam(name, equals < 0 ? "" : decode(pair.substring(equals + 1)));
      }
    }
    byte[] body = request.getBody();
    if (body != null && body.length > 0) {
      builder.withBody(request.getBodyAsString());
    }
    ValidationReport report = validator.validateRequest(builder.build());
    if (!report.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(report.getMessages().stream()
        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
        .map(m -> "[" + m.getKey() + "] " + m.getMessage())
        .collect(Collectors.joining("\n")));
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
