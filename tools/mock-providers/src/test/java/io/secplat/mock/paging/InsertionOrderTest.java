package io.secplat.mock.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InsertionOrderTest {
  @Test
  void behavesLikeALinkedHashMapWithPositionsThroughRandomChanges() {
    Random random = new Random(18);
    InsertionOrder<Integer, String> order = new InsertionOrder<>();
    Map<Integer, String> reference = new LinkedHashMap<>();
    for (int step = 0; step < 20_000; step++) {
      int key = random.nextInt(2_000);
      int action = random.nextInt(10);
      if (action < 5) {
        assertThat(order.put(key, "v" + step)).isEqualTo(reference.put(key, "v" + step));
      } else if (action < 9) {
        assertThat(order.remove(key)).isEqualTo(reference.remove(key));
      } else {
        assertThat(order.get(key)).isEqualTo(reference.get(key));
      }
      if (step % 97 == 0) {
        List<String> all = new ArrayList<>(reference.values());
        assertThat(order.size()).isEqualTo(all.size());
        int from = all.isEmpty() ? 0 : random.nextInt(all.size());
        int to = from + random.nextInt(60);
        assertThat(order.range(from, to)).containsExactlyElementsOf(all.subList(from, Math.min(to, all.size())));
        assertThat(order.keys()).containsExactlyElementsOf(reference.keySet());
      }
    }
  }

  @Test
  void pagesThroughThirtyThousandEntriesEachExactlyOnceInOrder() {
    InsertionOrder<String, Integer> order = new InsertionOrder<>();
    for (int i = 0; i < 30_000; i++) {
      order.put("k" + i, i);
    }
    for (int i = 0; i < 30_000; i += 3) {
      order.remove("k" + i);                     // holes everywhere, compacted or not
    }
    List<Integer> seen = new ArrayList<>();
    for (int from = 0; from < order.size(); from += 1000) {
      seen.addAll(order.range(from, from + 1000));
    }
    assertThat(seen).hasSize(20_000).doesNotHaveDuplicates().isSorted().allMatch(i -> i % 3 != 0);
    assertThat(order.range(order.size(), order.size() + 10)).isEmpty();
  }

  @Test
  void aFilteredWindowCountsOnlyTheValuesThatPass() {
    InsertionOrder<Integer, Integer> order = new InsertionOrder<>();
    for (int i = 0; i < 50; i++) {
      order.put(i, i);
    }
    order.put(4, 400);                           // replaced in place
    assertThat(order.range(v -> v % 2 == 0, 1, 4)).containsExactly(2, 400, 6);
    assertThat(order.count(v -> v % 2 == 0, 10)).isEqualTo(10);
    assertThat(order.count(v -> v % 2 == 0, 1000)).isEqualTo(25);
    assertThat(order.removeIf(v -> v >= 10)).isTrue();
    assertThat(order.values()).containsExactly(0, 1, 2, 3, 5, 6, 7, 8, 9);
  }

  @Test
  void nullsAreRefused() {
    assertThatThrownBy(() -> new InsertionOrder<String, String>().put("k", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no null");
  }
}
