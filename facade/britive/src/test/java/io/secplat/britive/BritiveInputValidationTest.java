package io.secplat.britive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.secplat.core.error.NotFoundException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input fails before any byte is sent; ids can never change the request path. */
class BritiveInputValidationTest extends BritiveMockTestBase {
  static Stream<Arguments> badCalls() {
    ListOptions o = ListOptions.defaults();
    return Stream.of(
        bad("appId must not be null", () -> britive.environments().list(null)),
        bad("appId must not be blank", () -> britive.environments().list("  ")),
        bad("type must not be null", () -> britive.environments().summarize("a", null)),
        bad("name must not be blank", () -> britive.environments().createGroup("a", "", "p", null)),
        bad("parentId must not be null", () -> britive.environments().createGroup("a", "n", null, null)),
        bad("groupId must not be null", () -> britive.environments().deleteGroup("a", null)),
        bad("parentGroupId must not be blank", () -> britive.environments().create("a", "n", " ", null)),
        bad("name must not be null", () -> britive.environments().create("a", null, "g", null)),
        bad("envId must not be blank", () -> britive.environments().delete("a", "")),
        bad("envId must not be null", () -> britive.accounts().list("a", null, o)),
        bad("options must not be null", () -> britive.accounts().list("a", "e", null)),
        bad("accountId must not be blank", () -> britive.accounts().permissions("a", "e", "\t", o)),
        bad("accountId must not be null", () -> britive.accounts().groups("a", "e", null, o)),
        bad("accountId must not be blank", () -> britive.accounts().mapUsers("a", "e", " ", List.of("u"))),
        bad("userIds must not be null", () -> britive.accounts().mapUsers("a", "e", "c", null)),
        bad("userIds must name at least one user", () -> britive.accounts().mapUsers("a", "e", "c", List.of())),
        bad("userIds[1] must not be blank", () -> britive.accounts().mapUsers("a", "e", "c", List.of("u", " "))),
        bad("userId must not be null", () -> britive.accounts().unmapUser("a", "e", "acc", null, true)),
        bad("appId must not be null", () -> britive.permissions().list(null, "e", o)),
        bad("permissionId must not be blank", () -> britive.permissions().accounts("a", "e", "", o)),
        bad("permissionId must not be null", () -> britive.permissions().groups("a", "e", null, o)),
        bad("envId must not be blank", () -> britive.groups().list("a", " ", o)),
        bad("groupId must not be null", () -> britive.groups().accounts("a", "e", null, o)),
        bad("groupId must not be blank", () -> britive.groups().permissions("a", "e", "", o)),
        bad("envId must not be '.' or '..' (a dot path segment)", () -> britive.environments().delete("a", "..")),
        bad("pageSize must be positive, was 0", () -> ListOptions.defaults().withPageSize(0)),
        bad("sort must not be blank", () -> ListOptions.defaults().withSort(" ")));
  }

  static Arguments bad(String message, Executable call) {
    return Arguments.of(message, call);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badCalls")
  void badInputFailsWithAMessageNamingTheArgumentAndSendsNothing(String message, Executable call) {
    assertThatThrownBy(call::execute).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    assertThat(requests()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a/b", "../../admin", "x?drop=1", "x#frag", "x%2Fy", "a/../b"})
  void anIdStaysInsideItsOwnPathSegment(String envId) {
    assertThatThrownBy(() -> britive.environments().delete("app-1", envId)).isInstanceOf(NotFoundException.class);

    List<LoggedRequest> requests = requests();
    assertThat(requests).hasSize(1);
    String url = requests.get(0).getUrl();
    String prefix = "/api/apps/app-1/environments/";
    assertThat(url).startsWith(prefix);
    String segment = url.substring(prefix.length());
    assertThat(segment).doesNotContain("/", "?", "#");
    assertThat(java.net.URLDecoder.decode(segment, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(envId);
  }

  @Test
  void theMockSeesTheDecodedIdAsOneValue() {
    // the provider decodes the segment back to the id, and answers for that id only
    assertThatThrownBy(() -> britive.environments().delete("app-1", "a/b"))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("environment a/b does not exist");
  }
}
