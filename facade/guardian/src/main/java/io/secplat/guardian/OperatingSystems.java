package io.secplat.guardian;

import io.secplat.core.Arguments;
import io.secplat.core.Lookup;
import io.secplat.core.Operation;
import io.secplat.guardian.generated.api.OperatingSystemsApi;
import io.secplat.guardian.generated.api.OperatingSystemsApi.LookupOperatingSystemQueryParams;
import io.secplat.guardian.generated.model.OperatingSystem;
import io.secplat.guardian.generated.model.OperatingSystemLookupResult;
import java.util.List;
import java.util.Optional;

/**
 * The operating systems Guardian recognises.
 *
 * <pre>{@code
 * guardian.operatingSystems().lookup("Windows 2012")
 *     .ifPresent(os -> System.out.println(os.getOperatingSystemId()));
 * }</pre>
 */
public final class OperatingSystems {
  private final OperatingSystemsApi api;

  OperatingSystems(OperatingSystemsApi api) {
    this.api = api;
  }

  /**
   * Every operating system ({@code GET /api/v2/operating_systems.json}), e.g. {@code operatingSystems().list()}.
   *
   * @return the operating systems (not paged)
   */
  @Operation("listOperatingSystems")
  public List<OperatingSystem> list() {
    return api.listOperatingSystems();
  }

  /**
   * One operating system ({@code GET /api/v2/operating_systems/{id}.json}), e.g. {@code operatingSystems().get(123)}.
   *
   * @param operatingSystemId the operating system's id
   * @return the operating system
   */
  @Operation("getOperatingSystem")
  public OperatingSystem get(long operatingSystemId) {
    return api.getOperatingSystem(Ids.id("operatingSystemId", operatingSystemId));
  }

  /**
   * Finds an operating system by a query string ({@code GET /api/v2/operating_systems/lookup.json?query=}),
   * e.g. {@code operatingSystems().lookup("Windows 2012")}.
   *
   * @param query the query text
   * @return the operating system and its family, or empty when nothing matches
   */
  @Operation("lookupOperatingSystem")
  public Optional<OperatingSystemLookupResult> lookup(String query) {
    LookupOperatingSystemQueryParams params = new LookupOperatingSystemQueryParams().query(Arguments.requireNonBlank("query", query));
    return Lookup.optional(() -> api.lookupOperatingSystem(params));
  }
}
