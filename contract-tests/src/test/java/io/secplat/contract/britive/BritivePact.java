package io.secplat.contract.britive;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import io.secplat.britive.BritiveClient;
import io.secplat.core.Canary;
import io.secplat.core.RetryPolicy;
import io.secplat.core.Secret;
import java.util.function.Consumer;

/** What every Britive pact shares: names, the auth header, the record shapes. */
final class BritivePact {
  static final String CONSUMER = "secplat-britive-facade";
  static final String PROVIDER = "britive-api";
  static final String APP = "app-1";
  static final String ENV = "1111";
  private static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z";

  private BritivePact() {}

  /** The client sends the canary token; the pact records the matcher and a placeholder example. */
  static BritiveClient client(MockServer server) {
    return BritiveClient.builder().baseUrl(server.getUrl()).token(Secret.of(Canary.BRITIVE_TOKEN))
        .retryPolicy(RetryPolicy.none()).build();
  }

  /** A request, in a provider state, with Britive's auth header: {@code TOKEN} and a token without spaces. */
  static PactDslRequestWithPath request(
      PactDslWithProvider builder, String state, String description, String method, String path) {
    return builder.given(state).uponReceiving(description)
        .method(method)
        .path(path)
        .matchHeader("Authorization", "TOKEN \\S+", "TOKEN pact-token-0001");
  }

  /** The paged envelope holding exactly one record, so the façade stops after one page. */
  static DslPart page(Consumer<PactDslJsonBody> record) {
    PactDslJsonBody body = new PactDslJsonBody()
        .integerType("count", 1)
        .integerType("page", 0)
        .integerType("size", 100);
    body.nullValue("sort").nullValue("filter");
    return withData(body, record);
  }

  /** The same envelope for a request that sorted and filtered: Britive echoes both back. */
  static DslPart sortedAndFilteredPage(Consumer<PactDslJsonBody> record, String sortEcho, String filter) {
    PactDslJsonBody body = new PactDslJsonBody()
        .integerType("count", 1)
        .integerType("page", 0)
        .integerType("size", 100)
        .stringType("sort", sortEcho)
        .stringType("filter", filter);
    return withData(body, record);
  }

  /** The same envelope for a request that filtered only. */
  static DslPart filteredPage(Consumer<PactDslJsonBody> record, String filter) {
    PactDslJsonBody body = new PactDslJsonBody()
        .integerType("count", 1)
        .integerType("page", 0)
        .integerType("size", 100);
    body.nullValue("sort").stringType("filter", filter);
    return withData(body, record);
  }

  private static DslPart withData(PactDslJsonBody body, Consumer<PactDslJsonBody> record) {
    PactDslJsonBody item = body.minArrayLike("data", 1, 1);
    record.accept(item);
    return item.closeObject().closeArray();
  }

  static void timestamp(PactDslJsonBody body, String name, String example) {
    body.stringMatcher(name, TIMESTAMP, example);
  }

  static void account(PactDslJsonBody o) {
    o.integerType("accountId", 2800L)
        .stringType("nativeName", "admin1@britive.com")
        .stringType("nativeId", "admin1")
        .stringType("lastName", "Admin")
        .stringType("firstName", "Admin")
        .stringType("status", "Unregistered")
        .stringType("scanStatus", "Unchanged")
        .booleanType("privileged", true)
        .stringType("type", "Member")
        .booleanType("registrable", false);
    o.nullValue("description").nullValue("modified");
    timestamp(o, "created", "2019-09-13T10:15:54Z");
    timestamp(o, "scanned", "2019-11-25T15:40:11Z");
  }

  static void permission(PactDslJsonBody o) {
    o.integerType("appPermissionId", 46600L)
        .stringType("name", "Role1")
        .stringType("type", "role")
        .stringType("description", "role1")
        .stringType("nativeId", "role1")
        .stringType("status", "Registered")
        .stringType("scanStatus", "Unchanged")
        .booleanType("builtIn", true)
        .booleanType("hasDefinitionsChanged", false)
        .booleanType("privileged", true)
        .stringType("scopeRegistrationId", "scope1");
    timestamp(o, "created", "2019-03-11T22:10:54Z");
    timestamp(o, "modified", "2019-03-11T23:08:43Z");
    timestamp(o, "scanned", "2019-11-25T15:40:11Z");
  }

  /** A group record: Britive's permission shape, with the nulls its documented sample shows. */
  static void group(PactDslJsonBody o) {
    o.integerType("appPermissionId", 69152L)
        .stringType("name", "Admins")
        .stringType("type", "group")
        .stringType("nativeId", "admins1")
        .stringType("status", "Registered")
        .stringType("scanStatus", "Unchanged")
        .booleanType("builtIn", false)
        .booleanType("hasDefinitionsChanged", false)
        .booleanType("privileged", true)
        .stringType("scopeRegistrationId", "");
    o.nullValue("description").nullValue("created").nullValue("modified");
    timestamp(o, "scanned", "2020-02-24T12:28:36Z");
  }

  static void accountAssociation(PactDslJsonBody o) {
    o.integerType("accountId", 2800L)
        .integerType("permissionId", 46522L)
        .stringType("scanStatus", "Unchanged")
        .stringType("inheritedScope", "scope1")
        .stringType("accountName", "account1")
        .stringType("permissionName", "Administrator")
        .stringType("permissionType", "role");
    o.object("nativeId").stringType("accountNativeId", "a-id1").stringType("permissionNativeId", "r-id1").closeObject();
  }

  static void groupAssociation(PactDslJsonBody o) {
    o.integerType("groupId", 2807L)
        .integerType("permissionId", 69152L)
        .stringType("scanStatus", "Unchanged")
        .stringType("inheritedScope", "scope1")
        .stringType("groupName", "Group1")
        .stringType("permissionName", "Role")
        .stringType("permissionType", "group");
    o.object("nativeId").stringType("groupNativeId", "group1").stringType("permissionNativeId", "role1").closeObject();
  }
}
