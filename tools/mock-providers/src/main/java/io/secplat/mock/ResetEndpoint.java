package io.secplat.mock;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.secplat.mock.openapi.JsonResponses;

/**
 * {@code POST /_secplat/reset}: every vendor back to its seeded state, injected faults and
 * scenarios removed, for callers outside the JVM (the standalone mock providers).
 */
final class ResetEndpoint implements ResponseDefinitionTransformerV2 {
  /** Where callers post a reset. */
  static final String PATH = "/_secplat/reset";
  static final String NAME = "secplat-reset";
  private volatile Runnable reset = () -> { };

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  /** @param reset what a reset does, once the providers exist */
  void onReset(Runnable reset) {
    this.reset = reset;
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    reset.run();
    return JsonResponses.json(200, JsonNodeFactory.instance.objectNode().put("reset", true));
  }
}
