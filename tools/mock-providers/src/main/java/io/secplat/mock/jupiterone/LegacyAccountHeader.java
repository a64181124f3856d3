package io.secplat.mock.jupiterone;

import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestWrapper;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URI;
import java.util.regex.Pattern;

/**
 * Accepts the account header of JupiterOne's older clients: the Node.js client as published on
 * npm up to 0.21.x ({@code @jupiterone/jupiterone-client-nodejs@0.21.2}, dist/j1client.js) sends
 * {@code LifeOmic-Account} instead of {@code JupiterOne-Account}. A JupiterOne request that carries
 * only the legacy header is handled as if it carried {@code JupiterOne-Account} with the same
 * value; every other request passes unchanged.
 */
final class LegacyAccountHeader implements StubRequestFilterV2 {
  static final String LEGACY = "LifeOmic-Account";
  static final String CURRENT = "JupiterOne-Account";
  private final Pattern paths;

  /** @param pathPattern the JupiterOne paths, the regex the REST mock guards */
  LegacyAccountHeader(String pathPattern) {
    this.paths = Pattern.compile(pathPattern);
  }

  @Override
  public String getName() {
    return "jupiterone-legacy-account-header";
  }

  @Override
  public boolean applyToStubs() {
    return true;
  }

  @Override
  public boolean applyToAdmin() {
    return false;
  }

  @Override
  public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
    HttpHeader legacy = request.header(LEGACY);
    if (!legacy.isPresent() || request.header(CURRENT).isPresent()
        || !paths.matcher(URI.create(request.getUrl()).getPath()).matches()) {
      return RequestFilterAction.continueWith(request);
    }
    return RequestFilterAction.continueWith(RequestWrapper.create().addHeader(CURRENT, legacy.firstValue()).wrap(request));
  }
}
