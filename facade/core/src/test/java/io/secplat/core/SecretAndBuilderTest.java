package io.secplat.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SecretAndBuilderTest {

  static final class DemoBuilder extends ClientBuilder<DemoBuilder, ClientSettings> {
    @Override
    public ClientSettings build() {
      return settings("Demo");
    }
  }

  @Test
  void secretNeverPrintsItsValue() {
    Secret secret = Secret.of("canary-123");
    assertThat(secret.toString()).isEqualTo("Secret[****]").doesNotContain("canary");
    assertThat(String.valueOf(java.util.List.of(secret))).doesNotContain("canary");
    assertThat(secret.reveal()).isEqualTo("canary-123");
  }

  @Test
  void blankSecretIsRefusedWithoutEchoingIt() {
    assertThatThrownBy(() -> Secret.of("  ")).hasMessage("secret must not be null or blank");
    assertThatThrownBy(() -> Secret.of(null)).hasMessage("secret must not be null or blank");
  }

  @Test
  void plainHttpIsRefusedOffLoopback() {
    assertThatThrownBy(() -> new DemoBuilder().baseUrl("http://tenant.example.com").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("plain http on a non-loopback host (tenant.example.com)");
  }

  @Test
  void plainHttpIsAllowedOnLoopbackOrWhenExplicitlyAccepted() {
    assertThat(new DemoBuilder().baseUrl("http://127.0.0.1:8080/").build().baseUrl())
        .hasToString("http://127.0.0.1:8080");
    assertThat(new DemoBuilder().baseUrl("http://localhost:1").build().baseUrl()).hasToString("http://localhost:1");
    assertThat(new DemoBuilder().baseUrl("http://intranet.local").allowInsecureHttp().build().baseUrl())
        .hasToString("http://intranet.local");
  }

  @Test
  void baseUrlMustBeAbsoluteHttp() {
    assertThatThrownBy(() -> new DemoBuilder().baseUrl("ftp://x").build()).hasMessageContaining("absolute http(s) URL");
    assertThatThrownBy(() -> new DemoBuilder().baseUrl("tenant.example.com").build()).hasMessageContaining("absolute http(s) URL");
    assertThatThrownBy(() -> new DemoBuilder().baseUrl("https://user:pw@x.com").build()).hasMessageContaining("user info");
    assertThatThrownBy(() -> new DemoBuilder().build()).hasMessage("baseUrl is required");
  }

  @Test
  void settingsCarryDefaultsAndOverrides() {
    ClientSettings settings = new DemoBuilder().baseUrl("https://x.example.com")
        .readTimeout(Duration.ofSeconds(5)).userAgent("me/1").build();
    assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(settings.connectTimeout()).isEqualTo(ClientBuilder.DEFAULT_CONNECT_TIMEOUT);
    assertThat(settings.userAgent()).isEqualTo("me/1");
    assertThat(new DemoBuilder().baseUrl("https://x.example.com").build().userAgent()).startsWith("secplat-demo/");
  }

  @Test
  void argumentsNameWhatIsWrong() {
    assertThatThrownBy(() -> Arguments.requireNonBlank("appId", " ")).hasMessage("appId must not be blank");
    assertThatThrownBy(() -> Arguments.requireNonBlank("appId", null)).hasMessage("appId must not be null");
    assertThatThrownBy(() -> PathSegment.of("envId", "..")).hasMessage("envId must not be '.' or '..' (a dot path segment)");
    assertThat(PathSegment.of("envId", "a/../b?c#d%2F")).isEqualTo("a/../b?c#d%2F");
    assertThat(PathSegment.encode("a/../b?c#d%2F")).isEqualTo("a%2F..%2Fb%3Fc%23d%252F");
  }

  @Test
  void retryPolicyCapsRetryAfterAndBoundsBackoff() {
    RetryPolicy policy = RetryPolicy.builder().initialBackoff(Duration.ofMillis(100)).maxBackoff(Duration.ofMillis(300))
        .jitter(0).maxRetryAfter(Duration.ofSeconds(2)).build();
    assertThat(policy.backoff(1, null)).isEqualTo(Duration.ofMillis(100));
    assertThat(policy.backoff(2, null)).isEqualTo(Duration.ofMillis(200));
    assertThat(policy.backoff(5, null)).isEqualTo(Duration.ofMillis(300));
    assertThat(policy.backoff(1, Duration.ofSeconds(60))).isEqualTo(Duration.ofSeconds(2));
    assertThat(policy.backoff(1, Duration.ofMillis(5))).isEqualTo(Duration.ofMillis(5));
  }

  @Test
  void otherServerUrlsFollowTheBaseUrlRules() {
    assertThat(ServerUrls.parse("iamUrl", "https://graphql.us.jupiterone.io/")).hasToString("https://graphql.us.jupiterone.io");
    assertThatThrownBy(() -> ServerUrls.parse("iamUrl", "https://x.io/graphql?token=1")).hasMessage("iamUrl must not carry user info, a query or a fragment");
    assertThatThrownBy(() -> ServerUrls.parse("iamUrl", " ")).hasMessage("iamUrl must not be blank");
    assertThatThrownBy(() -> ServerUrls.requireSecure("iamUrl", java.net.URI.create("http://x.io/iam"), false))
        .hasMessageStartingWith("iamUrl uses plain http on a non-loopback host (x.io)");
    assertThat(ServerUrls.requireSecure("iamUrl", java.net.URI.create("http://x.io/iam"), true)).hasToString("http://x.io/iam");
    assertThat(ServerUrls.isSecureOrLoopback(java.net.URI.create("http://[::1]:8/a"))).isTrue();
    assertThat(ServerUrls.isSecureOrLoopback(java.net.URI.create("http://example.com/a"))).isFalse();
    assertThat(ServerUrls.isSecureOrLoopback(java.net.URI.create("https://example.com/a"))).isTrue();
    assertThat(ServerUrls.isSecureOrLoopback(java.net.URI.create("ftp://localhost/a"))).isFalse();
  }
}
