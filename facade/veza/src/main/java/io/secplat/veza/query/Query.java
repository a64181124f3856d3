package io.secplat.veza.query;

import io.secplat.core.Arguments;
import io.secplat.veza.generated.model.AssessmentQueryResultValueType;
import io.secplat.veza.generated.model.AssessmentQuerySpec;
import io.secplat.veza.generated.model.EffectivePermissionCollection;
import io.secplat.veza.generated.model.NodeRelationshipType;
import io.secplat.veza.generated.model.NodeSpecCollection;
import io.secplat.veza.generated.model.QueryType;
import io.secplat.veza.generated.model.RawPermissionCollection;
import java.util.List;

/**
 * A fluent, type-safe way to write Veza query specs.
 *
 * <pre>{@code
 * import static io.secplat.veza.query.Node.node;
 * import static io.secplat.veza.query.Property.property;
 *
 * // Okta users without MFA that have effective access to S3 buckets that allow public ACLs
 * AssessmentQuerySpec spec = Query.from(node("OktaUser").where(property("mfa_active").eq(false)))
 *     .to(node("S3Bucket").where(property("block_public_acls").eq(false)))
 *     .includeNodes()
 *     .build();
 *
 * // S3 buckets tagged PII=PCI
 * Query.from(node("S3Bucket").tagged("awstag_PII", "PCI")).build();
 * }</pre>
 *
 * <p>The builder is immutable: each method returns a new builder, so partial queries can be
 * shared. It writes only what is set, so the JSON stays as short as Veza's own examples; proto3
 * treats every unset field as its default.
 */
public final class Query {
  private final Node source;
  private final Node destination;
  private final Node through;
  private final Node avoiding;
  private final RawPermissionCollection raw;
  private final EffectivePermissionCollection effective;
  private final RelatesTo relatesTo;
  private final boolean noRelation;
  private final boolean configured;
  private final boolean includeNodes;
  private final AssessmentQueryResultValueType resultValueType;

  private Query(Node source, Node destination, Node through, Node avoiding, RawPermissionCollection raw,
      EffectivePermissionCollection effective, RelatesTo relatesTo, boolean noRelation, boolean configured,
      boolean includeNodes, AssessmentQueryResultValueType resultValueType) {
    this.source = source;
    this.destination = destination;
    this.through = through;
    this.avoiding = avoiding;
    this.raw = raw;
    this.effective = effective;
    this.relatesTo = relatesTo;
    this.noRelation = noRelation;
    this.configured = configured;
    this.includeNodes = includeNodes;
    this.resultValueType = resultValueType;
  }

  /**
   * Starts a source-to-destination query.
   *
   * @param source the nodes the query returns
   * @return the builder
   */
  public static Query from(Node source) {
    return new Query(Arguments.requireNonNull("source", source), null, null, null, null, null, null, false, false,
        false, null);
  }

  /** @param node the destination nodes the source must reach @return a copy */
  public Query to(Node node) {
    return new Query(source, Arguments.requireNonNull("destination", node), through, avoiding, raw, effective,
        relatesTo, false, configured, includeNodes, resultValueType);
  }

  /** @param node destination nodes the source must NOT reach @return a copy */
  public Query notTo(Node node) {
    return new Query(source, Arguments.requireNonNull("destination", node), through, avoiding, raw, effective,
        relatesTo, true, configured, includeNodes, resultValueType);
  }

  /** @param node nodes every path must pass through @return a copy */
  public Query through(Node node) {
    return new Query(source, destination, Arguments.requireNonNull("intermediate", node), avoiding, raw, effective,
        relatesTo, noRelation, configured, includeNodes, resultValueType);
  }

  /** @param node nodes no path may pass through @return a copy */
  public Query avoiding(Node node) {
    return new Query(source, destination, through, Arguments.requireNonNull("intermediate", node), raw, effective,
        relatesTo, noRelation, configured, includeNodes, resultValueType);
  }

  /** @param permissions raw permissions to filter on, see {@link Permissions} @return a copy */
  public Query rawPermissions(RawPermissionCollection permissions) {
    if (effective != null) {
      throw new IllegalArgumentException("a query filters raw or effective permissions, not both");
    }
    return new Query(source, destination, through, avoiding, Arguments.requireNonNull("permissions", permissions),
        null, relatesTo, noRelation, configured, includeNodes, resultValueType);
  }

  /** @param permissions effective permissions to filter on, see {@link Permissions} @return a copy */
  public Query effectivePermissions(EffectivePermissionCollection permissions) {
    if (raw != null) {
      throw new IllegalArgumentException("a query filters raw or effective permissions, not both");
    }
    return new Query(source, destination, through, avoiding, null,
        Arguments.requireNonNull("permissions", permissions), relatesTo, noRelation, configured, includeNodes,
        resultValueType);
  }

  /** @param expression how the source must relate to other nodes @return a copy */
  public Query relatesTo(RelatesTo expression) {
    return new Query(source, destination, through, avoiding, raw, effective,
        Arguments.requireNonNull("expression", expression), noRelation, configured, includeNodes, resultValueType);
  }

  /** @return a copy that follows configured relationships instead of effective access */
  public Query configured() {
    return new Query(source, destination, through, avoiding, raw, effective, relatesTo, noRelation, true,
        includeNodes, resultValueType);
  }

  /** @return a copy that asks for node details in the results */
  public Query includeNodes() {
    return new Query(source, destination, through, avoiding, raw, effective, relatesTo, noRelation, configured,
        true, resultValueType);
  }

  /** @param type what a result holds @return a copy */
  public Query resultValueType(AssessmentQueryResultValueType type) {
    return new Query(source, destination, through, avoiding, raw, effective, relatesTo, noRelation, configured,
        includeNodes, Arguments.requireNonNull("type", type));
  }

  /** @return the spec, a new object each call */
  public AssessmentQuerySpec build() {
    AssessmentQuerySpec spec = new AssessmentQuerySpec()
        .queryType(QueryType.SOURCE_TO_DESTINATION)
        .sourceNodeTypes(collection(source));
    if (destination != null) {
      spec.destinationNodeTypes(collection(destination));
    }
    if (through != null) {
      spec.requiredIntermediateNodeTypes(collection(through));
    }
    if (avoiding != null) {
      spec.avoidedIntermediateNodeTypes(collection(avoiding));
    }
    spec.rawPermissions(raw).effectivePermissions(effective);
    if (relatesTo != null) {
      spec.relatesToExp(relatesTo.toExpression());
    }
    if (noRelation) {
      spec.noRelation(true);
    }
    if (configured) {
      spec.nodeRelationshipType(NodeRelationshipType.CONFIGURED);
    }
    if (includeNodes) {
      spec.includeNodes(true);
    }
    spec.resultValueType(resultValueType);
    return spec;
  }

  private static NodeSpecCollection collection(Node node) {
    return new NodeSpecCollection().nodes(List.of(node.toSpec()));
  }
}
