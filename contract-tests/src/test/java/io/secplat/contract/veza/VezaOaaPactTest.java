package io.secplat.contract.veza;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.secplat.core.error.ErrorDetails;
import io.secplat.core.error.ServerException;
import io.secplat.veza.VezaClient;
import io.secplat.veza.generated.model.CustomDataSource;
import io.secplat.veza.generated.model.CustomProvider;
import io.secplat.veza.oaa.CustomApplication;
import io.secplat.veza.oaa.OaaIdentityType;
import io.secplat.veza.oaa.OaaPermission;
import io.secplat.veza.oaa.OaaPushMode;
import io.secplat.veza.oaa.OaaPushOptions;
import io.secplat.veza.oaa.OaaPushResult;
import io.secplat.veza.oaa.OaaUploadAbandonedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Veza's Open Authorization API: providers, data sources, push and the multipart complete. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = VezaPact.PROVIDER, hostInterface = "127.0.0.1", pactVersion = PactSpecVersion.V3)
class VezaOaaPactTest {
  static final String P = "5f0e8b1c-3d2a-4c6b-9e7f-0a1b2c3d4e5f";
  static final String D = "7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d";
  static final String UPLOAD = "7E4B0B18-7A46-4511-945F-6EC49D6E8C49";
  static final String PROVIDERS = "/api/v1/providers/custom";

  static PactDslJsonBody provider(String name) {
    PactDslJsonBody body = new PactDslJsonBody();
    body.object("value").stringType("id", P).stringValue("name", name).stringValue("custom_template", "application")
        .stringType("state", "ENABLED").closeObject();
    return body;
  }

  static PactDslJsonBody dataSource() {
    PactDslJsonBody body = new PactDslJsonBody();
    body.object("value").stringType("id", D).stringValue("name", "acme-prod").stringType("status", "PENDING").closeObject();
    return body;
  }

  static CustomApplication application() {
    return CustomApplication.builder("portal", "AcmePortal").permission("view", OaaPermission.DATA_READ)
        .body(w -> {
          w.user("u1", "ann").identity("ann@example.com");
          w.grant(OaaIdentityType.LOCAL_USER, "u1").permission("view");
        }).build();
  }

  @Pact(consumer = VezaPact.CONSUMER)
  RequestResponsePact listCustomProviderTemplates(PactDslWithProvider builder) {
    PactDslJsonBody body = new PactDslJsonBody();
    body.minArrayLike("values", 1, 1).stringType("id", "application").closeObject().closeArray();
    return VezaPact.request(builder, "no custom providers", "a request for the OAA provider templates", "GET",
            PROVIDERS + "/templates")
        .willRespondWith().status(200).body(body).toPact();
  }

  @Test
  @PactTestFor(pactMethod = "listCustomProviderTemplates")
  void listCustomProviderTemplates(MockServer server) {
    try (VezaClient veza = VezaPact.client(server)) {
      assertThat(veza.oaa().templates()).extracting(t -> t.get("id")).containsExactly("application");
    }
  }

  @Pact(consumer = VezaPact.CONSUMER)
  RequestResponsePact createCustomProvider(PactDslWithProvider builder) {
    return VezaPact.request(builder, "no custom providers", "a request to create a custom provider", "POST", PROVIDERS)
        .headers("Content-Type", "application/json")
        .body("{\"name\":\"acme-app\",\"custom_template\":\"application\"}")
        .willRespondWith().status(200).body(provider("acme-app")).toPact();
  }

  @Test
  @PactTestFor(pactMethod = "createCustomProvider")
  void createCustomProvider(MockServer server) {
    try (VezaClient veza = VezaPact.client(server)) {
      CustomProvider provider = veza.oaa().createProvider("acme-app", "application");
      assertThat(provider.getId()).isEqualTo(P);
      assertThat(provider.getState()).isEqualTo("ENABLED");
    }
  }

  @Pact(consumer = VezaPact.CONSUMER)
  RequestResponsePact getCustomProvider(PactDslWithProvider builder) {
    return VezaPact.request(builder, "custom provider " + P + " exists", "a request for a custom provider", "GET",
            PROVIDERS + "/" + P)
        .willRespondWith().status(200).body(provider("acme-app")).toPact();
  }

  @Test
  @PactTestFor(pactMethod = "getCustomProvider")
  void getCustomProvider(MockServer server) {
    try (VezaClient veza = VezaPact.client(server)) {
      assertThat(veza.oaa().provider(P).getName()).isEqualTo("acme-app");
    }
  }

  @Pact(consumer = VezaPact.CONSUMER)
  RequestResponsePact updateCustomProviderProvisioning(PactDslWithProvider builder) {
    PactDslJsonBody body = new PactDslJsonBody();
    body.object("value").stringType("id", P).booleanValue("provisioning", true).closeObject();
    return VezaPact.request(builder, "custom provider " + P + " exists", "a request to make a provider a provisioning source",
            "PATCH", PROVIDERS + "/" + P)
        .headers("Content-Type", "application/json")
        .body("{\"provisioning\":true}")
        .willRespondWith().status(200).body(body).toPact();
  }

  @Test
  @PactTestFor(pactMethod = "updateCustomProviderProvisioning")
  void updateCustomProviderProvisioning(MockServer server) {
    try (VezaClient veza = VezaPact.client(server)) {
      assertThat(veza.oaa().setProvisioning(P, true).getProvisioning()).isTrue();
    }
  }

  @Pact(consumer = VezaPact.CONSUMER)
  RequestResponsePact updateCustomProviderIcon(PactDslWithProvider builder) {
    return VezaPact.request(builder, "custom provider " + P + " exists", "a request to set a provider icon", "POST",
            PROVIDERS + "/" + P + ":icon")
        .headers("Content-Type", "application/json")
        .body("{\"icon_base64\":\"iVBORw==\"}")
        .willRespondWith().status(200).body("{}", "application/json").toPact();
  }

  @Test
  @PactTestFor(pactMethod = "updateCustomProviderIcon")
  void updateCustomProviderIcon(MockServer server) {
    try (VezaClient veza = VezaPact.client(server)) {
      veza.oaa().setProviderIcon(P, new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }
  }

  @Pact(consumer = VezaPact.CONSUMER)
  RequestResponsePact deleteCustomProvider(PactDslWithProvider builder) {
    return VezaPact.request(builder, "custom provider " + P + " exists", "a request to delete a custom provider", "DELETE",
            PROVIDERS + "/" + P)
        .willRespondWith().status(200).body("{}", "application/json").toPact();
  }

  @Test
  @PactTestFor(pactMethod = "deleteCustomProvider")
  void deleteCustomProvider(MockServer server) {
    try (VezaClient veza = VezaPact.client(server)) {
      veza.oaa().deleteProvider(P);
    }
  }

  @Pact(consumer = VezaPact.CONSUMER)
  RequestResponsePact createCustomDataSource(PactDslWithProvider builder) {
    return VezaPact.request(builder, "custom provider " + P + " exists", "a request to create a data source", "POST",
            PROVIDERS + "/" + P + "/datasources")
        .headers("Content-Type", "application/json")
        .body("{\"name\":\"acme-prod\",\"id\":\"" + P + "\"}")
        .willRespondWith().status(200).body(dataSource()).toPact();
  }

  @Test
  @PactTestFor(pactMethod = "createCustomDataSource")
  void createCustomDataSource(MockServer server) {
    try (VezaClient veza = VezaPact.client(server)) {
      CustomDataSource ds = veza.oaa().createDataSource(P, "acme-prod");
      assertThat(ds.getId()).isEqualTo(D);
      assertThat(ds.getName()).isEqualTo("acme-prod");
    }
  }

  @Pact(consumer = VezaPact.CONSUMER)
  RequestResponsePact getCustomDataSource(PactDslWithProvider builder) {
    return VezaPact.request(builder, "data source " + D + " of provider " + P + " exists", "a request for a data source",
            "GET", PROVIDERS + "/" + P + "/datasources/" + D)
        .willRespondWith().status(200).body(dataSource()).toPact();
  }

  @Test
  @PactTestFor(pactMethod = "getCustomDataSource")
  void getCustomDataSource(MockServer server) {
    try (VezaClient veza = VezaPact.client(server)) {
      assertThat(veza.oaa().dataSource(P, D).getStatus()).isEqualTo("PENDING");
    }
  }

  @Pact(consumer = VezaPact.CONSUMER)
  RequestResponsePact deleteCustomDataSource(PactDslWithProvider builder) {
    return VezaPact.request(builder, "data source " + D + " of provider " + P + " exists", "a request to delete a data source",
            "DELETE", PROVIDERS + "/" + P + "/datasources/" + D)
        .willRespondWith().status(200).body("{}", "application/json").toPact();
  }

  @Test
  @PactTestFor(pactMethod = "deleteCustomDataSource")
  void deleteCustomDataSource(MockServer server) {
    try (VezaClient veza = VezaPact.client(server)) {
      veza.oaa().deleteDataSource(P, D);
    }
  }

  /** The push flow: find the provider by name, find the data source by name, push the JSON. */
  @Pact(consumer = VezaPact.CONSUMER)
  RequestResponsePact pushCustomDataSource(PactDslWithProvider builder) {
    PactDslJsonBody providers = new PactDslJsonBody();
    providers.minArrayLike("values", 1, 1).stringType("id", P).stringValue("name", "acme-app")
        .stringValue("custom_template", "application").closeObject().closeArray();
    PactDslJsonBody dataSources = new PactDslJsonBody();
    dataSources.minArrayLike("values", 1, 1).stringType("id", D).stringValue("name", "acme-prod").closeObject().closeArray();
    PactDslJsonBody push = new PactDslJsonBody().stringMatcher("id", "\\S+", P).stringMatcher("data_source_id", "\\S+", D)
        .stringType("json_data", "{\"applications\":[{\"name\":\"portal\",\"application_type\":\"AcmePortal\","
            + "\"local_users\":[{\"id\":\"u1\",\"name\":\"ann\",\"identities\":[\"ann@example.com\"]}]}]}");
    PactDslJsonBody answer = new PactDslJsonBody();
    answer.minArrayLike("warnings", 1, 1).stringType("message", "Cannot find identity by names ann@example.com")
        .closeObject().closeArray();
    String state = "data source " + D + " of provider " + P + " exists";
    return VezaPact.request(builder, state, "a request to find the provider acme-app by name", "GET", PROVIDERS)
        .query("filter=name eq \"acme-app\"&page_size=250")
        .willRespondWith().status(200).body(providers)
        .given(state).uponReceiving("a request to find the data source acme-prod by name").method("GET")
        .path(PROVIDERS + "/" + P + "/datasources").query("filter=name eq \"acme-prod\"&page_size=250")
        .matchHeader("Authorization", "Bearer \\S+", "Bearer pact-veza-key-0001")
        .willRespondWith().status(200).body(dataSources)
        .given(state).uponReceiving("a request to push an OAA payload").method("POST")
        .path(PROVIDERS + "/" + P + "/datasources/" + D + ":push")
        .matchHeader("Authorization", "Bearer \\S+", "Bearer pact-veza-key-0001")
        .headers("Content-Type", "application/json").body(push)
        .willRespondWith().status(200).body(answer)
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "pushCustomDataSource")
  void pushCustomDataSource(MockServer server) {
    try (VezaClient veza = VezaPact.client(server)) {
      OaaPushResult result = veza.oaa().push("acme-app", "acme-prod", application());
      assertThat(result.mode()).isEqualTo(OaaPushMode.PLAIN);
      assertThat(result.providerId()).isEqualTo(P);
      assertThat(result.dataSourceId()).isEqualTo(D);
      assertThat(result.warnings()).extracting(w -> w.getMessage()).singleElement().asString()
          .startsWith("Cannot find identity by names ann@example.com");
    }
  }

  /** The multipart complete, as a resume sends it when every part was acknowledged before. */
  @Pact(consumer = VezaPact.CONSUMER)
  RequestResponsePact pushCustomDataSourceParts(PactDslWithProvider builder) {
    PactDslJsonBody answer = new PactDslJsonBody().stringType("status", "success");
    answer.array("warnings").closeArray();
    return VezaPact.request(builder, "upload " + UPLOAD + " of data source " + D + " of provider " + P + " holds one part",
            "a request to complete a multipart upload", "POST", PROVIDERS + "/" + P + "/datasources/" + D + ":parts")
        .headers("Content-Type", "application/json")
        .body("{\"operation\":\"complete\",\"upload_id\":\"" + UPLOAD + "\",\"sequence_count\":1}")
        .willRespondWith().status(200).body(answer).toPact();
  }

  @Test
  @PactTestFor(pactMethod = "pushCustomDataSourceParts")
  void pushCustomDataSourceParts(MockServer server) {
    ServerException lost = new ServerException(
        new ErrorDetails("Veza", "POST", "/parts", 503, null, null, null, null), null);
    OaaUploadAbandonedException abandoned = new OaaUploadAbandonedException(P, D, UPLOAD, 1, 50_000_000, lost);
    try (VezaClient veza = VezaPact.client(server)) {
      OaaPushResult result = veza.oaa().resume(abandoned, application(), OaaPushOptions.defaults());
      assertThat(result.mode()).isEqualTo(OaaPushMode.MULTIPART);
      assertThat(result.parts()).isEqualTo(1);
      assertThat(result.warnings()).isEmpty();
    }
  }
}
