package io.secplat.veza.query;

import io.secplat.core.Arguments;
import io.secplat.veza.generated.model.Condition;
import io.secplat.veza.generated.model.ConditionExpression;
import io.secplat.veza.generated.model.ConditionFn;
import java.util.List;

/**
 * A node property to compare: {@code property("mfa_active").eq(false)}.
 *
 * <p>Values are sent as given: booleans and numbers as JSON booleans and numbers, text as text
 * (timestamps as RFC 3339 text).
 */
public final class Property {
  private final String name;

  private Property(String name) {
    this.name = name;
  }

  /**
   * @param name the property name, for example {@code mfa_active}
   * @return the property
   */
  public static Property property(String name) {
    return new Property(Arguments.requireNonBlank("property", name));
  }

  /** @param value the value @return {@code property = value} */
  public Criterion eq(Object value) {
    return compare(ConditionFn.EQ, value);
  }

  /** @param value the value @return {@code property < value} */
  public Criterion lt(Object value) {
    return compare(ConditionFn.LT, value);
  }

  /** @param value the value @return {@code property <= value} */
  public Criterion lte(Object value) {
    return compare(ConditionFn.LTE, value);
  }

  /** @param value the value @return {@code property > value} */
  public Criterion gt(Object value) {
    return compare(ConditionFn.GT, value);
  }

  /** @param value the value @return {@code property >= value} */
  public Criterion gte(Object value) {
    return compare(ConditionFn.GTE, value);
  }

  /** @param text the text @return the property contains the text */
  public Criterion contains(String text) {
    return compare(ConditionFn.CONTAINS, Arguments.requireNonNull("text", text));
  }

  /** @param prefix the prefix @return the property starts with the prefix */
  public Criterion startsWith(String prefix) {
    return compare(ConditionFn.STARTS_WITH, Arguments.requireNonNull("prefix", prefix));
  }

  /** @param suffix the suffix @return the property ends with the suffix */
  public Criterion endsWith(String suffix) {
    return compare(ConditionFn.ENDS_WITH, Arguments.requireNonNull("suffix", suffix));
  }

  /** @param regex a regular expression @return the property matches it */
  public Criterion matches(String regex) {
    return compare(ConditionFn.REGEX, Arguments.requireNonBlank("regex", regex));
  }

  /** @param values the allowed values @return the property is one of them */
  public Criterion in(List<?> values) {
    return compare(ConditionFn.IN, List.copyOf(Arguments.requireNonNull("values", values)));
  }

  /** @param value an element @return the list property contains it */
  public Criterion listContains(Object value) {
    return compare(ConditionFn.LIST_CONTAINS, value);
  }

  /** @return the property is set */
  public Criterion exists() {
    return new Comparison(new Condition().fn(ConditionFn.EXISTS).property(name));
  }

  private Criterion compare(ConditionFn fn, Object value) {
    return new Comparison(new Condition().fn(fn).property(name).value(Arguments.requireNonNull("value", value)));
  }

  /** One comparison; alone it is an expression of one spec. */
  static final class Comparison implements Criterion {
    private final Condition condition;

    Comparison(Condition condition) {
      this.condition = condition;
    }

    Condition condition() {
      return condition;
    }

    @Override
    public ConditionExpression toExpression() {
      return new ConditionExpression().specs(List.of(condition));
    }

    @Override
    public Criterion negate() {
      Condition copy = new Condition().fn(condition.getFn()).property(condition.getProperty())
          .value(condition.getValue()).not(!Boolean.TRUE.equals(condition.getNot()));
      return new Comparison(copy);
    }
  }
}
