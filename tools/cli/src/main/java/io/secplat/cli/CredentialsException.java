package io.secplat.cli;

/**
 * Credentials are missing or may not be used (a profile file others can read); exits with
 * {@link ExitCode#AUTH}. The message names variables and files, never a value.
 */
final class CredentialsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CredentialsException(String message) {
    super(message);
  }
}
