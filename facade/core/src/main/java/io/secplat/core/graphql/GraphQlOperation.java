package io.secplat.core.graphql;

import io.secplat.core.Arguments;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A named GraphQL operation document that a client sends as a constant; only variables change
 * between calls.
 *
 * <pre>{@code
 * GraphQlOperation j1ql = GraphQlOperation.fromResource(MyClient.class, "operations/queryV1.graphql");
 * }</pre>
 *
 * @param name the operation's name, sent as {@code operationName}
 * @param kind query or mutation
 * @param document the document text
 */
public record GraphQlOperation(String name, Kind kind, String document) {
  private static final Pattern HEAD = Pattern.compile("\\A(?:\\s|#[^\\n]*\\n)*(query|mutation)\\s+([_A-Za-z][_0-9A-Za-z]*)");

  /** Whether an operation reads or writes. */
  public enum Kind {
    /** Reads; safe to repeat. */
    QUERY,
    /** Writes; never repeated after an unknown outcome. */
    MUTATION
  }

  /** Checks the parts. */
  public GraphQlOperation {
    Arguments.requireNonBlank("name", name);
    Arguments.requireNonNull("kind", kind);
    Arguments.requireNonBlank("document", document);
  }

  /**
   * Reads a document holding one named query or mutation; its kind and name come from its first
   * line ({@code query Name(…)} or {@code mutation Name(…)}).
   *
   * @param anchor a class whose class loader and package locate the resource
   * @param resource the resource, relative to the anchor's package
   * @return the operation
   * @throws IllegalStateException when the resource is missing or does not start with a named
   *     query or mutation
   */
  public static GraphQlOperation fromResource(Class<?> anchor, String resource) {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("GraphQL document not found next to " + anchor.getName() + ": " + resource);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read GraphQL document " + resource, e);
    }
  }

  /**
   * @param document a document holding one named query or mutation
   * @return the operation
   * @throws IllegalStateException when the document does not start with a named query or mutation
   */
  public static GraphQlOperation parse(String document) {
    Matcher head = HEAD.matcher(document);
    if (!head.find()) {
      throw new IllegalStateException("a GraphQL document must start with a named query or mutation: "
          + document.strip().lines().findFirst().orElse(""));
    }
    Kind kind = head.group(1).equals("query") ? Kind.QUERY : Kind.MUTATION;
    return new GraphQlOperation(head.group(2), kind, document);
  }
}
