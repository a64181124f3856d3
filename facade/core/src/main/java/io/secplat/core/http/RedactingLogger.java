package io.secplat.core.http;

import feign.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feign's HTTP logging, sent to SLF4J logger {@code io.secplat.http} at DEBUG, with sensitive
 * headers left out and every known secret value masked, at every level.
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
}
