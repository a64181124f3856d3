package io.secplat.spring.boot;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The {@code secplat.veza.*} properties: the tenant, its credentials and the builder's settings. */
@ConfigurationProperties(prefix = "secplat.veza")
public class VezaProperties extends ClientProperties {
  /** The API key, sent as a bearer token (a secret: masked in the actuator). */
  private String apiKey;

  /** @return the apiKey */
  public String getApiKey() {
    return apiKey;
  }

  /** @param apiKey the apiKey */
  public void setApiKey(String apiKey) {
    this.apiKey = apiKey;
  }
}
