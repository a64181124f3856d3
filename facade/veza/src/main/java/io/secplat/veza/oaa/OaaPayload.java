package io.secplat.veza.oaa;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * An OAA payload that writes itself as JSON, element by element, so that a push can stream it.
 * {@link CustomApplication}, {@link CustomIdentityProvider} and {@link Hris} are the validating
 * implementations; {@link #of} wraps a payload model built some other way (for example the
 * generated {@code OaaCustomIdpPayload}), unchecked.
 */
public interface OaaPayload {
  /** @return the OAA template of the payload: {@code application}, {@code identity_provider}, {@code hris} */
  String template();

  /**
   * Writes the whole payload. Called once per pass; a push may call it twice (a validation pass
   * into nothing, then the pass that is sent), so it must write the same document each time.
   *
   * @param json where to write; the payload is one JSON object
   * @throws IOException when the destination fails
   * @throws OaaPayloadException naming the first element Veza would refuse
   */
  void writeTo(JsonGenerator json) throws IOException;

  /**
   * @param template the OAA template of the payload
   * @param model the payload as an object Jackson can write (a generated model, a map, a tree)
   * @return the payload, written with the generator's codec
   */
  static OaaPayload of(String template, Object model) {
    io.secplat.core.Arguments.requireNonBlank("template", template);
    io.secplat.core.Arguments.requireNonNull("model", model);
    return new OaaPayload() {
      @Override
      public String template() {
        return template;
      }

      @Override
      public void writeTo(JsonGenerator json) throws IOException {
        json.writeObject(model);
      }
    };
  }
}
