package io.secplat.core.contract;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.secplat.core.Arguments;
import io.secplat.core.ClientMetrics;
import java.lang.reflect.Type;

/**
 * The tolerant reader: installs on a client's JSON mapper the Jackson machinery that survives the
 * drift real services show and reports it (see {@link DriftKind}), or, in strict mode, refuses it.
 *
 * <ul>
 *   <li>a single value where the contract says list, and a list where it says one value;
 *   <li>a number where it says string (ids, versions, timestamps: epoch milliseconds) and the reverse;
 *   <li>an enum value it does not list: the model holds {@code UNKNOWN_DEFAULT_OPEN_API} (null for
 *       GraphQL enums), and {@link RawValues#text} gives the value as sent;
 *   <li>fields it does not declare (skipped), an object delivered as a string holding its JSON,
 *       and an absent required field (left null).
 * </ul>
 *
 * <p>Each deviation is reported once per operation, JSON path and kind: a WARN on logger
 * {@code io.secplat.contract} naming vendor, operationId, path, expected and found shapes (never
 * values), and the counter {@code secplat.client.contract.drift} when the client has metrics.
 * In strict mode ({@link io.secplat.core.ClientBuilder#strictContracts()}) every deviation
 * fails the call with an {@link io.secplat.core.error.UndecodableResponseException} naming the
 * path; {@link Drift#in(Throwable)} returns it.
 *
 * <p>Only reads made through {@link #reader} are checked: the operation reaches the decoder as an
 * attribute of each read, never through thread-local state, and the client's own uses of the
 * mapper (converting a request model) are left as they are.
 */
public final class ContractReading {
  /** The system property that makes strict mode the default of every client built in the JVM. */
  public static final String STRICT_PROPERTY = "secplat.contracts.strict";
  /** The per-read attribute naming the operation whose response is read. */
  public static final Object OPERATION = new Object() {
    @Override
    public String toString() {
      return "secplat.operation";
    }
  };
  private static final String UNKNOWN = "unknown";

  private ContractReading() {}

  /**
   * @return whether clients read strictly unless told otherwise: true when the system property
   *     {@value #STRICT_PROPERTY} is {@code true} (the suite's own tests set it)
   */
  public static boolean strictByDefault() {
    return Boolean.getBoolean(STRICT_PROPERTY);
  }

  /**
   * Installs the tolerant (or strict) reader on a client's mapper, before its first use.
   *
   * @param json the client's one JSON mapper
   * @param vendor the vendor's name, for reports
   * @param strict whether every deviation fails the call
   * @param recorder where the drift counter goes
   * @return the mapper
   */
  public static ObjectMapper install(ObjectMapper json, String vendor, boolean strict, ClientMetrics.Recorder recorder) {
    Arguments.requireNonNull("json", json);
    DriftReporter reporter = new DriftReporter(Arguments.requireNonBlank("vendor", vendor), strict,
        Arguments.requireNonNull("recorder", recorder));
    SimpleModule module = new SimpleModule("secplat-contract-reading");
    module.setDeserializerModifier(new DriftModifier(reporter));
    json.registerModule(module);
    json.addHandler(new UnknownFields(reporter));
    json.enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
    json.enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL);
    json.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    // a number where a date-time string is promised is epoch milliseconds, as the vendors send them
    json.disable(DeserializationFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS);
    return json;
  }

  /**
   * A reader for one response of one operation.
   *
   * @param json the client's mapper
   * @param type the type to read
   * @param operation the operationId, or null when unknown
   * @return the reader
   */
  public static ObjectReader reader(ObjectMapper json, Type type, String operation) {
    return json.readerFor(json.constructType(type)).withAttribute(OPERATION, operation == null ? UNKNOWN : operation);
  }

  /** @return whether a read is a vendor's answer ({@link #reader}), not one of the client's own conversions */
  static boolean readsResponse(DeserializationContext ctxt) {
    return ctxt.getAttribute(OPERATION) != null;
  }

  static String operation(DeserializationContext ctxt) {
    Object operation = ctxt.getAttribute(OPERATION);
    return operation == null ? UNKNOWN : operation.toString();
  }
}
