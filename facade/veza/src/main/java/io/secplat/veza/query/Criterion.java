package io.secplat.veza.query;

import io.secplat.veza.generated.model.ConditionExpression;

/**
 * A condition on node properties: one comparison ({@link Property}) or a group of them
 * ({@link Criteria#allOf}, {@link Criteria#anyOf}).
 */
public interface Criterion {

  /** @return this criterion as Veza's condition expression */
  ConditionExpression toExpression();

  /** @return this criterion negated */
  Criterion negate();
}
