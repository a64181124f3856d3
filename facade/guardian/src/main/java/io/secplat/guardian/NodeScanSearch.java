package io.secplat.guardian;

import io.secplat.core.Arguments;

/**
 * A search through previous node scans: the words to find, optionally a CI type, an environment or
 * node group, and exact matching. Immutable; each {@code with…} returns a copy.
 *
 * <pre>{@code
 * NodeScanSearch openssl = NodeScanSearch.of("openssl").withType("packages").withScope(Scope.nodeGroup(1));
 * }</pre>
 *
 * @param query the words to find
 * @param type the CI type to search in, or null for all
 * @param scope the organisation, an environment or a node group
 * @param exactMatch whether the words must match exactly, or null for Guardian's default
 */
public record NodeScanSearch(String query, String type, Scope scope, Boolean exactMatch) {
  /** Checks the search. */
  public NodeScanSearch {
    Arguments.requireNonBlank("query", query);
    if (type != null) {
      Arguments.requireNonBlank("type", type);
    }
    Scope.require(scope, "scope", "a node scan search", Scope.Kind.ORGANISATION, Scope.Kind.ENVIRONMENT, Scope.Kind.NODE_GROUP);
  }

  /**
   * @param query the words to find, e.g. {@code openssl}
   * @return a search through every scan of the organisation
   */
  public static NodeScanSearch of(String query) {
    return new NodeScanSearch(query, null, Scope.organisation(), null);
  }

  /**
   * @param value a CI type, e.g. {@code packages}
   * @return a copy searching only that type
   */
  public NodeScanSearch withType(String value) {
    return new NodeScanSearch(query, Arguments.requireNonBlank("type", value), scope, exactMatch);
  }

  /**
   * @param value an environment or node group, e.g. {@code Scope.environment(30)}
   * @return a copy searching only there
   */
  public NodeScanSearch withScope(Scope value) {
    return new NodeScanSearch(query, type, value, exactMatch);
  }

  /**
   * @param value whether the words must match exactly, e.g. {@code true}
   * @return a copy with this setting
   */
  public NodeScanSearch withExactMatch(boolean value) {
    return new NodeScanSearch(query, type, scope, value);
  }
}
