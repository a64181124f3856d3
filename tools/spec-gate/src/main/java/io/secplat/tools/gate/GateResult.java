package io.secplat.tools.gate;

import java.util.List;

/**
 * The gate's verdict: the changes since the base release, how serious they are together, the next
 * version and whether the build may release it.
 *
 * <p>One version for the whole suite: every artifact of the reactor shares the root pom's version,
 * so the verdict is the most serious change of any contract or JAR. The next version is the base
 * release bumped by that level, or the declared version when someone already set it higher. A
 * major change passes only when the declared version's major number is above the base release's:
 * a breaking change has to be acknowledged by hand ({@code versions:set -DnewVersion=2.0.0-SNAPSHOT}).
 *
 * @param baseRef the ref compared with, {@code null} before the first release
 * @param baseVersion the version released at the base ref, {@code null} before the first release
 * @param declared the version the build declares now
 * @param changes every change found
 * @param jarsCompared whether the JARs' public API was compared too
 */
public record GateResult(String baseRef, Version baseVersion, Version declared, List<Change> changes, boolean jarsCompared) {
  /** Copies the list. */
  public GateResult {
    changes = List.copyOf(changes);
  }

  /** @return the most serious change; before the first release at least minor */
  public ChangeLevel level() {
    ChangeLevel level = ChangeLevel.max(changes.stream().map(Change::level).toList());
    return baseVersion == null ? level.atLeast(ChangeLevel.MINOR) : level;
  }

  /** @return whether there is anything to release */
  public boolean releases() {
    return level() != ChangeLevel.NONE;
  }

  /** @return the version to release: the declared version before the first release */
  public Version nextVersion() {
    if (baseVersion == null) {
      return declared.release();
    }
    if (!releases()) {
      return baseVersion.release();
    }
    return baseVersion.release().next(level()).max(declared.release());
  }

  /** @return false when a breaking change arrives without a major version bump */
  public boolean passes() {
    return !(level() == ChangeLevel.MAJOR && baseVersion != null && declared.major() <= baseVersion.major());
  }

  /** @return one line for the build log: the verdict and, when it fails, what to do */
  public String summary() {
    String since = baseRef == null ? "no earlier release" : baseRef + " (" + baseVersion + ")";
    if (!passes()) {
      return "gate: FAIL: breaking changes since " + since + " but the declared version " + declared
          + " keeps major " + declared.major() + "; set " + baseVersion.release().next(ChangeLevel.MAJOR)
          + "-SNAPSHOT (./mvnw versions:set -DnewVersion=" + baseVersion.release().next(ChangeLevel.MAJOR)
          + "-SNAPSHOT) and say why in specs/CHANGELOG.md";
    }
    return "gate: " + level().label() + " since " + since + "; next version " + nextVersion()
        + (releases() ? "" : " (nothing to release)");
  }
}
