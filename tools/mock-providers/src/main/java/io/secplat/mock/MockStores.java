package io.secplat.mock;

import com.github.tomakehurst.wiremock.common.FileSource;
import com.github.tomakehurst.wiremock.store.DefaultStores;
import com.github.tomakehurst.wiremock.store.RequestJournalStore;
import com.github.tomakehurst.wiremock.store.StubMappingStore;

/**
 * WireMock's in-memory stores with two that cost O(1) per request where WireMock's own cost
 * O(stubs) and O(journal) (issue 18: the mocks serve small requests at 2,000/s on 2 cores): the
 * stubs are pre-filtered by method and path before WireMock matches them ({@link IndexedStubStore}),
 * and the bounded request journal counts itself without walking ({@link JournalStore}). What is
 * served and journalled does not change.
 */
final class MockStores extends DefaultStores {
  private final IndexedStubStore stubs = new IndexedStubStore();
  private final JournalStore journal = new JournalStore();

  /** @param fileRoot WireMock's files root, as {@link DefaultStores} takes it */
  MockStores(FileSource fileRoot) {
    super(fileRoot);
  }

  @Override
  public StubMappingStore getStubStore() {
    return stubs;
  }

  @Override
  public RequestJournalStore getRequestJournalStore() {
    return journal;
  }
}
