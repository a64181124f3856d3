package io.secplat.veza;

import static io.secplat.veza.query.Node.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.secplat.core.Canary;
import io.secplat.core.HttpLogLevel;
import io.secplat.core.LogCapture;
import io.secplat.core.RetryPolicy;
import io.secplat.core.Secret;
import io.secplat.mock.MockProviders;
import io.secplat.mock.veza.VezaMock;
import io.secplat.veza.query.Query;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A canary API key never appears in a log line (every level on), an exception or a toString. */
class VezaSecretLeakTest {
  static final String CANARY = Canary.VEZA_KEY;

  @RegisterExtension
  final LogCapture logs = new LogCapture();

  @Test
  void theKeyNeverLeaks() {
    List<String> texts = new ArrayList<>();
    try (MockProviders mocks = MockProviders.start(0, new VezaMock())) {
      VezaClient.Builder builder = VezaClient.builder().baseUrl(mocks.baseUrl()).apiKey(Secret.of(CANARY))
          .logLevel(HttpLogLevel.FULL)
          .retryPolicy(RetryPolicy.builder().maxAttempts(2).initialBackoff(Duration.ofMillis(1)).build());
      texts.add(builder.toString());
      try (VezaClient veza = builder.build()) {
        texts.add(veza.toString());
        veza.querySpecs().nodes(Query.from(node("OktaUser")).build(), NodeListOptions.defaults()).stream().limit(150)
            .forEach(n -> { });
        veza.tags().create("owner", "platform");
        texts.add(describe(catchThrowable(() -> veza.savedQueries().get("missing"))));
      }
      try (VezaClient offline = VezaClient.builder().baseUrl("http://127.0.0.1:1").apiKey(Secret.of(CANARY))
          .logLevel(HttpLogLevel.FULL).retryPolicy(RetryPolicy.none()).build()) {
        texts.add(describe(catchThrowable(() -> offline.tagPromotions().list())));
      }
    }
    texts.addAll(logs.clientLines());

    assertThat(logs.linesOf("io.secplat.http")).as("HTTP logging really ran").isPositive();
    assertThat(texts).hasSizeGreaterThan(10).noneMatch(text -> text.contains(Canary.MARKER));
  }

  static String describe(Throwable t) {
    assertThat(t).isNotNull();
    StringWriter out = new StringWriter();
    t.printStackTrace(new PrintWriter(out));
    return t + "\n" + out;
  }
}
