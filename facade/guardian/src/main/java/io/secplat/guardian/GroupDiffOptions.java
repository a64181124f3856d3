package io.secplat.guardian;

/**
 * What a group diff shows: ignored items, and only the differences.
 *
 * <pre>{@code
 * guardian.nodes().diffs().acrossNodeGroups(List.of(2L, 4L), GroupDiffOptions.defaults().withShowDifference(true));
 * }</pre>
 *
 * @param showIgnored whether ignored items are shown, or null for Guardian's default
 * @param showDifference whether only differences are shown, or null for Guardian's default
 */
public record GroupDiffOptions(Boolean showIgnored, Boolean showDifference) {
  /** @return Guardian's defaults */
  public static GroupDiffOptions defaults() {
    return new GroupDiffOptions(null, null);
  }

  /**
   * @param value whether ignored items are shown, e.g. {@code true}
   * @return a copy with this setting
   */
  public GroupDiffOptions withShowIgnored(boolean value) {
    return new GroupDiffOptions(value, showDifference);
  }

  /**
   * @param value whether only differences are shown, e.g. {@code true}
   * @return a copy with this setting
   */
  public GroupDiffOptions withShowDifference(boolean value) {
    return new GroupDiffOptions(showIgnored, value);
  }
}
