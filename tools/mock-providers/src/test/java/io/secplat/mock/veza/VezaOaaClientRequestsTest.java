package io.secplat.mock.veza;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.secplat.mock.MockProviders;
import io.secplat.mock.veza.VezaHttp.Reply;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The saved-query calls exactly as Veza's own client sends them
 * ({@code Veza/oaaclient-py:oaaclient/client.py@3e05c0124c8237ed712ee437f88e3064e2a71b91}, see the
 * x-evidence of specs/veza/veza.yaml): lower-case {@code authorization: Bearer}, Python's
 * {@code True}/{@code False} spelling of boolean query parameters, {@code page_size=250}, paging by
 * {@code page_token} until {@code has_more} is false, {@code value} read from single answers.
 */
class VezaOaaClientRequestsTest {
  static final String QUERIES = "/api/v1/assessments/queries";
  static MockProviders mocks;
  static VezaHttp veza;

  @BeforeAll
  static void start() {
    mocks = MockProviders.start(0, new VezaMock());
    veza = new VezaHttp(mocks.baseUrl());
  }

  @AfterAll
  static void stop() {
    mocks.close();
  }

  @Test
  void getQueriesAsOaaClientSendsItWalksEveryPageByPageToken() {
    Set<String> ids = new HashSet<>();
    String token = null;
    int pages = 0;
    do {
      String query = "?include_inactive_queries=True&page_size=1" + (token == null ? "" : "&page_token=" + token);
      Reply reply = veza.send("Bearer oaa-key", "GET", QUERIES + query, null);
      assertThat(reply.status()).as(reply.text()).isEqualTo(200);
      reply.body().path("values").forEach(v -> ids.add(v.path("id").asText()));
      token = reply.body().path("has_more").asBoolean() ? reply.body().path("next_page_token").asText() : null;
      pages++;
    } while (token != null && pages < 20);
    // the three seeded queries, one per page, then Veza's empty last page
    assertThat(ids).hasSize(3);
    assertThat(pages).isEqualTo(4);
  }

  @Test
  void createGetAndForcedDeleteAsOaaClientSendsThem() {
    Reply created = veza.send("Bearer oaa-key", "POST", QUERIES,
        "{\"name\":\"oaa\",\"query_type\":\"SOURCE_TO_DESTINATION\","
            + "\"source_node_types\":{\"nodes\":[{\"node_type\":\"OktaUser\"}]}}");
    assertThat(created.status()).as(created.text()).isEqualTo(200);
    String id = created.body().path("id").asText();
    assertThat(id).isNotBlank();

    JsonNode value = veza.send("Bearer oaa-key", "GET", QUERIES + "/" + id, null).body().path("value");
    assertThat(value.path("name").asText()).isEqualTo("oaa");

    assertThat(veza.send("Bearer oaa-key", "DELETE", QUERIES + "/" + id + "?force=False", null).status()).isEqualTo(200);
    assertThat(veza.send("Bearer oaa-key", "GET", QUERIES + "/" + id, null).status()).isEqualTo(404);
  }
}
