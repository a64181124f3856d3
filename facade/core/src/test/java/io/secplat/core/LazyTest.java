package io.secplat.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyTest {
  @Test
  void buildsNothingUntilTheFirstGetThenKeepsTheValue() {
    AtomicInteger builds = new AtomicInteger();
    Lazy<String> lazy = Lazy.of(() -> "value-" + builds.incrementAndGet());

    assertThat(builds).hasValue(0);
    assertThat(lazy.isBuilt()).isFalse();
    assertThat(lazy).hasToString("Lazy{not built}");

    assertThat(lazy.get()).isEqualTo("value-1");
    assertThat(lazy.get()).isEqualTo("value-1");
    assertThat(builds).hasValue(1);
    assertThat(lazy.isBuilt()).isTrue();
    assertThat(lazy).hasToString("Lazy{value-1}");
  }

  @Test
  void manyThreadsAtOnceBuildTheValueOnceAndAllSeeTheSameOne() throws Exception {
    AtomicInteger builds = new AtomicInteger();
    Lazy<Object> lazy = Lazy.of(() -> {
      builds.incrementAndGet();
      return new Object();
    });
    CountDownLatch start = new CountDownLatch(1);
    List<Object> seen = java.util.Collections.synchronizedList(new ArrayList<>());
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Thread thread = new Thread(() -> {
        try {
          start.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        seen.add(lazy.get());
      });
      thread.start();
      threads.add(thread);
    }
    start.countDown();
    for (Thread thread : threads) {
      thread.join(5_000);
    }

    assertThat(seen).hasSize(8).allSatisfy(value -> assertThat(value).isSameAs(seen.get(0)));
    assertThat(builds).hasValue(1);
  }

  @Test
  void aFactoryThatThrowsIsAskedAgainByTheNextGet() {
    AtomicInteger calls = new AtomicInteger();
    Lazy<String> lazy = Lazy.of(() -> {
      if (calls.incrementAndGet() == 1) {
        throw new IllegalStateException("not yet");
      }
      return "second";
    });

    assertThatThrownBy(lazy::get).isInstanceOf(IllegalStateException.class).hasMessage("not yet");
    assertThat(lazy.isBuilt()).isFalse();
    assertThat(lazy.get()).isEqualTo("second");
  }

  @Test
  void aNullValueIsRefusedAndANullFactoryIsRefusedAtOnce() {
    assertThatThrownBy(() -> Lazy.of(() -> null).get()).isInstanceOf(IllegalStateException.class)
        .hasMessage("a lazy value's factory returned null");
    assertThatThrownBy(() -> Lazy.of(null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("factory");
  }
}
