package io.secplat.tools.lint;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Rule {@code valid-example}: every example validates against the schema it illustrates, with the
 * validator the contract tests use (swagger-request-validator, which treats undeclared properties as
 * errors unless the schema allows them). Checked: the {@code example} and {@code examples} of media
 * types, parameters and headers (a {@code $ref} to {@code components/examples} is followed) and the
 * {@code example} of every schema. Example values are read as written in the YAML, not as the
 * parser converts them.
 */
final class ExampleRule implements SpecVisitor {
  static final String RULE = "valid-example";
  private final OpenApiTree spec;
  private final SchemaValidator validator;
  private final Consumer<Violation> out;

  private ExampleRule(OpenApiTree spec, SchemaValidator validator, Consumer<Violation> out) {
    this.spec = spec;
    this.validator = validator;
    this.out = out;
  }

  static void check(OpenApiTree spec, String content, Consumer<Violation> out) {
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    OpenAPI api = new OpenAPIV3Parser().readContents(content, null, options).getOpenAPI();
    if (api == null) {
      out.accept(spec.violation("(document)", RULE, "the document does not parse as OpenAPI 3"));
      return;
    }
    SpecWalk.walk(spec, new ExampleRule(spec, new SchemaValidator(api, new MessageResolver()), out));
  }

  @Override
  public void schema(String location, JsonNode schema, SchemaPlace place) {
    if (schema.has("example")) {
      validate(location + ".example", schema.get("example"), schema);
    }
  }

  @Override
  public void mediaType(String location, JsonNode media) {
    examples(location, media, media.path("schema"));
  }

  @Override
  public void parameter(String location, JsonNode parameter) {
    examples(location, parameter, parameter.path("schema"));
  }

  private void examples(String location, JsonNode holder, JsonNode schema) {
    if (!schema.isObject()) {
      return;
    }
    if (holder.has("example")) {
      validate(location + ".example", holder.get("example"), schema);
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = holder.path("examples").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode example = spec.deref(e.getValue());
      if (example != null && example.has("value")) {
        validate(location + ".examples." + e.getKey(), example.get("value"), schema);
      }
    }
  }

  private void validate(String location, JsonNode value, JsonNode schemaNode) {
    Schema<?> schema = Json.mapper().convertValue(schemaNode, Schema.class);
    ValidationReport report = validator.validate(() -> value, schema, null);
    String errors = report.getMessages().stream()
        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
        .map(m -> m.getMessage().replace('\n', ' '))
        .collect(Collectors.joining("; "));
    if (!errors.isEmpty()) {
      out.accept(spec.violation(location, RULE, errors));
    }
  }
}
