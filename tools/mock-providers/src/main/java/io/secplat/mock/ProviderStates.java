package io.secplat.mock;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The provider states a vendor mock understands: each a pattern of the state's name (as pacts
 * write it, for example {@code saved query 6f2c… exists}) and what to do to make it true, after
 * the mock's state was reset to its documented start.
 *
 * <pre>{@code
 * ProviderStates states = new ProviderStates()
 *     .holds("environment \\S+ exists")                       // true in the seed already
 *     .on("saved query (\\S+) exists", (m, params) -> state.ensureQuery(m.group(1)));
 * }</pre>
 */
public final class ProviderStates {
  /** Makes one state true. */
  @FunctionalInterface
  public interface Setup {
    /**
     * @param name the state's name, matched: its groups carry the ids the state names
     * @param params the state's parameters from the pact, possibly empty
     */
    void apply(Matcher name, Map<String, Object> params);
  }

  private final List<Pattern> patterns = new ArrayList<>();
  private final List<Setup> setups = new ArrayList<>();

  /**
   * @param regex a pattern of state names
   * @param setup what makes such a state true
   * @return this
   */
  public ProviderStates on(String regex, Setup setup) {
    patterns.add(Pattern.compile(regex));
    setups.add(setup);
    return this;
  }

  /**
   * @param regexes patterns of states that hold in the documented starting state
   * @return this
   */
  public ProviderStates holds(String... regexes) {
    for (String regex : regexes) {
      on(regex, (name, params) -> { });
    }
    return this;
  }

  /** @return the patterns of the states known here, in the order they are tried */
  public List<String> patterns() {
    return patterns.stream().map(Pattern::pattern).toList();
  }

  /**
   * @param state a state's name
   * @param params its parameters
   * @return true when the state is known here (and is now true)
   */
  public boolean apply(String state, Map<String, Object> params) {
    for (int i = 0; i < patterns.size(); i++) {
      Matcher matcher = patterns.get(i).matcher(state);
      if (matcher.matches()) {
        setups.get(i).apply(matcher, params);
        return true;
      }
    }
    return false;
  }
}
