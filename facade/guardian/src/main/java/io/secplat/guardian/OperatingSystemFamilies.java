package io.secplat.guardian;

import io.secplat.core.Operation;
import io.secplat.guardian.generated.api.OperatingSystemFamiliesApi;
import io.secplat.guardian.generated.model.OperatingSystemFamily;
import java.util.List;

/**
 * The operating system families Guardian recognises.
 *
 * <pre>{@code
 * guardian.operatingSystemFamilies().list().forEach(family -> System.out.println(family.getName()));
 * }</pre>
 */
public final class OperatingSystemFamilies {
  private final OperatingSystemFamiliesApi api;

  OperatingSystemFamilies(OperatingSystemFamiliesApi api) {
    this.api = api;
  }

  /**
   * Every family ({@code GET /api/v2/operating_system_families.json}), e.g. {@code operatingSystemFamilies().list()}.
   *
   * @return the families (not paged)
   */
  @Operation("listOperatingSystemFamilies")
  public List<OperatingSystemFamily> list() {
    return api.listOperatingSystemFamilies();
  }

  /**
   * One family ({@code GET /api/v2/operating_system_families/{id}.json}), e.g. {@code operatingSystemFamilies().get(1)}.
   *
   * @param operatingSystemFamilyId the family's id
   * @return the family
   */
  @Operation("getOperatingSystemFamily")
  public OperatingSystemFamily get(long operatingSystemFamilyId) {
    return api.getOperatingSystemFamily(Ids.id("operatingSystemFamilyId", operatingSystemFamilyId));
  }
}
