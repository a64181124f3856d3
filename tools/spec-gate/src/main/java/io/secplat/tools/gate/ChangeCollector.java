package io.secplat.tools.gate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the changes of one subject in the order they are found. The same sentence found twice
 * (a shared schema reached from several operations) is kept once, at its most serious level.
 */
final class ChangeCollector {
  private final String subject;
  private final Map<String, ChangeLevel> changes = new LinkedHashMap<>();
  private int majors;

  ChangeCollector(String subject) {
    this.subject = subject;
  }

  void add(ChangeLevel level, String text) {
    changes.merge(text, level, ChangeLevel::atLeast);
    if (level == ChangeLevel.MAJOR) {
      majors++;
    }
  }

  /** @return how many major changes were added so far, repeated ones included */
  int majorsAdded() {
    return majors;
  }

  boolean hasAtLeast(ChangeLevel level) {
    return changes.values().stream().anyMatch(l -> l.compareTo(level) >= 0);
  }

  boolean isEmpty() {
    return changes.isEmpty();
  }

  List<Change> toList() {
    List<Change> list = new ArrayList<>();
    changes.forEach((text, level) -> list.add(new Change(level, subject, text)));
    return list;
  }
}
