package io.secplat.jupiterone;

import java.net.URI;
import java.util.List;

/**
 * Where a {@link JupiterOneClient} sends its requests: the REST API host (synchronization and raw
 * data), the graph endpoint ({@code /graphql}), the rules endpoint ({@code /rules/graphql}) and
 * the IAM endpoint. The documentation names two IAM hosts (AMB-01):
 * {@code https://api.us.jupiterone.io/iam/graphql} and {@code https://graphql.us.jupiterone.io/};
 * the second one is the default for a region, the first one's path form is used on an explicit
 * base URL, and {@code iamUrl} sets either.
 *
 * @param api the REST API base, for example {@code https://api.us.jupiterone.io}
 * @param graph the graph endpoint
 * @param rules the rules endpoint
 * @param iam the IAM endpoint
 */
public record JupiterOneEndpoints(URI api, URI graph, URI rules, URI iam) {

  /**
   * The documented hosts of a region: {@code https://api.<region>.jupiterone.io} for REST,
   * {@code /graphql} and {@code /rules/graphql}; {@code https://graphql.<region>.jupiterone.io/}
   * for IAM.
   *
   * @param region the region sub-domain, for example {@code us}
   * @return the endpoints
   */
  public static JupiterOneEndpoints forRegion(String region) {
    URI api = URI.create("https://api." + region + ".jupiterone.io");
    return new JupiterOneEndpoints(api, api.resolve("/graphql"), api.resolve("/rules/graphql"),
        URI.create("https://graphql." + region + ".jupiterone.io/"));
  }

  /**
   * Every endpoint on hosts the caller named: REST on {@code api}, {@code /graphql},
   * {@code /rules/graphql} and {@code /iam/graphql} on {@code graphqlBase}.
   *
   * @param api the REST API base, without a trailing slash
   * @param graphqlBase the GraphQL host, without a trailing slash
   * @return the endpoints
   */
  public static JupiterOneEndpoints on(URI api, URI graphqlBase) {
    return new JupiterOneEndpoints(api, URI.create(graphqlBase + "/graphql"), URI.create(graphqlBase + "/rules/graphql"),
        URI.create(graphqlBase + "/iam/graphql"));
  }

  /**
   * @param iamUrl another IAM endpoint
   * @return a copy with it
   */
  public JupiterOneEndpoints withIam(URI iamUrl) {
    return new JupiterOneEndpoints(api, graph, rules, iamUrl);
  }

  /**
   * Whether a URL is on one of these endpoints' servers (same scheme, host and port): only those
   * ever receive the API key.
   *
   * @param url an absolute URL
   * @return true when it is on a configured server
   */
  public boolean isConfiguredServer(URI url) {
    return List.of(api, graph, rules, iam).stream().anyMatch(endpoint -> sameServer(endpoint, url));
  }

  private static boolean sameServer(URI a, URI b) {
    return a.getScheme().equalsIgnoreCase(String.valueOf(b.getScheme()))
        && a.getHost().equalsIgnoreCase(String.valueOf(b.getHost()))
        && port(a) == port(b);
  }

  private static int port(URI url) {
    if (url.getPort() != -1) {
      return url.getPort();
    }
    return "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
  }
}
