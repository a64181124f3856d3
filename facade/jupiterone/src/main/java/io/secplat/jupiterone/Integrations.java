package io.secplat.jupiterone;

import static io.secplat.jupiterone.Endpoint.variables;

import io.secplat.core.Arguments;
import io.secplat.core.Operation;
import io.secplat.core.graphql.GraphQlOperation;
import io.secplat.core.graphql.GraphQlStrings;
import io.secplat.jupiterone.generated.graphql.IntegrationDefinition;
import io.secplat.jupiterone.generated.graphql.IntegrationDefinitionPage;
import io.secplat.jupiterone.generated.graphql.InvokeIntegrationInstancePayload;
import io.secplat.core.paging.PagedIterable;
import java.util.Map;
import java.util.Optional;

/**
 * Integration definitions and integration jobs (on {@code /graphql}; the docs state no endpoint
 * for the definitions, AMB-02).
 *
 * <pre>{@code
 * j1.integrations().find("aws").ifPresent(d -> System.out.println(d.getTitle()));
 * boolean started = j1.integrations().invoke(instanceId);
 * }</pre>
 */
public final class Integrations {
  private static final String PLACEHOLDER = "\"INTEGRATION_INSTANCE_ID\"";
  private final Endpoint graph;

  Integrations(Endpoint graph) {
    this.graph = graph;
  }

  /**
   * @param integrationType for example {@code aws}
   * @return the definition of that integration type, or empty
   */
  @Operation("findIntegrationDefinition")
  public Optional<IntegrationDefinition> find(String integrationType) {
    return Optional.ofNullable(graph.call(Operations.FIND_INTEGRATION_DEFINITION, "findIntegrationDefinition",
        variables("integrationType", Arguments.requireNonBlank("integrationType", integrationType)), IntegrationDefinition.class));
  }

  /**
   * @param id an integration definition id
   * @return the definition, or empty
   */
  @Operation("integrationDefinition")
  public Optional<IntegrationDefinition> definition(String id) {
    return Optional.ofNullable(graph.call(Operations.INTEGRATION_DEFINITION, "integrationDefinition",
        variables("id", Arguments.requireNonBlank("id", id)), IntegrationDefinition.class));
  }

  /**
   * Every integration definition, a page at a time, lazily: production pages with
   * {@code cursor} / {@code pageInfo.endCursor}, as JupiterOne's Node client does.
   *
   * @return the definitions
   */
  @Operation("integrationDefinitions")
  public PagedIterable<IntegrationDefinition> definitions() {
    return JupiterOnePaging.pageInfo(
        cursor -> graph.call(Operations.INTEGRATION_DEFINITIONS, "integrationDefinitions", variables("cursor", cursor),
            IntegrationDefinitionPage.class),
        IntegrationDefinitionPage::getDefinitions, IntegrationDefinitionPage::getPageInfo);
  }

  /**
   * Starts a job of an integration instance. The argument's type is undocumented (String or
   * ID), so, as documented, the id is written into the document as a string literal, which fits
   * both; {@link GraphQlStrings#quote} escapes it so that it can only ever be that one string.
   *
   * @param instanceId the integration instance id
   * @return whether the job was started
   */
  @Operation("invokeIntegrationInstance")
  public boolean invoke(String instanceId) {
    Arguments.requireNonBlank("instanceId", instanceId);
    GraphQlOperation template = Operations.INVOKE_INTEGRATION_INSTANCE;
    GraphQlOperation operation = new GraphQlOperation(template.name(), template.kind(),
        template.document().replace(PLACEHOLDER, GraphQlStrings.quote(instanceId)));
    InvokeIntegrationInstancePayload result = graph.call(operation, "invokeIntegrationInstance", Map.of(),
        InvokeIntegrationInstancePayload.class);
    return result != null && Boolean.TRUE.equals(result.getSuccess());
  }
}
