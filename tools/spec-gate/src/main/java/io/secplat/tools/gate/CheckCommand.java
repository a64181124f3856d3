package io.secplat.tools.gate;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code check}: compares the contracts (and, given both folders, the JARs) with a base ref,
 * prints the changelog entry on stdout and the verdict on stderr, and exits 1 when a breaking
 * change arrives without a major version bump.
 */
@Command(name = "check", description = "Compare with the last release (or --base) and decide the next version.")
final class CheckCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--repo", description = "The repository root (default: .).")
  Path repo = Path.of(".");

  @Option(names = "--specs", description = "The contracts' folder, relative to the root (default: specs).")
  String specs = "specs";

  @Option(names = "--base", description = "The ref to compare with (default: the last v<major>.<minor>.<patch> tag).")
  String base;

  @Option(names = "--base-jars", description = "The JARs built at the base ref.")
  Path baseJars;

  @Option(names = "--head-jars", description = "The JARs built now.")
  Path headJars;

  @Option(names = "--date", description = "The release date for the changelog (default: today).")
  LocalDate date = LocalDate.now();

  @Option(names = "--changelog", description = "Append the entry to this file when the gate passes and there is something to release.")
  Path changelog;

  @Option(names = "--github-output", description = "Append level, next-version, release, passes and base as key=value lines (GITHUB_OUTPUT).")
  Path githubOutput;

  @Override
  public Integer call() throws IOException {
    Git git = new Git(repo);
    String ref = base != null ? base : git.lastReleaseTag().orElse(null);
    if (ref != null && !git.exists(ref)) {
      throw new IllegalArgumentException("no commit " + ref + " in " + repo + " (fetch the tags: git fetch --tags)");
    }
    Version declared = PomVersion.of(Files.readString(repo.resolve("pom.xml")));
    Version baseVersion = ref == null ? null : PomVersion.of(git.show(ref, "pom.xml")).release();
    SpecFiles before = ref == null ? SpecFiles.none() : SpecFiles.fromGit(git, ref, specs);
    GateResult result = new Gate(ref, baseVersion, declared)
        .compare(before, SpecFiles.fromWorkTree(repo, specs), JarArtifacts.in(baseJars), JarArtifacts.in(headJars));

    String entry = ChangelogEntry.render(result, date);
    PrintWriter out = spec.commandLine().getOut();
    out.print(entry);
    out.flush();
    spec.commandLine().getErr().println(result.summary());
    if (changelog != null && result.passes() && result.releases()) {
      ChangelogEntry.append(changelog, entry);
    }
    if (githubOutput != null) {
      Files.writeString(githubOutput, String.join("\n",
          "level=" + result.level().label(),
          "next-version=" + result.nextVersion(),
          "release=" + result.releases(),
          "passes=" + result.passes(),
          "base=" + (ref == null ? "" : ref)) + "\n",
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
    return result.passes() ? 0 : SpecGateCli.FAILED;
  }
}
