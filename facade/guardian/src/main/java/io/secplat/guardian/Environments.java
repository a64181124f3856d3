package io.secplat.guardian;

import io.secplat.core.Arguments;
import io.secplat.core.Lookup;
import io.secplat.core.Operation;
import io.secplat.core.paging.PagedIterable;
import io.secplat.guardian.generated.api.EnvironmentsApi;
import io.secplat.guardian.generated.api.EnvironmentsApi.ListEnvironmentNodesQueryParams;
import io.secplat.guardian.generated.api.EnvironmentsApi.ListEnvironmentsQueryParams;
import io.secplat.guardian.generated.api.EnvironmentsApi.LookupEnvironmentQueryParams;
import io.secplat.guardian.generated.model.Environment;
import io.secplat.guardian.generated.model.EnvironmentCreateAttributes;
import io.secplat.guardian.generated.model.EnvironmentCreateRequest;
import io.secplat.guardian.generated.model.EnvironmentLookupResult;
import io.secplat.guardian.generated.model.EnvironmentReport;
import io.secplat.guardian.generated.model.EnvironmentUpdateAttributes;
import io.secplat.guardian.generated.model.EnvironmentUpdateRequest;
import io.secplat.guardian.generated.model.Node;
import java.util.Optional;

/**
 * Environments (groupings of nodes), their nodes and their last scheduled scan report. The Rails
 * root key {@code environment} of request bodies is added here.
 *
 * <pre>{@code
 * Environment staging = guardian.environments().create(new EnvironmentCreateAttributes().name("Staging"));
 * Optional<Long> id = guardian.environments().lookup("Staging");
 * guardian.environments().nodes(staging.getId()).forEach(node -> System.out.println(node.getName()));
 * }</pre>
 */
public final class Environments {
  private final EnvironmentsApi api;

  Environments(EnvironmentsApi api) {
    this.api = api;
  }

  /**
   * The skeleton of a new environment ({@code GET /api/v2/environments/new.json}), e.g. {@code environments().template()}.
   *
   * @return the skeleton's fields
   */
  @Operation("getEnvironmentTemplate")
  public EnvironmentCreateAttributes template() {
    return api.getEnvironmentTemplate();
  }

  /**
   * Every environment, 20 per request, e.g. {@code environments().list()}.
   *
   * @return the environments, fetched lazily
   */
  @Operation("listEnvironments")
  public PagedIterable<Environment> list() {
    return list(GuardianPaging.DEFAULT_PER_PAGE);
  }

  /**
   * Every environment ({@code GET /api/v2/environments.json}), e.g. {@code environments().list(50)}.
   *
   * @param perPage records per request
   * @return the environments, fetched lazily
   */
  @Operation("listEnvironments")
  public PagedIterable<Environment> list(int perPage) {
    return GuardianPaging.iterate(perPage,
        (page, size) -> api.listEnvironments(new ListEnvironmentsQueryParams().page(page).perPage(size)));
  }

  /**
   * Creates an environment ({@code POST /api/v2/environments.json}, body {@code {"environment": ...}}),
   * e.g. {@code environments().create(new EnvironmentCreateAttributes().name("Staging"))}. Not retried.
   *
   * @param attributes the new environment's fields; unset fields are not sent
   * @return the created environment
   */
  @Operation("createEnvironment")
  public Environment create(EnvironmentCreateAttributes attributes) {
    return api.createEnvironment(new EnvironmentCreateRequest().environment(Arguments.requireNonNull("attributes", attributes)));
  }

  /**
   * One environment ({@code GET /api/v2/environments/{id}.json}), e.g. {@code environments().get(30)}.
   *
   * @param environmentId the environment's id
   * @return the environment
   */
  @Operation("getEnvironment")
  public Environment get(long environmentId) {
    return api.getEnvironment(Ids.id("environmentId", environmentId));
  }

  /**
   * Changes the fields given ({@code PUT /api/v2/environments/{id}.json}), e.g.
   * {@code environments().update(30, new EnvironmentUpdateAttributes().shortDescription("Live"))}.
   *
   * @param environmentId the environment's id
   * @param attributes the fields to change; unset fields are not sent and stay as they are
   */
  @Operation("updateEnvironment")
  public void update(long environmentId, EnvironmentUpdateAttributes attributes) {
    long id = Ids.id("environmentId", environmentId);
    api.updateEnvironment(id, new EnvironmentUpdateRequest().environment(Arguments.requireNonNull("attributes", attributes)));
  }

  /**
   * Deletes an environment ({@code DELETE /api/v2/environments/{id}.json}), e.g. {@code environments().delete(30)}.
   *
   * @param environmentId the environment's id
   */
  @Operation("deleteEnvironment")
  public void delete(long environmentId) {
    api.deleteEnvironment(Ids.id("environmentId", environmentId));
  }

  /**
   * Finds an environment's id by name ({@code GET /api/v2/environments/lookup.json?name=}), e.g.
   * {@code environments().lookup("Production")}.
   *
   * @param name the environment's name
   * @return its id, or empty when no environment has that name
   */
  @Operation("lookupEnvironment")
  public Optional<Long> lookup(String name) {
    LookupEnvironmentQueryParams params = new LookupEnvironmentQueryParams().name(Arguments.requireNonBlank("name", name));
    return Lookup.optional(() -> api.lookupEnvironment(params)).map(EnvironmentLookupResult::getEnvironmentId);
  }

  /**
   * The nodes of an environment, 20 per request ({@code GET /api/v2/environments/{id}/nodes.json}),
   * e.g. {@code environments().nodes(30)}.
   *
   * @param environmentId the environment's id
   * @return the nodes, fetched lazily
   */
  @Operation("listEnvironmentNodes")
  public PagedIterable<Node> nodes(long environmentId) {
    return nodes(environmentId, GuardianPaging.DEFAULT_PER_PAGE);
  }

  /**
   * The nodes of an environment, e.g. {@code environments().nodes(30, 100)}.
   *
   * @param environmentId the environment's id
   * @param perPage nodes per request
   * @return the nodes, fetched lazily
   */
  @Operation("listEnvironmentNodes")
  public PagedIterable<Node> nodes(long environmentId, int perPage) {
    long id = Ids.id("environmentId", environmentId);
    return GuardianPaging.iterate(perPage,
        (page, size) -> api.listEnvironmentNodes(id, new ListEnvironmentNodesQueryParams().page(page).perPage(size)));
  }

  /**
   * The last scheduled scan report of an environment (the added/removed/changed counts sent by
   * email; {@code GET /api/v2/environments/{id}/report.json}), e.g. {@code environments().report(30)}.
   *
   * @param environmentId the environment's id
   * @return the report
   */
  @Operation("getEnvironmentReport")
  public EnvironmentReport report(long environmentId) {
    return api.getEnvironmentReport(Ids.id("environmentId", environmentId));
  }
}
