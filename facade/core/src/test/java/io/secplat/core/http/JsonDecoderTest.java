package io.secplat.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Request;
import feign.Response;
import feign.codec.Decoder;
import feign.jackson.JacksonDecoder;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The byte decoder answers exactly what feign's JacksonDecoder answered before it. */
class JsonDecoderTest {
  private static final Type LIST = new TypeReference<List<Map<String, Object>>>() {}.getType();
  private final ObjectMapper json = Json.newMapper();
  private final Decoder decoder = new JsonDecoder(json);
  private final Decoder reference = new JacksonDecoder(json);

  private static Response response(int status, byte[] body, String contentType) {
    Request request = Request.create(Request.HttpMethod.GET, "http://localhost/items", Map.of(),
        Request.Body.empty(), null);
    Map<String, Collection<String>> headers = contentType == null ? Map.of() : Map.of("Content-Type", List.of(contentType));
    Response.Builder builder = Response.builder().status(status).request(request).headers(headers);
    return (body == null ? builder : builder.body(body)).build();
  }

  private Object both(int status, String body, String contentType, Type type) throws Exception {
    byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
    Object expected = reference.decode(response(status, bytes, contentType), type);
    Object actual = decoder.decode(response(status, bytes, contentType), type);
    assertThat(actual).isEqualTo(expected);
    return actual;
  }

  @Test
  void decodesTheSameValuesAsJacksonDecoder() throws Exception {
    assertThat(both(200, "[{\"a\":1,\"b\":\"é ✓ \\u00e9\"}]", "application/json", LIST))
        .isEqualTo(List.of(Map.of("a", 1, "b", "é ✓ é")));
    assertThat(both(200, "{\"a\":true}", null, Map.class)).isEqualTo(Map.of("a", true));
    assertThat(both(200, "null", "application/json", Map.class)).isNull();
  }

  @Test
  void emptyAndMissingBodiesDecodeToNull() throws Exception {
    assertThat(both(200, "", "application/json", Map.class)).isNull();
    assertThat(both(200, null, "application/json", Map.class)).isNull();
  }

  @ParameterizedTest
  @ValueSource(ints = {404, 204})
  void notFoundAndNoContentDecodeToTheEmptyValue(int status) throws Exception {
    assertThat(both(status, "{\"message\":\"gone\"}", "application/json", LIST)).isEqualTo(List.of());
    assertThat(both(status, "", "application/json", new TypeReference<Optional<String>>() {}.getType()))
        .isEqualTo(Optional.empty());
    assertThat(both(status, "", "application/json", Map.class)).isEqualTo(Map.of());
  }

  @Test
  void invalidJsonThrowsJacksonsException() {
    assertThatThrownBy(() -> decoder.decode(response(200, "{\"a\":".getBytes(StandardCharsets.UTF_8), "application/json"),
        Map.class)).isInstanceOf(JsonProcessingException.class);
    assertThatThrownBy(() -> decoder.decode(response(200, "<html>".getBytes(StandardCharsets.UTF_8), "text/html"),
        Map.class)).isInstanceOf(JsonProcessingException.class);
  }

  @Test
  void aBodyDeclaredInAnotherCharsetIsReadInThatCharset() throws Exception {
    Charset latin1 = StandardCharsets.ISO_8859_1;
    byte[] body = "{\"name\":\"café\"}".getBytes(latin1);
    Object decoded = decoder.decode(response(200, body, "application/json; charset=ISO-8859-1"), Map.class);
    assertThat(decoded).isEqualTo(Map.of("name", "café"));
  }
}
