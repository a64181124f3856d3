package io.secplat.core.http;

import io.secplat.core.Secret;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Removes credentials from text before it is logged or put in an exception: known secret
 * values anywhere in the text, and the values of sensitive headers.
 */
public final class Redactor {
  /**
   * Secret values shorter than this are not searched for in text: a short value would match
   * ordinary words and mangle every message, and real API tokens are far longer. Headers that
   * carry credentials are never logged whatever the value's length.
   */
  static final int MIN_SCRUBBED_LENGTH = 8;

  /** What a redacted value is replaced with. */
  public static final String MASK = "[REDACTED]";

  private static final Set<String> SENSITIVE_HEADERS = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

  static {
    SENSITIVE_HEADERS.addAll(List.of("Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie",
        "JupiterOne-Account", "X-Api-Key"));
  }

  private final List<Secret> secrets;

  /** @param secrets the credential values to scrub */
  public Redactor(List<Secret> secrets) {
    this.secrets = List.copyOf(secrets);
  }

  /**
   * @param header a header name
   * @return true when the header's value must never be shown
   */
  public static boolean isSensitiveHeader(String header) {
    return SENSITIVE_HEADERS.contains(header);
  }

  /**
   * @param text any text, or null
   * @return the text with every known secret value masked
   */
  public String scrub(String text) {
    if (text == null) {
      return null;
    }
    String result = text;
    for (Secret secret : secrets) {
      String value = secret.reveal();
      if (value.length() >= MIN_SCRUBBED_LENGTH && result.contains(value)) {
        result = result.replace(value, MASK);
      }
    }
    return result;
  }
}
