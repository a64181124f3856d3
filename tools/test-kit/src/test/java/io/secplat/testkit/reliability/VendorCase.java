package io.secplat.testkit.reliability;

import static io.secplat.veza.query.Node.node;

import io.secplat.britive.BritiveClient;
import io.secplat.core.CircuitBreakerPolicy;
import io.secplat.core.RetryPolicy;
import io.secplat.core.Secret;
import io.secplat.guardian.GuardianClient;
import io.secplat.guardian.generated.model.NodeCreateAttributes;
import io.secplat.guardian.generated.model.NodeUpdateAttributes;
import io.secplat.jupiterone.JupiterOneClient;
import io.secplat.veza.NodeListOptions;
import io.secplat.veza.VezaClient;
import io.secplat.veza.query.Query;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The four vendors as the fault matrix sees them: how to build a client, one read and one
 * mutation, and what the vendor's error body looks like (so that faults carry a vendor error code
 * where the vendor has one).
 */
enum VendorCase {
  BRITIVE("Britive") {
    @Override
    AutoCloseable client(String baseUrl, RetryPolicy retry, Duration readTimeout, CircuitBreakerPolicy breaker) {
      return BritiveClient.builder().baseUrl(baseUrl).token(Secret.of("matrix-britive-token")).retryPolicy(retry)
          .readTimeout(readTimeout).circuitBreaker(breaker).clock(CLOCK).sleeper(CLOCK.sleeper()).build();
    }

    @Override
    Op read() {
      return new Op(this, Kind.READ, "list environments", "GET", "/api/apps/app-1/environments",
          client -> ((BritiveClient) client).environments().list("app-1").stream().map(e -> e.getEnvironmentId())
              .collect(Collectors.toList()));
    }

    @Override
    Op write() {
      return new Op(this, Kind.WRITE, "create environment group", "POST", "/api/apps/app-1/root-environment-group/groups",
          client -> ((BritiveClient) client).environments().createGroup("app-1", "Matrix Group", "r-pak3", null).getName());
    }

    @Override
    String errorBody(String code, String message) {
      return "{\"errorCode\":\"" + code + "\",\"message\":\"" + message + "\",\"details\":null}";
    }
  },

  VEZA("Veza") {
    @Override
    AutoCloseable client(String baseUrl, RetryPolicy retry, Duration readTimeout, CircuitBreakerPolicy breaker) {
      return VezaClient.builder().baseUrl(baseUrl).apiKey(Secret.of("matrix-veza-key")).retryPolicy(retry)
          .readTimeout(readTimeout).circuitBreaker(breaker).clock(CLOCK).sleeper(CLOCK.sleeper()).build();
    }

    @Override
    Op read() {
      return new Op(this, Kind.READ, "query spec nodes (read-only POST)", "POST", "/api/v1/assessments/query_spec:nodes",
          client -> ((VezaClient) client).querySpecs().nodes(Query.from(node("OktaUser")).build(),
              NodeListOptions.defaults().withPageSize(2)).stream().limit(2).map(n -> n.getId()).collect(Collectors.toList()));
    }

    @Override
    Op write() {
      return new Op(this, Kind.WRITE, "save a query", "POST", "/api/v1/assessments/queries",
          client -> ((VezaClient) client).savedQueries().create("Matrix query", "fault matrix",
              Query.from(node("OktaUser")).build()) != null);
    }

    @Override
    Op idempotentWrite() {
      return new Op(this, Kind.IDEMPOTENT, "update a saved query (PUT)", "PUT", "/api/v1/assessments/queries/q-kit-1",
          client -> {
            ((VezaClient) client).savedQueries().update("q-kit-1", "Matrix query", "updated by the fault matrix",
                Query.from(node("OktaUser")).build());
            return "updated";
          });
    }

    @Override
    String errorBody(String code, String message) {
      return "{\"code\":\"" + code + "\",\"message\":\"" + message + "\",\"details\":[]}";
    }
  },

  GUARDIAN("Guardian") {
    @Override
    AutoCloseable client(String baseUrl, RetryPolicy retry, Duration readTimeout, CircuitBreakerPolicy breaker) {
      return GuardianClient.builder().baseUrl(baseUrl).apiKey(Secret.of("matrix-guardian-api-key"))
          .secretKey(Secret.of("matrix-guardian-secret-key")).retryPolicy(retry).readTimeout(readTimeout)
          .circuitBreaker(breaker).clock(CLOCK).sleeper(CLOCK.sleeper()).build();
    }

    @Override
    Op read() {
      return new Op(this, Kind.READ, "get node", "GET", "/api/v2/nodes/311.json",
          client -> ((GuardianClient) client).nodes().get(311).getName());
    }

    @Override
    Op write() {
      return new Op(this, Kind.WRITE, "create node", "POST", "/api/v2/nodes.json",
          client -> ((GuardianClient) client).nodes().create(new NodeCreateAttributes().name("matrix01").nodeType("SV")
              .mediumType(3).mediumHostname("matrix01.example.com").mediumUsername("guardian").environmentId(30L)).getName());
    }

    /** Its result is void: the body of the answer is never read. */
    @Override
    Op idempotentWrite() {
      return new Op(this, Kind.IDEMPOTENT, "update node (PUT, no result)", "PUT", "/api/v2/nodes/311.json",
          client -> {
            ((GuardianClient) client).nodes().update(311, new NodeUpdateAttributes().shortDescription("matrix"));
            return "updated";
          });
    }

    /** Guardian's errors are {@code {"error": "message"}}: there is no error code to carry. */
    @Override
    String errorBody(String code, String message) {
      return "{\"error\":\"" + message + "\"}";
    }

    @Override
    boolean hasErrorCodes() {
      return false;
    }
  },

  JUPITERONE("JupiterOne") {
    @Override
    AutoCloseable client(String baseUrl, RetryPolicy retry, Duration readTimeout, CircuitBreakerPolicy breaker) {
      return JupiterOneClient.builder().baseUrl(baseUrl).apiKey(Secret.of("matrix-j1-key")).accountId("matrix-account")
          .retryPolicy(retry).readTimeout(readTimeout).circuitBreaker(breaker).clock(CLOCK).sleeper(CLOCK.sleeper()).build();
    }

    @Override
    Op read() {
      return new Op(this, Kind.READ, "J1QL query (GraphQL query)", "POST", "/graphql",
          client -> ((JupiterOneClient) client).query("find Person with _type='employee' return Person.name").stream()
              .map(Object::toString).collect(Collectors.toList()));
    }

    @Override
    Op write() {
      return new Op(this, Kind.WRITE, "create entity (GraphQL mutation)", "POST", "/graphql",
          client -> ((JupiterOneClient) client).entities().create("matrix-host-1", "matrix_host", List.of("Host"), Map.of("name", "m1"))
              != null);
    }

    @Override
    String errorBody(String code, String message) {
      return "{\"errors\":[{\"message\":\"" + message + "\",\"extensions\":{\"code\":\"" + code + "\"}}]}";
    }
  };

  /**
   * The time every client of the reliability suites runs on: retries, backoff, Retry-After and the
   * breaker's open state wait on it, not on the wall (waits cost no wall time).
   */
  static final io.secplat.core.retry.ManualClock CLOCK = Clock.MANUAL;

  /** Holds the clock, so that the enum's constants can use it. */
  private static final class Clock {
    static final io.secplat.core.retry.ManualClock MANUAL = new io.secplat.core.retry.ManualClock();
  }

  /** Read or idempotent write (safe to repeat), or mutation (never repeated once it may have arrived). */
  enum Kind {
    READ("read"),
    IDEMPOTENT("idempotent write"),
    WRITE("write");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  /** One operation of a vendor. */
  record Op(VendorCase vendor, Kind kind, String name, String method, String path, Call call) {
    String pathRegex() {
      return Pattern.quote(path);
    }

    @Override
    public String toString() {
      return vendor.display + " " + kind.label + " " + method + " " + path + " (" + name + ")";
    }
  }

  /** Runs an operation on a client and returns something comparable. */
  interface Call {
    Object run(AutoCloseable client) throws Exception;
  }

  final String display;

  VendorCase(String display) {
    this.display = display;
  }

  abstract AutoCloseable client(String baseUrl, RetryPolicy retry, Duration readTimeout, CircuitBreakerPolicy breaker);

  abstract Op read();

  abstract Op write();

  /** @return the vendor's error body carrying this code and message */
  abstract String errorBody(String code, String message);

  /** @return whether the vendor's error bodies carry an error code */
  boolean hasErrorCodes() {
    return true;
  }

  /** @return a PUT or DELETE, or null when the matrix has none for this vendor */
  Op idempotentWrite() {
    return null;
  }

  Op op(Kind kind) {
    return kind == Kind.READ ? read() : kind == Kind.IDEMPOTENT ? idempotentWrite() : write();
  }
}
