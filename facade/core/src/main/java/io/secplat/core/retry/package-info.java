/**
 * The one retry loop of the suite ({@link io.secplat.core.retry.RetryEngine}) with its injectable
 * time: a {@link java.time.Clock} and a {@link io.secplat.core.retry.Sleeper};
 * {@link io.secplat.core.retry.ManualClock} runs waits on no wall time in tests.
 */
package io.secplat.core.retry;
