package io.secplat.core.http;

import feign.Logger;
import feign.Request;
import feign.Response;
import feign.Util;
import java.io.IOException;
import org.slf4j.LoggerFactory;

/**
 * Feign's HTTP logging, sent to SLF4J logger {@code io.secplat.http} at DEBUG, with sensitive
 * headers left out and every known secret value masked, at every level. Documents the caller
 * streams (CSV, PDF, binary: see {@link StreamedBody}) are never read for logging: Feign would
 * read them whole into memory at levels HEADERS and FULL.
 */
final class RedactingLogger extends Logger {
  private static final org.slf4j.Logger LOG = LoggerFactory.getLogger("io.secplat.http");
  private final Redactor redactor;

  RedactingLogger(Redactor redactor) {
    this.redactor = redactor;
  }

  @Override
  protected boolean shouldLogRequestHeader(String header) {
    return !Redactor.isSensitiveHeader(header);
  }

  @Override
  protected boolean shouldLogResponseHeader(String header) {
    return !Redactor.isSensitiveHeader(header);
  }

  @Override
  protected void log(String configKey, String format, Object... args) {
    if (LOG.isDebugEnabled()) {
      LOG.debug(redactor.scrub(String.format(methodTag(configKey) + format, args)));
    }
  }

  /** Nothing is formatted while DEBUG is off for {@code io.secplat.http}, whatever the level. */
  @Override
  protected void logRequest(String configKey, Level logLevel, Request request) {
    if (LOG.isDebugEnabled()) {
      super.logRequest(configKey, logLevel, request);
    }
  }

  /**
   * While DEBUG is off the response is handed on untouched: at level FULL Feign would otherwise
   * read every body into memory only to log nothing.
   */
  @Override
  protected Response logAndRebufferResponse(String configKey, Level logLevel, Response response, long elapsedTime)
      throws IOException {
    if (!LOG.isDebugEnabled()) {
      return response;
    }
    if (logLevel.ordinal() < Level.HEADERS.ordinal() || !StreamedBody.isStreamedDocument(response)) {
      return super.logAndRebufferResponse(configKey, logLevel, response, elapsedTime);
    }
    log(configKey, "<--- %s %s%s (%sms)", resolveProtocolVersion(response.protocolVersion()), response.status(),
        response.reason() == null ? "" : " " + response.reason(), elapsedTime);
    for (String header : response.headers().keySet()) {
      if (shouldLogResponseHeader(header)) {
        for (String value : Util.valuesOrEmpty(response.headers(), header)) {
          log(configKey, "%s: %s", header, value);
        }
      }
    }
    log(configKey, "<--- END HTTP (%s body streamed to the caller, not logged)", StreamedBody.mediaType(response));
    return response;
  }
}
