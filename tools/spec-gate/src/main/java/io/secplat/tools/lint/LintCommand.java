package io.secplat.tools.lint;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lint}: the spec lint on every contract and the structural check on every workflow; prints
 * one line per violation ({@code file: location: rule: message}) and exits 1 when there is any.
 */
@Command(name = "lint", description = "Lint every contract and every GitHub Actions workflow.")
public final class LintCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--repo", description = "The repository root (default: .).")
  Path repo = Path.of(".");

  @Option(names = "--specs", description = "The contracts' folder, relative to the root (default: specs).")
  String specs = "specs";

  @Option(names = "--workflows", description = "The workflows' folder, relative to the root (default: .github/workflows).")
  String workflows = ".github/workflows";

  @Override
  public Integer call() {
    List<Violation> violations = new ArrayList<>(SpecLint.lintFolder(repo, specs));
    if (Files.isDirectory(repo.resolve(workflows))) {
      violations.addAll(WorkflowLint.lintFolder(repo, workflows));
    }
    PrintWriter out = spec.commandLine().getOut();
    violations.forEach(out::println);
    out.flush();
    spec.commandLine().getErr().println("lint: " + violations.size() + " violation(s)");
    return violations.isEmpty() ? 0 : 1;
  }
}
