package io.secplat.core.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The raw values the tolerant reader kept where a generated model cannot hold what the vendor
 * sent: an enum value the contract does not list (the model holds {@code UNKNOWN_DEFAULT_OPEN_API},
 * or null for GraphQL enums), or a list where the contract promises one value (the model holds
 * the first element).
 *
 * <pre>{@code
 * Account account = britive.accounts().get(...);
 * String status = RawValues.text(account, "status").orElse(String.valueOf(account.getStatus()));
 * }</pre>
 *
 * <p>Entries live as long as the model object does (weakly referenced by identity) and exist only
 * for fields that drifted, so reading without drift costs nothing here.
 */
public final class RawValues {
  private static final Map<IdentityKey, Map<String, JsonNode>> VALUES = new HashMap<>();
  private static final ReferenceQueue<Object> COLLECTED = new ReferenceQueue<>();

  private RawValues() {}

  /**
   * @param model a model object a client decoded
   * @param field the field's JSON name, for example {@code status}
   * @return the raw JSON value the vendor sent for that field, when the model could not hold it
   */
  public static Optional<JsonNode> of(Object model, String field) {
    if (model == null || field == null) {
      return Optional.empty();
    }
    synchronized (VALUES) {
      expunge();
      Map<String, JsonNode> fields = VALUES.get(new IdentityKey(model, null));
      return Optional.ofNullable(fields == null ? null : fields.get(field));
    }
  }

  /**
   * @param model a model object a client decoded
   * @param field the field's JSON name
   * @return the raw text the vendor sent (an unknown enum value as sent), when the model could not hold it
   */
  public static Optional<String> text(Object model, String field) {
    return of(model, field).map(value -> value.isTextual() ? value.textValue() : value.toString());
  }

  static void keep(Object model, String field, JsonNode value) {
    if (model == null || field == null) {
      return;
    }
    synchronized (VALUES) {
      expunge();
      VALUES.computeIfAbsent(new IdentityKey(model, COLLECTED), key -> new HashMap<>()).put(field, value);
    }
  }

  static void keep(Object model, String field, String text) {
    keep(model, field, TextNode.valueOf(text));
  }

  private static void expunge() {
    for (Object key = COLLECTED.poll(); key != null; key = COLLECTED.poll()) {
      VALUES.remove(key);
    }
  }

  /** A weak key compared by identity; a collected key only equals itself. */
  private static final class IdentityKey extends WeakReference<Object> {
    private final int hash;

    IdentityKey(Object referent, ReferenceQueue<Object> queue) {
      super(referent, queue);
      this.hash = System.identityHashCode(referent);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object other) {
      if (this == other) {
        return true;
      }
      if (!(other instanceof IdentityKey key)) {
        return false;
      }
      Object referent = get();
      return referent != null && referent == key.get();
    }
  }
}
