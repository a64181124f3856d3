package io.secplat.core;

/**
 * The canary credentials of the security tests: one per vendor credential, all starting with
 * one marker, so that a single scan of every captured output of the build
 * ({@code tools/leak-scan}) finds any of them.
 *
 * <p>The marker is assembled at run time from parts: no source file, compiled class or test
 * name contains it, so the scan can only match a canary that really escaped into output. Never
 * print a canary in an assertion description; compare, and let the scan report it.
 *
 * <pre>{@code
 * BritiveClient.builder().token(Secret.of(Canary.BRITIVE_TOKEN))
 * }</pre>
 */
public final class Canary {
  /** What every canary starts with; the build fails when it appears in any captured output. */
  public static final String MARKER = assemble("CANARY", "5ec", "9a7");
  /** Britive's API token. */
  public static final String BRITIVE_TOKEN = of("britive-token");
  /** Veza's API key. */
  public static final String VEZA_KEY = of("veza-key");
  /** Guardian's API key (sent joined with the secret key). */
  public static final String GUARDIAN_API_KEY = of("guardian-api-key");
  /** Guardian's secret key. */
  public static final String GUARDIAN_SECRET_KEY = of("guardian-secret-key");
  /** JupiterOne's API key. */
  public static final String JUPITERONE_KEY = of("jupiterone-key");

  private Canary() {}

  /**
   * @param label what the canary stands for (letters, digits, dashes)
   * @return a canary credential: the marker, a dash and the label
   */
  public static String of(String label) {
    return new StringBuilder(MARKER).append('-').append(label).toString();
  }

  private static String assemble(String word, String first, String second) {
    // Not a compile-time constant: javac must not fold the marker into this class's constants.
    return new StringBuilder(word).append('-').append(first).append(second).toString();
  }
}
