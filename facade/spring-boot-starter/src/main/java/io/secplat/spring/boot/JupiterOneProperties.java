package io.secplat.spring.boot;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The {@code secplat.jupiterone.*} properties: the tenant, its credentials and the builder's settings. */
@ConfigurationProperties(prefix = "secplat.jupiterone")
public class JupiterOneProperties extends ClientProperties {
  /** The API key (a secret: masked in the actuator). */
  private String apiKey;
  /** The account id, sent as "JupiterOne-Account". */
  private String account;
  /** The region whose hosts to call when base-url is not set (default us). */
  private String region;

  /** @return the apiKey */
  public String getApiKey() {
    return apiKey;
  }

  /** @param apiKey the apiKey */
  public void setApiKey(String apiKey) {
    this.apiKey = apiKey;
  }

  /** @return the account */
  public String getAccount() {
    return account;
  }

  /** @param account the account */
  public void setAccount(String account) {
    this.account = account;
  }

  /** @return the region */
  public String getRegion() {
    return region;
  }

  /** @param region the region */
  public void setRegion(String region) {
    this.region = region;
  }
}
