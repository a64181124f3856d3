package io.secplat.core;

import java.util.Objects;

/**
 * A credential value (API token, key or secret) that never shows itself.
 *
 * <p>{@link #toString()} returns a fixed mask, so a {@code Secret} can sit in a config object,
 * a log statement or an exception message without leaking. Only the auth layer reads the value,
 * through {@link #reveal()}.
 *
 * <pre>{@code
 * Secret token = Secret.of(System.getenv("BRITIVE_TOKEN"));
 * }</pre>
 */
public final class Secret {
  private static final String MASK = "Secret[****]";
  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /**
   * Wraps a credential value.
   *
   * @param value the credential; must be neither null nor blank
   * @return the secret
   * @throws IllegalArgumentException if the value is null or blank (the message never echoes it)
   */
  public static Secret of(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("secret must not be null or blank");
    }
    return new Secret(value);
  }

  /**
   * Returns the credential value. Call it only where the value is put on the wire.
   *
   * @return the raw credential
   */
  public String reveal() {
    return value;
  }

  /** Equal when the wrapped values are equal (compared in constant time). */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Secret)) {
      return false;
    }
    return java.security.MessageDigest.isEqual(
        value.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        ((Secret) other).value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Override
  public int hashCode() {
    return Objects.hash(MASK);
  }

  /** Always the mask {@code Secret[****]}, never the value. */
  @Override
  public String toString() {
    return MASK;
  }
}
