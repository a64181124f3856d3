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
 * matching first drops the stubs that cannot match: another method, or a path that does not start
 * with the literal start of the stub's {@code urlPathMatching} regex or does not match it. WireMock
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
   * @param prefix the literal start of its path regex ("" when it has none)
   * @param path its path regex, or null when it has none (other URL patterns match in full only)
   */
  record Candidate(StubMapping stub, RequestMethod method, String prefix, Pattern path) {
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
      return new Candidate(stub, method, path == null ? "" : literalPrefix(regex), path);
    }

    boolean mayMatch(RequestMethod requestMethod, String requestPath) {
      return (method == null || method.equals(requestMethod))
          && requestPath.startsWith(prefix)
          && (path == null || path.matcher(requestPath).matches());
    }
  }

  /**
   * The text every match of the regex starts with: its leading literal characters (plain ones,
   * escaped punctuation, {@code \Q...\E} quotes), without the last one when a quantifier follows,
   * and "" when the regex has an alternation outside every group (it may not start with them at all).
   */
  static String literalPrefix(String regex) {
    if (hasTopLevelAlternation(regex)) {
      return "";
    }
    StringBuilder prefix = new StringBuilder();
    int i = 0;
    while (i < regex.length()) {
      char c = regex.charAt(i);
      if (regex.startsWith("\\Q", i)) {
        int end = regex.indexOf("\\E", i + 2);
        String quoted = end < 0 ? regex.substring(i + 2) : regex.substring(i + 2, end);
        prefix.append(quoted);
        i = end < 0 ? regex.length() : end + 2;
        continue;
      }
      if (c == '\\' && i + 1 < regex.length() && !Character.isLetterOrDigit(regex.charAt(i + 1))) {
        prefix.append(regex.charAt(i + 1));
        i += 2;
        continue;
      }
      if (c == '?' || c == '*' || c == '+' || c == '{') {
        if (prefix.length() > 0) {
          prefix.setLength(prefix.length() - 1);
        }
        return prefix.toString();
      }
      if ("\\.[]()^$|".indexOf(c) >= 0) {
        return prefix.toString();
      }
      prefix.append(c);
      i++;
    }
    return prefix.toString();
  }

  /**
   * Whether the regex has a '|' outside every group, quote and character class: then its matches
   * need not start with its first characters.
   */
  private static boolean hasTopLevelAlternation(String regex) {
    int depth = 0;
    boolean inClass = false;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (regex.startsWith("\\Q", i)) {
        int end = regex.indexOf("\\E", i + 2);
        if (end < 0) {
          return false;
        }
        i = end + 1;
      } else if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth <= 0) {
        return true;
      }
    }
    return false;
  }
}
