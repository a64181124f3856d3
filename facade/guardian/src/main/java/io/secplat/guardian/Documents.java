package io.secplat.guardian;

import feign.Response;
import io.secplat.core.http.StreamedBody;
import java.io.InputStream;

/** Opens a streamed document (CSV, PDF) as the caller's {@link InputStream}. */
final class Documents {
  private Documents() {}

  static InputStream open(Response response) {
    return StreamedBody.open(GuardianClient.VENDOR, response);
  }
}
