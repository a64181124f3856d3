package io.secplat.contract.spec;

import com.atlassian.oai.validator.pact.PactProviderValidationResults;
import com.atlassian.oai.validator.pact.PactProviderValidator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a pact file against an OpenAPI document: every request and response satisfies the spec
 * (swagger-request-validator-pact), and which spec operations the pact's interactions cover.
 */
public final class PactSpecCheck {
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
  private final Path pact;
  private final Path spec;
  private final String consumer;

  /**
   * @param pact the pact file
   * @param spec the OpenAPI document
   * @param consumer the pact's consumer name
   */
  public PactSpecCheck(Path pact, Path spec, String consumer) {
    this.pact = pact;
    this.spec = spec;
    this.consumer = consumer;
  }

  /** @return the validator's results for every interaction */
  public PactProviderValidationResults validate() {
    return validate(pact);
  }

  /**
   * @param pactFile another pact file (for example a deliberately broken copy)
   * @return the validator's results for every interaction of that file
   */
  public PactProviderValidationResults validate(Path pactFile) {
    try {
      return PactProviderValidator.createFor(spec.toUri().toString())
          .withConsumer(consumer, pactFile.toUri().toURL())
          .build()
          .validate();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** @return every operationId of the spec, in document order */
  public List<String> operations() {
    List<String> ids = new ArrayList<>();
    forEachOperation((method, regex, id) -> ids.add(id));
    return ids;
  }

  /** @return the operationId each interaction of the pact matched, one entry per match */
  public List<String> coveredOperations() {
    JsonNode interactions = read(pact, new ObjectMapper()).path("interactions");
    List<String> covered = new ArrayList<>();
    forEachOperation((method, regex, id) -> {
      for (JsonNode interaction : interactions) {
        JsonNode request = interaction.path("request");
        if (request.path("method").asText().toLowerCase(Locale.ROOT).equals(method)
            && regex.matcher(request.path("path").asText()).matches()) {
          covered.add(id);
        }
      }
    });
    return covered;
  }

  /** @return the number of interactions in the pact */
  public int interactionCount() {
    return read(pact, new ObjectMapper()).path("interactions").size();
  }

  private interface OperationVisitor {
    void visit(String method, Pattern pathRegex, String operationId);
  }

  private void forEachOperation(OperationVisitor visitor) {
    JsonNode document = read(spec, new ObjectMapper(new YAMLFactory()));
    for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      Pattern regex = Pattern.compile(quoteLiterals(path.getKey()));
      for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
        Map.Entry<String, JsonNode> method = methods.next();
        if (METHODS.contains(method.getKey())) {
          visitor.visit(method.getKey(), regex, method.getValue().path("operationId").asText());
        }
      }
    }
  }

  /** A path template as a regex: literal text quoted, each {@code {name}} one segment without ':' . */
  private static String quoteLiterals(String template) {
    StringBuilder regex = new StringBuilder();
    java.util.regex.Matcher m = Pattern.compile("\\{[^}]+}").matcher(template);
    int last = 0;
    while (m.find()) {
      regex.append(Pattern.quote(template.substring(last, m.start()))).append("[^/:]+");
      last = m.end();
    }
    return regex.append(Pattern.quote(template.substring(last))).toString();
  }

  private static JsonNode read(Path file, ObjectMapper mapper) {
    try {
      return mapper.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
