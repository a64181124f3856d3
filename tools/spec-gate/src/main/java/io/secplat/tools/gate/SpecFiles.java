package io.secplat.tools.gate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The contracts of one version of the repository: path (relative to the repository root, with
 * {@code /}) to content. Only OpenAPI documents ({@code .yaml}/{@code .yml} with a top-level
 * {@code openapi:} key) and GraphQL schemas ({@code .graphqls}/{@code .graphql}) are contracts;
 * changelogs and notes beside them are not.
 *
 * <pre>{@code
 * SpecFiles now = SpecFiles.fromWorkTree(Path.of("."), "specs");
 * SpecFiles then = SpecFiles.fromGit(new Git(Path.of(".")), "v1.4.0", "specs");
 * }</pre>
 *
 * @param contents path to content, sorted by path
 */
public record SpecFiles(Map<String, String> contents) {
  private static final Pattern OPENAPI = Pattern.compile("(?m)^openapi\\s*:");

  /** The kinds of contract the gate compares. */
  public enum Kind {
    /** An OpenAPI 3 document. */
    OPENAPI,
    /** A GraphQL schema in SDL. */
    GRAPHQL
  }

  /** Copies the map into a sorted, unmodifiable one. */
  public SpecFiles {
    contents = Collections.unmodifiableMap(new TreeMap<>(contents));
  }

  /** @return no contracts at all (before the first release) */
  public static SpecFiles none() {
    return new SpecFiles(Map.of());
  }

  /**
   * @param root the repository root
   * @param folder the contracts' folder relative to the root
   * @return the contracts on disk
   */
  public static SpecFiles fromWorkTree(Path root, String folder) {
    Map<String, String> found = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root.resolve(folder))) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        String path = root.relativize(file).toString().replace('\\', '/');
        if (kindByName(path) != null) {
          String content = Files.readString(file);
          if (kind(path, content) != null) {
            found.put(path, content);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the contracts under " + root.resolve(folder), e);
    }
    return new SpecFiles(found);
  }

  /**
   * @param git the repository
   * @param ref the commit, branch or tag to read
   * @param folder the contracts' folder relative to the root
   * @return the contracts at that ref
   */
  public static SpecFiles fromGit(Git git, String ref, String folder) {
    Map<String, String> found = new TreeMap<>();
    for (String path : git.files(ref, folder)) {
      if (kindByName(path) != null) {
        String content = git.show(ref, path);
        if (kind(path, content) != null) {
          found.put(path, content);
        }
      }
    }
    return new SpecFiles(found);
  }

  /**
   * @param path a file path
   * @param content its content
   * @return what kind of contract it is, or {@code null} when it is none
   */
  public static Kind kind(String path, String content) {
    Kind byName = kindByName(path);
    if (byName == Kind.OPENAPI && !OPENAPI.matcher(content).find()) {
      return null;
    }
    return byName;
  }

  private static Kind kindByName(String path) {
    if (path.endsWith(".yaml") || path.endsWith(".yml")) {
      return Kind.OPENAPI;
    }
    return path.endsWith(".graphqls") || path.endsWith(".graphql") ? Kind.GRAPHQL : null;
  }
}
