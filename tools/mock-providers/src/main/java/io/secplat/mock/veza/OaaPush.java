package io.secplat.mock.veza;

import static io.secplat.mock.openapi.JsonResponses.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.secplat.mock.openapi.MockCall;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The OAA push as oaaclient-py drives it. {@code :push} takes the payload as JSON text in
 * {@code json_data}, or base64 of its gzip with {@code compression_type: GZIP}; {@code :parts}
 * takes {@code start} (answers an upload id), {@code upload} (part {@code sequence_number} as base64
 * {@code data}; the same part again replaces it) and {@code complete} ({@code sequence_count}; every
 * part 1..n must have arrived), which processes the joined bytes as one push. Both answer
 * {@code {"warnings": [...]}}; a payload Veza would refuse ({@code OaaPayloadCheck}) is 400
 * InvalidArgument with one {@code details} entry per offending element, and nothing is stored.
 */
final class OaaPush {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final OaaState state;

  OaaPush(OaaState state) {
    this.state = state;
  }

  ResponseDefinition push(MockCall call) {
    Optional<ObjectNode> target = dataSource(call);
    if (target.isEmpty()) {
      return OaaProviders.noDataSource(call);
    }
    JsonNode body = call.jsonObjectBody();
    byte[] payload;
    if ("GZIP".equals(body.path("compression_type").asText(null))) {
      try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(
          Base64.getDecoder().decode(body.path("json_data").asText())))) {
        payload = in.readAllBytes();
      } catch (IOException | IllegalArgumentException e) {
        return VezaErrors.invalidArgument("json_data is not base64 of a gzip stream: " + e.getMessage());
      }
    } else {
      payload = body.path("json_data").asText().getBytes(StandardCharsets.UTF_8);
    }
    return process(call, target.get(), payload, JsonNodeFactory.instance.objectNode());
  }

  ResponseDefinition parts(MockCall call) {
    Optional<ObjectNode> target = dataSource(call);
    if (target.isEmpty()) {
      return OaaProviders.noDataSource(call);
    }
    JsonNode body = call.jsonObjectBody();
    String operation = body.path("operation").asText();
    if ("start".equals(operation)) {
      ObjectNode answer = success();
      answer.put("upload_id", state.startUpload(target.get().path("id").asText()));
      return json(200, answer);
    }
    String uploadId = body.path("upload_id").asText();
    Optional<OaaState.Upload> upload = state.upload(uploadId)
        .filter(u -> u.dataSourceId.equals(target.get().path("id").asText()));
    if (upload.isEmpty()) {
      return VezaErrors.notFound("no open upload " + uploadId + " for this data source");
    }
    if ("upload".equals(operation)) {
      int sequence = body.path("sequence_number").asInt(0);
      if (sequence < 1) {
        return VezaErrors.invalidArgument("sequence_number must be 1 or more");
      }
      try {
        byte[] data = Base64.getDecoder().decode(body.path("data").asText());
        synchronized (upload.get()) {
          upload.get().parts.put(sequence, data);
        }
      } catch (IllegalArgumentException e) {
        return VezaErrors.invalidArgument("data of part " + sequence + " is not base64");
      }
      return json(200, success());
    }
    int count = body.path("sequence_count").asInt(0);
    byte[] joined;
    synchronized (upload.get()) {
      for (int i = 1; i <= count; i++) {
        if (!upload.get().parts.containsKey(i)) {
          return VezaErrors.invalidArgument("upload " + uploadId + " is missing part " + i + " of " + count);
        }
      }
      if (count < 1 || upload.get().parts.size() != count) {
        return VezaErrors.invalidArgument("upload " + uploadId + " holds " + upload.get().parts.size()
            + " parts, sequence_count says " + count);
      }
      joined = upload.get().joined(count);
    }
    ResponseDefinition answer = process(call, target.get(), joined, success());
    if (answer.getStatus() == 200) {
      state.finishUpload(uploadId);
    }
    return answer;
  }

  private ResponseDefinition process(MockCall call, ObjectNode dataSource, byte[] payload, ObjectNode answer) {
    JsonNode document;
    try {
      document = JSON.readTree(payload);
    } catch (IOException e) {
      return VezaErrors.invalidArgument("the payload is not JSON: " + e.getMessage());
    }
    if (document == null || !document.isObject()) {
      return VezaErrors.invalidArgument("the payload must be a JSON object");
    }
    String template = state.provider(call.pathParameter("provider_id")).orElseThrow().path("custom_template").asText();
    OaaPayloadCheck check = OaaPayloadCheck.of(template, document);
    if (!check.errors().isEmpty()) {
      ObjectNode error = VezaErrors.body(VezaErrors.INVALID_ARGUMENT,
          "the " + template + " payload is invalid: " + check.errors().get(0));
      ArrayNode details = error.putArray("details");
      check.errors().forEach(e -> details.addObject().put("message", e));
      return json(400, error);
    }
    state.storePayload(dataSource.path("id").asText(), document);
    ArrayNode warnings = answer.putArray("warnings");
    check.warnings().forEach(w -> warnings.addObject().put("message", w));
    return json(200, answer);
  }

  private Optional<ObjectNode> dataSource(MockCall call) {
    return state.dataSource(call.pathParameter("provider_id"), call.pathParameter("data_source_id"));
  }

  private static ObjectNode success() {
    return JsonNodeFactory.instance.objectNode().put("status", "success");
  }
}
