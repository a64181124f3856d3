package io.secplat.tools.lint;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a lint rule wants to see of an OpenAPI document; {@link SpecWalk} calls it for every place
 * defined in the document, once (a {@code $ref} is visited where it is defined, not where it is used).
 */
interface SpecVisitor {
  /**
   * A schema, at any depth.
   *
   * @param location where it is
   * @param schema the schema node (never a {@code $ref})
   * @param kind how the schema is placed
   */
  default void schema(String location, JsonNode schema, SchemaPlace kind) {}

  /**
   * A media type of a request body, response or parameter.
   *
   * @param location where it is
   * @param media the media type object ({@code schema}, {@code example}, {@code examples})
   */
  default void mediaType(String location, JsonNode media) {}

  /**
   * A parameter or header with a {@code schema} of its own.
   *
   * @param location where it is
   * @param parameter the parameter or header object
   */
  default void parameter(String location, JsonNode parameter) {}

  /** How a schema is placed, which decides whether it needs a name. */
  enum SchemaPlace {
    /** {@code components/schemas/<Name>}: named. */
    COMPONENT,
    /** A member of an {@code allOf}: merged into its parent by the generator. */
    ALL_OF_MEMBER,
    /** Anywhere else: a generated class would get an invented name. */
    INLINE
  }
}
