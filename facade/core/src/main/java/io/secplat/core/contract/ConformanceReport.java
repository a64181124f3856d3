package io.secplat.core.contract;

import java.util.List;

/**
 * What a conformance run found: one row per read-only operation of a vendor's façade.
 *
 * @param vendor the vendor's name
 * @param rows one row per operation, in the order they ran (skipped ones last)
 */
public record ConformanceReport(String vendor, List<ConformanceRow> rows) {

  /** Copies the rows. */
  public ConformanceReport {
    rows = List.copyOf(rows);
  }

  /** @return true when at least one operation's response deviated from the contract */
  public boolean drifted() {
    return count(ConformanceRow.Status.drift) > 0;
  }

  /**
   * @param status a status
   * @return how many rows have it
   */
  public long count(ConformanceRow.Status status) {
    return rows.stream().filter(row -> row.status() == status).count();
  }
}
