package io.secplat.core.pipeline;

import io.secplat.core.Texts;
import io.secplat.core.http.Redactor;
import java.util.List;

/**
 * Reads a response's request id from the vendor's headers, scrubbed of credentials and of
 * control characters, and cut to 200 characters: a server can put anything in a header.
 */
final class RequestIds {
  private static final int MAX = 200;
  private final List<String> headers;
  private final Redactor redactor;

  RequestIds(List<String> headers, Redactor redactor) {
    this.headers = List.copyOf(headers);
    this.redactor = redactor;
  }

  /** @return the request id, or null when none of the headers is there */
  String of(HttpResponse response) {
    for (String name : headers) {
      String value = response.header(name);
      if (value != null) {
        return clean(value);
      }
    }
    return null;
  }

  /** @return the text scrubbed, on one line, at most 200 characters; null for null */
  String clean(String text) {
    if (text == null) {
      return null;
    }
    String scrubbed = Texts.oneLine(redactor.scrub(text));
    return scrubbed.length() > MAX ? scrubbed.substring(0, MAX) + "…" : scrubbed;
  }
}
