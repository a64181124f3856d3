package io.secplat.contract.britive;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.secplat.britive.generated.model.AccountLegacy;
import io.secplat.britive.generated.model.AccountPage;
import io.secplat.britive.generated.model.AccountPermissionAssociationPage;
import io.secplat.britive.generated.model.CreateEnvironmentGroupRequest;
import io.secplat.britive.generated.model.CreateEnvironmentRequest;
import io.secplat.britive.generated.model.Environment;
import io.secplat.britive.generated.model.EnvironmentGroup;
import io.secplat.britive.generated.model.EnvironmentListItem;
import io.secplat.britive.generated.model.EnvironmentNodeSummary;
import io.secplat.britive.generated.model.GroupPermissionAssociationPage;
import io.secplat.britive.generated.model.PermissionLegacy;
import io.secplat.britive.generated.model.PermissionPage;
import io.secplat.contract.spec.Paths;
import io.secplat.core.http.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every documented Britive example is a test: each response decodes through the generated model
 * and re-encodes to the same JSON (no documented field lost), and each request body validates
 * against the spec.
 */
class BritiveExamplesTest {
  static final String PREFIX = "britive.";
  static final ObjectMapper JSON = Json.newMapper();
  static final ObjectMapper PLAIN = new ObjectMapper();

  /** Each documented example file, and the generated type it must decode into. */
  static final Map<String, JavaType> TYPES = Map.ofEntries(
      Map.entry("GET._api_apps_appID_environments.response", list(EnvironmentListItem.class)),
      Map.entry("GET._api_apps_appID_root-environment-group_view_summary_type_environments.response", list(EnvironmentNodeSummary.class)),
      Map.entry("GET._api_apps_appID_root-environment-group_view_summary_type_environmentGroups.response", list(EnvironmentNodeSummary.class)),
      Map.entry("POST._api_apps_appID_root-environment-group_groups.request", type(CreateEnvironmentGroupRequest.class)),
      Map.entry("POST._api_apps_appID_root-environment-group_groups.response", type(EnvironmentGroup.class)),
      Map.entry("POST._api_apps_appID_root-environment-group_environments.request", type(CreateEnvironmentRequest.class)),
      Map.entry("POST._api_apps_appID_root-environment-group_environments.response", type(Environment.class)),
      Map.entry("GET._api_apps_appID_environments_envID_accounts.response", type(AccountPage.class)),
      Map.entry("GET._api_apps_appID_environments_envID_accounts_deprecated.response", list(AccountLegacy.class)),
      Map.entry("GET._api_apps_appID_environments_envID_accounts_acctID_permissions.response", type(AccountPermissionAssociationPage.class)),
      Map.entry("GET._api_apps_appID_environments_envID_accounts_acctID_groups.response", type(AccountPermissionAssociationPage.class)),
      Map.entry("GET._api_apps_appID_environments_envID_permissions.response", type(PermissionPage.class)),
      Map.entry("GET._api_apps_appID_environments_envID_permissions_type_permission_deprecated.response", list(PermissionLegacy.class)),
      Map.entry("GET._api_apps_appID_environments_envID_permissions_type_group_deprecated.response", list(PermissionLegacy.class)),
      Map.entry("GET._api_apps_appID_environments_envID_permissions_permID_accounts.response", type(AccountPermissionAssociationPage.class)),
      Map.entry("GET._api_apps_appID_environments_envID_permissions_permID_groups.response", type(GroupPermissionAssociationPage.class)),
      Map.entry("GET._api_apps_appID_environments_envID_groups.response", type(PermissionPage.class)),
      Map.entry("GET._api_apps_appID_environments_envID_groups_groupID_accounts.response", type(AccountPermissionAssociationPage.class)),
      Map.entry("GET._api_apps_appID_environments_envID_groups_groupID_permissions.response", type(GroupPermissionAssociationPage.class)));

  /**
   * Documented examples the evidence pass showed the real service does not take: the seed's map
   * body {@code {"saveToAllEnvs": true}} names no user; Britive's SDK and published OpenAPI
   * document send a JSON array of user ids (specs/CHANGELOG.md, britive evidence pass).
   */
  static final String SUPERSEDED_MAP_USERS = "POST._api_apps_appID_environments_envID_accounts_accountID_users.request";

  /** The request examples and the operation they belong to. */
  static final Map<String, String> REQUEST_PATHS = Map.of(
      "POST._api_apps_appID_root-environment-group_groups.request", "/api/apps/app-1/root-environment-group/groups",
      "POST._api_apps_appID_root-environment-group_environments.request", "/api/apps/app-1/root-environment-group/environments");

  static Path examples() {
    Path dir = Paths.examples();
    return dir.resolve("britive");
  }

  static Stream<Arguments> exampleFiles() throws IOException {
    try (Stream<Path> files = Files.list(examples())) {
      return files.sorted().filter(f -> !key(f).equals(SUPERSEDED_MAP_USERS))
          .map(f -> Arguments.of(f.getFileName().toString(), f)).collect(Collectors.toList()).stream();
    }
  }

  static Stream<Arguments> requestExampleFiles() throws IOException {
    return exampleFiles().filter(a -> ((String) a.get()[0]).endsWith(".request.json"));
  }

  @Test
  void everyExampleFileHasAKnownType() throws IOException {
    try (Stream<Path> files = Files.list(examples())) {
      List<String> keys = files.map(BritiveExamplesTest::key).sorted().collect(Collectors.toList());
      assertThat(keys).hasSize(20).containsExactlyInAnyOrderElementsOf(
          Stream.concat(TYPES.keySet().stream(), Stream.of(SUPERSEDED_MAP_USERS)).collect(Collectors.toList()));
    }
  }

  @Test
  void theSeedsMapUsersBodyIsRefusedAndTheServicesIdArrayIsTaken() throws IOException {
    OpenApiInteractionValidator validator = OpenApiInteractionValidator
        .createForSpecificationUrl(Paths.specs().resolve("britive/britive.yaml").toUri().toString()).build();
    String path = "/api/apps/app-1/environments/env-1/accounts/2800/users";
    String seedBody = Files.readString(examples().resolve(PREFIX + SUPERSEDED_MAP_USERS + ".json"));
    assertThat(validator.validateRequest(post(path, seedBody)).hasErrors()).isTrue();
    assertThat(validator.validateRequest(post(path, "[\"user-id-1\",\"user-id-2\"]")).getMessages()).isEmpty();
    assertThat(validator.validateRequest(post(path, "[]")).hasErrors()).isTrue();
  }

  static Request post(String path, String body) {
    return SimpleRequest.Builder.post(path).withHeader("Authorization", "TOKEN example")
        .withContentType("application/json").withBody(body).build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exampleFiles")
  void decodesThroughTheGeneratedModelWithoutLoss(String name, Path file) throws IOException {
    JsonNode documented = PLAIN.readTree(file.toFile());
    Object decoded = JSON.readValue(file.toFile(), TYPES.get(key(file)));
    JsonNode reencoded = PLAIN.readTree(JSON.writeValueAsString(decoded));
    assertThat(withoutNulls(reencoded)).isEqualTo(withoutNulls(documented));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requestExampleFiles")
  void requestBodiesValidateAgainstTheSpec(String name, Path file) throws IOException {
    String key = key(file);
    OpenApiInteractionValidator validator = OpenApiInteractionValidator
        .createForSpecificationUrl(Paths.specs().resolve("britive/britive.yaml").toUri().toString()).build();
    Request request = SimpleRequest.Builder.post(REQUEST_PATHS.get(key))
        .withHeader("Authorization", "TOKEN example")
        .withContentType("application/json")
        .withBody(Files.readString(file))
        .build();
    ValidationReport report = validator.validateRequest(request);
    assertThat(report.getMessages()).as(report.toString()).isEmpty();
  }

  @Test
  void anInvalidRequestBodyIsCaughtByTheSameCheck() {
    OpenApiInteractionValidator validator = OpenApiInteractionValidator
        .createForSpecificationUrl(Paths.specs().resolve("britive/britive.yaml").toUri().toString()).build();
    Request request = SimpleRequest.Builder.post("/api/apps/app-1/root-environment-group/environments")
        .withHeader("Authorization", "TOKEN example")
        .withContentType("application/json")
        .withBody("{\"name\":\"DevEnv\",\"type\":\"group\",\"parentGroupId\":\"g\"}")
        .build();
    assertThat(validator.validateRequest(request).hasErrors()).isTrue();
  }

  static String key(Path file) {
    String name = file.getFileName().toString();
    return name.substring(PREFIX.length(), name.length() - ".json".length());
  }

  /** Null and absent are the same to the generated models; everything else must survive. */
  static JsonNode withoutNulls(JsonNode node) {
    if (node.isObject()) {
      com.fasterxml.jackson.databind.node.ObjectNode copy = PLAIN.createObjectNode();
      node.fields().forEachRemaining(e -> {
        if (!e.getValue().isNull()) {
          copy.set(e.getKey(), withoutNulls(e.getValue()));
        }
      });
      return copy;
    }
    if (node.isArray()) {
      com.fasterxml.jackson.databind.node.ArrayNode copy = PLAIN.createArrayNode();
      node.forEach(item -> copy.add(withoutNulls(item)));
      return copy;
    }
    return node;
  }

  static JavaType type(Class<?> type) {
    return PLAIN.getTypeFactory().constructType(type);
  }

  static JavaType list(Class<?> type) {
    return PLAIN.getTypeFactory().constructCollectionType(List.class, type);
  }
}
