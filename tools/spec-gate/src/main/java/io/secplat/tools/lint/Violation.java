package io.secplat.tools.lint;

/**
 * One broken rule: which file, where in it, which rule, and what is wrong.
 *
 * @param file the spec or workflow, relative to the repository root ({@code specs/veza/veza.yaml})
 * @param location where in the file, e.g. {@code GET /accounts responses.200} or {@code jobs.build.steps[2]}
 * @param rule the rule's name, e.g. {@code operation-summary}
 * @param message what is wrong
 */
public record Violation(String file, String location, String rule, String message) {
  /** @return {@code file: location: rule: message}, the form the build prints */
  @Override
  public String toString() {
    return file + ": " + location + ": " + rule + ": " + message;
  }
}
