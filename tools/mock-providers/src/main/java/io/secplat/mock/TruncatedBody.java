package io.secplat.mock;

import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Sends a response body that is cut off in transit: the status and headers go out, then the
 * first bytes of the body, then the server closes the connection in the middle of the chunked
 * body (no final chunk), so the client reads an early end of stream. WireMock's own faults cannot
 * do this: it always completes the body it has, even when the body's stream fails.
 *
 * <p>The prefix is followed by {@link #PADDING} bytes of JSON whitespace, so that the server has
 * committed and flushed the status and headers before the connection is closed (otherwise the
 * client would see no response at all, which is a different fault).
 */
final class TruncatedBody implements ResponseTransformerV2 {
  static final String NAME = "secplat-truncated-body";
  static final String PREFIX = "prefix";
  static final int PADDING = 64 * 1024;

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public Response transform(Response response, ServeEvent event) {
    byte[] text = String.valueOf(event.getTransformerParameters().getString(PREFIX)).getBytes(StandardCharsets.UTF_8);
    byte[] prefix = java.util.Arrays.copyOf(text, text.length + PADDING);
    java.util.Arrays.fill(prefix, text.length, prefix.length, (byte) ' ');
    return Response.Builder.like(response).but().body(() -> new InputStream() {
      private final InputStream sent = new ByteArrayInputStream(prefix);

      @Override
      public int read() throws IOException {
        int next = sent.read();
        return next < 0 ? cutOff() : next;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = sent.read(buffer, offset, length);
        return read < 0 ? cutOff() : read;
      }

      /** Closes the connection under the response, on the thread that is writing it. */
      private int cutOff() throws IOException {
        org.eclipse.jetty.server.HttpConnection connection = org.eclipse.jetty.server.HttpConnection.getCurrentConnection();
        if (connection != null) {
          connection.getEndPoint().close();
        }
        throw new IOException("the mock provider cuts this body off here");
      }
    }).build();
  }
}
