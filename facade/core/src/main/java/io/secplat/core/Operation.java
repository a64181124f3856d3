package io.secplat.core;

import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the spec operation (its {@code operationId}) a façade method calls. The build's coverage
 * report reads it to prove every documented operation has a façade method.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(Operation.List.class)
public @interface Operation {
  /** @return the operationId in the vendor's spec */
  String value();

  /** The operations of a façade method that calls several in turn (for example a bulk sync job). */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @interface List {
    /** @return the operations, in the order the method calls them */
    Operation[] value();
  }
}
