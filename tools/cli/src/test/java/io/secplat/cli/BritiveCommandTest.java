package io.secplat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every {@code secplat britive …} command against the embedded Britive mock provider ({@code --mock}). */
class BritiveCommandTest {
  static SecplatCliAccess.Run britive(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "britive";
    all[1] = "--mock";
    System.arraycopy(args, 0, all, 2, args.length);
    return SecplatCliAccess.run(all);
  }

  static void assertCsv(SecplatCliAccess.Run run, String... lines) {
    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo(String.join("\r\n", lines) + "\r\n");
  }

  @Test
  void environments() {
    assertCsv(britive("environments", "list", "app-1", "--output", "csv", "--columns", "environmentId,environmentName"),
        "environmentId,environmentName", "1111,Sigma", "2222,Sigma L", "1212,Dev Account 2");
    assertCsv(britive("environments", "summary", "app-1", "--type", "environment_groups", "--output", "csv", "--columns", "id,name,type"),
        "id,name,type", "r-pak3,Root,Organization", "0v8kgkkayprnvi7x,Dev Group,group");
    assertCsv(britive("environments", "create", "app-1", "--name", "CLI Env", "--parent-group", "0v8kgkkayprnvi7x",
        "--output", "csv", "--columns", "name,status"), "name,status", "CLI Env,active");
    assertCsv(britive("environments", "create-group", "app-1", "--name", "CLI Group", "--parent", "r-pak3", "--description", "d",
        "--output", "csv", "--columns", "name,parentId"), "name,parentId", "CLI Group,r-pak3");
    assertThat(britive("environments", "delete", "app-1", "1111").out()).isEqualTo("deleted environment 1111\n");
    SecplatCliAccess.Run deleteGroup = britive("environments", "delete-group", "app-1", "0v8kgkkayprnvi7x");
    assertThat(deleteGroup.exit()).isZero();
    assertThat(deleteGroup.out()).isEqualTo("deleted environment group 0v8kgkkayprnvi7x\n");
  }

  @Test
  void accounts() {
    assertCsv(britive("accounts", "list", "app-1", "1111", "--limit", "3", "--output", "csv", "--columns", "accountId,nativeName"),
        "accountId,nativeName", "2800,admin1@britive.com", "2801,admin1@britive.com-1", "2802,admin1@britive.com-2");
    SecplatCliAccess.Run all = britive("accounts", "list", "app-1", "1111", "--page-size", "50", "--output", "jsonl");
    assertThat(all.exit()).isZero();
    assertThat(all.out().lines()).hasSize(131).last().asString().contains("\"nativeName\":\"admin1@britive.com-130\"");
    assertCsv(britive("accounts", "permissions", "app-1", "1111", "2800", "--limit", "2", "--output", "csv",
        "--columns", "permissionId,permissionName"), "permissionId,permissionName", "46522,Administrator", "46523,Administrator-1");
    assertCsv(britive("accounts", "groups", "app-1", "1111", "2800", "--limit", "2", "--output", "csv",
        "--columns", "permissionId,permissionName"), "permissionId,permissionName", "69152,Group1", "69153,Group1-1");
    assertThat(britive("accounts", "map-users", "app-1", "1111", "2800", "user-id-1", "user-id-2").out())
        .isEqualTo("mapped 2 user(s) to account 2800\n");
    assertThat(britive("accounts", "unmap-user", "app-1", "1111", "2800", "u-42", "--force-checkin").out())
        .isEqualTo("unmapped user u-42 from account 2800\n");
  }

  @Test
  void permissions() {
    assertCsv(britive("permissions", "list", "app-1", "1111", "--limit", "2", "--output", "csv", "--columns", "appPermissionId,name"),
        "appPermissionId,name", "46600,Role1", "46601,Role1-1");
    assertCsv(britive("permissions", "accounts", "app-1", "1111", "46600", "--limit", "2", "--output", "csv",
        "--columns", "accountId,permissionName"), "accountId,permissionName", "2807,ROle1", "2808,ROle1-1");
    assertCsv(britive("permissions", "groups", "app-1", "1111", "46600", "--limit", "2", "--output", "csv",
        "--columns", "groupId,groupName"), "groupId,groupName", "2807,Group1", "2808,Group1-1");
  }

  @Test
  void groups() {
    assertCsv(britive("groups", "list", "app-1", "1111", "--limit", "2", "--output", "csv", "--columns", "appPermissionId,name"),
        "appPermissionId,name", "69152,Admins", "69153,Admins-1");
    assertCsv(britive("groups", "accounts", "app-1", "1111", "69152", "--limit", "2", "--output", "csv",
        "--columns", "accountId,accountName"), "accountId,accountName", "2807,Account1", "2808,Account1-1");
    SecplatCliAccess.Run permissions = britive("groups", "permissions", "app-1", "1111", "69152", "--limit", "2", "--output", "csv");
    assertThat(permissions.exit()).isZero();
    assertThat(permissions.out()).startsWith("groupId,");
  }

  @Test
  void theMockOptionMayFollowAnySubcommand() {
    SecplatCliAccess.Run run = SecplatCliAccess.run("britive", "environments", "list", "app-1", "--mock", "--output", "csv",
        "--columns", "environmentId");
    assertCsv(run, "environmentId", "1111", "2222", "1212");
  }
}
