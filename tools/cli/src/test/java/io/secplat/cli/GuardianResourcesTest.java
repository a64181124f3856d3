package io.secplat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code secplat guardian events|incidents|jobs|policies|users|connection-managers} against the embedded mock. */
class GuardianResourcesTest {
  static SecplatCliAccess.Run guardian(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "guardian";
    all[1] = "--mock";
    System.arraycopy(args, 0, all, 2, args.length);
    return SecplatCliAccess.run(all);
  }

  @Test
  void jobs() {
    SecplatCliAccess.Run list = guardian("jobs", "list", "--output", "csv", "--columns", "id,source_name,status");
    assertThat(list.exit()).isZero();
    assertThat(list.out()).isEqualTo("id,source_name,status\r\n1,Cluster Node 1,2\r\n");
    SecplatCliAccess.Run get = guardian("jobs", "get", "1", "--output", "csv", "--columns", "id,scheduled_job_id,created_at");
    assertThat(get.exit()).isZero();
    assertThat(get.out()).isEqualTo("id,scheduled_job_id,created_at\r\n1,3,2012-10-30T16:16:52-07:00\r\n");
    SecplatCliAccess.Run tasks = guardian("jobs", "tasks", "1");
    assertThat(tasks.exit()).isZero();
    assertThat(tasks.out()).isEmpty();
  }

  @Test
  void policiesEventsIncidentsUsersAndConnectionManagersAnswerEvenWhenEmpty() {
    SecplatCliAccess.Run lookup = guardian("policies", "lookup", "no-such-policy");
    assertThat(lookup.exit()).isEqualTo(3);
    assertThat(lookup.out()).isEqualTo("not found\n");
    for (String[] args : new String[][] {{"policies", "list"}, {"events", "list", "--query", "type=node_scan_failed"},
        {"events", "list", "--view", "Critical"}, {"events", "types"}, {"incidents", "list"}, {"users", "list"},
        {"users", "list", "--invited"}, {"connection-managers", "list"}}) {
      SecplatCliAccess.Run run = guardian(args);
      assertThat(run.exit()).as(String.join(" ", args)).isZero();
      assertThat(run.err()).as(String.join(" ", args)).isEmpty();
    }
  }

  @Test
  void eventsNeedExactlyOneOfViewAndQuery() {
    SecplatCliAccess.Run both = guardian("events", "list", "--view", "a", "--query", "b");
    assertThat(both.exit()).isEqualTo(2);
    assertThat(both.err()).startsWith("Error: --view=<view>, --query=<query> are mutually exclusive");
    SecplatCliAccess.Run neither = guardian("events", "list");
    assertThat(neither.exit()).isEqualTo(2);
    assertThat(neither.err()).startsWith("Error: Missing required argument (specify one of these): (--view=<view> | --query=<query>)");
  }
}
