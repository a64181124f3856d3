package io.secplat.guardian;

import io.secplat.core.Arguments;
import io.secplat.core.Operation;
import io.secplat.guardian.generated.api.IntegrationsApi;
import io.secplat.guardian.generated.model.IntegrationBatchDeleteRequest;
import io.secplat.guardian.generated.model.IntegrationCreateItem;
import java.util.List;
import java.util.Map;

/**
 * Integrations of the organisation with other systems, and the integration types Guardian supports.
 *
 * <pre>{@code
 * guardian.integrations().create(List.of(new IntegrationCreateItem().name("AD").category(1)
 *     .settings(Map.of("host", "dc1.example.com"))));
 * }</pre>
 */
public final class Integrations {
  private final IntegrationsApi api;

  Integrations(IntegrationsApi api) {
    this.api = api;
  }

  /**
   * Every integration ({@code GET /api/v2/integrations.json}), e.g. {@code integrations().list()}.
   *
   * @return the integrations (not paged; fields undocumented)
   */
  @Operation("listIntegrations")
  public List<Map<String, Object>> list() {
    return api.listIntegrations();
  }

  /**
   * Creates integrations ({@code POST /api/v2/integrations/batch_create.json}), e.g.
   * {@code integrations().create(List.of(item))}. Not retried.
   *
   * @param integrations the integrations to create, at least one
   * @return the server's answer (undocumented)
   */
  @Operation("batchCreateIntegrations")
  public Map<String, Object> create(List<IntegrationCreateItem> integrations) {
    Arguments.requireNonNull("integrations", integrations);
    if (integrations.isEmpty() || integrations.stream().anyMatch(java.util.Objects::isNull)) {
      throw new IllegalArgumentException("integrations must hold at least one integration and no null");
    }
    return api.batchCreateIntegrations(integrations);
  }

  /**
   * Deletes integrations ({@code DELETE /api/v2/integrations/batch_delete.json}, body {@code {"ids": [...]}}),
   * e.g. {@code integrations().delete(List.of(4L, 5L))}.
   *
   * @param integrationIds the ids, at least one
   * @return the server's message, such as {@code 2 items deleted}
   */
  @Operation("batchDeleteIntegrations")
  public String delete(List<Long> integrationIds) {
    List<Long> ids = Ids.list("integrationIds", integrationIds, 1);
    return api.batchDeleteIntegrations(new IntegrationBatchDeleteRequest().ids(ids)).getMessage();
  }

  /**
   * The supported integration types and their ids ({@code GET /api/v2/integrations/definitions.json}),
   * e.g. {@code integrations().definitions()}.
   *
   * @return the definitions (fields undocumented)
   */
  @Operation("listIntegrationDefinitions")
  public List<Map<String, Object>> definitions() {
    return api.listIntegrationDefinitions();
  }
}
