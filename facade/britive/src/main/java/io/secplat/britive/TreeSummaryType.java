package io.secplat.britive;

/** Which children of an application's environment tree {@link Environments#summarize} lists. */
public enum TreeSummaryType {
  /** The environments ({@code type=environments}). */
  ENVIRONMENTS("environments"),
  /** The environment groups ({@code type=environmentGroups}). */
  ENVIRONMENT_GROUPS("environmentGroups");

  private final String wireValue;

  TreeSummaryType(String wireValue) {
    this.wireValue = wireValue;
  }

  /** @return the value sent as the {@code type} query parameter */
  public String wireValue() {
    return wireValue;
  }
}
