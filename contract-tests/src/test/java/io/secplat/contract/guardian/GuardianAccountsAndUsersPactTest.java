package io.secplat.contract.guardian;

import static io.secplat.contract.guardian.GuardianPact.array;
import static io.secplat.contract.guardian.GuardianPact.json;
import static io.secplat.contract.guardian.GuardianPact.noContent;
import static io.secplat.contract.guardian.GuardianPact.object;
import static io.secplat.contract.guardian.GuardianPact.status;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.secplat.guardian.GuardianClient;
import static io.secplat.contract.guardian.GuardianPact.encodedQuery;

import io.secplat.guardian.UserRole;
import io.secplat.guardian.generated.model.UserUpdateRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Accounts and Users; an email's {@code +} must reach Guardian as {@code %2B}. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = GuardianPact.PROVIDER, hostInterface = "127.0.0.1", pactVersion = PactSpecVersion.V3)
class GuardianAccountsAndUsersPactTest {
  static final String EMAIL = "email=c.m.burns%2Bops%40snpp.com";

  @Pact(consumer = GuardianPact.CONSUMER)
  RequestResponsePact accountsAndUsers(PactDslWithProvider builder) {
    String state = "user 7 belongs to the organisation";
    return GuardianPact.interactions(builder)
        .get(state, "listAccounts", "a request for the accounts of a user", "/api/v2/accounts.json?user_id=7",
            array(1, o -> o.integerType("id", 12L).stringType("name", "Springfield Nuclear")))
        .get(state, "listUsers", "a request for the invited users", "/api/v2/users.json?invited=true",
            array(1, o -> o.stringType("email", "c.m.burns@snpp.com")))
        .call(state, "inviteUser", "an invitation of a user whose email holds a plus", "POST", "/api/v2/users/invite.json",
            encodedQuery(EMAIL + "&role=analyst"), status(201, object(o -> o.stringType("email", "c.m.burns+ops@snpp.com")
                .integerType("organisation_id", 12L).stringType("role", "analyst"))))
        .call("c.m.burns@snpp.com is already a member", "inviteUser", "an invitation of a user who is already a member", "POST",
            "/api/v2/users/invite.json", encodedQuery("email=c.m.burns%40snpp.com&role=member"), noContent())
        .call(state, "updateUser", "a request to change the name of a user", "PUT", "/api/v2/users/7.json",
            json(object(o -> o.stringValue("name", "Charles").stringValue("surname", "Burns").stringValue("external_id", "987654321"))),
            noContent())
        .call(state, "updateUserRole", "a request to make a user an admin", "PUT", "/api/v2/users/update_role.json",
            encodedQuery(EMAIL + "&role=admin"), noContent())
        .call(state, "removeUser", "a request to remove a user", "PUT", "/api/v2/users/remove.json", encodedQuery(EMAIL), noContent())
        .call(state, "removeUser", "a request to remove a user and hand over what they own", "PUT", "/api/v2/users/remove.json",
            encodedQuery(EMAIL + "&new_owner=8"), noContent())
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "accountsAndUsers")
  void accountsAndUsers(MockServer server) {
    try (GuardianClient guardian = GuardianPact.client(server)) {
      assertThat(guardian.accounts().list(7)).singleElement().satisfies(account -> assertThat(account).containsEntry("id", 12));
      assertThat(guardian.users().list(true)).hasSize(1);
      assertThat(guardian.users().invite("c.m.burns+ops@snpp.com", UserRole.ANALYST))
          .hasValueSatisfying(invitation -> assertThat(invitation.getEmail()).isEqualTo("c.m.burns+ops@snpp.com"));
      assertThat(guardian.users().invite("c.m.burns@snpp.com", UserRole.MEMBER)).isEmpty();
      guardian.users().update(7, new UserUpdateRequest().name("Charles").surname("Burns").externalId("987654321"));
      guardian.users().updateRole("c.m.burns+ops@snpp.com", UserRole.ADMIN);
      guardian.users().remove("c.m.burns+ops@snpp.com");
      guardian.users().remove("c.m.burns+ops@snpp.com", 8);
    }
  }
}
