package io.secplat.veza;

import static io.secplat.veza.query.Criteria.allOf;
import static io.secplat.veza.query.Node.node;
import static io.secplat.veza.query.Property.property;
import static io.secplat.veza.query.RelatesTo.anyOf;
import static io.secplat.veza.query.RelatesTo.relatedTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.secplat.core.http.Json;
import io.secplat.veza.generated.model.AndOperatorType;
import io.secplat.veza.generated.model.EffectivePermission;
import io.secplat.veza.generated.model.NodeTypeGroupingConstraintType;
import io.secplat.veza.query.Node;
import io.secplat.veza.query.Permissions;
import io.secplat.veza.query.Query;
import io.secplat.veza.query.RelatesTo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The builder rebuilds the query specs of Veza's guides; each is compared with the documented JSON. */
class QueryBuilderTest {
  static final ObjectMapper JSON = Json.newMapper();

  static JsonNode documented(String file) throws IOException {
    String dir = System.getProperty("examples.dir");
    assertThat(dir).as("examples.dir (set by the root pom)").isNotNull();
    return JSON.readTree(Path.of(dir, "veza", file).toFile());
  }

  static void assertSameQuery(Object built, JsonNode documented) {
    assertThat(Proto3Json.meaning(JSON.valueToTree(built))).isEqualTo(Proto3Json.meaning(documented));
  }

  @Test
  void oktaUsersWithoutMfaReachingS3BucketsThatAllowPublicAcls() throws IOException {
    Query query = Query.from(node("OktaUser").where(property("mfa_active").eq(false)))
        .to(node("S3Bucket").where(property("block_public_acls").eq(false)))
        .includeNodes();
    assertSameQuery(query.build(), documented("veza.POST.api_v1_assessments_query_spec__nodes.quickstart.request.json"));
  }

  @Test
  void theSameQueryForOneSourceNodesDestinations() throws IOException {
    JsonNode doc = documented("veza.POST.api_v1_assessments_query_spec__destination_nodes.quickstart.request.json");
    Query query = Query.from(node("OktaUser").where(property("mfa_active").eq(false)))
        .to(node("S3Bucket").where(property("block_public_acls").eq(false)))
        .includeNodes();
    assertSameQuery(query.build(), doc.get("spec"));
  }

  @Test
  void iamUsersThatCanPutS3BucketAcls() throws IOException {
    Query query = Query.from(node("AwsIamUser")).to(node("S3Bucket"))
        .rawPermissions(Permissions.anyRaw("s3:PutBucketAcl")).includeNodes();
    assertSameQuery(query.build(), documented("veza.POST.api_v1_assessments_query_spec__nodes.request.json"));
  }

  @Test
  void snowflakeTablesReachableByFinanceUsers() throws IOException {
    Query query = Query.from(node("SnowflakeTable"))
        .to(node("OktaUser").where(property("department").contains("Finance")))
        .includeNodes();
    assertSameQuery(query.build(), documented("veza.POST.api_v1_assessments_query_spec__nodes.tags-quickstart.request.json"));
  }

  @Test
  void oktaUsersWithBillingAndEitherAuditorOrRoleA() throws IOException {
    String role = "dn44266.us-east-2.aws.snowflakecomputing.com/role/";
    RelatesTo roles = RelatesTo.allOf(AndOperatorType.SOURCE_INTERSECT,
        relatedTo(node("SnowflakeRole").where(property("id").eq(role + "BILLING"))),
        anyOf(relatedTo(node("SnowflakeRole").where(property("id").eq(role + "AUDITOR"))),
            relatedTo(node("SnowflakeRole").where(property("id").eq(role + "ROLE_A")))));
    Query query = Query.from(node("OktaUser")).relatesTo(roles);
    assertSameQuery(query.build(), documented("veza.POST.api_v1_assessments_query_spec__nodes.ex2.request.json"));
    assertSameQuery(query.build(), documented("veza.POST.api_v1_assessments_query_spec__result.request.json"));
  }

  @Test
  void usersOfTwoIdentityProvidersReachingS3() throws IOException {
    Query query = Query.from(node("User").grouping(NodeTypeGroupingConstraintType.INCLUDE, "CustomIDPUser", "OktaUser"))
        .to(node("S3Bucket")).includeNodes();
    assertSameQuery(query.build(), documented("fragments/spec.supertype_grouping_constraint.json"));
  }

  @Test
  void iamUsersUsedWithinADay() throws IOException {
    Query query = Query.from(node("AwsIamUser").where(
        property("last_used_at").lte("2022-01-02T17:59:59.494Z"), property("last_used_at").gte("2022-01-01T06:00:00.494Z")));
    assertSameQuery(query.build(), documented("fragments/spec.date_conditions.json"));
  }

  @Test
  void nodesWithAGivenTagAndWithoutAnother() throws IOException {
    Node buckets = node("S3Bucket").tagged("awstag_PII", "PCI").notTagged("environment", "production");
    JsonNode doc = documented("fragments/spec.tags_excluded_tags.json");
    assertSameQuery(buckets.toSpec(), doc.at("/destination_node_types/nodes/0"));
  }

  @Test
  void nodeNamesStartingWithAPrefix() throws IOException {
    assertSameQuery(node("OktaUser").where(property("name").startsWith("sa-")).toSpec(),
        documented("fragments/nodespec.starts_with.json"));
  }

  @Test
  void theComparisonSeesADifferentQuery() throws IOException {
    Query wrong = Query.from(node("OktaUser").where(property("mfa_active").eq(true)))
        .to(node("S3Bucket").where(property("block_public_acls").eq(false))).includeNodes();
    assertThat(Proto3Json.meaning(JSON.valueToTree(wrong.build())))
        .isNotEqualTo(Proto3Json.meaning(documented("veza.POST.api_v1_assessments_query_spec__nodes.quickstart.request.json")));
  }

  @Test
  void writesOnlyWhatIsSet() {
    JsonNode json = JSON.valueToTree(Query.from(node("OktaUser")).to(node("S3Bucket"))
        .effectivePermissions(Permissions.anyEffective(EffectivePermission.DATA_READ)).build());
    assertThat(json.toString()).isEqualTo("{\"query_type\":\"SOURCE_TO_DESTINATION\","
        + "\"source_node_types\":{\"nodes\":[{\"node_type\":\"OktaUser\"}]},"
        + "\"destination_node_types\":{\"nodes\":[{\"node_type\":\"S3Bucket\"}]},"
        + "\"effective_permissions\":{\"values\":[\"DATA_READ\"],\"operator\":\"OR\"}}");
  }

  @Test
  void nestedCriteriaBecomeChildExpressions() {
    JsonNode json = JSON.valueToTree(node("AwsIamRole").where(allOf(property("a").eq(1),
        io.secplat.veza.query.Criteria.anyOf(property("b").eq(2), property("c").exists()).negate())).toSpec());
    assertThat(json.at("/condition_expression/specs/0/property").asText()).isEqualTo("a");
    assertThat(json.at("/condition_expression/child_expressions/0/operator").asText()).isEqualTo("OR");
    assertThat(json.at("/condition_expression/child_expressions/0/not").asBoolean()).isTrue();
    assertThat(json.at("/condition_expression/child_expressions/0/specs/1/fn").asText()).isEqualTo("EXISTS");
  }

  @Test
  void badInputIsRefusedWithItsName() {
    assertThatThrownBy(() -> node(" ")).hasMessage("type must not be blank");
    assertThatThrownBy(() -> property(null)).hasMessage("property must not be null");
    assertThatThrownBy(() -> Query.from(node("A")).rawPermissions(Permissions.anyRaw("x"))
        .effectivePermissions(Permissions.anyEffective(EffectivePermission.DATA_READ)))
        .hasMessage("a query filters raw or effective permissions, not both");
    assertThatThrownBy(() -> Permissions.anyRaw()).hasMessage("permissions must not be empty");
  }
}
