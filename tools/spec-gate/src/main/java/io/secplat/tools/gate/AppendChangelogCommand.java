package io.secplat.tools.gate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code append-changelog}: appends an entry that {@code check} printed earlier (in another CI
 * job) to the changelog, once.
 */
@Command(name = "append-changelog", description = "Append a changelog entry printed by check, unless it is there already.")
final class AppendChangelogCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--entry", required = true, description = "The entry check printed.")
  Path entry;

  @Option(names = "--changelog", description = "The changelog (default: specs/CHANGELOG.md).")
  Path changelog = Path.of("specs/CHANGELOG.md");

  @Override
  public Integer call() throws IOException {
    String text = Files.readString(entry);
    if (!text.startsWith("## ")) {
      throw new IllegalArgumentException(entry + " is no changelog entry (it must start with a ## heading)");
    }
    boolean appended = ChangelogEntry.append(changelog, text);
    spec.commandLine().getErr().println(appended ? "changelog: appended " + text.lines().findFirst().orElseThrow()
        : "changelog: " + text.lines().findFirst().orElseThrow() + " is there already");
    return 0;
  }
}
