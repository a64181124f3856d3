package io.secplat.leakscan;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The last step of the build: scans every captured output of the test run (surefire and failsafe
 * reports with each test class's redirected stdout/stderr, pact files, log files) of every module
 * for the canary marker that every test credential starts with, and fails naming file and line.
 *
 * <p>The marker is assembled here from the same parts as the tests' {@code io.secplat.core.Canary}
 * (a unit test keeps both equal), so no source or class file contains it, and a finding is
 * always a credential that escaped. Findings are printed with the marker masked, so the build
 * log itself never carries a canary.
 *
 * <pre>{@code
 * java io.secplat.leakscan.CanaryScan /path/to/checkout
 * }</pre>
 */
public final class CanaryScan {
  /** What every canary starts with. */
  public static final String MARKER = new StringBuilder("CANARY").append('-').append("5ec").append("9a7").toString();

  /** Directories under a module's {@code target} whose every file is captured output. */
  static final Set<String> OUTPUT_DIRECTORIES = Set.of("surefire-reports", "failsafe-reports", "pacts", "logs");
  /** Other files under {@code target} that are captured output, by extension. */
  static final List<String> OUTPUT_EXTENSIONS = List.of(".log", "-output.txt", ".dumpstream", ".dump");
  /** Never descended into: sources, dependencies, VCS. */
  private static final Set<String> SKIPPED = Set.of(".git", "node_modules", "src", ".mvn", "classes", "test-classes",
      "generated-sources", "generated-test-sources", "maven-status", "maven-archiver");

  private CanaryScan() {}

  /** A file and line holding the marker. */
  public record Finding(Path file, int line, String excerpt) {
    @Override
    public String toString() {
      return file + ":" + line + ": " + excerpt;
    }
  }

  /** What a scan saw and found. */
  public record Result(int filesScanned, List<Path> modulesScanned, List<Finding> findings) {}

  /**
   * Scans every {@code target} directory below the root.
   *
   * @param root the checkout
   * @return the result
   */
  public static Result scan(Path root) {
    List<Path> targets = new ArrayList<>();
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
          if (!dir.equals(root) && SKIPPED.contains(name)) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          if (name.equals("target")) {
            targets.add(dir);
            return FileVisitResult.SKIP_SUBTREE;
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    targets.sort(null);
    List<Path> files = new ArrayList<>();
    for (Path target : targets) {
      files.addAll(outputFiles(target));
    }
    List<Finding> findings = new ArrayList<>();
    for (Path file : files) {
      findings.addAll(scanFile(file));
    }
    return new Result(files.size(), targets.stream().map(Path::getParent).toList(), findings);
  }

  /**
   * @param target a module's build directory
   * @return the captured-output files in it
   */
  static List<Path> outputFiles(Path target) {
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(target, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          String name = dir.getFileName().toString();
          return !dir.equals(target) && SKIPPED.contains(name) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isRegularFile() && isOutput(target, file)) {
            files.add(file);
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    files.sort(null);
    return files;
  }

  private static boolean isOutput(Path target, Path file) {
    Path relative = target.relativize(file);
    for (Path part : relative) {
      if (OUTPUT_DIRECTORIES.contains(part.toString())) {
        return true;
      }
    }
    String name = file.getFileName().toString();
    return OUTPUT_EXTENSIONS.stream().anyMatch(name::endsWith);
  }

  /**
   * @param file a text file (bytes that are not UTF-8 are replaced, so any file can be read)
   * @return every line holding the marker
   */
  static List<Finding> scanFile(Path file) {
    List<Finding> findings = new ArrayList<>();
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.contains(MARKER)) {
          findings.add(new Finding(file, number, mask(line)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return findings;
  }

  /**
   * @param line a line holding the marker
   * @return the line, shortened, with the marker masked so the message itself leaks nothing
   */
  static String mask(String line) {
    String masked = line.replace(MARKER, "<canary>");
    return masked.length() > 200 ? masked.substring(0, 200) + "..." : masked;
  }

  /**
   * Scans the checkout and fails when any canary escaped.
   *
   * @param args the checkout's root directory
   * @throws IllegalStateException naming every file and line that holds a canary
   */
  public static void main(String[] args) {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: CanaryScan <checkout root>");
    }
    Path root = Path.of(args[0]).toAbsolutePath().normalize();
    Result result = scan(root);
    System.out.println("[canary-scan] scanned " + result.filesScanned() + " captured-output files of "
        + result.modulesScanned().size() + " modules below " + root);
    if (!result.findings().isEmpty()) {
      StringBuilder message = new StringBuilder("a canary credential escaped into captured output ("
          + result.findings().size() + " lines):");
      result.findings().stream().limit(50).forEach(f -> message.append("\n  ").append(root.relativize(f.file()))
          .append(':').append(f.line()).append(": ").append(f.excerpt()));
      throw new IllegalStateException(message.toString());
    }
    System.out.println("[canary-scan] no canary found");
  }
}
