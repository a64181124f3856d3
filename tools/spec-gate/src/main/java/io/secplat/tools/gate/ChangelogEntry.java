package io.secplat.tools.gate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The changelog entry of a release, in the Markdown of {@code specs/CHANGELOG.md}: a heading with
 * the version, one line on the verdict, then the changes grouped by contract or artifact, most
 * serious first.
 *
 * <pre>{@code
 * String entry = ChangelogEntry.render(result, LocalDate.now());
 * ChangelogEntry.append(Path.of("specs/CHANGELOG.md"), entry);
 * }</pre>
 */
public final class ChangelogEntry {
  private ChangelogEntry() {}

  /**
   * @param result the gate's verdict
   * @param date the release date
   * @return the entry, ending with a newline
   */
  public static String render(GateResult result, LocalDate date) {
    StringBuilder md = new StringBuilder();
    md.append("## ").append(heading(result)).append("\n\n");
    String level = result.level().label();
    if (result.baseRef() == null) {
      md.append("First release (").append(date).append("): no earlier release to compare with.\n");
    } else {
      md.append(Character.toUpperCase(level.charAt(0))).append(level.substring(1))
          .append(" release (").append(date).append("), compared with ").append(result.baseRef())
          .append(" (").append(result.baseVersion()).append(").");
      md.append(result.jarsCompared() ? "" : " The generated JARs were not compared.").append("\n");
    }
    if (!result.passes()) {
      md.append("\n**Blocked**: breaking changes need a major version bump.\n");
    }
    Map<String, List<Change>> bySubject = new LinkedHashMap<>();
    result.changes().forEach(c -> bySubject.computeIfAbsent(c.subject(), s -> new ArrayList<>()).add(c));
    bySubject.forEach((subject, changes) -> {
      md.append("\n").append(subject.contains("/") ? "`" + subject + "`" : "`" + subject + "` (public API)").append("\n");
      changes.stream().sorted(Comparator.comparing(Change::level).reversed())
          .forEach(c -> md.append("- ").append(c).append("\n"));
    });
    return md.toString();
  }

  /**
   * Appends an entry to the changelog, after one blank line; an entry whose heading is already
   * there is not added twice.
   *
   * @param changelog the changelog file
   * @param entry the rendered entry
   * @return whether the entry was appended
   */
  public static boolean append(Path changelog, String entry) {
    try {
      String existing = Files.exists(changelog) ? Files.readString(changelog) : "# Spec changelog\n";
      String heading = entry.lines().findFirst().orElseThrow();
      if (existing.lines().anyMatch(heading::equals)) {
        return false;
      }
      String separator = existing.endsWith("\n") ? "\n" : "\n\n";
      Files.writeString(changelog, existing + separator + entry);
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot update " + changelog, e);
    }
  }

  private static String heading(GateResult result) {
    return "secplat " + result.nextVersion();
  }
}
