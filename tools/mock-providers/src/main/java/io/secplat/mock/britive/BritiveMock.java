package io.secplat.mock.britive;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.notMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.common.Metadata;
import com.github.tomakehurst.wiremock.extension.Extension;
import io.secplat.mock.VendorMock;
import io.secplat.mock.openapi.OpenApiDocument;
import io.secplat.mock.openapi.SpecOperation;
import java.util.ArrayList;
import java.util.List;

/**
 * The Britive mock provider: every operation of {@code specs/britive/britive.yaml}, answered from
 * the spec's examples, with state for environment groups and environments, and 401 for a missing
 * or malformed {@code Authorization: TOKEN <token>} header. Any token is accepted.
 */
public final class BritiveMock implements VendorMock {
  /** Where the Britive contract sits on the classpath. */
  public static final String SPEC = "specs/britive/britive.yaml";
  /** Every Britive path starts with this. */
  public static final String PATH_PREFIX = "/api/apps/";
  private static final String TOKEN_HEADER = "TOKEN [^\\s]+";

  private final OpenApiDocument spec = OpenApiDocument.fromClasspath(SPEC);
  private final BritiveState state = new BritiveState(seed(spec));

  @Override
  public String name() {
    return "britive";
  }

  @Override
  public List<Extension> extensions() {
    return List.of(new BritiveResponder(spec, state));
  }

  @Override
  public void register(WireMockServer server) {
    String prefix = PATH_PREFIX.replace("/", "\\/") + ".*";
    String unauthorized = BritiveErrors.body("MOCK-401", "missing or malformed Authorization: TOKEN <token> header").toString();
    server.stubFor(any(urlPathMatching(prefix)).atPriority(1)
        .withHeader("Authorization", absent())
        .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json").withBody(unauthorized)));
    server.stubFor(any(urlPathMatching(prefix)).atPriority(2)
        .withHeader("Authorization", notMatching(TOKEN_HEADER))
        .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json").withBody(unauthorized)));
    for (SpecOperation operation : spec.operations()) {
      MappingBuilder stub = request(operation.method(), urlPathMatching(operation.pathRegex()))
          .atPriority(5)
          .withMetadata(Metadata.metadata().attr("operationId", operation.operationId()).attr("vendor", name()))
          .willReturn(aResponse().withTransformers(BritiveResponder.NAME));
      server.stubFor(stub);
    }
  }

  @Override
  public void resetState() {
    state.reset();
  }

  /** @return the contract this mock serves */
  public OpenApiDocument spec() {
    return spec;
  }

  /** The starting tree: the groups and environments the spec's examples name. */
  private static BritiveState.Seed seed(OpenApiDocument spec) {
    List<ObjectNode> groups = new ArrayList<>();
    ObjectNode devGroup = (ObjectNode) spec.operation("createEnvironmentGroup").example().deepCopy();
    devGroup.put("nodeType", "group");
    for (JsonNode summary : spec.operation("getEnvironmentTreeSummary").example("environmentGroups")) {
      ObjectNode group = devGroup.deepCopy();
      group.put("id", summary.get("id").asText());
      group.put("name", summary.get("name").asText());
      group.put("description", summary.get("name").asText());
      group.put("parentId", "");
      group.put("internalParentId", "");
      group.put("nodeType", summary.get("type").asText());
      groups.add(group);
    }
    groups.add(devGroup);

    List<ObjectNode> environments = new ArrayList<>();
    ObjectNode created = (ObjectNode) spec.operation("createEnvironment").example();
    for (JsonNode item : spec.operation("listEnvironments").example()) {
      environments.add(environment(created, item.get("environmentId").asText(), item.get("environmentName").asText(),
          "AWSAccount", item.get("appContainerId").asText()));
    }
    for (JsonNode summary : spec.operation("getEnvironmentTreeSummary").example("environments")) {
      String id = summary.get("id").asText();
      if (environments.stream().noneMatch(e -> e.get("id").asText().equals(id))) {
        environments.add(environment(created, id, summary.get("name").asText(), summary.get("type").asText(), null));
      }
    }
    return new BritiveState.Seed(groups, environments);
  }

  private static ObjectNode environment(ObjectNode template, String id, String name, String nodeType, String container) {
    ObjectNode env = template.deepCopy();
    env.put("id", id);
    env.put("name", name);
    env.put("nodeType", nodeType);
    if (container != null) {
      env.put("appContainerId", container);
    }
    return env;
  }
}
