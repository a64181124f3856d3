package io.secplat.mock.jupiterone;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Integration definitions, integration job triggers and the account's audit events. */
final class IntegrationFetchers {
  private final AccountState account;
  private final MockSettings settings;

  IntegrationFetchers(AccountState account, MockSettings settings) {
    this.account = account;
    this.settings = settings;
  }

  void wire(RuntimeWiring.Builder wiring) {
    wiring.type("Query", type -> type
        .dataFetcher("findIntegrationDefinition", this::find)
        .dataFetcher("integrationDefinition", this::byId)
        .dataFetcher("integrationDefinitions", this::all)
        .dataFetcher("getAuditEventsForAccount", this::auditEvents));
    wiring.type("Mutation", type -> type.dataFetcher("invokeIntegrationInstance", this::invoke));
  }

  private Object find(DataFetchingEnvironment env) {
    String integrationType = env.getArgument("integrationType");
    synchronized (account) {
      return account.integrationDefinitions.values().stream()
          .filter(d -> integrationType.equals(d.get("integrationType"))).findFirst().orElse(null);
    }
  }

  private Object byId(DataFetchingEnvironment env) {
    String id = env.getArgument("id");
    synchronized (account) {
      return id == null ? null : account.integrationDefinitions.get(id);
    }
  }

  private Object all(DataFetchingEnvironment env) {
    List<Map<String, Object>> definitions;
    synchronized (account) {
      definitions = new ArrayList<>(account.integrationDefinitions.values());
    }
    return PageInfoPaging.page("definitions", "definitions", definitions, settings.listPageSize, env.getArgument("cursor"));
  }

  private Object invoke(DataFetchingEnvironment env) {
    String id = env.getArgument("id");
    if (id.isBlank()) {
      throw MockGraphQlError.badInput("id must not be blank");
    }
    synchronized (account) {
      account.invokedIntegrationInstances.add(id);
    }
    account.audit("integrationInstance", id, "INTEGRATION", Map.of("action", "job started"));
    return Map.of("success", true);
  }

  private Object auditEvents(DataFetchingEnvironment env) {
    Integer limit = env.getArgument("limit");
    List<Map<String, Object>> events;
    synchronized (account) {
      events = new ArrayList<>(account.auditEvents);
    }
    return PageInfoPaging.page("audit", "items", events, limit == null ? settings.listPageSize : limit,
        env.getArgument("cursor"));
  }
}
