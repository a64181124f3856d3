package io.secplat.guardian;

/**
 * Which configuration a raw file of a firewall, switch or router holds.
 *
 * <pre>{@code
 * guardian.nodes().scanResults().rawFile(311, RawFileCategory.RUNNING);
 * }</pre>
 */
public enum RawFileCategory {
  /** The stored configuration (Guardian's category 0, its default). */
  STORED(0),
  /** The running configuration (category 1). */
  RUNNING(1),
  /** The merged configuration (category 2). */
  MERGED(2);

  private final int code;

  RawFileCategory(int code) {
    this.code = code;
  }

  /** @return Guardian's code, sent as {@code category}, e.g. 1 for {@code RUNNING} */
  public int code() {
    return code;
  }
}
