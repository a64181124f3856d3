package io.secplat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read commands declared through {@link ReadCommand}, one representative per vendor, against the embedded mocks. */
class ReadCommandsTest {
  static SecplatCliAccess.Run mock(String vendor, String... args) {
    String[] all = new String[args.length + 4];
    all[0] = vendor;
    all[1] = "--mock";
    System.arraycopy(args, 0, all, 2, args.length);
    all[all.length - 2] = "--output";
    all[all.length - 1] = "jsonl";
    return SecplatCliAccess.run(all);
  }

  @Test
  void guardianListsOperatingSystemFamilies() {
    SecplatCliAccess.Run run = mock("guardian", "operating-system-families", "list");
    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo("{\"id\":1,\"name\":\"Windows\"}\n");
  }

  @Test
  void guardianLooksUpAnOperatingSystemAndAnEmptyOptionalExitsThree() {
    SecplatCliAccess.Run found = mock("guardian", "operating-systems", "lookup", "Windows 2012");
    assertThat(found.exit()).isZero();
    assertThat(found.out()).isEqualTo("{\"operating_system_id\":123,\"operating_system_name\":\"Windows 2012 Server\","
        + "\"operating_system_family_id\":1,\"operating_system_family\":\"Windows\"}\n");
    SecplatCliAccess.Run missing = mock("guardian", "operating-systems", "lookup", "no-such-system");
    assertThat(missing.exit()).isEqualTo(3);
  }

  @Test
  void guardianLimitsAPagedListing() {
    SecplatCliAccess.Run run = mock("guardian", "nodes", "list", "--limit", "2", "--columns", "id,name");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo("{\"id\":311,\"name\":\"prod01\"}\n{\"id\":312,\"name\":\"prod01-1\"}\n");
  }

  @Test
  void vezaRunsAPrivateAssessmentFromAFile(@TempDir Path dir) throws IOException {
    Path request = dir.resolve("role-exists.json");
    Files.writeString(request, "{\"grantee_type\":\"SnowflakeRole\",\"resource_permissions\":[]}");
    SecplatCliAccess.Run run = mock("veza", "private-assessments", "role-exists", "--file", request.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo("{\"grantee_ids\":[\"example-snowflake.com/role/SECURITY_READER_ROLE\"]}\n");
  }

  @Test
  void jupiterOneListsIamGroupsAndCountsTypes() {
    SecplatCliAccess.Run groups = mock("j1", "iam", "groups");
    assertThat(groups.err()).isEmpty();
    assertThat(groups.exit()).isZero();
    assertThat(groups.out()).isEqualTo("{\"id\":\"12c2d370-89ef-4280-970b-d520ca1837be\",\"name\":\"Users\",\"description\":\"\"}\n"
        + "{\"id\":\"dd354c7a-1b9b-4579-ac5e-873fe3b2c851\",\"name\":\"Administrators\",\"description\":\"Admin users\"}\n"
        + "{\"id\":\"22c2d370-89ef-4280-970b-d520ca1837be\",\"name\":\"Engineering\","
        + "\"description\":\"The group of the documented member samples\"}\n");
    SecplatCliAccess.Run counts = mock("j1", "graph", "type-counts", "--class", "User");
    assertThat(counts.exit()).isZero();
    assertThat(counts.out()).isEqualTo("{\"iam_user\":12}\n");
  }

  @Test
  void jupiterOneVertexThatIsMissingExitsThree() {
    SecplatCliAccess.Run run = mock("j1", "graph", "vertex", "no-such-vertex");
    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("not found\n");
  }

  @Test
  void aScopeIsAtMostOneOfEnvironmentNodeGroupAndNode() {
    SecplatCliAccess.Run both = mock("guardian", "nodes", "status-counts", "--environment", "1", "--node", "2");
    assertThat(both.exit()).isEqualTo(2);
    assertThat(both.err()).contains("are mutually exclusive");
  }
}
