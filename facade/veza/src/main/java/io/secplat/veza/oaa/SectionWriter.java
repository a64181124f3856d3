package io.secplat.veza.oaa;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The streaming core shared by {@link IdentityProviderWriter} and {@link HrisWriter}: the payload's
 * large lists are JSON arrays written one after the other in a fixed order; each element is checked
 * when the next one starts or the body ends, then written. Only ids are kept (lower-cased, since
 * Veza's client keys these elements case-insensitively), plus the references to elements not yet
 * written, which must all resolve by the end. Not thread-safe.
 */
abstract class SectionWriter {
  /** A reference still waiting for its target: the target kind and id, and who refers to it. */
  private record Awaited(String kind, String id, String element) {}

  final JsonGenerator json;
  private final List<String> sections;
  private final Map<String, Set<String>> ids = new LinkedHashMap<>();
  private final Map<String, Awaited> awaited = new LinkedHashMap<>();
  private int section = -1;
  private Entry pending;
  private long elements;

  /** @param sections the array fields, in the order they must be written */
  SectionWriter(JsonGenerator json, List<String> sections) {
    this.json = json;
    this.sections = sections;
    for (String s : sections) {
      ids.put(s, new HashSet<>());
    }
  }

  /** @return how many elements were written so far */
  public long elementsWritten() {
    return elements;
  }

  /** Starts an element of a section, after checking and writing the previous one. */
  final <E extends Entry> E start(int next, String element, E entry) {
    enter(next, element);
    pending = entry;
    return entry;
  }

  final void finish() {
    enter(sections.size(), "the end of the payload");
    write(json::writeEndArray);
    if (!awaited.isEmpty()) {
      Awaited a = awaited.values().iterator().next();
      throw new OaaPayloadException(a.element, a.kind + " " + a.id + " is not declared");
    }
  }

  private void enter(int next, String element) {
    flush();
    if (next < section) {
      throw new OaaPayloadException(element, "comes too late: " + String.join(", then ", sections)
          + " are written in that order");
    }
    while (section < next && section < sections.size() - 1) {
      int closing = section;
      section++;
      String opening = sections.get(section);
      write(() -> {
        if (closing >= 0) {
          json.writeEndArray();
        }
        json.writeArrayFieldStart(opening);
      });
    }
    section = Math.max(section, next);
  }

  private void flush() {
    if (pending != null) {
      Entry entry = pending;
      pending = null;
      entry.check();
      write(entry::write);
      elements++;
    }
  }

  /** Records a written id of a section; a second one, in any case, is refused. */
  final void declare(String sectionName, String kind, String element, String id) {
    String key = id.toLowerCase(Locale.ROOT);
    if (!ids.get(sectionName).add(key)) {
      throw new OaaPayloadException(element, "is declared twice (ids are compared ignoring case)");
    }
    awaited.remove(sectionName + '\u0000' + key);
  }

  /**
   * Checks a reference: it resolves if its target was written; if the target's section is still
   * being written, it must be written before the end.
   */
  final void refer(String sectionName, String kind, String element, String id) {
    String key = id.toLowerCase(Locale.ROOT);
    if (ids.get(sectionName).contains(key)) {
      return;
    }
    if (sections.indexOf(sectionName) < section) {
      throw new OaaPayloadException(element, kind + " " + id + " is not declared");
    }
    awaited.putIfAbsent(sectionName + '\u0000' + key, new Awaited(kind, id, element));
  }

  static void requireText(String element, String value) {
    CustomApplication.Builder.requireId(element, value);
  }

  interface IoAction {
    void run() throws IOException;
  }

  static void write(IoAction action) {
    try {
      action.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void writeRefs(String field, String key, List<String> values) throws IOException {
    json.writeArrayFieldStart(field);
    for (String v : values) {
      json.writeStartObject();
      json.writeStringField(key, v);
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  static void writeOptional(JsonGenerator json, String field, String value) throws IOException {
    if (value != null) {
      json.writeStringField(field, value);
    }
  }

  static void writeOptional(JsonGenerator json, String field, Boolean value) throws IOException {
    if (value != null) {
      json.writeBooleanField(field, value);
    }
  }

  /** An element being written. */
  abstract static class Entry {
    abstract void check();

    abstract void write() throws IOException;
  }
}
