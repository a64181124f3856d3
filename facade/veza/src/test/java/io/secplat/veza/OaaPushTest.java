package io.secplat.veza;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.secplat.core.RetryPolicy;
import io.secplat.core.Secret;
import io.secplat.core.error.ServerException;
import io.secplat.mock.MockFault;
import io.secplat.mock.MockProviders;
import io.secplat.mock.veza.VezaMock;
import io.secplat.veza.generated.model.CustomDataSource;
import io.secplat.veza.generated.model.CustomProvider;
import io.secplat.veza.oaa.CustomApplication;
import io.secplat.veza.oaa.CustomIdentityProvider;
import io.secplat.veza.oaa.Hris;
import io.secplat.veza.oaa.OaaIdentityType;
import io.secplat.veza.oaa.OaaPayloadException;
import io.secplat.veza.oaa.OaaPermission;
import io.secplat.veza.oaa.OaaPropertyType;
import io.secplat.veza.oaa.OaaPushListener;
import io.secplat.veza.oaa.OaaPushMode;
import io.secplat.veza.oaa.OaaPushOptions;
import io.secplat.veza.oaa.OaaPushResult;
import io.secplat.veza.oaa.OaaUploadAbandonedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** veza.oaa() against the Veza mock on loopback: the three push modes, retries, abandon and resume. */
class OaaPushTest {
  static final String PARTS = "/api/v1/providers/custom/[^/]+/datasources/[^/]+:parts";
  static MockProviders mocks;
  static VezaMock mock;
  static VezaClient veza;

  @BeforeAll
  static void start() {
    mock = new VezaMock();
    mocks = MockProviders.start(0, mock);
    veza = VezaClient.builder().baseUrl(mocks.baseUrl()).apiKey(Secret.of("veza-key-0001"))
        .retryPolicy(RetryPolicy.builder().maxAttempts(2).initialBackoff(Duration.ofMillis(1))
            .maxBackoff(Duration.ofMillis(2)).build())
        .build();
  }

  @AfterAll
  static void stop() {
    veza.close();
    mocks.close();
  }

  @BeforeEach
  void reset() {
    mocks.resetState();
    mocks.faults().clear();
    mocks.resetRequestCounts();
  }

  /** An application of {@code users} users, each granted "view" on the application and a role. */
  static CustomApplication application(int users) {
    return CustomApplication.builder("portal", "AcmePortal")
        .permission("view", OaaPermission.DATA_READ)
        .role("editor", "Editor", "view")
        .resource("invoices", "Invoices", "folder")
        .body(w -> {
          w.group("staff", "Staff");
          IntStream.range(0, users).forEach(i -> w.user("u" + i, "user " + i).group("staff")
              .identity("user" + i + "@example.com"));
          IntStream.range(0, users).forEach(i -> w.grant(OaaIdentityType.LOCAL_USER, "u" + i)
              .permission("view").role("editor", "invoices"));
        })
        .build();
  }

  static OaaPushOptions options() {
    return OaaPushOptions.defaults().withCreateProvider(true).withCompressAbove(2_000).withMultipartAbove(20_000)
        .withPartSize(4_096);
  }

  static JsonNode pushed(OaaPushResult result) {
    return mock.pushedPayload(result.dataSourceId()).orElseThrow();
  }

  @Test
  void aSmallPayloadIsPushedPlainAndReadBack() {
    OaaPushResult result = veza.oaa().push("Acme Portal", "prod", application(3), options());

    assertThat(result.mode()).isEqualTo(OaaPushMode.PLAIN);
    assertThat(result.parts()).isZero();
    assertThat(result.warnings()).extracting(w -> w.getMessage()).containsExactly(
        "Cannot find identity by names user0@example.com for local user u0",
        "Cannot find identity by names user1@example.com for local user u1",
        "Cannot find identity by names user2@example.com for local user u2");
    assertThat(pushed(result).at("/applications/0/local_users")).hasSize(3);
    assertThat(pushed(result).at("/identity_to_permissions/2/identity").asText()).isEqualTo("u2");
    CustomProvider provider = veza.oaa().findProvider("Acme Portal").orElseThrow();
    assertThat(provider.getCustomTemplate()).isEqualTo("application");
    CustomDataSource dataSource = veza.oaa().dataSource(provider.getId(), result.dataSourceId());
    assertThat(dataSource.getName()).isEqualTo("prod");
    assertThat(dataSource.getStatus()).isEqualTo("SUCCESS");
    assertThat(mocks.requestCount("POST", ".*:push")).isEqualTo(1);
  }

  @Test
  void aMediumPayloadIsPushedCompressedAndReadBack() {
    OaaPushResult result = veza.oaa().push("Acme Portal", "prod", application(40), options());

    assertThat(result.mode()).isEqualTo(OaaPushMode.COMPRESSED);
    assertThat(result.payloadBytes()).isBetween(2_001L, 20_000L);
    assertThat(result.warnings()).hasSize(40);
    assertThat(pushed(result).at("/applications/0/local_users")).hasSize(40);
    assertThat(pushed(result).at("/applications/0/local_users/39/id").asText()).isEqualTo("u39");
  }

  @Test
  void aLargePayloadIsPushedInPartsAndReadBack() {
    List<String> progress = new ArrayList<>();
    OaaPushResult result = veza.oaa().push("Acme Portal", "prod", application(400),
        options().withListener(new OaaPushListener() {
          @Override
          public void uploadStarted(String uploadId) {
            progress.add("start");
          }

          @Override
          public void partSent(int sequenceNumber, long payloadBytesSent) {
            progress.add(sequenceNumber + ":" + payloadBytesSent);
          }
        }));

    assertThat(result.mode()).isEqualTo(OaaPushMode.MULTIPART);
    int expectedParts = (int) ((result.payloadBytes() + 4_095) / 4_096);
    assertThat(result.parts()).isEqualTo(expectedParts);
    assertThat(result.uploadId()).isPresent();
    assertThat(progress).hasSize(expectedParts + 1).startsWith("start", "1:4096", "2:8192")
        .endsWith(expectedParts + ":" + result.payloadBytes());
    assertThat(mocks.requestCount("POST", ".*:parts")).isEqualTo(expectedParts + 2);
    assertThat(pushed(result).at("/applications/0/local_users")).hasSize(400);
    assertThat(pushed(result).at("/identity_to_permissions")).hasSize(400);
    assertThat(pushed(result).at("/identity_to_permissions/399/role_assignments/0/resources/0").asText())
        .isEqualTo("invoices");
  }

  @Test
  void aPartFailingOnceIsRetriedAndThePushCompletes() {
    OaaPushResult result = veza.oaa().push("Acme Portal", "prod", application(400),
        options().withListener(new OaaPushListener() {
          @Override
          public void uploadStarted(String uploadId) {
            mocks.faults().next(PARTS, MockFault.status(503));  // the next request is part 1
          }
        }));

    assertThat(result.mode()).isEqualTo(OaaPushMode.MULTIPART);
    assertThat(mocks.requestCount("POST", ".*:parts")).isEqualTo(result.parts() + 3);  // start, parts, 1 retry, complete
    assertThat(pushed(result).at("/applications/0/local_users")).hasSize(400);
  }

  @Test
  void aPartFailingForGoodAbandonsTheUploadAndResumeCompletesIt() {
    CustomApplication app = application(400);
    OaaUploadAbandonedException abandoned = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> veza.oaa().push("Acme Portal", "prod", app, options().withListener(new OaaPushListener() {
          @Override
          public void partSent(int sequenceNumber, long payloadBytesSent) {
            if (sequenceNumber == 2) {
              mocks.faults().next(PARTS, MockFault.status(503), MockFault.status(503));
            }
          }
        })), OaaUploadAbandonedException.class);

    assertThat(abandoned.partsAcknowledged()).isEqualTo(2);
    assertThat(abandoned.status()).isEqualTo(503);
    assertThat(abandoned.getCause()).isInstanceOf(ServerException.class);
    assertThat(abandoned).hasMessageStartingWith("multipart upload " + abandoned.uploadId() + " abandoned after 2");
    assertThat(mock.pushedPayload(abandoned.dataSourceId())).isEmpty();
    int before = mocks.requestCount("POST", ".*:parts");

    OaaPushResult resumed = veza.oaa().resume(abandoned, app, OaaPushOptions.defaults());

    assertThat(resumed.uploadId()).contains(abandoned.uploadId());
    assertThat(mocks.requestCount("POST", ".*:parts") - before).isEqualTo(resumed.parts() - 2 + 1);
    assertThat(pushed(resumed).at("/applications/0/local_users")).hasSize(400);
  }

  @Test
  void pushedUsersAndResourcesAnswerQuerySpecsOfTheirOaaNodeTypes() {
    veza.oaa().push("Acme Portal", "prod", application(40), options());

    List<String> users = veza.querySpecs().nodes(io.secplat.veza.query.Query.from(
        io.secplat.veza.query.Node.node("OAA.AcmePortal.User")).build(), NodeListOptions.defaults())
        .stream().map(n -> n.getId()).toList();
    assertThat(users).hasSize(40).startsWith("u0", "u1").endsWith("u39");
    assertThat(veza.querySpecs().result(io.secplat.veza.query.Query.from(
        io.secplat.veza.query.Node.node("OAA.AcmePortal.folder.Resource")).build()).getNumberValue()).isEqualTo("1");
  }

  @Test
  void anIdentityProviderPayloadFromTheGeneratedModelIsPushedAndAVezaRefusalNamesTheElement() {
    io.secplat.veza.generated.model.OaaCustomIdpPayload idp = new io.secplat.veza.generated.model.OaaCustomIdpPayload()
        .name("corp-idp").idpType("custom")
        .domains(List.of(new io.secplat.veza.generated.model.OaaIdpDomain().name("example.com")))
        .users(List.of(new io.secplat.veza.generated.model.OaaIdpUser().name("ann").identity("ann@example.com")));
    OaaPushResult result = veza.oaa().push("Corp IdP", "directory",
        io.secplat.veza.oaa.OaaPayload.of("identity_provider", idp), options());
    assertThat(result.mode()).isEqualTo(OaaPushMode.PLAIN);
    assertThat(pushed(result).at("/users/0/identity").asText()).isEqualTo("ann@example.com");

    idp.users(List.of(new io.secplat.veza.generated.model.OaaIdpUser().name("ann").identity("ann@example.com"),
        new io.secplat.veza.generated.model.OaaIdpUser().name("ann 2").identity("ann@example.com")));
    assertThatThrownBy(() -> veza.oaa().push("Corp IdP", "directory",
        io.secplat.veza.oaa.OaaPayload.of("identity_provider", idp), options()))
        .isInstanceOfSatisfying(io.secplat.core.error.BadRequestException.class, e -> {
          assertThat(e.errorCode()).contains("InvalidArgument");
          assertThat(e.getMessage()).contains("users: identity ann@example.com is used twice");
        });
  }

  @Test
  void anInvalidPayloadFailsBeforeAnyRequest() {
    CustomApplication app = CustomApplication.builder("portal", "AcmePortal").permission("view", OaaPermission.DATA_READ)
        .body(w -> w.grant(OaaIdentityType.LOCAL_USER, "ghost").permission("view")).build();

    assertThatThrownBy(() -> veza.oaa().push("Acme Portal", "prod", app, options()))
        .isInstanceOf(OaaPayloadException.class).hasMessage("grant to local_user ghost: local user ghost is not declared");
    assertThat(mocks.requestLines()).isEmpty();
  }

  @Test
  void aMissingProviderIsNotCreatedUnlessAsked() {
    assertThatThrownBy(() -> veza.oaa().push("Acme Portal", "prod", application(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no custom provider named Acme Portal; create it or push with OaaPushOptions.withCreateProvider(true)");
    assertThat(mocks.requestCount("POST", "/api/v1/providers/custom")).isZero();
  }

  @Test
  void aProviderOfAnotherTemplateIsRefusedBeforeThePayloadIsSent() {
    veza.oaa().createProvider("Acme HR", "hris");
    assertThatThrownBy(() -> veza.oaa().push("Acme HR", "prod", application(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("provider Acme HR has template hris but the payload is of template application");
    assertThat(mocks.requestCount("POST", ".*:push")).isZero();
  }

  @Test
  void theSecondPushReusesTheProviderAndTheDataSource() {
    OaaPushResult first = veza.oaa().push("Acme Portal", "prod", application(1), options());
    OaaPushResult second = veza.oaa().push("Acme Portal", "prod", application(2), options());
    assertThat(second.providerId()).isEqualTo(first.providerId());
    assertThat(second.dataSourceId()).isEqualTo(first.dataSourceId());
    assertThat(veza.oaa().dataSources(first.providerId()).stream().toList()).hasSize(1);
    assertThat(pushed(second).at("/applications/0/local_users")).hasSize(2);
  }

  @Test
  void badNamesAndIconsAreRefusedBeforeAnyRequest() {
    assertThatThrownBy(() -> veza.oaa().createProvider("acme/portal", "application"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name \"acme/portal\" may only hold letters, digits, spaces and @#$%&*:()!,_'\"=.-");
    assertThatThrownBy(() -> veza.oaa().setProviderIcon("p1", new byte[48_001]))
        .hasMessage("image must be 1 to 64000 characters once base64-encoded, was 64004");
    assertThat(mocks.requestLines()).isEmpty();
  }

  @Test
  void providersAndDataSourcesCanBeManagedOneByOne() {
    CustomProvider provider = veza.oaa().createProvider("Acme Portal", "application");
    veza.oaa().setProviderIcon(provider.getId(), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    assertThat(veza.oaa().setProvisioning(provider.getId(), true).getProvisioning()).isTrue();
    CustomDataSource ds = veza.oaa().createDataSource(provider.getId(), "prod");
    assertThat(veza.oaa().findDataSource(provider.getId(), "prod")).map(CustomDataSource::getId).contains(ds.getId());
    assertThat(veza.oaa().templates()).extracting(t -> t.get("id")).contains("application", "hris");
    assertThat(veza.oaa().providers().stream().map(CustomProvider::getName)).containsExactly("Acme Portal");
    veza.oaa().deleteDataSource(provider.getId(), ds.getId());
    assertThat(veza.oaa().findDataSource(provider.getId(), "prod")).isEmpty();
    veza.oaa().deleteProvider(provider.getId());
    assertThat(veza.oaa().findProvider("Acme Portal")).isEmpty();
  }

  @Test
  void anIdentityProviderIsPushedCompressedAndReadBackWithoutWarnings() {
    CustomIdentityProvider idp = CustomIdentityProvider.builder("corp-idp", "ldap", "example.com")
        .userProperty("badge", OaaPropertyType.NUMBER)
        .body(w -> {
          w.group("staff", "Staff");
          IntStream.range(0, 30).forEach(i -> w.user("user" + i + "@example.com", "user " + i).group("staff")
              .manager("user0@example.com").property("badge", i));
        })
        .build();

    OaaPushResult result = veza.oaa().push("Corp IdP", "directory", idp, options());

    assertThat(result.mode()).isEqualTo(OaaPushMode.COMPRESSED);
    assertThat(result.warnings()).isEmpty();
    assertThat(veza.oaa().provider(result.providerId()).getCustomTemplate()).isEqualTo("identity_provider");
    JsonNode pushed = pushed(result);
    assertThat(pushed.at("/domains/0/name").asText()).isEqualTo("example.com");
    assertThat(pushed.at("/users")).hasSize(30);
    assertThat(pushed.at("/users/29/identity").asText()).isEqualTo("user29@example.com");
    assertThat(pushed.at("/users/29/groups/0/identity").asText()).isEqualTo("staff");
    assertThat(pushed.at("/users/29/manager_id").asText()).isEqualTo("user0@example.com");
  }

  @Test
  void anHrisIsPushedInPartsAndReadBackWithoutWarnings() {
    Hris hris = Hris.builder("Acme HR", "workday", "https://hr.example.com").idpProvider("okta")
        .body(w -> {
          w.group("eng", "Engineering", "Department");
          IntStream.range(0, 200).forEach(i -> w.employee("e" + i, "Employee " + i, "n" + i, "First" + i, "Last" + i,
              true, "ACTIVE").group("eng").manager("e" + (i + 1) % 200));
        })
        .build();

    OaaPushResult result = veza.oaa().push("Acme HR", "workday", hris, options());

    assertThat(result.mode()).isEqualTo(OaaPushMode.MULTIPART);
    assertThat(result.warnings()).isEmpty();
    JsonNode pushed = pushed(result);
    assertThat(pushed.at("/system/idp_providers/0").asText()).isEqualTo("okta");
    assertThat(pushed.at("/employees")).hasSize(200);
    assertThat(pushed.at("/employees/199/managers/0/id").asText()).isEqualTo("e0");
    assertThat(pushed.at("/employees/199/groups/0/id").asText()).isEqualTo("eng");
  }

  @Test
  void anInvalidHrisFailsBeforeAnyRequest() {
    Hris hris = Hris.builder("Acme HR", "workday", "https://hr.example.com")
        .body(w -> w.employee("e1", "Ann Lee", "1001", "Ann", "Lee", true, "ACTIVE").manager("e2"))
        .build();

    assertThatThrownBy(() -> veza.oaa().push("Acme HR", "workday", hris, options()))
        .isInstanceOf(OaaPayloadException.class).hasMessage("employee e1: manager e2 is not declared");
    assertThat(mocks.requestLines()).isEmpty();
  }
}
