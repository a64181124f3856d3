package io.secplat.guardian;

/**
 * Which ignore list of a node group: the one for scans, or the one for diffs.
 *
 * <pre>{@code
 * guardian.ignores().list(Scope.nodeGroup(1), IgnoreCategory.DIFF);
 * }</pre>
 */
public enum IgnoreCategory {
  /** The node group ignore list (Guardian's category 1). */
  NODE_GROUP(1),
  /** The node group diff ignore list (Guardian's category 3). */
  DIFF(3);

  private final int code;

  IgnoreCategory(int code) {
    this.code = code;
  }

  /** @return Guardian's code, sent as {@code category}, e.g. 3 for {@code DIFF} */
  public int code() {
    return code;
  }
}
