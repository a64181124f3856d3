package io.secplat.contract.guardian;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslJsonArray;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.dsl.PactDslWithState;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.RequestResponseInteraction;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.Response;
import au.com.dius.pact.core.model.matchingrules.RegexMatcher;
import io.secplat.core.Canary;
import io.secplat.core.RetryPolicy;
import io.secplat.core.Secret;
import io.secplat.guardian.GuardianClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * What every Guardian pact shares: names, the auth header, the record shapes (from the spec's
 * examples). Every interaction's description starts with the spec operation it exercises
 * ({@code getNode: ...}), which is how the pact-vs-spec check counts coverage even where two
 * operations share a request ({@code POST /api/v2/events.json}).
 */
final class GuardianPact {
  static final String CONSUMER = "secplat-guardian-facade";
  static final String PROVIDER = "guardian-api";
  static final String TOKEN = "Token token=\"pact-api-keypact-secret-key\"";
  private static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})";

  private GuardianPact() {}

  /**
   * The client under test sends the canary keys; the pact records only the matcher and the
   * placeholder {@link #TOKEN}, never a credential.
   */
  static GuardianClient client(MockServer server) {
    return GuardianClient.builder().baseUrl(server.getUrl()).apiKey(Secret.of(Canary.GUARDIAN_API_KEY))
        .secretKey(Secret.of(Canary.GUARDIAN_SECRET_KEY)).retryPolicy(RetryPolicy.none()).build();
  }

  /**
   * The interactions of one pact, each a request of one spec operation with Guardian's auth header
   * (the two keys joined, in quotes).
   *
   * @param builder the pact builder
   * @return an empty list of interactions
   */
  static Interactions interactions(PactDslWithProvider builder) {
    return new Interactions(builder);
  }

  /** Builds the interactions of one pact in order. */
  static final class Interactions {
    private final PactDslWithProvider builder;
    private PactDslResponse last;

    private Interactions(PactDslWithProvider builder) {
      this.builder = builder;
    }

    /**
     * @param state the provider state
     * @param operationId the spec operation; it starts the description
     * @param description what the request is
     * @param method the HTTP method
     * @param pathAndQuery the path, with a query string after {@code ?} (decoded values), if any
     * @param request adds what else the request carries (headers, body), e.g. {@link #json(DslPart)}
     * @param answer the expected answer, e.g. {@link #status(int, DslPart)}
     * @return this
     */
    Interactions call(String state, String operationId, String description, String method, String pathAndQuery,
        UnaryOperator<PactDslRequestWithPath> request, Function<PactDslRequestWithPath, PactDslResponse> answer) {
      PactDslWithState given = last == null ? builder.given(state) : last.given(state);
      int question = pathAndQuery.indexOf('?');
      PactDslRequestWithPath base = given.uponReceiving(operationId + ": " + description)
          .method(method)
          .path(question < 0 ? pathAndQuery : pathAndQuery.substring(0, question))
          .matchHeader("Authorization", "Token token=\"[^\"\\s]+\"", TOKEN);
      if (question >= 0) {
        base = base.query(pathAndQuery.substring(question + 1));
      }
      last = answer.apply(request.apply(base));
      return this;
    }

    /** A GET answered 200 with a JSON body. */
    Interactions get(String state, String operationId, String description, String pathAndQuery, DslPart body) {
      return call(state, operationId, description, "GET", pathAndQuery, UnaryOperator.identity(), status(200, body));
    }

    /** A GET of a lookup that finds nothing: 404 {@code {"error": "Not Found"}}. */
    Interactions miss(String state, String operationId, String description, String pathAndQuery) {
      return call(state, operationId, description, "GET", pathAndQuery, UnaryOperator.identity(), GuardianPact::notFound);
    }

    /** @return the pact; every CSV answer matches its header exactly and its rows by shape ({@link #csvPattern}) */
    RequestResponsePact toPact() {
      RequestResponsePact pact = last.toPact();
      for (Interaction interaction : pact.getInteractions()) {
        Response response = ((RequestResponseInteraction) interaction).getResponse();
        if (response.getHeaders().getOrDefault("Content-Type", List.of()).contains("text/csv") && response.getBody().isPresent()) {
          response.getMatchingRules().addCategory("body")
              .addRule("$", new RegexMatcher(csvPattern(response.getBody().valueAsString())));
        }
      }
      return pact;
    }
  }

  /** Adds a JSON request body. */
  static UnaryOperator<PactDslRequestWithPath> json(DslPart body) {
    return request -> request.headers("Content-Type", "application/json").body(body);
  }

  /** Uses an already encoded query string (to pin down how a value is encoded, e.g. {@code %2B}). */
  static UnaryOperator<PactDslRequestWithPath> encodedQuery(String query) {
    return request -> request.encodedQuery(query);
  }

  /** An answer with a JSON body. */
  static Function<PactDslRequestWithPath, PactDslResponse> status(int status, DslPart body) {
    return request -> request.willRespondWith().status(status).body(body);
  }

  /** An answer without body. */
  static Function<PactDslRequestWithPath, PactDslResponse> noContent() {
    return request -> request.willRespondWith().status(204);
  }

  /**
   * A CSV answer. The example is what the consumer test reads; the provider must answer the same
   * header line and rows of as many quoted cells, whatever their values (see {@link #csvPattern}).
   */
  static Function<PactDslRequestWithPath, PactDslResponse> csv(String csv) {
    return request -> request.willRespondWith().status(200).headers(Map.of("Content-Type", "text/csv"))
        .body(csv, "text/csv");
  }

  /**
   * The shape of a CSV document like the example: its header line exactly, then rows of as many
   * cells, each quoted (RFC 4180: {@code ""} inside a cell) and ending with a newline; at least one
   * row when the example has one. Written for both Java's and Rust's regex engines (no {@code \Q...\E}).
   *
   * @param example a CSV document: a header line of unquoted-comma cells, then rows
   * @return the regex its matching rule uses
   */
  static String csvPattern(String example) {
    int newline = example.indexOf('\n');
    String header = example.substring(0, newline);
    int cells = header.split(",", -1).length;
    String cell = "\"([^\"]|\"\")*\"";
    String row = cell + "(," + cell + "){" + (cells - 1) + "}\\n";
    return "^" + escapeRegex(header) + "\\n(" + row + ")" + (newline + 1 < example.length() ? "+" : "*") + "$";
  }

  private static String escapeRegex(String text) {
    StringBuilder escaped = new StringBuilder();
    for (char c : text.toCharArray()) {
      if ("\\.[]{}()*+?^$|".indexOf(c) >= 0) {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }

  /** A miss: {@code 404 {"error": "Not Found"}}. */
  static PactDslResponse notFound(PactDslRequestWithPath request) {
    return request.willRespondWith().status(404).body(new PactDslJsonBody().stringType("error", "Not Found"));
  }

  /** A JSON object of one record. */
  static PactDslJsonBody object(Consumer<PactDslJsonBody> record) {
    PactDslJsonBody body = new PactDslJsonBody();
    record.accept(body);
    return body;
  }

  /** A JSON array of {@code count} records of one shape (at least {@code count}). */
  static DslPart array(int count, Consumer<PactDslJsonBody> record) {
    PactDslJsonBody item = PactDslJsonArray.arrayMinLike(count, count);
    record.accept(item);
    return item.closeObject();
  }

  /** An empty JSON array (the seed's collapsed listings). */
  static DslPart emptyArray() {
    return new PactDslJsonArray();
  }

  static void timestamp(PactDslJsonBody body, String name, String example) {
    body.stringMatcher(name, TIMESTAMP, example);
  }

  static String read(InputStream stream) {
    try (InputStream in = stream) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void node(PactDslJsonBody o) {
    o.integerType("id", 311L)
        .stringType("name", "prod01")
        .stringType("short_description", "The main prod website node")
        .stringType("node_type", "SV")
        .stringType("external_id", "i-12345")
        .integerType("environment_id", 2L)
        .integerType("operating_system_family_id", 1L)
        .integerType("operating_system_id", 123L)
        .integerType("medium_type", 1)
        .stringType("medium_hostname", "jenkins.company.com")
        .integerType("medium_port", 22)
        .stringType("medium_username", "guardian")
        .booleanType("online", true)
        .booleanType("public", true);
  }

  /**
   * A node just registered: its id and the attributes it was sent. Guardian answers the other
   * attributes too, but null until set, so the pact does not pin their types.
   */
  static void createdNode(PactDslJsonBody o) {
    o.integerType("id", 311L)
        .stringType("name", "prod01")
        .stringType("node_type", "SV")
        .integerType("environment_id", 2L)
        .integerType("medium_type", 1)
        .stringType("medium_hostname", "jenkins.company.com");
  }

  static void nodeGroup(PactDslJsonBody o) {
    o.integerType("id", 1L)
        .integerType("organisation_id", 123L)
        .stringType("name", "IIS")
        .stringType("description", "All IIS Servers")
        .stringType("node_rules", "^IIS")
        .booleanType("diff_notify", false)
        .integerType("status", 1);
    timestamp(o, "created_at", "2015-08-18T13:53:59-11:00");
    timestamp(o, "updated_at", "2016-05-25T03:53:28-11:00");
  }

  static void environment(PactDslJsonBody o) {
    o.integerType("id", 30L)
        .integerType("organisation_id", 123L)
        .stringType("name", "Production")
        .stringType("short_description", "ForEx Trading Production")
        .stringType("node_rules", "")
        .integerType("created_by", 1L)
        .integerType("updated_by", 2L);
    o.nullValue("created_at").nullValue("updated_at");
  }

  static void membership(PactDslJsonBody o) {
    o.integerType("id", 87L)
        .integerType("node_id", 311L)
        .integerType("node_group_id", 1L);
    timestamp(o, "created_at", "2013-12-18T14:48:31-08:00");
    timestamp(o, "updated_at", "2013-12-18T14:48:31-08:00");
  }

  static void job(PactDslJsonBody o) {
    o.integerType("id", 1L)
        .integerType("scheduled_job_id", 3L)
        .integerType("source_id", 22L)
        .stringType("source_name", "Cluster Node 1")
        .integerType("source_type", 11)
        .integerType("status", 2)
        .integerType("created_by", 178L)
        .integerType("updated_by", 178L);
    timestamp(o, "created_at", "2012-10-30T16:16:52-07:00");
    timestamp(o, "updated_at", "2012-10-30T16:16:57-07:00");
  }

  static void nodeScan(PactDslJsonBody o) {
    o.integerType("id", 9L)
        .integerType("node_id", 3L)
        .stringType("label", "Authorized change 2001")
        .integerType("category", 0)
        .integerType("task_id", 6L)
        .stringType("scan_options", "\"scan_ports\":{\"tcp\":\"1-1024\",\"udp\":\"1-1024\"}");
    timestamp(o, "created_at", "2016-08-04T15:03:21-07:00");
  }

  static void scanStatus(PactDslJsonBody o) {
    o.integerType("status", 2)
        .stringType("status_string", "success")
        .stringType("report", "[{\"detect_os\":{\"messages\":[],\"result\":\"success\"}}]");
  }

  static void scanConfiguration(PactDslJsonBody o) {
    o.object("ignore_items").closeObject();
    o.object("scan_options").closeObject();
    o.array("policies").closeArray();
  }

  static void policy(PactDslJsonBody o) {
    o.integerType("id", 1L)
        .stringType("name", "Basic user permissions.")
        .stringType("description", "A basic policy used to enforce User Permissions.")
        .integerType("operating_system_family_id", 2L)
        .integerType("operating_system_id", 211L)
        .integerType("created_by", 10L)
        .integerType("updated_by", 11L);
    timestamp(o, "created_at", "2016-04-14T18:03:29-07:00");
  }

  static void eventView(PactDslJsonBody o) {
    o.integerType("id", 1L)
        .stringType("name", "User Logins")
        .stringType("query", "type=User Logged In")
        .integerType("view_type", 2);
  }

  static void eventAction(PactDslJsonBody o) {
    o.integerType("id", 1L)
        .stringType("name", "Send Email")
        .integerType("action_type", 2)
        .integerType("event_view_id", 1L);
    o.object("variables").closeObject();
  }

  static void pluggable(PactDslJsonBody o) {
    o.integerType("operating_system_id", 30L)
        .integerType("operating_system_family_id", 123L)
        .stringType("name", "NewOS")
        .stringType("script", "showall config");
  }

  static void scheduledJob(PactDslJsonBody o) {
    o.integerType("id", 2L)
        .integerType("organization_id", 2L)
        .integerType("source_id", 2L)
        .stringType("source_name", "Default")
        .integerType("source_type", 12)
        .integerType("status", 2)
        .stringType("url", "/api/v2/scheduled_jobs/2.json")
        .stringType("data", "{}");
  }

  static void delayedJob(PactDslJsonBody o) {
    o.integerType("id", 1L)
        .integerType("priority", 22)
        .integerType("attempts", 3)
        .stringType("handler", "generate_report")
        .stringType("last_error", "Appliance not ready");
    timestamp(o, "run_at", "2012-10-30T16:16:52-07:00");
  }

  static void connectionManagerGroup(PactDslJsonBody o) {
    o.integerType("id", 1L)
        .stringType("name", "Windows Connection Managers")
        .integerType("organisation_id", 2L)
        .stringType("ssh_public_key", "ssh-rsa AAAA....xyz guardian")
        .integerType("status", 1);
    timestamp(o, "created_at", "2016-04-13T11:27:09-07:00");
  }
}
