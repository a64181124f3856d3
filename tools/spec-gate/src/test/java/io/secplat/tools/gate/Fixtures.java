package io.secplat.tools.gate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The fixture contracts under {@code src/test/resources/fixtures}. */
final class Fixtures {
  private Fixtures() {}

  static String openApi(String name) {
    return read("/fixtures/openapi/" + name + ".yaml");
  }

  static String graphQl(String name) {
    return read("/fixtures/graphql/" + name + ".graphqls");
  }

  static String read(String resource) {
    try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
