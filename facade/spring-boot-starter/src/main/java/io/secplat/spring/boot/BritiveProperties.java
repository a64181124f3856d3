package io.secplat.spring.boot;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The {@code secplat.britive.*} properties: the tenant, its credentials and the builder's settings. */
@ConfigurationProperties(prefix = "secplat.britive")
public class BritiveProperties extends ClientProperties {
  /** The API token, sent as "Authorization: TOKEN <token>" (a secret: masked in the actuator). */
  private String token;

  /** @return the token */
  public String getToken() {
    return token;
  }

  /** @param token the token */
  public void setToken(String token) {
    this.token = token;
  }
}
