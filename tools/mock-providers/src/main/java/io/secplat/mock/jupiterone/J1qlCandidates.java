package io.secplat.mock.jupiterone;

import java.util.ArrayList;
import java.util.List;

/**
 * The start candidates of a selector in insertion order, from a sequence number on: one index
 * list (an indexed WITH equality, a class, a type, or every entity), or several merged (a union
 * {@code (A|B)}). Positioned by binary search, so resuming costs O(log n) whatever was before.
 */
final class J1qlCandidates {
  private final List<List<GraphIndex.Indexed>> lists;
  private final int[] positions;

  private J1qlCandidates(List<List<GraphIndex.Indexed>> lists, long fromSeq) {
    this.lists = lists;
    this.positions = new int[lists.size()];
    for (int i = 0; i < lists.size(); i++) {
      positions[i] = GraphIndex.after(lists.get(i), fromSeq - 1);
    }
  }

  static J1qlCandidates of(GraphIndex index, J1qlPlan.Selector selector, long fromSeq) {
    List<List<GraphIndex.Indexed>> lists = new ArrayList<>();
    if (selector.indexed() != null) {
      lists.add(index.byProperty(selector.indexed().property(), selector.indexed().value()));
    } else if (selector.any()) {
      lists.add(index.all());
    } else {
      selector.classes().forEach(c -> lists.add(index.byClass(c)));
      selector.types().forEach(t -> lists.add(index.byType(t)));
    }
    return new J1qlCandidates(lists, fromSeq);
  }

  boolean hasNext() {
    for (int i = 0; i < lists.size(); i++) {
      if (positions[i] < lists.get(i).size()) {
        return true;
      }
    }
    return false;
  }

  /** @return the candidate with the lowest sequence number among the lists' heads */
  GraphIndex.Indexed next() {
    int best = -1;
    for (int i = 0; i < lists.size(); i++) {
      if (positions[i] < lists.get(i).size()
          && (best < 0 || lists.get(i).get(positions[i]).seq() < lists.get(best).get(positions[best]).seq())) {
        best = i;
      }
    }
    GraphIndex.Indexed next = lists.get(best).get(positions[best]++);
    // a union of a class and a type can hold one entity twice: skip the repeat
    for (int i = 0; i < lists.size(); i++) {
      while (positions[i] < lists.get(i).size() && lists.get(i).get(positions[i]).seq() == next.seq()) {
        positions[i]++;
      }
    }
    return next;
  }

  /** Skips up to n candidates; one list jumps in O(1). @return how many were skipped */
  long skip(long n) {
    if (lists.size() == 1) {
      int available = lists.get(0).size() - positions[0];
      int skipped = (int) Math.min(n, available);
      positions[0] += skipped;
      return skipped;
    }
    long skipped = 0;
    while (skipped < n && hasNext()) {
      next();
      skipped++;
    }
    return skipped;
  }
}
