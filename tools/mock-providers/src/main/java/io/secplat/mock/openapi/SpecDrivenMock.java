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
import com.github.tomakehurst.wiremock.common.Metadata;
import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.secplat.mock.VendorMock;
import java.util.List;

/**
 * A vendor mock driven by its OpenAPI document: every operation gets a stub that answers with the
 * documented example, unless the vendor's {@link #respond} says otherwise; requests without a
 * well-formed credential header get 401 before any operation is considered.
 *
 * <p>Stub priorities: 1 and 2 for the missing and the malformed credential, 4 for operations
 * whose path has a placeholder sharing its segment with literal text ({@code /queries/{id}:nodes},
 * which {@code /queries/{id}} would also match), 5 for the other operations, and 9 for the
 * optional fallback of {@link #answersUnmatchedRequests()}. Within one priority WireMock prefers
 * the stub registered last; the priorities make the routing independent of the document order.
 */
public abstract class SpecDrivenMock implements VendorMock {
  private static final String KIND = "kind";
  private static final String UNAUTHORIZED = "unauthorized";
  private static final String UNMATCHED = "unmatched";
  private static final String OPERATION_ID = "operationId";
  private final String name;
  private final OpenApiDocument spec;
  private final ContractCheck contract;

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
    this.contract = new ContractCheck(spec);
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

  @Override
  public final List<Extension> extensions() {
    return List.of(new Responder());
  }

  @Override
  public final void register(WireMockServer server) {
    server.stubFor(routed(any(urlPathMatching(pathPattern())).atPriority(1)
        .withHeader(credentialHeader(), absent()), Metadata.metadata().attr(KIND, UNAUTHORIZED)));
    server.stubFor(routed(any(urlPathMatching(pathPattern())).atPriority(2)
        .withHeader(credentialHeader(), notMatching(credentialPattern())),
        Metadata.metadata().attr(KIND, UNAUTHORIZED)));
    for (SpecOperation operation : spec.operations()) {
      server.stubFor(routed(request(operation.method(), urlPathMatching(operation.pathRegex()))
          .atPriority(operation.hasLiteralInPlaceholderSegment() ? 4 : 5),
          Metadata.metadata().attr(OPERATION_ID, operation.operationId())));
    }
    if (answersUnmatchedRequests()) {
      server.stubFor(routed(any(urlPathMatching(pathPattern())).atPriority(9),
          Metadata.metadata().attr(KIND, UNMATCHED)));
    }
  }

  private MappingBuilder routed(MappingBuilder stub, Metadata.Builder metadata) {
    return stub.withMetadata(metadata.attr("vendor", name))
        .willReturn(aResponse().withTransformers(responderName()));
  }

  private String responderName() {
    return name + "-responder";
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
        return respond(new MockCall(spec.operation(operationId), event.getRequest()));
      }
      if (UNAUTHORIZED.equals(metadata.getString(KIND))) {
        return JsonResponses.json(401, unauthorizedBody());
      }
      return unmatched(event.getRequest());
    }
  }
}
