package io.secplat.mock.veza;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.secplat.mock.MockProviders;
import io.secplat.mock.openapi.OpenApiDocument;
import io.secplat.mock.openapi.SpecOperation;
import io.secplat.mock.veza.VezaHttp.Reply;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Veza mock's OAA and report operations, answers checked against the spec. */
class OaaMockTest {
  static final OpenApiDocument SPEC = OpenApiDocument.fromClasspath(VezaMock.SPEC);
  static final ObjectMapper JSON = new ObjectMapper();
  /** The OAA and report operations; the rest of the spec is VezaMockTest's. */
  static final Set<String> OAA_OPERATIONS = Set.of("ListCustomProviders", "CreateCustomProvider",
      "ListCustomProviderTemplates", "GetCustomProvider", "UpdateCustomProviderProvisioning", "DeleteCustomProvider",
      "UpdateCustomProviderIcon", "ListCustomDataSources", "CreateCustomDataSource", "GetCustomDataSource",
      "DeleteCustomDataSource", "PushCustomDataSource", "PushCustomDataSourceParts", "ListAssessmentReports",
      "CreateAssessmentReport", "GetAssessmentReport", "UpdateAssessmentReport", "DeleteAssessmentReport",
      "AddQueryToAssessmentReport");
  static final String PROVIDERS = "/api/v1/providers/custom";
  static final String REPORTS = "/api/preview/assessments/reports";
  static final String SEEDED_QUERY = VezaMockTest.SEEDED;
  static MockProviders mocks;
  static VezaMock mock;
  static VezaHttp veza;
  final Set<String> called = new LinkedHashSet<>();

  @BeforeAll
  static void start() {
    mock = new VezaMock();
    mocks = MockProviders.start(0, mock);
    veza = new VezaHttp(mocks.baseUrl());
  }

  @AfterAll
  static void stop() {
    mocks.close();
  }

  @BeforeEach
  void reset() {
    mocks.resetState();
  }

  Reply call(String operationId, String method, String path, Object body) {
    called.add(operationId);
    Reply reply = veza.call(method, path, body);
    assertThat(reply.status()).as("%s: %s", operationId, reply.text()).isEqualTo(200);
    return reply;
  }

  static String application(String permission) {
    return "{\"applications\":[{\"name\":\"acme\",\"application_type\":\"acme\",\"local_users\":["
        + "{\"id\":\"u1\",\"name\":\"ann\",\"identities\":[\"ann@example.com\"]}],\"local_roles\":["
        + "{\"id\":\"r1\",\"name\":\"admin\",\"permissions\":[\"read\"]}],\"resources\":["
        + "{\"id\":\"repo1\",\"name\":\"repo\",\"resource_type\":\"repo\"}]}],"
        + "\"permissions\":[{\"name\":\"read\",\"permission_type\":[\"DataRead\"]}],"
        + "\"identity_to_permissions\":[{\"identity\":\"u1\",\"identity_type\":\"local_user\","
        + "\"application_permissions\":[{\"application\":\"acme\",\"permission\":\"" + permission
        + "\",\"resources\":[\"repo1\"]}]}]}";
  }

  @Test
  void theOaaFlowAnswersEveryOperationWithBodiesTheSpecAllows() throws IOException {
    assertThat(call("ListCustomProviderTemplates", "GET", PROVIDERS + "/templates", null).body().get("values"))
        .extracting(t -> t.get("id").asText()).containsExactly("application", "hris", "identity_provider");
    JsonNode provider = call("CreateCustomProvider", "POST", PROVIDERS,
        Map.of("name", "Acme App", "custom_template", "application")).body().get("value");
    assertThat(provider.get("state").asText()).isEqualTo("ENABLED");
    String p = provider.get("id").asText();
    assertThat(call("ListCustomProviders", "GET", PROVIDERS + "?filter=" + encode("name eq \"Acme App\""), null)
        .body().get("values")).extracting(v -> v.get("id").asText()).containsExactly(p);
    assertThat(call("GetCustomProvider", "GET", PROVIDERS + "/" + p, null).body().at("/value/name").asText())
        .isEqualTo("Acme App");
    assertThat(call("UpdateCustomProviderProvisioning", "PATCH", PROVIDERS + "/" + p, Map.of("provisioning", true))
        .body().at("/value/provisioning").asBoolean()).isTrue();
    call("UpdateCustomProviderIcon", "POST", PROVIDERS + "/" + p + ":icon",
        Map.of("icon_base64", Base64.getEncoder().encodeToString(new byte[] {(byte) 0x89, 'P', 'N', 'G'})));
    String ds = call("CreateCustomDataSource", "POST", PROVIDERS + "/" + p + "/datasources",
        Map.of("name", "prod", "id", p)).body().at("/value/id").asText();
    assertThat(call("ListCustomDataSources", "GET", PROVIDERS + "/" + p + "/datasources?filter="
        + encode("name eq \"prod\""), null).body().at("/values/0/id").asText()).isEqualTo(ds);
    String base = PROVIDERS + "/" + p + "/datasources/" + ds;

    JsonNode plain = call("PushCustomDataSource", "POST", base + ":push",
        Map.of("id", p, "data_source_id", ds, "json_data", application("read"))).body();
    assertThat(plain.get("warnings")).extracting(w -> w.get("message").asText())
        .containsExactly("Cannot find identity by names ann@example.com for local user u1");
    assertThat(call("GetCustomDataSource", "GET", base, null).body().at("/value/status").asText()).isEqualTo("SUCCESS");

    JsonNode compressed = call("PushCustomDataSource", "POST", base + ":push", Map.of("id", p, "data_source_id", ds,
        "json_data", gzipBase64(application("read")), "compression_type", "GZIP")).body();
    assertThat(compressed.get("warnings")).hasSize(1);
    assertThat(mock.pushedPayload(ds).orElseThrow().at("/applications/0/local_users/0/id").asText()).isEqualTo("u1");

    byte[] bytes = application("read").getBytes(StandardCharsets.UTF_8);
    String upload = call("PushCustomDataSourceParts", "POST", base + ":parts", Map.of("operation", "start"))
        .body().get("upload_id").asText();
    int half = bytes.length / 2;
    veza.call("POST", base + ":parts", part(upload, 2, Arrays.copyOfRange(bytes, half, bytes.length)));
    veza.call("POST", base + ":parts", part(upload, 1, Arrays.copyOfRange(bytes, 0, 7)));
    veza.call("POST", base + ":parts", part(upload, 1, Arrays.copyOfRange(bytes, 0, half)));  // the same part again replaces it
    JsonNode done = veza.call("POST", base + ":parts",
        Map.of("operation", "complete", "upload_id", upload, "sequence_count", 2)).body();
    assertThat(done.get("warnings")).hasSize(1);
    assertThat(mock.pushedPayload(ds).orElseThrow().at("/permissions/0/name").asText()).isEqualTo("read");

    call("DeleteCustomDataSource", "DELETE", base, null);
    assertThat(veza.call("GET", base, null).status()).isEqualTo(404);
    call("DeleteCustomProvider", "DELETE", PROVIDERS + "/" + p, null);
    assertThat(veza.call("GET", PROVIDERS + "/" + p, null).status()).isEqualTo(404);

    JsonNode report = call("CreateAssessmentReport", "POST", REPORTS, Map.of("name", "Weekly", "description", "w",
        "queries", List.of())).body().get("value");
    String r = report.get("id").asText();
    call("AddQueryToAssessmentReport", "PUT", REPORTS + "/" + r + "/queries/" + SEEDED_QUERY, null);
    assertThat(call("GetAssessmentReport", "GET", REPORTS + "/" + r, null).body().at("/value/queries/0/query").asText())
        .isEqualTo(SEEDED_QUERY);
    assertThat(call("UpdateAssessmentReport", "PUT", REPORTS + "/" + r, Map.of("name", "Monthly", "queries", List.of()))
        .body().at("/value/name").asText()).isEqualTo("Monthly");
    assertThat(call("ListAssessmentReports", "GET", REPORTS, null).body().get("values")).hasSize(1);
    call("DeleteAssessmentReport", "DELETE", REPORTS + "/" + r, null);

    assertThat(called).containsExactlyInAnyOrderElementsOf(OAA_OPERATIONS);
    Set<String> all = new LinkedHashSet<>(VezaMockTest.everyOperation().keySet());
    all.addAll(called);
    assertThat(all).containsExactlyInAnyOrderElementsOf(
        SPEC.operations().stream().map(SpecOperation::operationId).toList()).hasSize(40);
  }

  @Test
  void aPayloadWithAnUndeclaredPermissionIsRefusedWithDetailsNamingIt() {
    String p = veza.call("POST", PROVIDERS, Map.of("name", "acme", "custom_template", "application")).body()
        .at("/value/id").asText();
    String ds = veza.call("POST", PROVIDERS + "/" + p + "/datasources", Map.of("name", "prod")).body()
        .at("/value/id").asText();
    Reply refused = veza.call("POST", PROVIDERS + "/" + p + "/datasources/" + ds + ":push",
        Map.of("json_data", application("write")));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().get("code").asText()).isEqualTo("InvalidArgument");
    assertThat(refused.body().at("/details/0/message").asText())
        .isEqualTo("identity_to_permissions[0]: permission write is not declared");
    assertThat(mock.pushedPayload(ds)).isEmpty();
  }

  @Test
  void aCompleteWithAMissingPartIsRefusedAndTheUploadStaysOpen() {
    String p = veza.call("POST", PROVIDERS, Map.of("name", "acme", "custom_template", "application")).body()
        .at("/value/id").asText();
    String ds = veza.call("POST", PROVIDERS + "/" + p + "/datasources", Map.of("name", "prod")).body()
        .at("/value/id").asText();
    String base = PROVIDERS + "/" + p + "/datasources/" + ds + ":parts";
    String upload = veza.call("POST", base, Map.of("operation", "start")).body().get("upload_id").asText();
    veza.call("POST", base, part(upload, 2, "{}".getBytes(StandardCharsets.UTF_8)));
    Reply refused = veza.call("POST", base, Map.of("operation", "complete", "upload_id", upload, "sequence_count", 2));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().get("message").asText()).isEqualTo("upload " + upload + " is missing part 1 of 2");
  }

  @Test
  void aSecondProviderOfTheSameNameIsAConflictAndBadCharactersAreRefused() {
    assertThat(veza.call("POST", PROVIDERS, Map.of("name", "acme", "custom_template", "application")).status())
        .isEqualTo(200);
    assertThat(veza.call("POST", PROVIDERS, Map.of("name", "ACME", "custom_template", "hris")).status()).isEqualTo(409);
    Reply bad = veza.send(VezaHttp.KEY, "POST", PROVIDERS, Map.of("name", "a/b", "custom_template", "application"));
    assertThat(bad.status()).isEqualTo(400);
  }

  static ObjectNode part(String upload, int sequence, byte[] data) {
    ObjectNode part = JSON.createObjectNode();
    part.put("operation", "upload").put("upload_id", upload).put("sequence_number", sequence)
        .put("data", Base64.getEncoder().encodeToString(data));
    return part;
  }

  static String gzipBase64(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return Base64.getEncoder().encodeToString(out.toByteArray());
  }

  static String encode(String text) {
    return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
