package io.secplat.mock.openapi;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.notMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.InputStreamSource;
import com.github.tomakehurst.wiremock.common.Metadata;
import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.secplat.mock.VendorMock;
import java.util.List;
import java.util.Map;

/**
 * A vendor mock driven by its OpenAPI document: every operation gets a stub that answers with the
 * documented example, unless the vendor's {@link #respond} says otherwise; requests without a
 * well-formed credential header (and the {@link #additionalCredentialHeaders()}) get 401 before
 * any operation is considered.
 *
 * <p>Stub priorities: 1 and 2 for the missing and the malformed credential; then operations,
 * ranked so that routing never depends on the document order: a path with fewer templates wins
 * ({@code /nodes/lookup.json} over {@code /nodes/{nodeId}.json}, as OpenAPI requires), and among
 * paths with as many templates, one whose placeholder shares its segment with literal text wins
 * ({@code /queries/{id}:nodes}, which {@code /queries/{id}} would also match); last, the optional
 * fallback of {@link #answersUnmatchedRequests()}.
 *
 * <p>Every request that reaches an operation is first checked against the contract; large
 * documents can be generated while they are sent ({@link #streamedBody}), so a mock never holds
 * them in memory.
 */
public abstract class SpecDrivenMock implements VendorMock {
  private static final String KIND = "kind";
  private static final String UNAUTHORIZED = "unauthorized";
  private static final String UNMATCHED = "unmatched";
  private static final String OPERATION_ID = "operationId";
  private final String name;
  private final OpenApiDocument spec;
  private final ContractCheck contract;
  /** The operations by id, read once: the responder looks one up for every request. */
  private final Map<String, SpecOperation> operations = new java.util.LinkedHashMap<>();

  /**
   * @param name the vendor's name, for example {@code britive}
   * @param specResource the classpath resource of its OpenAPI document
   */
  protected SpecDrivenMock(String name, String specResource) {
    this(name, OpenApiDocument.fromClasspath(specResource));
  }

  private SpecDrivenMock(String name, OpenApiDocument spec) {
    this.name = name;
    this.spec = spec;
    this.contract = new ContractCheck(getClass().getName() + "\n" + spec.text(), spec, this::contractExceptions);
    spec.operations().forEach(operation -> operations.put(operation.operationId(), operation));
  }

  /**
   * Validation errors the spec itself makes unavoidable (for example two operations sharing one
   * request line), each rule named for why; none by default. Called once, while constructing.
   *
   * @return the rules the contract check skips
   */
  protected com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist contractExceptions() {
    return com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist.create();
  }

  @Override
  public final String name() {
    return name;
  }

  /** @return the contract this mock serves */
  public final OpenApiDocument spec() {
    return spec;
  }

  /** @return a regex matching every path of this vendor, and no other vendor's */
  protected abstract String pathPattern();

  /** @return the header that carries the credential, for example {@code Authorization} */
  protected String credentialHeader() {
    return "Authorization";
  }

  /** @return a regex a well-formed credential header value matches */
  protected abstract String credentialPattern();

  /**
   * Further headers every request must carry besides the credential (JupiterOne's account
   * header), each with the regex its value must match; none by default.
   *
   * @return header name to value regex
   */
  protected Map<String, String> additionalCredentialHeaders() {
    return Map.of();
  }

  /**
   * The vendor's error body for a missing or malformed credential; called for every such request,
   * so it may carry per-request values (a request id, a timestamp).
   *
   * @return the body of the 401 response
   */
  protected abstract JsonNode unauthorizedBody();

  /**
   * Answers one call. The default serves the operation's documented example.
   *
   * @param call the request and the operation it matched
   * @return the response
   */
  protected ResponseDefinition respond(MockCall call) {
    return JsonResponses.json(call.operation().status(), call.operation().example());
  }

  /**
   * The body of the 400 that answers a request breaking the contract. The default is
   * {@code {"error": message}}; vendors override it with their own error shape.
   *
   * @param message the broken rules, each as {@code [rule key] message}
   * @return the error body
   */
  protected JsonNode contractViolationBody(String message) {
    return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("error", message);
  }

  /**
   * @return true to answer requests under {@link #pathPattern()} that match no operation with
   *     {@link #unmatched}; false (the default) leaves them to WireMock (404, no vendor body)
   */
  protected boolean answersUnmatchedRequests() {
    return false;
  }

  /**
   * Answers a request under {@link #pathPattern()} that matches no operation of the spec; only
   * called when {@link #answersUnmatchedRequests()} is true.
   *
   * @param request the request
   * @return the response
   */
  protected ResponseDefinition unmatched(Request request) {
    return JsonResponses.empty(404);
  }

  /**
   * A body generated while it is sent, for documents too large to hold in memory (reports of any
   * size). It replaces the body of {@link #respond}'s answer, whose status and headers are kept.
   * The default streams nothing.
   *
   * @param call the request and the operation it matched
   * @return the body's source (each {@code getStream()} starts the document afresh), or null
   */
  protected InputStreamSource streamedBody(MockCall call) {
    return null;
  }

  @Override
  public final List<Extension> extensions() {
    return List.of(new Responder(), new Streamer());
  }

  @Override
  public final void register(WireMockServer server) {
    server.stubFor(routed(any(urlPathMatching(pathPattern())).atPriority(1)
        .withHeader(credentialHeader(), absent()), Metadata.metadata().attr(KIND, UNAUTHORIZED)));
    server.stubFor(routed(any(urlPathMatching(pathPattern())).atPriority(2)
        .withHeader(credentialHeader(), notMatching(credentialPattern())),
        Metadata.metadata().attr(KIND, UNAUTHORIZED)));
    additionalCredentialHeaders().forEach((header, pattern) -> {
      server.stubFor(routed(any(urlPathMatching(pathPattern())).atPriority(1)
          .withHeader(header, absent()), Metadata.metadata().attr(KIND, UNAUTHORIZED)));
      server.stubFor(routed(any(urlPathMatching(pathPattern())).atPriority(2)
          .withHeader(header, notMatching(pattern)), Metadata.metadata().attr(KIND, UNAUTHORIZED)));
    });
    for (SpecOperation operation : operations.values()) {
      int rank = 2 * operation.templateCount() + (operation.hasLiteralInPlaceholderSegment() ? 0 : 1);
      server.stubFor(routed(request(operation.method(), urlPathMatching(operation.pathRegex()))
          .atPriority(OPERATION_PRIORITY + rank),
          Metadata.metadata().attr(OPERATION_ID, operation.operationId())));
    }
    if (answersUnmatchedRequests()) {
      server.stubFor(routed(any(urlPathMatching(pathPattern())).atPriority(UNMATCHED_PRIORITY),
          Metadata.metadata().attr(KIND, UNMATCHED)));
    }
  }

  private MappingBuilder routed(MappingBuilder stub, Metadata.Builder metadata) {
    return stub.withMetadata(metadata.attr("vendor", name))
        .willReturn(aResponse().withTransformers(responderName(), streamerName()));
  }

  /** Operations rank below the auth checks (1, 2); more templates rank lower still. */
  private static final int OPERATION_PRIORITY = 5;
  /** Below every operation, whatever its number of templates. */
  private static final int UNMATCHED_PRIORITY = 100;

  private String responderName() {
    return name + "-responder";
  }

  private String streamerName() {
    return name + "-streamer";
  }

  /** Routes each served request to {@link #respond}, {@link #unauthorizedBody} or {@link #unmatched}. */
  private final class Responder implements ResponseDefinitionTransformerV2 {
    @Override
    public String getName() {
      return responderName();
    }

    @Override
    public boolean applyGlobally() {
      return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
      Metadata metadata = event.getStubMapping().getMetadata();
      if (metadata.containsKey(OPERATION_ID)) {
        String operationId = metadata.getString(OPERATION_ID);
        java.util.Optional<String> violations = contract.violations(event.getRequest());
        if (violations.isPresent()) {
          return JsonResponses.json(400, contractViolationBody(
              "the request breaks the " + name + " contract (" + operationId + "):\n" + violations.get()));
        }
        // the answer is a new definition: it must name the streamer again for WireMock to apply it
        return ResponseDefinitionBuilder.like(respond(new MockCall(operations.get(operationId), event.getRequest())))
            .withTransformers(streamerName()).build();
      }
      if (UNAUTHORIZED.equals(metadata.getString(KIND))) {
        return JsonResponses.json(401, unauthorizedBody());
      }
      return unmatched(event.getRequest());
    }
  }

  /** Puts a {@link #streamedBody} in place of the answer's body. */
  private final class Streamer implements ResponseTransformerV2 {
    @Override
    public String getName() {
      return streamerName();
    }

    @Override
    public boolean applyGlobally() {
      return false;
    }

    @Override
    public Response transform(Response response, ServeEvent event) {
      if (response.getStatus() < 200 || response.getStatus() >= 300) {
        return response;
      }
      Metadata metadata = event.getStubMapping().getMetadata();
      if (!metadata.containsKey(OPERATION_ID)) {
        return response;
      }
      InputStreamSource body = streamedBody(new MockCall(operations.get(metadata.getString(OPERATION_ID)),
          event.getRequest()));
      return body == null ? response : Response.Builder.like(response).but().body(body).build();
    }
  }
}
