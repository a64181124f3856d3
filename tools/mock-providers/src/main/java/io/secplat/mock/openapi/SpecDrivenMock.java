package io.secplat.mock.openapi;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.notMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Metadata;
import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
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
 */
public abstract class SpecDrivenMock implements VendorMock {
  private final String name;
  private final OpenApiDocument spec;
  /** The operations by id, read once: the responder looks one up for every request. */
  private final Map<String, SpecOperation> operations = new java.util.LinkedHashMap<>();

  /**
   * @param name the vendor's name, for example {@code britive}
   * @param specResource the classpath resource of its OpenAPI document
   */
  protected SpecDrivenMock(String name, String specResource) {
    this.name = name;
    this.spec = OpenApiDocument.fromClasspath(specResource);
    spec.operations().forEach(operation -> operations.put(operation.operationId(), operation));
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

  /** @return the vendor's error body for a missing or malformed credential */
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

  @Override
  public final List<Extension> extensions() {
    return List.of(new Responder());
  }

  @Override
  public final void register(WireMockServer server) {
    String unauthorized = unauthorizedBody().toString();
    server.stubFor(any(urlPathMatching(pathPattern())).atPriority(1)
        .withHeader(credentialHeader(), absent())
        .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json").withBody(unauthorized)));
    server.stubFor(any(urlPathMatching(pathPattern())).atPriority(2)
        .withHeader(credentialHeader(), notMatching(credentialPattern()))
        .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json").withBody(unauthorized)));
    additionalCredentialHeaders().forEach((header, pattern) -> {
      server.stubFor(any(urlPathMatching(pathPattern())).atPriority(1)
          .withHeader(header, absent())
          .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json").withBody(unauthorized)));
      server.stubFor(any(urlPathMatching(pathPattern())).atPriority(2)
          .withHeader(header, notMatching(pattern))
          .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json").withBody(unauthorized)));
    });
    for (SpecOperation operation : operations.values()) {
      server.stubFor(request(operation.method(), urlPathMatching(operation.pathRegex()))
          .atPriority(5)
          .withMetadata(Metadata.metadata().attr("operationId", operation.operationId()).attr("vendor", name))
          .willReturn(aResponse().withTransformers(responderName())));
    }
  }

  private String responderName() {
    return name + "-responder";
  }

  /** Routes each served request to {@link #respond}. */
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
      String operationId = event.getStubMapping().getMetadata().getString("operationId");
      return respond(new MockCall(operations.get(operationId), event.getRequest()));
    }
  }
}
