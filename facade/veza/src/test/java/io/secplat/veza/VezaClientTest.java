package io.secplat.veza;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static io.secplat.veza.query.Node.node;
import static io.secplat.veza.query.Property.property;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.secplat.core.RetryPolicy;
import io.secplat.core.Secret;
import io.secplat.core.error.BadRequestException;
import io.secplat.core.error.ConflictException;
import io.secplat.core.error.NotFoundException;
import io.secplat.core.error.UnauthorizedException;
import io.secplat.mock.MockProviders;
import io.secplat.mock.veza.VezaMock;
import io.secplat.veza.generated.model.AssessmentQuery;
import io.secplat.veza.generated.model.AssessmentQueryNode;
import io.secplat.veza.generated.model.AssessmentQuerySpec;
import io.secplat.veza.generated.model.RoleExistsRequest;
import io.secplat.veza.generated.model.ResourcePermissions;
import io.secplat.veza.generated.model.TagPromotion;
import io.secplat.veza.query.Query;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every Veza façade operation against the real Veza mock provider on loopback. */
class VezaClientTest {
  static MockProviders mocks;
  static VezaClient veza;
  final AssessmentQuerySpec spec = Query.from(node("OktaUser").where(property("mfa_active").eq(false)))
      .to(node("S3Bucket")).includeNodes().build();

  @BeforeAll
  static void start() {
    mocks = MockProviders.start(0, new VezaMock());
    veza = VezaClient.builder().baseUrl(mocks.baseUrl()).apiKey(Secret.of("veza-key-0001"))
        .retryPolicy(RetryPolicy.none()).build();
  }

  @AfterAll
  static void stop() {
    veza.close();
    mocks.close();
  }

  @BeforeEach
  void reset() {
    mocks.resetState();
    mocks.server().resetRequests();
  }

  static List<LoggedRequest> requests() {
    return mocks.server().findAll(anyRequestedFor(anyUrl()));
  }

  @Test
  void savedQueryLifecycle() {
    String id = veza.savedQueries().create("Okta users without MFA", "created by a test", spec);
    assertThat(id).isNotBlank();

    AssessmentQuery saved = veza.savedQueries().get(id);
    assertThat(saved.getName()).isEqualTo("Okta users without MFA");
    assertThat(saved.getSourceNodeTypes().getNodes().get(0).getNodeType()).isEqualTo("OktaUser");

    veza.savedQueries().update(id, "Okta users without MFA v2", null, spec);
    assertThat(veza.savedQueries().get(id).getName()).isEqualTo("Okta users without MFA v2");
    assertThat(veza.savedQueries().list(QueryListOptions.defaults().withFilter("name co \"v2\"")).stream()
        .map(AssessmentQuery::getId).collect(Collectors.toList())).containsExactly(id);

    veza.savedQueries().delete(id, true);
    assertThatThrownBy(() -> veza.savedQueries().get(id))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.errorCode()).contains("NotFound");
          assertThat(e.requestId()).isPresent();
        });
  }

  @Test
  void listsEverySavedQueryAcrossPages() {
    List<AssessmentQuery> all = veza.savedQueries().list(QueryListOptions.defaults().withPageSize(1)).stream()
        .collect(Collectors.toList());
    assertThat(all).hasSize(3);
    assertThat(all).extracting(AssessmentQuery::getId).doesNotHaveDuplicates();
  }

  @Test
  void savedQueryNodesPageThroughTheEmptyPageToAll250() {
    String id = veza.savedQueries().list(QueryListOptions.defaults()).stream().findFirst().orElseThrow().getId();
    mocks.server().resetRequests();

    List<AssessmentQueryNode> nodes = veza.savedQueries().nodes(id, NodeListOptions.defaults()).stream()
        .collect(Collectors.toList());

    assertThat(nodes).hasSize(250);
    assertThat(nodes).extracting(AssessmentQueryNode::getId).doesNotHaveDuplicates();
    assertThat(requests()).hasSize(4); // 100, an empty page with more, 100, 50
    assertThat(veza.savedQueries().result(id).getNumberValue()).isEqualTo("250");
    assertThat(veza.savedQueries().destinationNodes(id, "arn:aws:iam::123456789012:user/alice",
        NodeListOptions.defaults().withPageSize(200)).stream().count()).isEqualTo(250);
  }

  @Test
  void querySpecsRunWithoutSaving() {
    assertThat(veza.querySpecs().nodes(spec, NodeListOptions.defaults().withPageSize(1000)).stream()
        .map(AssessmentQueryNode::getType).distinct().collect(Collectors.toList())).containsExactly("OktaUser");
    assertThat(veza.querySpecs().result(spec).getNumberValue()).isEqualTo("250");
    assertThat(veza.querySpecs().destinationNodes(spec, "00upa6s0hSGtl1eGL5d5", NodeListOptions.defaults())
        .stream().limit(5).count()).isEqualTo(5);
  }

  @Test
  void anEmptySpecIsRejectedByTheProviderAsInvalidArgument() {
    assertThatThrownBy(() -> veza.querySpecs().result(new AssessmentQuerySpec()))
        .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.errorCode()).contains("InvalidArgument"));
  }

  @Test
  void tagsAndTagPromotions() {
    veza.tags().create("owner", "platform");
    veza.tags().add("arn:aws:iam::123456789012:role/admin", Map.of("owner", "platform"));
    veza.tags().remove("arn:aws:iam::123456789012:role/admin", "owner");

    veza.tagPromotions().promote(new TagPromotion().tagKey("cost-center").tagType("AWSTag"));
    assertThat(veza.tagPromotions().list()).extracting(TagPromotion::getTagKey).contains("cost-center");
    assertThatThrownBy(() -> veza.tagPromotions().promote(new TagPromotion().tagKey("cost-center").tagType("AWSTag")))
        .isInstanceOf(ConflictException.class);
    veza.tagPromotions().demote("cost-center", "AWSTag");
    assertThat(veza.tagPromotions().list()).extracting(TagPromotion::getTagKey).doesNotContain("cost-center");
  }

  @Test
  void privateAssessmentsAnswer() {
    RoleExistsRequest request = new RoleExistsRequest().granteeType("SnowflakeRole").resourcePermissions(List.of(
        new ResourcePermissions().nodeType("SnowflakeDatabase").nodeId("example-snowflake.com/database/SECURITY_DB")
            .rawPermissions(List.of("USAGE"))));
    assertThat(veza.privateAssessments().roleExists(request).getGranteeIds()).isNotEmpty();
  }

  @Test
  void aMissingBearerKeyIsUnauthorized() {
    try (VezaClient wrong = VezaClient.builder().baseUrl(mocks.baseUrl()).apiKey(Secret.of("two words")).build()) {
      assertThatThrownBy(() -> wrong.tagPromotions().list())
          .isInstanceOfSatisfying(UnauthorizedException.class, e -> assertThat(e.errorCode()).contains("Unauthenticated"));
    }
  }
}
