package io.secplat.core.contract;

import io.secplat.core.ClientMetrics;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one client does with a deviation: in strict mode it throws; otherwise it logs a WARN on
 * {@value #LOGGER} and counts it, once per operation, path and kind. Thread-safe.
 *
 * <p>The set of reported deviations is bounded ({@value #MAX_REPORTED}): a server inventing a new
 * field name in every response cannot grow the client's memory; beyond the bound one last line
 * says that further deviations go unreported.
 */
final class DriftReporter {
  /** The logger every deviation is reported on. */
  static final String LOGGER = "io.secplat.contract";
  static final int MAX_REPORTED = 4096;
  /** The logger, looked up (and SLF4J initialised) by the first deviation, not when a client is built. */
  private static final class Log {
    static final Logger LOG = LoggerFactory.getLogger(LOGGER);
  }

  private final String vendor;
  private final boolean strict;
  private final ClientMetrics.Recorder recorder;
  private final Set<String> reported = ConcurrentHashMap.newKeySet();

  DriftReporter(String vendor, boolean strict, ClientMetrics.Recorder recorder) {
    this.vendor = vendor;
    this.strict = strict;
    this.recorder = recorder;
  }

  boolean strict() {
    return strict;
  }

  /**
   * Reports one deviation.
   *
   * @throws ContractDriftException in strict mode
   */
  void report(String operation, String path, DriftKind kind, String expected, String found)
      throws ContractDriftException {
    Drift drift = new Drift(vendor, operation, path, kind, expected, found);
    if (strict) {
      throw new ContractDriftException(drift);
    }
    String key = operation + ' ' + path + ' ' + kind;
    if (reported.contains(key)) {
      return;
    }
    if (reported.size() >= MAX_REPORTED) {
      if (reported.add("")) {
        Log.LOG.warn("contract drift: vendor={} reported {} deviations; further deviations are not reported", vendor,
            MAX_REPORTED);
      }
      return;
    }
    if (reported.add(key)) {
      Log.LOG.warn("contract drift: vendor={} operation={} path={} kind={} expected={} found={}", vendor, operation, path,
          kind, expected, found);
      recorder.contractDrift(operation, kind.name());
    }
  }
}
