package io.secplat.core.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.RequestTemplate;
import feign.Util;
import feign.codec.Encoder;
import feign.jackson.JacksonEncoder;
import java.lang.reflect.Type;

/**
 * Feign's {@link JacksonEncoder}, except for a body whose JSON the caller supplied through
 * {@link PreEncodedBody}: those bytes are sent as they are, so the body is not written twice.
 */
final class JsonEncoder implements Encoder {
  private final Encoder jackson;

  /** @param json the mapper request bodies are written with */
  JsonEncoder(ObjectMapper json) {
    this.jackson = new JacksonEncoder(json);
  }

  @Override
  public void encode(Object object, Type bodyType, RequestTemplate template) {
    byte[] encoded = PreEncodedBody.bytesOf(object);
    if (encoded == null) {
      jackson.encode(object, bodyType, template);
    } else {
      template.body(encoded, Util.UTF_8);
    }
  }
}
