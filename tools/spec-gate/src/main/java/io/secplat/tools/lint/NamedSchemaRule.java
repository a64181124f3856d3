package io.secplat.tools.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Consumer;

/**
 * Rule {@code named-schema}: an object schema with properties becomes a generated class, so it must
 * be a component ({@code components/schemas/<Name>}) and be referenced; inline, the generator would
 * invent its name ({@code ListAccounts200ResponseInner}) and rename it whenever the spec moves.
 * Members of an {@code allOf} are exempt: the generator merges them into their parent.
 */
final class NamedSchemaRule implements SpecVisitor {
  static final String RULE = "named-schema";
  private final OpenApiTree spec;
  private final Consumer<Violation> out;

  private NamedSchemaRule(OpenApiTree spec, Consumer<Violation> out) {
    this.spec = spec;
    this.out = out;
  }

  static void check(OpenApiTree spec, Consumer<Violation> out) {
    SpecWalk.walk(spec, new NamedSchemaRule(spec, out));
  }

  @Override
  public void schema(String location, JsonNode schema, SchemaPlace place) {
    if (place == SchemaPlace.INLINE && schema.path("properties").size() > 0) {
      out.accept(spec.violation(location, RULE,
          "an inline object schema with properties; make it a component and reference it"));
    }
  }
}
