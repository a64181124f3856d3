package io.secplat.core.pipeline;

import io.secplat.core.HttpLogLevel;
import io.secplat.core.error.ApiException;
import io.secplat.core.http.Redactor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each exchange to SLF4J logger {@code io.secplat.http} at DEBUG: the request line and
 * outcome (BASIC), the headers (HEADERS) and the bodies (FULL). Sensitive headers are left out
 * and every known secret value is masked, at every level. A body streamed to the caller (a
 * report) is never read for logging. Nothing is formatted while DEBUG is off.
 */
final class LoggingPolicy implements HttpPipelinePolicy {
  /** The logger, looked up (and SLF4J initialised) only by a client that logs exchanges. */
  private static final class Log {
    static final Logger LOG = LoggerFactory.getLogger("io.secplat.http");
  }

  private final HttpLogLevel level;
  private final Redactor redactor;

  LoggingPolicy(HttpLogLevel level, Redactor redactor) {
    this.level = level;
    this.redactor = redactor;
  }

  @Override
  public HttpResponse process(HttpRequest request, Next next) {
    if (level == HttpLogLevel.NONE || !Log.LOG.isDebugEnabled()) {
      return next.process(request);
    }
    String tag = "[" + request.operation().name() + "] ";
    log(tag + "---> " + request.method() + " " + request.url() + " HTTP/1.1");
    if (level.ordinal() >= HttpLogLevel.HEADERS.ordinal()) {
      headers(tag, request.headers());
      if (level == HttpLogLevel.FULL && request.body() != null) {
        log(tag + new String(request.body(), StandardCharsets.UTF_8));
      }
      log(tag + "---> END HTTP (" + (request.body() == null ? 0 : request.body().length) + "-byte body)");
    }
    long start = System.nanoTime();
    HttpResponse response;
    try {
      response = next.process(request);
    } catch (ApiException e) {
      log(tag + "<--- ERROR " + e.getClass().getSimpleName() + ": " + e.getMessage() + " ("
          + (System.nanoTime() - start) / 1_000_000 + "ms)");
      throw e;
    }
    log(tag + "<--- HTTP/1.1 " + response.status() + " (" + (System.nanoTime() - start) / 1_000_000 + "ms)");
    if (level.ordinal() >= HttpLogLevel.HEADERS.ordinal()) {
      headers(tag, response.headers());
      if (response.isStreamed()) {
        String type = response.header("Content-Type");
        int semicolon = type == null ? -1 : type.indexOf(';');
        log(tag + "<--- END HTTP (" + (type == null ? null : (semicolon < 0 ? type : type.substring(0, semicolon)).trim())
            + " body streamed to the caller, not logged)");
      } else {
        if (level == HttpLogLevel.FULL && response.length() > 0) {
          log(tag + new String(response.bytes(), StandardCharsets.UTF_8));
        }
        log(tag + "<--- END HTTP (" + response.length() + "-byte body)");
      }
    }
    return response;
  }

  private void headers(String tag, Map<String, List<String>> headers) {
    headers.forEach((name, values) -> {
      if (!Redactor.isSensitiveHeader(name)) {
        values.forEach(value -> log(tag + name + ": " + value));
      }
    });
  }

  private void log(String line) {
    Log.LOG.debug(redactor.scrub(line));
  }
}
