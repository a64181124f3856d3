package io.secplat.core.pipeline;

import io.secplat.core.error.ApiException;
import io.secplat.core.error.ErrorDetails;
import io.secplat.core.error.RequestNotSentException;
import io.secplat.core.error.TlsException;
import io.secplat.core.error.TransportException;
import io.secplat.core.http.Redactor;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.security.GeneralSecurityException;
import javax.net.ssl.SSLPeerUnverifiedException;

/** Names an I/O failure by its meaning: never sent, TLS refused, or an unknown outcome. */
final class Failures {
  private Failures() {}

  /**
   * @param vendor the vendor
   * @param request the request
   * @param status the status that arrived, or 0
   * @param requestId the scrubbed request id, or null
   * @param failure the I/O failure
   * @param redactor scrubs the cause's message
   * @return the exception
   */
  static ApiException transport(String vendor, HttpRequest request, int status, String requestId, IOException failure,
      Redactor redactor) {
    ErrorDetails details = new ErrorDetails(vendor, request.method(), request.path(), status, null, null, requestId, null);
    Throwable cause = scrubbed(failure, redactor);
    if (status == 0 && untrustedServer(failure)) {
      return new TlsException(details, cause);
    }
    if (status == 0 && neverConnected(failure)) {
      return new RequestNotSentException(details, cause);
    }
    return new TransportException(details, cause);
  }

  /** @return true when the failure is a timeout (of a read, of the headers, or of the attempt) */
  static boolean isTimeout(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof HttpTimeoutException && !(cause instanceof HttpConnectTimeoutException)) {
        return true;
      }
    }
    return false;
  }

  private static boolean untrustedServer(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof GeneralSecurityException || cause instanceof SSLPeerUnverifiedException) {
        return true;
      }
    }
    return false;
  }

  /**
   * No byte of the request left: refused, unreachable, unknown host, or a connect timeout (the
   * JDK client tells a connect timeout apart by its type).
   */
  private static boolean neverConnected(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof ConnectException || cause instanceof NoRouteToHostException
          || cause instanceof UnknownHostException || cause instanceof HttpConnectTimeoutException) {
        return true;
      }
    }
    return false;
  }

  /** I/O messages can quote a URL; keep the type and a scrubbed message, never a secret. */
  private static Throwable scrubbed(IOException failure, Redactor redactor) {
    String message = failure.getMessage();
    String clean = redactor.scrub(message);
    if (message == null || message.equals(clean)) {
      return failure;
    }
    IOException copy = new IOException(failure.getClass().getSimpleName() + ": " + clean, failure.getCause());
    copy.setStackTrace(failure.getStackTrace());
    return copy;
  }
}
