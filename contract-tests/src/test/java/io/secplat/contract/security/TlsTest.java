package io.secplat.contract.security;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.secplat.core.ClientBuilder;
import io.secplat.core.VendorClient;
import io.secplat.core.error.TlsException;
import io.secplat.core.http.HttpStack;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * TLS is always verified: every vendor client refuses a server whose certificate it cannot trust
 * (WireMock's self-signed one on 127.0.0.1), with a typed transport error naming the certificate
 * problem, before any request reaches the server; no builder offers a switch to turn it off, and
 * a JVM-wide "trust everything" set by some other code does not turn it off either.
 */
class TlsTest {
  static WireMockServer https;

  @BeforeAll
  static void start() {
    https = new WireMockServer(options().bindAddress("127.0.0.1").httpDisabled(true).dynamicHttpsPort());
    https.start();
  }

  @AfterAll
  static void stop() {
    https.stop();
  }

  @BeforeEach
  void reset() {
    https.resetAll();
    https.stubFor(any(anyUrl()).willReturn(okJson("{}")));
  }

  static Stream<SecuredVendor.Endpoint> endpoints() {
    return SecuredVendor.allEndpoints().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void aSelfSignedCertificateIsRefusedBeforeAnyRequest(SecuredVendor.Endpoint endpoint) {
    assertRefused(endpoint);
  }

  @Test
  void aJvmWideTrustEverythingDoesNotReachTheClients() throws Exception {
    SSLContext previousContext = SSLContext.getDefault();
    SSLSocketFactory previousFactory = HttpsURLConnection.getDefaultSSLSocketFactory();
    HostnameVerifier previousVerifier = HttpsURLConnection.getDefaultHostnameVerifier();
    SSLContext trustAll = SSLContext.getInstance("TLS");
    trustAll.init(null, new TrustManager[] {new TrustEverything()}, null);
    try {
      SSLContext.setDefault(trustAll);
      HttpsURLConnection.setDefaultSSLSocketFactory(trustAll.getSocketFactory());
      HttpsURLConnection.setDefaultHostnameVerifier((host, session) -> true);
      for (SecuredVendor vendor : SecuredVendor.values()) {
        assertRefused(vendor.endpoints().get(0));
      }
    } finally {
      SSLContext.setDefault(previousContext);
      HttpsURLConnection.setDefaultSSLSocketFactory(previousFactory);
      HttpsURLConnection.setDefaultHostnameVerifier(previousVerifier);
    }
  }

  @Test
  void noBuilderOrStackOffersAWayToWeakenTls() {
    List<Class<?>> types = new ArrayList<>(List.of(ClientBuilder.class, HttpStack.class));
    for (SecuredVendor vendor : SecuredVendor.values()) {
      types.add(vendor.builder().getClass());
    }
    List<String> suspicious = new ArrayList<>();
    for (Class<?> type : types) {
      for (Method method : type.getMethods()) {
        String name = method.getName().toLowerCase(Locale.ROOT);
        boolean tlsTypes = Arrays.stream(method.getParameterTypes()).anyMatch(TlsTest::isTlsType);
        if (tlsTypes || name.contains("trust") || name.contains("ssl") || name.contains("tls")
            || name.contains("verif") || name.contains("hostname") || name.contains("certificate")
            || (name.contains("insecure") && !name.equals("allowinsecurehttp"))) {
          suspicious.add(type.getSimpleName() + "." + method.getName());
        }
      }
      for (Constructor<?> constructor : type.getConstructors()) {
        if (Arrays.stream(constructor.getParameterTypes()).anyMatch(TlsTest::isTlsType)) {
          suspicious.add(type.getSimpleName() + " constructor");
        }
      }
    }
    assertThat(suspicious).isEmpty();
    assertThat(types).hasSize(6).allMatch(type -> Modifier.isPublic(type.getModifiers()));
  }

  private static boolean isTlsType(Class<?> type) {
    return type.getName().startsWith("javax.net.ssl.") || type.getName().startsWith("java.security.");
  }

  private static void assertRefused(SecuredVendor.Endpoint endpoint) {
    https.resetRequests();
    Throwable failure;
    try (VendorClient client = endpoint.vendor().client("https://127.0.0.1:" + https.httpsPort())) {
      failure = catchThrowable(() -> endpoint.read().accept(client));
    }
    // a TlsException: a transport failure that is never retried (the certificate cannot change)
    assertThat(failure).as(endpoint.toString()).isInstanceOf(TlsException.class);
    assertThat(((TlsException) failure).isRetryable()).as(endpoint + " retryable").isFalse();
    assertThat(failure.getMessage()).as(endpoint.toString())
        .matches("(?s)" + endpoint.vendor().displayName + " (GET|POST) /\\S* failed in transport: "
            + "SunCertPathBuilderException: unable to find valid certification path to requested target");
    assertThat(https.getAllServeEvents()).as("requests that reached the server").isEmpty();
  }

  /** What a careless "fix" for a certificate error installs JVM-wide. */
  private static final class TrustEverything implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
