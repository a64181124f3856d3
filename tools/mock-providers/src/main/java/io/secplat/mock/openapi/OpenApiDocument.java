package io.secplat.mock.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An OpenAPI 3 document read from the classpath, with the operations and examples a mock
 * provider serves. Local {@code $ref}s ({@code #/components/...}) are followed.
 */
public final class OpenApiDocument {
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
  /**
   * Documents by resource, parsed once per JVM: parsing the YAML was half of a warm start (issue
   * 18). A document is never changed: the mocks copy what they store or alter.
   */
  private static final Map<String, OpenApiDocument> PARSED = new java.util.concurrent.ConcurrentHashMap<>();
  private final JsonNode root;
  private final String text;
  /** The operations in document order, and by id; read on first use. */
  private volatile List<SpecOperation> operations;
  private volatile Map<String, SpecOperation> byId;

  private OpenApiDocument(JsonNode root, String text) {
    this.root = root;
    this.text = text;
  }

  /** @return the document as written, for tools that parse it themselves */
  public String text() {
    return text;
  }

  /**
   * @param resource a classpath resource, for example {@code specs/britive/britive.yaml}
   * @return the parsed document
   */
  public static OpenApiDocument fromClasspath(String resource) {
    return PARSED.computeIfAbsent(resource, OpenApiDocument::parse);
  }

  private static OpenApiDocument parse(String resource) {
    try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("OpenAPI document not on the classpath: " + resource);
      }
      String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      return new OpenApiDocument(new ObjectMapper(new YAMLFactory()).readTree(text), text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenAPI document " + resource, e);
    }
  }

  /** @return every operation, in document order (an unmodifiable list) */
  public List<SpecOperation> operations() {
    List<SpecOperation> read = operations;
    if (read == null) {
      read = List.copyOf(readOperations());
      Map<String, SpecOperation> ids = new java.util.HashMap<>();
      read.forEach(operation -> ids.putIfAbsent(operation.operationId(), operation));
      byId = ids;
      operations = read;
    }
    return read;
  }

  private List<SpecOperation> readOperations() {
    List<SpecOperation> operations = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
      while (methods.hasNext()) {
        Map.Entry<String, JsonNode> method = methods.next();
        if (METHODS.contains(method.getKey())) {
          operations.add(toOperation(path.getKey(), method.getKey(), method.getValue()));
        }
      }
    }
    return operations;
  }

  /**
   * @param operationId an operation id
   * @return the operation
   * @throws IllegalArgumentException when the document has no such operation
   */
  public SpecOperation operation(String operationId) {
    operations();
    SpecOperation operation = byId.get(operationId);
    if (operation == null) {
      throw new IllegalArgumentException("no operation " + operationId + " in the document");
    }
    return operation;
  }

  /**
   * @param operationId an operation id
   * @return the schema of the operation's JSON request body, {@code $ref}s of the top level
   *     followed; a missing node when the operation takes no JSON body
   */
  public JsonNode requestSchema(String operationId) {
    return resolve(requestMedia(operationId).path("schema"));
  }

  /**
   * @param operationId an operation id
   * @return the documented examples of the request body by name (a single unnamed
   *     {@code example} is named {@code default}); empty when there are none
   */
  public Map<String, JsonNode> requestExamples(String operationId) {
    return operation(operationId).requestExamples();
  }

  /**
   * @param name the name of a schema under {@code components/schemas}
   * @return the schema, {@code $ref}s of the top level followed
   * @throws IllegalArgumentException when the document has no such schema
   */
  public JsonNode schema(String name) {
    JsonNode schema = root.path("components").path("schemas").path(name);
    if (schema.isMissingNode()) {
      throw new IllegalArgumentException("no schema " + name + " in the document");
    }
    return resolve(schema);
  }

  private JsonNode requestMedia(String operationId) {
    Iterator<JsonNode> paths = root.path("paths").elements();
    while (paths.hasNext()) {
      Iterator<Map.Entry<String, JsonNode>> methods = paths.next().fields();
      while (methods.hasNext()) {
        Map.Entry<String, JsonNode> method = methods.next();
        if (METHODS.contains(method.getKey()) && operationId.equals(method.getValue().path("operationId").asText())) {
          return resolve(method.getValue().path("requestBody")).path("content").path("application/json");
        }
      }
    }
    throw new IllegalArgumentException("no operation " + operationId + " in the document");
  }

  private SpecOperation toOperation(String path, String method, JsonNode operation) {
    Iterator<Map.Entry<String, JsonNode>> responses = operation.path("responses").fields();
    while (responses.hasNext()) {
      Map.Entry<String, JsonNode> response = responses.next();
      if (response.getKey().startsWith("2")) {
        JsonNode media = resolve(response.getValue()).path("content").path("application/json");
        JsonNode request = resolve(operation.path("requestBody")).path("content").path("application/json");
        return new SpecOperation(operation.path("operationId").asText(), method.toUpperCase(Locale.ROOT), path,
            Integer.parseInt(response.getKey()), examples(media), examples(request));
      }
    }
    throw new IllegalStateException("operation " + operation.path("operationId").asText() + " has no 2xx response");
  }

  private Map<String, JsonNode> examples(JsonNode media) {
    Map<String, JsonNode> examples = new LinkedHashMap<>();
    if (media.has("example")) {
      examples.put("default", media.get("example"));
    }
    Iterator<Map.Entry<String, JsonNode>> named = media.path("examples").fields();
    while (named.hasNext()) {
      Map.Entry<String, JsonNode> example = named.next();
      examples.put(example.getKey(), resolve(example.getValue()).get("value"));
    }
    return examples;
  }

  private JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    while (current.has("$ref")) {
      String ref = current.get("$ref").asText();
      if (!ref.startsWith("#/")) {
        throw new IllegalStateException("only local $refs are supported: " + ref);
      }
      current = root.at(ref.substring(1));
    }
    return current;
  }
}
