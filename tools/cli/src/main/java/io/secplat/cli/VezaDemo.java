package io.secplat.cli;

import static io.secplat.veza.query.Node.node;
import static io.secplat.veza.query.Property.property;

import io.secplat.core.RetryPolicy;
import io.secplat.core.Secret;
import io.secplat.core.error.NotFoundException;
import io.secplat.core.http.Json;
import io.secplat.veza.NodeListOptions;
import io.secplat.veza.QueryListOptions;
import io.secplat.veza.VezaClient;
import io.secplat.veza.generated.model.AssessmentQueryNode;
import io.secplat.veza.generated.model.AssessmentQuerySpec;
import io.secplat.veza.generated.model.TagPromotion;
import io.secplat.veza.query.Query;
import java.io.PrintWriter;
import java.util.Map;
import java.util.stream.Collectors;

/** The demo's Veza part: the query-spec builder, token paging, saved queries, tags, an expected error. */
final class VezaDemo {
  private VezaDemo() {}

  static void run(String baseUrl, PrintWriter out) {
    try (VezaClient veza = VezaClient.builder().baseUrl(baseUrl).apiKey(Secret.of("demo-veza-key"))
        .retryPolicy(RetryPolicy.none()).build()) {
      steps(veza, out);
    }
  }

  private static void steps(VezaClient veza, PrintWriter out) {
    AssessmentQuerySpec spec = Query.from(node("OktaUser").where(property("mfa_active").eq(false)))
        .to(node("S3Bucket").where(property("block_public_acls").eq(false)))
        .includeNodes()
        .build();
    out.printf("query spec built with the builder: %s%n", Json.newMapper().valueToTree(spec));
    java.util.List<AssessmentQueryNode> nodes = veza.querySpecs().nodes(spec, NodeListOptions.defaults())
        .stream().collect(Collectors.toList());
    out.printf("Okta users without MFA reaching open S3 buckets: %d nodes over the page tokens, first %s%n",
        nodes.size(), nodes.stream().limit(3).map(AssessmentQueryNode::getId).collect(Collectors.toList()));
    out.printf("the same query as a count: %s%n", veza.querySpecs().result(spec).getNumberValue());

    String id = veza.savedQueries().create("Okta users without MFA on open buckets", "made by the demo", spec);
    out.printf("saved it as %s; saved queries now: %d%n", id,
        veza.savedQueries().list(QueryListOptions.defaults()).stream().count());
    out.printf("ran the saved query: first node %s%n",
        veza.savedQueries().nodes(id, NodeListOptions.defaults()).stream().findFirst().map(AssessmentQueryNode::getId)
            .orElse("-"));
    veza.savedQueries().delete(id, false);
    out.printf("deleted it; saved queries now: %d%n", veza.savedQueries().list(QueryListOptions.defaults()).stream().count());

    veza.tags().add("arn:aws:iam::123456789012:role/admin", Map.of("owner", "platform"));
    veza.tagPromotions().promote(new TagPromotion().tagKey("cost-center").tagType("AWSTag"));
    out.printf("tagged a role and promoted tag cost-center; promotions: %s%n",
        veza.tagPromotions().list().stream().map(TagPromotion::getTagKey).collect(Collectors.toList()));
    try {
      veza.savedQueries().get(id);
    } catch (NotFoundException e) {
      out.printf("expected error: %s, code %s, request id present: %s%n", e.getClass().getSimpleName(),
          e.errorCode().orElse("-"), e.requestId().isPresent());
    }
  }
}
