package io.secplat.core.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import feign.Response;
import feign.Util;
import feign.codec.Decoder;
import feign.jackson.JacksonDecoder;
import io.secplat.core.contract.ContractReading;
import java.io.IOException;
import java.io.PushbackInputStream;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Decodes JSON bodies from the response's bytes, where Feign's {@link JacksonDecoder} reads them
 * through a {@link java.io.Reader}: Jackson then parses UTF-8 directly instead of after a UTF-8 to
 * UTF-16 decoding pass, which is most of the difference on large bodies (docs/PERFORMANCE.md).
 *
 * <p>Same answers as {@code JacksonDecoder}: HTTP 404 and 204 decode to the type's empty value
 * ({@link Util#emptyValueOf}), a missing or empty body to null, and a body that is not valid JSON
 * for the type throws Jackson's {@link IOException}. A body declared in another charset than UTF-8
 * (or its subset US-ASCII) is left to {@code JacksonDecoder}, which honours the declaration.
 */
final class JsonDecoder implements Decoder {
  private final ObjectMapper json;
  private final Decoder otherCharsets;

  /** @param json the mapper bodies are read with */
  JsonDecoder(ObjectMapper json) {
    this.json = json;
    this.otherCharsets = new JacksonDecoder(json);
  }

  @Override
  public Object decode(Response response, Type type) throws IOException {
    if (response.status() == 404 || response.status() == 204) {
      return Util.emptyValueOf(type);
    }
    if (response.body() == null) {
      return null;
    }
    if (!isUtf8(response.charset())) {
      return otherCharsets.decode(response, type);
    }
    // one byte of look-ahead tells an empty body (null) from a body Jackson must parse
    PushbackInputStream body = new PushbackInputStream(response.body().asInputStream(), 1);
    int first = body.read();
    if (first == -1) {
      return null;
    }
    body.unread(first);
    try {
      return ContractReading.reader(json, type, operationOf(response.request())).readValue(body);
    } catch (RuntimeJsonMappingException e) {
      if (e.getCause() instanceof IOException) {
        throw (IOException) e.getCause();
      }
      throw e;
    }
  }

  /**
   * @param request a Feign request
   * @return the operationId it calls (the generated method's name), or null when unknown
   */
  static String operationOf(feign.Request request) {
    if (request == null || request.requestTemplate() == null) {
      return null;
    }
    feign.MethodMetadata metadata = request.requestTemplate().methodMetadata();
    return metadata == null || metadata.method() == null ? null : metadata.method().getName();
  }

  private static boolean isUtf8(Charset charset) {
    return StandardCharsets.UTF_8.equals(charset) || StandardCharsets.US_ASCII.equals(charset);
  }
}
