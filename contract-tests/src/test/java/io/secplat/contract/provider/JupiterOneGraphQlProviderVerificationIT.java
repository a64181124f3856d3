package io.secplat.contract.provider;

import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.IgnoreMissingStateChange;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Verifies every interaction of the jupiterone-graphql-api pact against the running mock provider (pact-jvm's
 * provider verifier). Provider states are set up through the mocks' {@code /_pact/provider-states}
 * endpoint; a pact the mock cannot honour fails the build.
 */
@Provider("jupiterone-graphql-api")
@PactFolder("target/pacts")
@IgnoreMissingStateChange
class JupiterOneGraphQlProviderVerificationIT {

  @BeforeEach
  void prepare(PactVerificationContext context) throws Exception {
    MockProviderVerification.prepare(context);
  }

  @TestTemplate
  @ExtendWith(PactVerificationInvocationContextProvider.class)
  void interaction(PactVerificationContext context) {
    context.verifyInteraction();
  }
}
