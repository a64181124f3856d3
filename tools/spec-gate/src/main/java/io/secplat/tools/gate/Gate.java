package io.secplat.tools.gate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The breaking-change gate: lists every change between a baseline (the last release) and now,
 * in the contracts and in the public API of the generated JARs, and decides the next version.
 *
 * <pre>{@code
 * GateResult result = new Gate("v1.4.0", Version.parse("1.4.0"), Version.parse("1.4.1-SNAPSHOT"))
 *     .compare(SpecFiles.fromGit(git, "v1.4.0", "specs"), SpecFiles.fromWorkTree(root, "specs"),
 *              JarArtifacts.in(baseJars), JarArtifacts.in(headJars));
 * if (!result.passes()) System.exit(1);
 * }</pre>
 */
public final class Gate {
  private final String baseRef;
  private final Version baseVersion;
  private final Version declared;

  /**
   * @param baseRef the ref compared with, or {@code null} before the first release
   * @param baseVersion the version released at that ref, or {@code null} before the first release
   * @param declared the version the build declares now (the root pom's)
   */
  public Gate(String baseRef, Version baseVersion, Version declared) {
    this.baseRef = baseRef;
    this.baseVersion = baseVersion;
    this.declared = declared;
  }

  /**
   * @param base the contracts at the base ref
   * @param head the contracts now
   * @param baseJars the JARs built at the base ref, by artifact id (empty: not compared)
   * @param headJars the JARs built now, by artifact id (empty: not compared)
   * @return the verdict
   */
  public GateResult compare(SpecFiles base, SpecFiles head, Map<String, Path> baseJars, Map<String, Path> headJars) {
    List<Change> changes = new ArrayList<>(specChanges(base, head));
    boolean jarsCompared = !baseJars.isEmpty() && !headJars.isEmpty();
    if (jarsCompared) {
      changes.addAll(jarChanges(baseJars, headJars));
    }
    return new GateResult(baseRef, baseVersion, declared, changes, jarsCompared);
  }

  static List<Change> specChanges(SpecFiles base, SpecFiles head) {
    List<Change> changes = new ArrayList<>();
    TreeSet<String> paths = new TreeSet<>(base.contents().keySet());
    paths.addAll(head.contents().keySet());
    for (String path : paths) {
      String before = base.contents().get(path);
      String after = head.contents().get(path);
      if (before == null) {
        changes.add(new Change(ChangeLevel.MINOR, path, "new contract"));
      } else if (after == null) {
        changes.add(new Change(ChangeLevel.MAJOR, path, "contract removed"));
      } else if (SpecFiles.kind(path, after) == SpecFiles.Kind.GRAPHQL) {
        changes.addAll(GraphQlChanges.between(path, before, after));
      } else {
        changes.addAll(OpenApiChanges.between(path, before, after));
      }
    }
    return changes;
  }

  static List<Change> jarChanges(Map<String, Path> base, Map<String, Path> head) {
    List<Change> changes = new ArrayList<>();
    TreeSet<String> artifacts = new TreeSet<>(base.keySet());
    artifacts.addAll(head.keySet());
    for (String artifact : artifacts) {
      Path before = base.get(artifact);
      Path after = head.get(artifact);
      if (before == null) {
        changes.add(new Change(ChangeLevel.MINOR, artifact, "new artifact"));
      } else if (after == null) {
        changes.add(new Change(ChangeLevel.MAJOR, artifact, "artifact removed"));
      } else {
        changes.addAll(JarApiChanges.between(artifact, before, after));
      }
    }
    return changes;
  }
}
