package io.secplat.mock.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One operation of an OpenAPI document, reduced to what a mock provider serves: method, path
 * template, success status and the documented example body.
 *
 * @param operationId the operation's id
 * @param method the HTTP method, upper case
 * @param pathTemplate the path with {@code {name}} placeholders
 * @param status the documented success status
 * @param examples the documented examples of the success body by name (a single unnamed
 *     {@code example} is named {@code default}); empty for an empty body
 * @param requestExamples the documented examples of the JSON request body by name; empty when none
 */
public record SpecOperation(
    String operationId, String method, String pathTemplate, int status, Map<String, JsonNode> examples,
    Map<String, JsonNode> requestExamples) {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}/]+)}");
  /** Each path template's compiled {@link #pathRegex()}: a mock reads path parameters on every request. */
  private static final Map<String, Pattern> PATH_PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

  /** @return the first documented example of the success body, or null for an empty body */
  public JsonNode example() {
    return examples.isEmpty() ? null : examples.values().iterator().next();
  }

  /**
   * @param name an example's name
   * @return that example
   * @throws IllegalArgumentException when the operation has no such example
   */
  public JsonNode example(String name) {
    JsonNode example = examples.get(name);
    if (example == null) {
      throw new IllegalArgumentException(operationId + " has no example named " + name + "; it has " + examples.keySet());
    }
    return example;
  }

  /**
   * @param name a request example's name
   * @return that example of the request body
   * @throws IllegalArgumentException when the operation has no such example
   */
  public JsonNode requestExample(String name) {
    JsonNode example = requestExamples.get(name);
    if (example == null) {
      throw new IllegalArgumentException(operationId + " has no request example named " + name + "; it has "
          + requestExamples.keySet());
    }
    return example;
  }

  /** @return how many placeholders the path template has; a concrete path has none */
  public int templateCount() {
    Matcher m = PLACEHOLDER.matcher(pathTemplate);
    int count = 0;
    while (m.find()) {
      count++;
    }
    return count;
  }

  /** @return a regex matching request paths of this operation (one segment per placeholder) */
  public String pathRegex() {
    Matcher m = PLACEHOLDER.matcher(pathTemplate);
    StringBuilder regex = new StringBuilder();
    int last = 0;
    while (m.find()) {
      regex.append(literal(pathTemplate.substring(last, m.start()))).append("([^/?#]+?)");
      last = m.end();
    }
    regex.append(literal(pathTemplate.substring(last)));
    return regex.toString();
  }

  /**
   * A literal part of the template. A ':' (custom methods such as {@code {id}:nodes}) also
   * matches its encoded form {@code %3A}, which some HTTP stacks (pact-jvm's verifier among them)
   * send; where that is ambiguous ({@code abc%3Anodes}), the custom method wins.
   */
  private static String literal(String text) {
    StringBuilder regex = new StringBuilder();
    int start = 0;
    for (int colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', start)) {
      regex.append(Pattern.quote(text.substring(start, colon))).append("(?::|%3[Aa])");
      start = colon + 1;
    }
    return regex.append(Pattern.quote(text.substring(start))).toString();
  }

  /**
   * Whether a placeholder shares its path segment with literal text, as in the Google-AIP
   * custom-method path {@code /queries/{id}:nodes}. The placeholder regex of
   * {@code /queries/{id}} also matches {@code /queries/abc:nodes}, so such an operation must be
   * tried before the operations without the literal: it is the more specific one.
   *
   * @return true when some placeholder is directly followed or preceded by text other than {@code /}
   */
  public boolean hasLiteralInPlaceholderSegment() {
    Matcher m = PLACEHOLDER.matcher(pathTemplate);
    while (m.find()) {
      boolean textBefore = m.start() > 0 && pathTemplate.charAt(m.start() - 1) != '/';
      boolean textAfter = m.end() < pathTemplate.length() && pathTemplate.charAt(m.end()) != '/';
      if (textBefore || textAfter) {
        return true;
      }
    }
    return false;
  }

  /**
   * Extracts the path parameters of a request path, still percent-encoded.
   *
   * @param path the request path, without query
   * @return parameter name to raw value, empty when the path does not match
   */
  public Map<String, String> pathParameters(String path) {
    List<String> names = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(pathTemplate);
    while (m.find()) {
      names.add(m.group(1));
    }
    Matcher values = PATH_PATTERNS.computeIfAbsent(pathTemplate, template -> Pattern.compile(pathRegex())).matcher(path);
    Map<String, String> result = new LinkedHashMap<>();
    if (values.matches()) {
      for (int i = 0; i < names.size(); i++) {
        result.put(names.get(i), values.group(i + 1));
      }
    }
    return result;
  }
}
