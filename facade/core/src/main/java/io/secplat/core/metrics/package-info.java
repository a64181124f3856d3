/**
 * Optional metrics bindings. {@link io.secplat.core.metrics.MicrometerMetrics} is the only class of
 * the suite that refers to Micrometer; it is loaded only when a client is built with it.
 */
package io.secplat.core.metrics;
