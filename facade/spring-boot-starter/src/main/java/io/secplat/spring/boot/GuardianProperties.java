package io.secplat.spring.boot;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The {@code secplat.guardian.*} properties: the tenant, its credentials and the builder's settings. */
@ConfigurationProperties(prefix = "secplat.guardian")
public class GuardianProperties extends ClientProperties {
  /** The API key (a secret: masked in the actuator). */
  private String apiKey;
  /** The secret key (a secret: masked in the actuator). */
  private String secretKey;

  /** @return the apiKey */
  public String getApiKey() {
    return apiKey;
  }

  /** @param apiKey the apiKey */
  public void setApiKey(String apiKey) {
    this.apiKey = apiKey;
  }

  /** @return the secretKey */
  public String getSecretKey() {
    return secretKey;
  }

  /** @param secretKey the secretKey */
  public void setSecretKey(String secretKey) {
    this.secretKey = secretKey;
  }
}
