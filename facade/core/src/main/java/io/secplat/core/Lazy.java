package io.secplat.core;

import java.util.function.Supplier;

/**
 * A value built on first use and then kept: what a client holds but a call may never need (a
 * resource's Feign proxy, a second endpoint), so that building the client costs only what every
 * call needs. Thread-safe: the value is built at most once, and every thread sees the same one.
 *
 * <pre>{@code
 * private final Lazy<RawData> rawData = Lazy.of(() -> new RawData(http.target(RawDataApi.class)));
 * public RawData rawData() { return rawData.get(); }
 * }</pre>
 *
 * @param <T> the value's type
 */
public final class Lazy<T> implements Supplier<T> {
  private Supplier<? extends T> factory;
  private volatile T value;

  private Lazy(Supplier<? extends T> factory) {
    this.factory = factory;
  }

  /**
   * @param factory builds the value; called at most once, on the first {@link #get()}, and must not
   *     return null
   * @param <T> the value's type
   * @return a value built on first use
   */
  public static <T> Lazy<T> of(Supplier<? extends T> factory) {
    return new Lazy<>(Arguments.requireNonNull("factory", factory));
  }

  /**
   * @return the value, built by this call if it is the first
   * @throws IllegalStateException when the factory returned null; a factory that throws is
   *     called again by the next {@code get()}
   */
  @Override
  public T get() {
    T result = value;
    if (result == null) {
      synchronized (this) {
        result = value;
        if (result == null) {
          result = factory.get();
          if (result == null) {
            throw new IllegalStateException("a lazy value's factory returned null");
          }
          value = result;
          factory = null;
        }
      }
    }
    return result;
  }

  /** @return whether the value has been built */
  public boolean isBuilt() {
    return value != null;
  }

  @Override
  public String toString() {
    return isBuilt() ? "Lazy{" + value + '}' : "Lazy{not built}";
  }
}
