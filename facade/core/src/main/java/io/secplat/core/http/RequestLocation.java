package io.secplat.core.http;

import feign.Request;
import java.net.URI;

/** The method and path of a request, the way error messages show them (no query string). */
record RequestLocation(String method, String path) {
  static final RequestLocation UNKNOWN = new RequestLocation("?", "?");

  static RequestLocation of(Request request) {
    if (request == null) {
      return UNKNOWN;
    }
    String path;
    try {
      path = URI.create(request.url()).getRawPath();
    } catch (IllegalArgumentException e) {
      String url = request.url();
      int query = url.indexOf('?');
      path = query < 0 ? url : url.substring(0, query);
    }
    return new RequestLocation(request.httpMethod().name(), path);
  }
}
