package io.secplat.core;

/**
 * How much of each HTTP exchange is logged (through SLF4J, logger {@code io.secplat.http}, at
 * DEBUG). Credentials are redacted at every level.
 */
public enum HttpLogLevel {
  /** Nothing. */
  NONE,
  /** Method, URL, status and elapsed time. */
  BASIC,
  /** BASIC plus headers (credentials redacted). */
  HEADERS,
  /** HEADERS plus bodies. */
  FULL
}
