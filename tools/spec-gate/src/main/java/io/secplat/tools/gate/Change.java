package io.secplat.tools.gate;

import java.util.Objects;

/**
 * One change a consumer may notice, with its level.
 *
 * @param level how serious the change is
 * @param subject what changed: a spec path ({@code specs/veza/veza.yaml}) or an artifact id
 * @param text a human-readable sentence, Markdown code spans allowed
 */
public record Change(ChangeLevel level, String subject, String text) {
  /** Checks the components. */
  public Change {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
  }

  /** @return {@code "major: text"} */
  @Override
  public String toString() {
    return level.label() + ": " + text;
  }
}
