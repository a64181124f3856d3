package io.secplat.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.secplat.core.http.Json;
import java.io.PrintWriter;

/** Prints results as JSON lines: one compact JSON document per line, flushed at once, for pipes. */
public final class JsonLines {
  private static final ObjectMapper JSON = Json.newMapper();
  private final PrintWriter out;

  /** @param out where lines go */
  public JsonLines(PrintWriter out) {
    this.out = out;
  }

  /** @param value anything Jackson can write */
  public void print(Object value) {
    try {
      out.println(JSON.writeValueAsString(value));
      out.flush();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }
}
