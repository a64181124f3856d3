package io.secplat.core.pipeline;

import io.secplat.core.Lazy;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.function.Supplier;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

/**
 * A client's TLS context, set up when its first {@code https} connection opens: reading the trust
 * store and initialising JSSE cost a few hundred milliseconds of CPU in a fresh JVM, which a client
 * that never speaks TLS (a loopback mock, a plain-http proxy endpoint) or has not sent a request
 * yet should not pay (docs/PERFORMANCE.md, "Start-up").
 *
 * <p>The context is the client's own, on the platform trust store (the JDK's cacerts, or the
 * {@code javax.net.ssl.trustStore} the JVM was started with), never {@link SSLContext#getDefault()}:
 * a JVM-wide trust-everything context some other library installs must not reach the clients. The
 * JDK HTTP client asks only for engines (it is given its {@link SSLParameters} itself, and sets
 * the host name check on each engine); everything is delegated to the real context, built once.
 * A platform trust store that cannot be read therefore fails the first {@code https} request (and
 * is tried again by the next), no longer the client's build.
 */
final class DeferredTlsContext extends SSLContext {
  DeferredTlsContext() {
    this(Lazy.of(DeferredTlsContext::trustStoreContext));
  }

  DeferredTlsContext(Supplier<SSLContext> real) {
    super(new Spi(real), null, "TLS");
  }

  /** @return a TLS context on the platform trust store */
  static SSLContext trustStoreContext() {
    try {
      TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init((KeyStore) null);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the platform trust store cannot be loaded", e);
    }
  }

  private static final class Spi extends SSLContextSpi {
    private final Supplier<SSLContext> real;

    Spi(Supplier<SSLContext> real) {
      this.real = real;
    }

    @Override
    protected void engineInit(KeyManager[] keys, TrustManager[] trust, SecureRandom random) {
      throw new UnsupportedOperationException("a client's TLS context is initialised by the client");
    }

    @Override
    protected SSLSocketFactory engineGetSocketFactory() {
      return real.get().getSocketFactory();
    }

    @Override
    protected SSLServerSocketFactory engineGetServerSocketFactory() {
      return real.get().getServerSocketFactory();
    }

    @Override
    protected SSLEngine engineCreateSSLEngine() {
      return real.get().createSSLEngine();
    }

    @Override
    protected SSLEngine engineCreateSSLEngine(String host, int port) {
      return real.get().createSSLEngine(host, port);
    }

    @Override
    protected SSLSessionContext engineGetServerSessionContext() {
      return real.get().getServerSessionContext();
    }

    @Override
    protected SSLSessionContext engineGetClientSessionContext() {
      return real.get().getClientSessionContext();
    }

    @Override
    protected SSLParameters engineGetDefaultSSLParameters() {
      return real.get().getDefaultSSLParameters();
    }

    @Override
    protected SSLParameters engineGetSupportedSSLParameters() {
      return real.get().getSupportedSSLParameters();
    }
  }
}
