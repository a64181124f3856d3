package io.secplat.mock.veza;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What the Veza mock remembers of OAA: custom providers, their data sources, the payload last
 * pushed to each data source, open multipart uploads and assessment reports. Thread-safe.
 */
final class OaaState {
  private final Map<String, ObjectNode> providers = new LinkedHashMap<>();
  private final Map<String, ObjectNode> dataSources = new LinkedHashMap<>();
  private final Map<String, JsonNode> payloads = new LinkedHashMap<>();
  private final Map<String, Upload> uploads = new LinkedHashMap<>();
  private final Map<String, ObjectNode> reports = new LinkedHashMap<>();

  /** An open multipart upload: the parts received so far by sequence number. */
  static final class Upload {
    final String dataSourceId;
    final TreeMap<Integer, byte[]> parts = new TreeMap<>();

    Upload(String dataSourceId) {
      this.dataSourceId = dataSourceId;
    }

    byte[] joined(int count) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (int i = 1; i <= count; i++) {
        out.writeBytes(parts.get(i));
      }
      return out.toByteArray();
    }
  }

  synchronized void reset() {
    providers.clear();
    dataSources.clear();
    payloads.clear();
    uploads.clear();
    reports.clear();
  }

  synchronized List<ObjectNode> providers() {
    return new ArrayList<>(providers.values());
  }

  synchronized Optional<ObjectNode> provider(String id) {
    return Optional.ofNullable(providers.get(id));
  }

  synchronized Optional<ObjectNode> providerNamed(String name) {
    return providers.values().stream().filter(p -> p.path("name").asText().equalsIgnoreCase(name)).findFirst();
  }

  synchronized ObjectNode addProvider(String id, String name, String template) {
    ObjectNode provider = JsonNodeFactory.instance.objectNode();
    provider.put("id", id).put("name", name).put("custom_template", template).put("state", "ENABLED")
        .put("provisioning", false);
    providers.put(id, provider);
    return provider;
  }

  synchronized void removeProvider(String id) {
    providers.remove(id);
    dataSources.values().removeIf(ds -> ds.path("provider_id").asText().equals(id));
  }

  synchronized List<ObjectNode> dataSources(String providerId) {
    return dataSources.values().stream().filter(ds -> ds.path("provider_id").asText().equals(providerId)).toList();
  }

  synchronized Optional<ObjectNode> dataSource(String providerId, String id) {
    ObjectNode ds = dataSources.get(id);
    return ds != null && ds.path("provider_id").asText().equals(providerId) ? Optional.of(ds) : Optional.empty();
  }

  synchronized ObjectNode addDataSource(String providerId, String name) {
    ObjectNode ds = JsonNodeFactory.instance.objectNode();
    String id = UUID.randomUUID().toString();
    ds.put("id", id).put("name", name).put("provider_id", providerId).put("status", "PENDING");
    dataSources.put(id, ds);
    return ds;
  }

  /** Provider state of the pacts: a data source with a known id (and its provider) exists. */
  synchronized void ensureDataSource(String providerId, String id, String name) {
    if (!providers.containsKey(providerId)) {
      addProvider(providerId, "acme-app", "application");
    }
    ObjectNode ds = JsonNodeFactory.instance.objectNode();
    ds.put("id", id).put("name", name).put("provider_id", providerId).put("status", "PENDING");
    dataSources.put(id, ds);
  }

  synchronized void removeDataSource(String id) {
    dataSources.remove(id);
    payloads.remove(id);
  }

  synchronized void storePayload(String dataSourceId, JsonNode payload) {
    payloads.put(dataSourceId, payload);
    ObjectNode ds = dataSources.get(dataSourceId);
    if (ds != null) {
      ds.put("status", "SUCCESS");
    }
  }

  /** @return the payload last pushed to the data source, if any */
  synchronized Optional<JsonNode> payload(String dataSourceId) {
    return Optional.ofNullable(payloads.get(dataSourceId));
  }

  /** @return every stored payload, in push order of their data sources */
  synchronized List<JsonNode> payloads() {
    return new ArrayList<>(payloads.values());
  }

  synchronized String startUpload(String dataSourceId) {
    String id = UUID.randomUUID().toString().toUpperCase(java.util.Locale.ROOT);
    uploads.put(id, new Upload(dataSourceId));
    return id;
  }

  /** Provider state of the pacts: an open upload with a known id holding part 1. */
  synchronized void ensureUpload(String id, String dataSourceId, byte[] part1) {
    Upload upload = new Upload(dataSourceId);
    upload.parts.put(1, part1);
    uploads.put(id, upload);
  }

  synchronized Optional<Upload> upload(String id) {
    return Optional.ofNullable(uploads.get(id));
  }

  synchronized void finishUpload(String id) {
    uploads.remove(id);
  }

  synchronized List<ObjectNode> reports() {
    return new ArrayList<>(reports.values());
  }

  synchronized Optional<ObjectNode> report(String id) {
    return Optional.ofNullable(reports.get(id));
  }

  synchronized void putReport(String id, ObjectNode report) {
    reports.put(id, report);
  }

  synchronized boolean removeReport(String id) {
    return reports.remove(id) != null;
  }
}
