package io.secplat.britive;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.secplat.britive.generated.model.Account;
import io.secplat.britive.generated.model.Environment;
import io.secplat.britive.generated.model.EnvironmentGroup;
import io.secplat.core.RetryPolicy;
import io.secplat.core.Secret;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Responses shaped as the real Britive service sends them, for every operation the evidence pass
 * changed (specs/CHANGELOG.md, britive evidence pass): creates answered 200 (Britive's published OpenAPI
 * document), deletes answered 204 (which Britive's SDK and Terraform provider accept), user mapping
 * by a JSON array of ids (Britive's SDK), pages walked by {@code count/page/size} (Britive's SDK).
 */
class BritiveProductionShapesTest {
  static final String APP = "/api/apps/app-1";
  static WireMockServer server;
  static BritiveClient britive;

  @BeforeAll
  static void start() {
    server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    server.start();
    britive = BritiveClient.builder().baseUrl(server.baseUrl()).token(Secret.of("prod-shape-token"))
        .retryPolicy(RetryPolicy.none()).build();
  }

  @AfterAll
  static void stop() {
    britive.close();
    server.stop();
  }

  @BeforeEach
  void reset() {
    server.resetAll();
  }

  @Test
  void aGroupCreatedWith200AndTheFullPublishedShapeDecodes() {
    server.stubFor(post(APP + "/root-environment-group/groups").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"name\":\"Dev Group\",\"description\":\"\",\"id\":\"0v8kgkkayprnvi7x\",\"parentId\":\"Nt6Hj5VIevsVAno7\","
            + "\"nativeId\":null,\"nativeParentId\":null,\"childGroupIds\":[\"g-2\"],\"childEnvironmentIds\":[\"e-1\",\"e-2\"],"
            + "\"type\":\"group\",\"internalParentId\":\"\"}")));
    EnvironmentGroup group = britive.environments().createGroup("app-1", "Dev Group", "Nt6Hj5VIevsVAno7", "");
    assertThat(group.getId()).isEqualTo("0v8kgkkayprnvi7x");
    assertThat(group.getChildEnvironmentIds()).containsExactly("e-1", "e-2");
    assertThat(group.getChildGroupIds()).containsExactly("g-2");
    assertThat(group.getNativeId()).isNull();
  }

  @Test
  void anEnvironmentCreatedWith200Decodes() {
    server.stubFor(post(APP + "/root-environment-group/environments").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"id\":\"n0erky7u2kfswdyn\",\"name\":\"DevEnv\",\"description\":\"\",\"parentGroupId\":\"0v8kgkkayprnvi7x\","
            + "\"type\":\"environment\",\"internalParentId\":\"\",\"status\":\"inactive\"}")));
    Environment env = britive.environments().create("app-1", "DevEnv", "0v8kgkkayprnvi7x", "");
    assertThat(env.getId()).isEqualTo("n0erky7u2kfswdyn");
    assertThat(env.getStatus()).isEqualTo("inactive");
  }

  @Test
  void deletesAnsweredWith204Succeed() {
    server.stubFor(delete(APP + "/environments/env-1").willReturn(aResponse().withStatus(204)));
    server.stubFor(delete(APP + "/environment-groups/grp-1").willReturn(aResponse().withStatus(204)));
    britive.environments().delete("app-1", "env-1");
    britive.environments().deleteGroup("app-1", "grp-1");
    assertThat(server.getAllServeEvents()).hasSize(2)
        .allSatisfy(e -> assertThat(e.getResponse().getStatus()).isEqualTo(204));
  }

  @Test
  void usersAreMappedByPostingTheirIdsAndAnEmpty200IsSuccess() {
    String users = APP + "/environments/env-1/accounts/2800/users";
    server.stubFor(post(users).willReturn(aResponse().withStatus(200)));
    britive.accounts().mapUsers("app-1", "env-1", "2800", List.of("u-1", "u-2"));
    server.verify(1, postRequestedFor(urlPathEqualTo(users)).withRequestBody(equalToJson("[\"u-1\",\"u-2\"]")));
  }

  @Test
  void pagesAreWalkedByCountPageAndSizeAsTheServiceAnswersThem() {
    String accounts = APP + "/environments/env-1/accounts";
    server.stubFor(get(urlPathEqualTo(accounts)).withQueryParam("page", equalTo("0"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
            .withBody("{\"count\":3,\"page\":0,\"size\":2,\"sort\":null,\"filter\":null,\"data\":["
                + account(1) + "," + account(2) + "]}")));
    server.stubFor(get(urlPathEqualTo(accounts)).withQueryParam("page", equalTo("1"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
            .withBody("{\"count\":3,\"page\":1,\"size\":2,\"sort\":null,\"filter\":null,\"data\":[" + account(3) + "]}")));
    List<Account> all = britive.accounts().list("app-1", "env-1", ListOptions.defaults().withPageSize(2))
        .stream().collect(Collectors.toList());
    assertThat(all).extracting(Account::getAccountId).containsExactly(1L, 2L, 3L);
    assertThat(server.getAllServeEvents()).hasSize(2);
  }

  private static String account(long id) {
    return "{\"accountId\":" + id + ",\"nativeId\":\"a-" + id + "\",\"nativeName\":\"user" + id
        + "@example.com\",\"type\":\"user\",\"scanStatus\":\"Unchanged\",\"firstName\":null,\"lastName\":null}";
  }
}
