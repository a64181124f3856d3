package io.secplat.contract.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.secplat.core.VendorClient;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every URL every vendor's builder sends credentials to refuses plain http off loopback, unless
 * the caller explicitly accepted it with allowInsecureHttp(); https and loopback http need nothing.
 */
class PlainHttpTest {
  static Stream<Arguments> settings() {
    return SecuredVendor.urlSettings().stream().map(s -> Arguments.of(s.get().toString(), s));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("settings")
  void plainHttpOffLoopbackIsRefusedNamingTheSetting(String name, Supplier<SecuredVendor.UrlSetting> fresh) {
    for (String url : new String[] {"http://tenant.example.com", "http://10.0.0.7:8080", "HTTP://tenant.example.com/api",
        "http://127.0.0.1.example.com"}) {
      SecuredVendor.UrlSetting setting = fresh.get();
      setting.setter().accept(url);
      assertThatThrownBy(() -> setting.builder().build()).as(url)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith(setting.name() + " uses plain http on a non-loopback host")
          .hasMessageContaining("allowInsecureHttp()");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("settings")
  void plainHttpOffLoopbackIsAcceptedOnlyWhenExplicitlyAllowed(String name, Supplier<SecuredVendor.UrlSetting> fresh) {
    SecuredVendor.UrlSetting setting = fresh.get();
    setting.setter().accept("http://tenant.example.com");
    setting.builder().allowInsecureHttp();

    try (VendorClient client = setting.builder().build()) {
      if (setting.name().equals("baseUrl")) {
        assertThat(client.toString()).contains("=http://tenant.example.com");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("settings")
  void httpsAndLoopbackHttpNeedNoPermission(String name, Supplier<SecuredVendor.UrlSetting> fresh) {
    for (String url : new String[] {"https://tenant.example.com", "http://127.0.0.1:8080", "http://localhost:9",
        "http://[::1]:8080"}) {
      SecuredVendor.UrlSetting setting = fresh.get();
      setting.setter().accept(url);
      try (VendorClient client = setting.builder().build()) {
        assertThat(client).as(url).isNotNull();
      }
    }
  }
}
