package io.secplat.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation that is safe to repeat though its method is not (a POST that only reads,
 * such as a query). The generated clients carry it on every operation whose spec says
 * {@code x-safe-to-repeat: true} (a template override, see generated-clients/templates); the
 * pipeline retries such an operation like a GET.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SafeToRepeat {}
