package io.secplat.veza;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.secplat.core.error.ApiException;
import io.secplat.veza.generated.api.OaaDataSourcesApi;
import io.secplat.veza.generated.model.OaaWarning;
import io.secplat.veza.generated.model.PushCustomDataSourcePartsRequest;
import io.secplat.veza.generated.model.PushCustomDataSourcePartsRequest.OperationEnum;
import io.secplat.veza.generated.model.PushCustomDataSourcePartsResponse;
import io.secplat.veza.generated.model.PushCustomDataSourceRequest;
import io.secplat.veza.generated.model.PushCustomDataSourceResponse;
import io.secplat.veza.oaa.OaaPayload;
import io.secplat.veza.oaa.OaaPushListener;
import io.secplat.veza.oaa.OaaPushMode;
import io.secplat.veza.oaa.OaaPushOptions;
import io.secplat.veza.oaa.OaaPushResult;
import io.secplat.veza.oaa.OaaUploadAbandonedException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/**
 * Sends one payload to one data source: streams it from the payload into a {@link PayloadSink}
 * and, by size, pushes it plainly, compressed, or as a multipart upload. Every call goes through
 * the generated operations, so retries come from core: {@code :parts} is safe to repeat, a part
 * sent twice replaces itself.
 */
final class OaaPushFlow {
  private final OaaDataSourcesApi api;
  private final ObjectMapper json;

  OaaPushFlow(OaaDataSourcesApi api, ObjectMapper json) {
    this.api = api;
    this.json = json;
  }

  /** Writes the payload into nothing, to find what Veza would refuse before sending anything. */
  void check(OaaPayload payload) {
    write(payload, OutputStream.nullOutputStream());
  }

  OaaPushResult send(String providerId, String dataSourceId, OaaPayload payload, OaaPushOptions options) {
    Uploader uploader = new Uploader(providerId, dataSourceId, options.partSize(), options.listener(), 0);
    PayloadSink sink = new PayloadSink(options.multipartAbove(), options.partSize(), uploader);
    write(payload, sink);
    if (!sink.multipart()) {
      byte[] bytes = sink.held();
      if (bytes.length <= options.compressAbove()) {
        PushCustomDataSourceResponse answer = api.pushCustomDataSource(providerId, dataSourceId,
            new PushCustomDataSourceRequest().id(providerId).dataSourceId(dataSourceId)
                .jsonData(new String(bytes, StandardCharsets.UTF_8)));
        return result(providerId, dataSourceId, OaaPushMode.PLAIN, sink.total(), 0, null, answer.getWarnings());
      }
      String compressed = gzipBase64(bytes);
      if (compressed.length() + 512 <= OaaPushOptions.MAX_PUSH_BYTES) {
        PushCustomDataSourceResponse answer = api.pushCustomDataSource(providerId, dataSourceId,
            new PushCustomDataSourceRequest().id(providerId).dataSourceId(dataSourceId).jsonData(compressed)
                .compressionType(PushCustomDataSourceRequest.CompressionTypeEnum.GZIP));
        return result(providerId, dataSourceId, OaaPushMode.COMPRESSED, sink.total(), 0, null, answer.getWarnings());
      }
      sink.forceMultipart();
    }
    return complete(uploader, sink);
  }

  OaaPushResult resume(OaaUploadAbandonedException abandoned, OaaPayload payload, OaaPushOptions options) {
    Uploader uploader = new Uploader(abandoned.providerId(), abandoned.dataSourceId(), abandoned.partSize(),
        options.listener(), abandoned.partsAcknowledged());
    PayloadSink sink = new PayloadSink(0, abandoned.partSize(), uploader, abandoned.uploadId(),
        abandoned.partsAcknowledged());
    write(payload, sink);
    return complete(uploader, sink);
  }

  private OaaPushResult complete(Uploader uploader, PayloadSink sink) {
    int count = sink.finishParts();
    PushCustomDataSourcePartsResponse answer;
    try {
      answer = api.pushCustomDataSourceParts(uploader.providerId, uploader.dataSourceId,
          new PushCustomDataSourcePartsRequest().operation(OperationEnum.COMPLETE).uploadId(sink.uploadId())
              .sequenceCount(count));
    } catch (ApiException e) {
      throw new OaaUploadAbandonedException(uploader.providerId, uploader.dataSourceId, sink.uploadId(), count,
          uploader.partSize, e);
    }
    return result(uploader.providerId, uploader.dataSourceId, OaaPushMode.MULTIPART, sink.total(), count,
        sink.uploadId(), answer.getWarnings());
  }

  /** Writes the payload; on any failure the sink takes no more bytes, so nothing half-written is sent. */
  private void write(OaaPayload payload, OutputStream out) {
    try {
      JsonGenerator generator = json.getFactory().createGenerator(out);
      payload.writeTo(generator);
      generator.close();
    } catch (IOException | RuntimeException e) {
      if (out instanceof PayloadSink sink) {
        sink.abandon();
        if (sink.multipart() && !(e instanceof OaaUploadAbandonedException)) {
          e.addSuppressed(new IllegalStateException("multipart upload " + sink.uploadId()
              + " was abandoned, never completed: Veza keeps the data source as it was"));
        }
      }
      if (e instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      throw (RuntimeException) e;
    }
  }

  private static String gzipBase64(byte[] bytes) {
    ByteArrayOutputStream compressed = new ByteArrayOutputStream(Math.max(1024, bytes.length / 8));
    try (GZIPOutputStream gzip = new GZIPOutputStream(compressed, 64 * 1024)) {
      gzip.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Base64.getEncoder().encodeToString(compressed.toByteArray());
  }

  private static OaaPushResult result(String providerId, String dataSourceId, OaaPushMode mode, long bytes, int parts,
      String uploadId, List<OaaWarning> warnings) {
    return new OaaPushResult(providerId, dataSourceId, mode, bytes, parts, Optional.ofNullable(uploadId),
        warnings == null ? List.of() : warnings);
  }

  /** The multipart calls, each failure turned into an abandoned upload that can be resumed. */
  private final class Uploader implements PayloadSink.Parts {
    private final String providerId;
    private final String dataSourceId;
    private final int partSize;
    private final OaaPushListener listener;
    private int acknowledged;

    Uploader(String providerId, String dataSourceId, int partSize, OaaPushListener listener, int acknowledged) {
      this.providerId = providerId;
      this.dataSourceId = dataSourceId;
      this.partSize = partSize;
      this.listener = listener;
      this.acknowledged = acknowledged;
    }

    @Override
    public String start() {
      PushCustomDataSourcePartsResponse answer = api.pushCustomDataSourceParts(providerId, dataSourceId,
          new PushCustomDataSourcePartsRequest().operation(OperationEnum.START));
      String id = answer.getUploadId();
      if (id == null || id.isBlank()) {
        throw new IllegalStateException("Veza started a multipart upload for data source " + dataSourceId
            + " without an upload_id");
      }
      listener.uploadStarted(id);
      return id;
    }

    @Override
    public void upload(String uploadId, int sequence, byte[] bytes, int offset, int length, long payloadBytesSent) {
      ByteBuffer encoded = Base64.getEncoder().encode(ByteBuffer.wrap(bytes, offset, length));
      String data = new String(encoded.array(), 0, encoded.limit(), StandardCharsets.ISO_8859_1);
      try {
        api.pushCustomDataSourceParts(providerId, dataSourceId, new PushCustomDataSourcePartsRequest()
            .operation(OperationEnum.UPLOAD).uploadId(uploadId).sequenceNumber(sequence).data(data));
      } catch (ApiException e) {
        throw new OaaUploadAbandonedException(providerId, dataSourceId, uploadId, acknowledged, partSize, e);
      }
      acknowledged = sequence;
      listener.partSent(sequence, payloadBytesSent);
    }
  }
}
