package io.secplat.veza.query;

import io.secplat.core.Arguments;
import io.secplat.veza.generated.model.Condition;
import io.secplat.veza.generated.model.ConditionExpression;
import io.secplat.veza.generated.model.Operator;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups of criteria: {@code allOf(property("a").eq(1), anyOf(property("b").eq(2), property("c").eq(3)))}.
 * Comparisons become the group's {@code specs}, nested groups its {@code child_expressions}.
 */
public final class Criteria implements Criterion {
  private final Operator operator;
  private final boolean not;
  private final List<Criterion> members;

  private Criteria(Operator operator, boolean not, List<Criterion> members) {
    this.operator = operator;
    this.not = not;
    this.members = members;
  }

  /**
   * @param criteria at least one criterion
   * @return a criterion true when all are
   */
  public static Criterion allOf(Criterion... criteria) {
    return new Criteria(Operator.AND, false, members(criteria));
  }

  /**
   * @param criteria at least one criterion
   * @return a criterion true when any is
   */
  public static Criterion anyOf(Criterion... criteria) {
    return new Criteria(Operator.OR, false, members(criteria));
  }

  @Override
  public Criterion negate() {
    return new Criteria(operator, !not, members);
  }

  @Override
  public ConditionExpression toExpression() {
    List<Condition> specs = new ArrayList<>();
    List<ConditionExpression> children = new ArrayList<>();
    for (Criterion member : members) {
      if (member instanceof Property.Comparison) {
        specs.add(((Property.Comparison) member).condition());
      } else {
        children.add(member.toExpression());
      }
    }
    ConditionExpression expression = new ConditionExpression().operator(operator);
    if (!specs.isEmpty()) {
      expression.specs(specs);
    }
    if (!children.isEmpty()) {
      expression.childExpressions(children);
    }
    if (not) {
      expression.not(true);
    }
    return expression;
  }

  private static List<Criterion> members(Criterion... criteria) {
    Arguments.requireNonNull("criteria", criteria);
    if (criteria.length == 0) {
      throw new IllegalArgumentException("criteria must not be empty");
    }
    for (Criterion criterion : criteria) {
      Arguments.requireNonNull("criterion", criterion);
    }
    return List.of(criteria);
  }
}
