package io.secplat.mock;

import com.github.tomakehurst.wiremock.common.Urls;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.MatchResult;
import com.github.tomakehurst.wiremock.matching.RequestMatcherExtension;
import com.github.tomakehurst.wiremock.matching.RequestPattern;
import com.github.tomakehurst.wiremock.matching.UrlPathPattern;
import com.github.tomakehurst.wiremock.store.InMemoryStubMappingStore;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.SubEvent;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * WireMock's in-memory stub store, in WireMock's order (priority, then newest first), whose request
 * matching first drops the stubs that cannot match: another method, or a path that does not match the
 * stub's {@code urlPathMatching} regex (compiled once per change, not per request). WireMock
 * matches each remaining stub in full, as before, so the stub served is the one WireMock would
 * serve; only the hundreds of match results of stubs that never had a chance (the mocks register one
 * stub per operation: 230) are not built. Thread-safe: changes rebuild the pre-filter lazily.
 */
final class IndexedStubStore extends InMemoryStubMappingStore {
  /** The stubs in WireMock's order with their pre-filters; null after a change. */
  private volatile List<Candidate> candidates;

  @Override
  public synchronized void add(StubMapping stub) {
    super.add(stub);
    candidates = null;
  }

  @Override
  public synchronized void replace(StubMapping existing, StubMapping updated) {
    super.replace(existing, updated);
    candidates = null;
  }

  @Override
  @SuppressWarnings("removal")
  public synchronized void remove(StubMapping stub) {
    super.remove(stub);
    candidates = null;
  }

  @Override
  public synchronized void clear() {
    super.clear();
    candidates = null;
  }

  @Override
  public Stream<StubMapping> findAllMatchingRequest(Request request, Map<String, RequestMatcherExtension> customMatchers,
      Consumer<SubEvent> subEventConsumer) {
    String path = Urls.getPath(request.getUrl());
    RequestMethod method = request.getMethod();
    return candidates().stream()
        .filter(candidate -> candidate.mayMatch(method, path))
        .map(candidate -> {
          MatchResult result = candidate.stub.getRequest().match(request, customMatchers);
          result.getSubEvents().forEach(subEventConsumer);
          return result.isExactMatch() ? candidate.stub : null;
        })
        .filter(java.util.Objects::nonNull);
  }

  private List<Candidate> candidates() {
    List<Candidate> current = candidates;
    if (current == null) {
      synchronized (this) {
        current = candidates;
        if (current == null) {
          current = getAll().map(Candidate::of).toList();
          candidates = current;
        }
      }
    }
    return current;
  }

  /**
   * A stub and what a request must have for it to be worth matching.
   *
   * @param stub the stub
   * @param method its method, or null when any method may match (ANY, GET_OR_HEAD)
   * @param path its path regex, or null when it has none (other URL patterns match in full only)
   */
  record Candidate(StubMapping stub, RequestMethod method, Pattern path) {
    static Candidate of(StubMapping stub) {
      RequestPattern request = stub.getRequest();
      RequestMethod method = request.getMethod();
      if (method == null || method.equals(RequestMethod.ANY) || method.equals(RequestMethod.GET_OR_HEAD)) {
        method = null;
      }
      String regex = request.getUrlMatcher() instanceof UrlPathPattern ? request.getUrlPathPattern() : null;
      Pattern path = null;
      if (regex != null) {
        try {
          path = Pattern.compile(regex, Pattern.DOTALL);   // as WireMock compiles it
        } catch (PatternSyntaxException e) {
          path = null;   // WireMock reports it when it matches the stub
        }
      }
      return new Candidate(stub, method, path);
    }

    boolean mayMatch(RequestMethod requestMethod, String requestPath) {
      return (method == null || method.equals(requestMethod))
          && (path == null || path.matcher(requestPath).matches());
    }
  }
}
