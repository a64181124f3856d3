package io.secplat.mock.openapi;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.notMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.InputStreamSource;
import com.github.tomakehurst.wiremock.common.Metadata;
import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.secplat.mock.VendorMock;
import java.util.List;

/**
 * A vendor mock driven by its OpenAPI document: every operation gets a stub that answers with the
 * documented example, unless the vendor's {@link #respond} says otherwise; requests without a
 * well-formed credential header get 401 before any operation is considered.
 *
 * <p>A concrete path wins over a templated one that also matches it ({@code /nodes/lookup.json}
 * over {@code /nodes/{nodeId}.json}), as OpenAPI requires: stubs of paths with fewer templates
 * have the higher priority. Large documents can be generated while they are sent
 * ({@link #streamedBody}), so a mock never holds them in memory.
 */
public abstract class SpecDrivenMock implements VendorMock {
  private final String name;
  private final OpenApiDocument spec;

  /**
   * @param name the vendor's name, for example {@code britive}
   * @param specResource the classpath resource of its OpenAPI document
   */
  protected SpecDrivenMock(String name, String specResource) {
    this.name = name;
    this.spec = OpenApiDocument.fromClasspath(specResource);
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
    String unauthorized = unauthorizedBody().toString();
    server.stubFor(any(urlPathMatching(pathPattern())).atPriority(1)
        .withHeader(credentialHeader(), absent())
        .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json").withBody(unauthorized)));
    server.stubFor(any(urlPathMatching(pathPattern())).atPriority(2)
        .withHeader(credentialHeader(), notMatching(credentialPattern()))
        .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json").withBody(unauthorized)));
    for (SpecOperation operation : spec.operations()) {
      server.stubFor(request(operation.method(), urlPathMatching(operation.pathRegex()))
          .atPriority(OPERATION_PRIORITY + operation.templateCount())
          .withMetadata(Metadata.metadata().attr("operationId", operation.operationId()).attr("vendor", name))
          .willReturn(aResponse().withTransformers(responderName(), streamerName())));
    }
  }

  /** Operations rank below the auth checks (1, 2); more templates rank lower still. */
  private static final int OPERATION_PRIORITY = 5;

  private String responderName() {
    return name + "-responder";
  }

  private String streamerName() {
    return name + "-streamer";
  }

  private MockCall call(ServeEvent event) {
    String operationId = event.getStubMapping().getMetadata().getString("operationId");
    return new MockCall(spec.operation(operationId), event.getRequest());
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
      // the answer is a new definition: it must name the streamer again for WireMock to apply it
      return ResponseDefinitionBuilder.like(respond(call(event))).withTransformers(streamerName()).build();
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
      InputStreamSource body = streamedBody(call(event));
      return body == null ? response : Response.Builder.like(response).but().body(body).build();
    }
  }
}
