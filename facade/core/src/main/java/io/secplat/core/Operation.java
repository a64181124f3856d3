package io.secplat.core;

import java.lang.annotation.Documented;
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
public @interface Operation {
  /** @return the operationId in the vendor's spec */
  String value();
}
