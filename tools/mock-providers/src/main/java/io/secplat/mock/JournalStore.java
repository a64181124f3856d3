package io.secplat.mock;

import com.github.tomakehurst.wiremock.store.RequestJournalStore;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The request journal, newest first, as WireMock's in-memory store keeps it, except that its key
 * stream knows its size. WireMock trims a bounded journal after every request with
 * {@code while (store.getAllKeys().count() > max) store.removeLast()}; over WireMock's store that
 * walks the whole journal (up to 10,000 events) on every request, here {@code count()} is O(1).
 * Thread-safe.
 */
final class JournalStore implements RequestJournalStore {
  private final ConcurrentLinkedDeque<UUID> order = new ConcurrentLinkedDeque<>();
  private final ConcurrentHashMap<UUID, ServeEvent> events = new ConcurrentHashMap<>();

  @Override
  public void add(ServeEvent event) {
    events.put(event.getId(), event);
    order.addFirst(event.getId());
  }

  @Override
  public Stream<ServeEvent> getAll() {
    return order.stream().map(events::get).filter(Objects::nonNull);
  }

  @Override
  public void removeLast() {
    UUID id = order.pollLast();
    if (id != null) {
      events.remove(id);
    }
  }

  /** @return the ids, newest first, in a stream whose {@code count()} does not walk it */
  @Override
  public Stream<UUID> getAllKeys() {
    return StreamSupport.stream(Spliterators.spliterator(order.iterator(), events.size(),
        Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  @Override
  public Optional<ServeEvent> get(UUID id) {
    return Optional.ofNullable(events.get(id));
  }

  /** Replaces a journalled event (its response is added when served); an id not journalled is ignored. */
  @Override
  public void put(UUID id, ServeEvent event) {
    events.replace(id, event);
  }

  @Override
  public void remove(UUID id) {
    order.remove(id);
    events.remove(id);
  }

  @Override
  public void clear() {
    order.clear();
    events.clear();
  }
}
