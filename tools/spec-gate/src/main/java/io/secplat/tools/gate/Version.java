package io.secplat.tools.gate;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A semantic version {@code major.minor.patch}, optionally a {@code -SNAPSHOT}.
 *
 * <pre>{@code
 * Version.parse("1.4.2").next(ChangeLevel.MINOR);   // 1.5.0
 * Version.parse("2.0.0-SNAPSHOT").release();        // 2.0.0
 * }</pre>
 *
 * @param major the major number
 * @param minor the minor number
 * @param patch the patch number
 * @param snapshot whether this is a development version
 */
public record Version(int major, int minor, int patch, boolean snapshot) implements Comparable<Version> {
  private static final Pattern FORMAT = Pattern.compile("v?(\\d+)\\.(\\d+)\\.(\\d+)(-SNAPSHOT)?");
  private static final Comparator<Version> ORDER = Comparator.comparingInt(Version::major)
      .thenComparingInt(Version::minor)
      .thenComparingInt(Version::patch)
      .thenComparing(v -> !v.snapshot());

  /** Checks the components. */
  public Version {
    if (major < 0 || minor < 0 || patch < 0) {
      throw new IllegalArgumentException("version numbers cannot be negative");
    }
  }

  /**
   * @param text {@code 1.2.3}, {@code v1.2.3} (a release tag) or {@code 1.2.3-SNAPSHOT}
   * @return the version
   * @throws IllegalArgumentException for anything else
   */
  public static Version parse(String text) {
    Matcher m = FORMAT.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("not a major.minor.patch version: " + text);
    }
    return new Version(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3)), m.group(4) != null);
  }

  /** @return the same numbers without {@code -SNAPSHOT} */
  public Version release() {
    return new Version(major, minor, patch, false);
  }

  /**
   * @param level the change a release carries
   * @return the release that carries it after this one: {@link ChangeLevel#NONE} keeps this version
   */
  public Version next(ChangeLevel level) {
    return switch (level) {
      case MAJOR -> new Version(major + 1, 0, 0, false);
      case MINOR -> new Version(major, minor + 1, 0, false);
      case PATCH -> new Version(major, minor, patch + 1, false);
      case NONE -> release();
    };
  }

  /** @return the development version that follows this release: {@code 1.5.0} gives {@code 1.5.1-SNAPSHOT} */
  public Version nextSnapshot() {
    return new Version(major, minor, patch + 1, true);
  }

  /**
   * @param other another version
   * @return the later of the two
   */
  public Version max(Version other) {
    return compareTo(other) >= 0 ? this : other;
  }

  @Override
  public int compareTo(Version other) {
    return ORDER.compare(this, other);
  }

  /** @return {@code 1.2.3} or {@code 1.2.3-SNAPSHOT} */
  @Override
  public String toString() {
    return major + "." + minor + "." + patch + (snapshot ? "-SNAPSHOT" : "");
  }
}
