package io.secplat.guardian;

import io.secplat.core.Operation;
import io.secplat.guardian.generated.api.SystemMetricsApi;
import java.util.List;
import java.util.Map;

/**
 * Disk usage of an on-premise appliance (not available on the SaaS).
 *
 * <pre>{@code
 * guardian.systemMetrics().list().forEach(System.out::println);
 * }</pre>
 */
public final class SystemMetrics {
  private final SystemMetricsApi api;

  SystemMetrics(SystemMetricsApi api) {
    this.api = api;
  }

  /**
   * The disk usage percentages ({@code GET /api/v2/system_metrics.json}), e.g. {@code systemMetrics().list()}.
   *
   * @return the metrics (fields undocumented)
   */
  @Operation("listSystemMetrics")
  public List<Map<String, Object>> list() {
    return api.listSystemMetrics();
  }
}
