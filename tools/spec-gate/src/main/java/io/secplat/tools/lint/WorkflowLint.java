package io.secplat.tools.lint;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The structural check of the GitHub Actions workflows: each file parses as YAML (duplicate keys
 * are errors) and has triggers and jobs ({@code workflow-structure}); every job runs on a runner
 * or calls a reusable workflow, and every step has exactly one of {@code uses} and {@code run};
 * {@code needs} names jobs of the same workflow ({@code job-needs}); every action is pinned to a
 * version tag or a commit SHA, and a local action exists ({@code action-pinned}); every file a
 * {@code run:} script executes exists in the repository ({@code run-script-exists}); every
 * {@code ${{ }}} expression starts from a context GitHub knows ({@code expression-context}).
 *
 * <pre>{@code
 * WorkflowLint.lintFolder(Path.of("."), ".github/workflows").forEach(System.out::println);
 * }</pre>
 */
public final class WorkflowLint {
  private static final Pattern PINNED = Pattern.compile("[\\w.-]+/[\\w./-]+@(v\\d+(\\.\\d+){0,2}|\\d+\\.\\d+\\.\\d+|[0-9a-f]{40})");
  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{(.*?)}}", Pattern.DOTALL);
  private static final Pattern LEADING_NAME = Pattern.compile("^\\s*!?\\s*\\(?\\s*([A-Za-z_][A-Za-z0-9_-]*)");
  private static final Set<String> CONTEXTS = Set.of("github", "env", "vars", "secrets", "inputs", "needs", "steps",
      "job", "jobs", "runner", "matrix", "strategy", "true", "false", "null",
      "success", "failure", "always", "cancelled", "contains", "startsWith", "endsWith", "format", "join",
      "toJSON", "fromJSON", "hashFiles");
  private final Path root;
  private final String file;
  private final Consumer<Violation> out;

  private WorkflowLint(Path root, String file, Consumer<Violation> out) {
    this.root = root;
    this.file = file;
    this.out = out;
  }

  /**
   * @param root the repository root
   * @param folder the workflows' folder relative to it
   * @return every violation of every {@code .yml}/{@code .yaml} file in the folder
   */
  public static List<Violation> lintFolder(Path root, String folder) {
    List<Violation> violations = new ArrayList<>();
    try (Stream<Path> files = Files.list(root.resolve(folder))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")).sorted().toList()) {
        violations.addAll(lint(root, root.relativize(f).toString().replace('\\', '/'), Files.readString(f)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the workflows in " + root.resolve(folder), e);
    }
    return violations;
  }

  /**
   * @param root the repository root, against which scripts and local actions are resolved
   * @param file the workflow's path, used in the violations
   * @param yaml the workflow
   * @return its violations
   */
  public static List<Violation> lint(Path root, String file, String yaml) {
    List<Violation> violations = new ArrayList<>();
    JsonNode workflow;
    try {
      workflow = new ObjectMapper(new YAMLFactory()).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).readTree(yaml);
    } catch (IOException e) {
      violations.add(new Violation(file, "(file)", "workflow-structure", "not valid YAML: " + e.getMessage().lines().findFirst().orElse("")));
      return violations;
    }
    new WorkflowLint(root, file, violations::add).workflow(workflow, yaml);
    return violations;
  }

  private void workflow(JsonNode workflow, String yaml) {
    if (workflow == null || !workflow.isObject()) {
      fail("(file)", "workflow-structure", "not a YAML mapping");
      return;
    }
    if (!workflow.has("on")) {
      fail("on", "workflow-structure", "no triggers (on:)");
    }
    JsonNode jobs = workflow.path("jobs");
    if (!jobs.isObject() || jobs.isEmpty()) {
      fail("jobs", "workflow-structure", "no jobs");
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = jobs.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> job = it.next();
      job("jobs." + job.getKey(), job.getValue(), jobs);
    }
    expressions(yaml);
  }

  private void job(String where, JsonNode job, JsonNode jobs) {
    JsonNode needs = job.path("needs");
    for (JsonNode need : needs.isArray() ? needs : List.of(needs)) {
      if (!need.isMissingNode() && !jobs.has(need.asText())) {
        fail(where + ".needs", "job-needs", "no job '" + need.asText() + "' in this workflow");
      }
    }
    if (job.has("uses")) {
      uses(where + ".uses", job.get("uses").asText());
      return;
    }
    if (!job.has("runs-on")) {
      fail(where, "workflow-structure", "the job has neither runs-on nor uses");
    }
    JsonNode steps = job.path("steps");
    if (!steps.isArray() || steps.isEmpty()) {
      fail(where, "workflow-structure", "the job has no steps");
      return;
    }
    String workingDirectory = job.path("defaults").path("run").path("working-directory").asText("");
    for (int i = 0; i < steps.size(); i++) {
      step(where + ".steps[" + i + "]", steps.get(i), workingDirectory);
    }
  }

  private void step(String where, JsonNode step, String jobWorkingDirectory) {
    boolean uses = step.has("uses");
    boolean run = step.has("run");
    if (uses == run) {
      fail(where, "workflow-structure", "a step needs exactly one of uses and run");
    }
    if (uses) {
      uses(where + ".uses", step.get("uses").asText());
    }
    if (run) {
      String dir = step.path("working-directory").asText(jobWorkingDirectory);
      for (String script : RunScript.referencedFiles(step.get("run").asText())) {
        Path resolved = root.resolve(dir).resolve(script).normalize();
        if (!resolved.startsWith(root.normalize()) || !Files.isRegularFile(resolved)) {
          fail(where + ".run", "run-script-exists", "runs " + script + ", which is not a file of the repository");
        }
      }
    }
  }

  private void uses(String where, String action) {
    if (action.startsWith("./")) {
      Path local = root.resolve(action).normalize();
      if (!Files.exists(local.resolve("action.yml")) && !Files.exists(local.resolve("action.yaml")) && !Files.isRegularFile(local)) {
        fail(where, "action-pinned", "local action " + action + " does not exist");
      }
    } else if (action.startsWith("docker://")) {
      if (!action.matches("docker://[^:@]+([:@].+)")) {
        fail(where, "action-pinned", action + " names no image tag or digest");
      }
    } else if (!PINNED.matcher(action).matches()) {
      fail(where, "action-pinned", action + " is not pinned to a version tag (vN, vN.N.N) or a commit SHA");
    }
  }

  private void expressions(String yaml) {
    Matcher m = EXPRESSION.matcher(yaml);
    while (m.find()) {
      Matcher name = LEADING_NAME.matcher(m.group(1));
      if (name.find() && !CONTEXTS.contains(name.group(1))) {
        int line = (int) yaml.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
        fail("line " + line, "expression-context", "${{" + m.group(1) + "}} starts from unknown context '" + name.group(1) + "'");
      }
    }
  }

  private void fail(String location, String rule, String message) {
    out.accept(new Violation(file, location, rule, message));
  }
}
