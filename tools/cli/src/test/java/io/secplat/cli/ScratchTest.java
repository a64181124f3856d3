package io.secplat.cli;

import org.junit.jupiter.api.Test;

class ScratchTest {
  void show(String... args) {
    SecplatCliAccess.Run run = SecplatCliAccess.run(args);
    System.out.println("### " + String.join(" ", args) + " -> " + run.exit() + "\n" + run.out() + "--- err:\n" + run.err());
  }

  @Test
  void scratch() {
    show("britive", "environments", "list", "app-1", "--mock", "--output", "table");
    show("britive", "environments", "summary", "app-1", "--mock", "--type", "environment_groups");
    show("britive", "accounts", "list", "app-1", "1111", "--mock", "--limit", "3", "--output", "csv");
    show("britive", "--mock", "accounts", "permissions", "app-1", "1111", "2800", "--limit", "2");
    show("britive", "--mock", "accounts", "groups", "app-1", "1111", "2800", "--limit", "2");
    show("britive", "--mock", "permissions", "list", "app-1", "1111", "--limit", "2", "--output", "table");
    show("britive", "--mock", "permissions", "accounts", "app-1", "1111", "46600", "--limit", "2");
    show("britive", "--mock", "permissions", "groups", "app-1", "1111", "46600", "--limit", "2");
    show("britive", "--mock", "groups", "list", "app-1", "1111", "--limit", "2");
    show("britive", "--mock", "groups", "accounts", "app-1", "1111", "x", "--limit", "2");
    show("britive", "--mock", "environments", "create", "app-1", "--name", "E", "--parent-group", "g");
    show("britive", "--mock", "environments", "delete", "app-1", "nope");
    show("britive", "--mock", "accounts", "map-users", "app-1", "1111", "2800");
    show("guardian", "--mock", "nodes", "list", "--limit", "2");
    show("guardian", "--mock", "environments", "list", "--output", "table");
    show("j1", "--mock", "query", "FIND User", "--limit", "2");
    show("j1", "--mock", "integrations", "list", "--output", "table");
    show("j1", "--mock", "audit-events", "list", "--limit", "2");
    show("veza", "--mock", "tag-promotions", "list");
    show("veza", "--mock", "queries", "list", "--output", "json", "--limit", "2");
    show("britive", "environments", "list", "app-1");
    show("--help");
    show("britive", "--help");
    show("j1", "query", "--help");
  }
}
