package io.secplat.guardian;

import io.secplat.core.Arguments;
import io.secplat.core.Operation;
import io.secplat.core.paging.PagedIterable;
import io.secplat.guardian.generated.api.PluggablesApi;
import io.secplat.guardian.generated.api.PluggablesApi.ListPluggablesQueryParams;
import io.secplat.guardian.generated.model.Pluggable;
import io.secplat.guardian.generated.model.PluggableCreateAttributes;
import io.secplat.guardian.generated.model.PluggableCreateRequest;
import io.secplat.guardian.generated.model.PluggableUpdateAttributes;
import io.secplat.guardian.generated.model.PluggableUpdateRequest;

/**
 * Pluggables: custom scan scripts, one per operating system, which is how they are addressed. The
 * Rails root key {@code pluggable} of request bodies is added here.
 *
 * <pre>{@code
 * guardian.pluggables().create(new PluggableCreateAttributes().name("NewOS").operatingSystemId(123L)
 *     .script("showall config"));
 * guardian.pluggables().update(123, new PluggableUpdateAttributes().script("show running-config"));
 * }</pre>
 */
public final class Pluggables {
  private final PluggablesApi api;

  Pluggables(PluggablesApi api) {
    this.api = api;
  }

  /**
   * The skeleton of a new pluggable ({@code GET /api/v2/pluggables/new.json}), e.g. {@code pluggables().template()}.
   *
   * @return the skeleton's fields
   */
  @Operation("getPluggableTemplate")
  public PluggableCreateAttributes template() {
    return api.getPluggableTemplate();
  }

  /**
   * Every pluggable, 20 per request, e.g. {@code pluggables().list()}.
   *
   * @return the pluggables, fetched lazily
   */
  @Operation("listPluggables")
  public PagedIterable<Pluggable> list() {
    return list(GuardianPaging.DEFAULT_PER_PAGE);
  }

  /**
   * Every pluggable ({@code GET /api/v2/pluggables.json}), e.g. {@code pluggables().list(50)}.
   *
   * @param perPage records per request
   * @return the pluggables, fetched lazily
   */
  @Operation("listPluggables")
  public PagedIterable<Pluggable> list(int perPage) {
    return GuardianPaging.iterate(perPage,
        (page, size) -> api.listPluggables(new ListPluggablesQueryParams().page(page).perPage(size)));
  }

  /**
   * Creates a pluggable ({@code POST /api/v2/pluggables.json}, body {@code {"pluggable": ...}}), e.g.
   * {@code pluggables().create(new PluggableCreateAttributes().name("NewOS"))}. Not retried.
   *
   * @param attributes the new pluggable's fields; unset fields are not sent
   * @return the created pluggable
   */
  @Operation("createPluggable")
  public Pluggable create(PluggableCreateAttributes attributes) {
    return api.createPluggable(new PluggableCreateRequest().pluggable(Arguments.requireNonNull("attributes", attributes)));
  }

  /**
   * The pluggable of an operating system ({@code GET /api/v2/pluggables/{operating_system_id}.json}),
   * e.g. {@code pluggables().get(123)}.
   *
   * @param operatingSystemId the operating system's id
   * @return the pluggable
   */
  @Operation("getPluggable")
  public Pluggable get(long operatingSystemId) {
    return api.getPluggable(Ids.id("operatingSystemId", operatingSystemId));
  }

  /**
   * Changes the fields given ({@code PUT /api/v2/pluggables/{operating_system_id}.json}), e.g.
   * {@code pluggables().update(123, new PluggableUpdateAttributes().script("show config"))}.
   *
   * @param operatingSystemId the operating system's id
   * @param attributes the fields to change; unset fields are not sent and stay as they are
   */
  @Operation("updatePluggable")
  public void update(long operatingSystemId, PluggableUpdateAttributes attributes) {
    long id = Ids.id("operatingSystemId", operatingSystemId);
    api.updatePluggable(id, new PluggableUpdateRequest().pluggable(Arguments.requireNonNull("attributes", attributes)));
  }

  /**
   * Deletes the pluggable of an operating system ({@code DELETE /api/v2/pluggables/{operating_system_id}.json}),
   * e.g. {@code pluggables().delete(123)}.
   *
   * @param operatingSystemId the operating system's id
   */
  @Operation("deletePluggable")
  public void delete(long operatingSystemId) {
    api.deletePluggable(Ids.id("operatingSystemId", operatingSystemId));
  }
}
