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
 * pact-jvm verification of the deliberately altered guardian-api pact. Not a test of its own (its name
 * matches no test pattern): {@link AlteredPactsIT} runs it and expects every interaction to fail.
 */
@Provider("guardian-api")
@PactFolder("target/altered-pacts")
@IgnoreMissingStateChange
class AlteredGuardianPactVerification {

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
