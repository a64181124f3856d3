package io.secplat.mock.veza;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import io.secplat.mock.paging.InsertionOrder;
import io.secplat.mock.paging.Pageable;
import java.util.ArrayList;
import java.util.HashMap;
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
  private final InsertionOrder<String, ObjectNode> providers = new InsertionOrder<>();
  private final Pageable<ObjectNode> providerListing = Pageable.guarded(this, providers);
  private final Map<String, ObjectNode> dataSources = new LinkedHashMap<>();
  /** Each provider's data sources in creation order, by provider id. */
  private final Map<String, InsertionOrder<String, ObjectNode>> dataSourcesByProvider = new HashMap<>();
  private final Map<String, JsonNode> payloads = new LinkedHashMap<>();
  private final Map<String, Upload> uploads = new LinkedHashMap<>();
  private final InsertionOrder<String, ObjectNode> reports = new InsertionOrder<>();
  private final Pageable<ObjectNode> reportListing = Pageable.guarded(this, reports);
  /** Changes with every payload stored or dropped: what the OAA node listings are built from. */
  private long payloadVersion;

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

  private static final InsertionOrder<String, ObjectNode> NO_DATA_SOURCES = new InsertionOrder<>();

  synchronized void reset() {
    providers.clear();
    dataSources.clear();
    dataSourcesByProvider.clear();
    payloads.clear();
    payloadVersion++;
    uploads.clear();
    reports.clear();
  }

  /** @return the providers in creation order, for paging */
  Pageable<ObjectNode> providers() {
    return providerListing;
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
    InsertionOrder<String, ObjectNode> own = dataSourcesByProvider.remove(id);
    if (own != null) {
      own.keys().forEach(dataSources::remove);
    }
  }

  /** @return the provider's data sources in creation order, for paging */
  Pageable<ObjectNode> dataSources(String providerId) {
    return Pageable.guarded(this, new Pageable<ObjectNode>() {
      @Override
      public int size() {
        return own().size();
      }

      @Override
      public List<ObjectNode> range(long from, long to) {
        return own().range(from, to);
      }

      @Override
      public List<ObjectNode> range(java.util.function.Predicate<? super ObjectNode> test, long from, long to) {
        return own().range(test, from, to);
      }

      @Override
      public long count(java.util.function.Predicate<? super ObjectNode> test, long limit) {
        return own().count(test, limit);
      }

      private InsertionOrder<String, ObjectNode> own() {
        return dataSourcesByProvider.getOrDefault(providerId, NO_DATA_SOURCES);
      }
    });
  }

  /** @return whether the provider has a data source of this name, ignoring case */
  synchronized boolean hasDataSourceNamed(String providerId, String name) {
    return dataSourcesByProvider.getOrDefault(providerId, NO_DATA_SOURCES).values().stream()
        .anyMatch(ds -> ds.path("name").asText().equalsIgnoreCase(name));
  }

  synchronized Optional<ObjectNode> dataSource(String providerId, String id) {
    ObjectNode ds = dataSources.get(id);
    return ds != null && ds.path("provider_id").asText().equals(providerId) ? Optional.of(ds) : Optional.empty();
  }

  synchronized ObjectNode addDataSource(String providerId, String name) {
    ObjectNode ds = JsonNodeFactory.instance.objectNode();
    String id = UUID.randomUUID().toString();
    ds.put("id", id).put("name", name).put("provider_id", providerId).put("status", "PENDING");
    putDataSource(ds);
    return ds;
  }

  /** Stores a data source, in place of one with the same id (under whichever provider). */
  private void putDataSource(ObjectNode ds) {
    String id = ds.get("id").asText();
    ObjectNode old = dataSources.put(id, ds);
    String providerId = ds.get("provider_id").asText();
    if (old != null && !old.path("provider_id").asText().equals(providerId)) {
      dropFromProvider(old);
    }
    dataSourcesByProvider.computeIfAbsent(providerId, p -> new InsertionOrder<>()).put(id, ds);
  }

  private void dropFromProvider(ObjectNode ds) {
    InsertionOrder<String, ObjectNode> own = dataSourcesByProvider.get(ds.path("provider_id").asText());
    if (own != null) {
      own.remove(ds.get("id").asText());
    }
  }

  /** Provider state of the pacts: a data source with a known id (and its provider) exists. */
  synchronized void ensureDataSource(String providerId, String id, String name) {
    if (!providers.containsKey(providerId)) {
      addProvider(providerId, "acme-app", "application");
    }
    ObjectNode ds = JsonNodeFactory.instance.objectNode();
    ds.put("id", id).put("name", name).put("provider_id", providerId).put("status", "PENDING");
    putDataSource(ds);
  }

  synchronized void removeDataSource(String id) {
    ObjectNode ds = dataSources.remove(id);
    if (ds != null) {
      dropFromProvider(ds);
    }
    payloads.remove(id);
    payloadVersion++;
  }

  synchronized void storePayload(String dataSourceId, JsonNode payload) {
    payloads.put(dataSourceId, payload);
    payloadVersion++;
    ObjectNode ds = dataSources.get(dataSourceId);
    if (ds != null) {
      ds.put("status", "SUCCESS");
    }
  }

  /** @return the payload last pushed to the data source, if any */
  synchronized Optional<JsonNode> payload(String dataSourceId) {
    return Optional.ofNullable(payloads.get(dataSourceId));
  }

  /** @return a number that changes whenever a payload is stored or dropped */
  synchronized long payloadVersion() {
    return payloadVersion;
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

  /** @return the reports in creation order, for paging */
  Pageable<ObjectNode> reports() {
    return reportListing;
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
