package io.secplat.core;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * The rules every URL a client sends requests to must follow: absolute {@code http(s)}, no user
 * info, query or fragment, and plain {@code http} only on loopback (or when the caller accepted
 * it), because credentials would otherwise cross the network in clear text.
 *
 * <pre>{@code
 * URI iam = ServerUrls.parse("iamUrl", "https://graphql.us.jupiterone.io/");
 * ServerUrls.requireSecure("iamUrl", iam, false);
 * }</pre>
 */
public final class ServerUrls {
  private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

  private ServerUrls() {}

  /**
   * Parses a server URL and strips one trailing slash ({@code https://x/} and {@code https://x}
   * name the same server root).
   *
   * @param name the setting's name, used in messages
   * @param value the URL text
   * @return the URL, without a trailing slash
   * @throws IllegalArgumentException naming the setting when the URL is not an absolute http(s)
   *     URL or carries user info, a query or a fragment
   */
  public static URI parse(String name, String value) {
    Arguments.requireNonBlank(name, value);
    URI uri;
    try {
      uri = URI.create(value.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + " is not a valid URL: " + e.getMessage(), e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
      throw new IllegalArgumentException(name + " must be an absolute http(s) URL, was " + value);
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException(name + " must not carry user info, a query or a fragment");
    }
    String text = uri.toString();
    return URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
  }

  /**
   * @param url an absolute URL
   * @return true when its host is {@code localhost}, {@code 127.0.0.1} or {@code ::1}
   */
  public static boolean isLoopback(URI url) {
    return url.getHost() != null && LOOPBACK_HOSTS.contains(url.getHost().toLowerCase(Locale.ROOT));
  }

  /**
   * @param url an absolute URL
   * @return true for {@code https}, or {@code http} on a loopback host
   */
  public static boolean isSecureOrLoopback(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    return scheme.equals("https") || (scheme.equals("http") && isLoopback(url));
  }

  /**
   * Refuses plain {@code http} off loopback unless the caller accepted it.
   *
   * @param name the setting's name, used in the message
   * @param url the URL
   * @param allowInsecureHttp whether the caller accepted sending credentials unencrypted
   * @return the URL
   * @throws IllegalStateException when the URL is insecure and not accepted
   */
  public static URI requireSecure(String name, URI url, boolean allowInsecureHttp) {
    if ("http".equalsIgnoreCase(url.getScheme()) && !isLoopback(url) && !allowInsecureHttp) {
      throw new IllegalStateException(
          name + " uses plain http on a non-loopback host (" + url.getHost()
              + "); use https, or call allowInsecureHttp() to accept sending credentials unencrypted");
    }
    return url;
  }
}
