package io.secplat.guardian;

import java.util.Locale;

/**
 * The format of an events report sent by email.
 *
 * <pre>{@code
 * guardian.events().emailReport(EventQuery.view("User Logins"), "ops@example.com", EventReportFormat.CSV);
 * }</pre>
 */
public enum EventReportFormat {
  /** A CSV file. */
  CSV,
  /** A JSON file. */
  JSON;

  /** @return the value sent as {@code report_format}, e.g. {@code csv} */
  public String wireValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
