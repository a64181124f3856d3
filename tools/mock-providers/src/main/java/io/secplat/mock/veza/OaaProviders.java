package io.secplat.mock.veza;

import static io.secplat.mock.openapi.JsonResponses.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.secplat.mock.openapi.MockCall;
import io.secplat.mock.paging.Pageable;
import java.util.Set;
import java.util.UUID;

/**
 * OAA custom providers and their data sources as Veza (and oaaclient-py) show them: lists in the
 * {@code {values, has_more, next_page_token}} envelope with {@code filter=name eq "<name>"}, single
 * entities in {@code {value}}, names of the allowed characters only (else 400 InvalidArgument), a
 * second provider or data source of the same name 409 AlreadyExists, unknown ids 404 NotFound. A new
 * provider is ENABLED; a new data source is PENDING until something is pushed to it.
 */
final class OaaProviders {
  /** The templates a provider can be created with. */
  static final Set<String> TEMPLATES = Set.of("application", "identity_provider", "hris");
  private static final String NAME_CHARACTERS = "^[ @#$%&*:()!,a-zA-Z0-9_'\"=.-]+$";
  private final OaaState state;

  OaaProviders(OaaState state) {
    this.state = state;
  }

  ResponseDefinition list(MockCall call) {
    return page(call, state.providers());
  }

  ResponseDefinition templates() {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    TEMPLATES.stream().sorted().forEach(t -> body.withArray("values").addObject().put("id", t).put("name", t));
    return json(200, body);
  }

  ResponseDefinition create(MockCall call) {
    JsonNode body = call.jsonObjectBody();
    String name = body.path("name").asText();
    String template = body.path("custom_template").asText();
    if (!name.matches(NAME_CHARACTERS)) {
      return VezaErrors.invalidArgument("provider name \"" + name + "\" contains characters Veza does not allow");
    }
    if (!TEMPLATES.contains(template)) {
      return VezaErrors.invalidArgument("unknown custom_template \"" + template + "\", expected one of " + TEMPLATES);
    }
    if (state.providerNamed(name).isPresent()) {
      return VezaErrors.alreadyExists("a custom provider named " + name + " exists already");
    }
    ObjectNode provider = state.addProvider(UUID.randomUUID().toString(), name, template);
    if (body.path("provisioning").asBoolean(false)) {
      provider.put("provisioning", true);
    }
    return value(provider);
  }

  ResponseDefinition get(MockCall call) {
    return state.provider(call.pathParameter("provider_id")).map(OaaProviders::value)
        .orElseGet(() -> noProvider(call));
  }

  ResponseDefinition updateProvisioning(MockCall call) {
    return state.provider(call.pathParameter("provider_id")).map(p -> {
      p.put("provisioning", call.jsonObjectBody().path("provisioning").asBoolean());
      return value(p);
    }).orElseGet(() -> noProvider(call));
  }

  ResponseDefinition delete(MockCall call) {
    String id = call.pathParameter("provider_id");
    if (state.provider(id).isEmpty()) {
      return noProvider(call);
    }
    state.removeProvider(id);
    return json(200, JsonNodeFactory.instance.objectNode());
  }

  ResponseDefinition icon(MockCall call) {
    return state.provider(call.pathParameter("provider_id")).map(p -> {
      String icon = call.jsonObjectBody().path("icon_base64").asText();
      try {
        java.util.Base64.getDecoder().decode(icon);
      } catch (IllegalArgumentException notBase64) {
        return VezaErrors.invalidArgument("icon_base64 is not base64");
      }
      return json(200, JsonNodeFactory.instance.objectNode());
    }).orElseGet(() -> noProvider(call));
  }

  ResponseDefinition listDataSources(MockCall call) {
    String providerId = call.pathParameter("provider_id");
    if (state.provider(providerId).isEmpty()) {
      return noProvider(call);
    }
    return page(call, state.dataSources(providerId));
  }

  ResponseDefinition createDataSource(MockCall call) {
    String providerId = call.pathParameter("provider_id");
    if (state.provider(providerId).isEmpty()) {
      return noProvider(call);
    }
    String name = call.jsonObjectBody().path("name").asText();
    if (!name.matches(NAME_CHARACTERS)) {
      return VezaErrors.invalidArgument("data source name \"" + name + "\" contains characters Veza does not allow");
    }
    if (state.hasDataSourceNamed(providerId, name)) {
      return VezaErrors.alreadyExists("the provider has a data source named " + name + " already");
    }
    return value(state.addDataSource(providerId, name));
  }

  ResponseDefinition getDataSource(MockCall call) {
    return state.dataSource(call.pathParameter("provider_id"), call.pathParameter("data_source_id"))
        .map(OaaProviders::value).orElseGet(() -> noDataSource(call));
  }

  ResponseDefinition deleteDataSource(MockCall call) {
    String id = call.pathParameter("data_source_id");
    if (state.dataSource(call.pathParameter("provider_id"), id).isEmpty()) {
      return noDataSource(call);
    }
    state.removeDataSource(id);
    return json(200, JsonNodeFactory.instance.objectNode());
  }

  static ResponseDefinition noProvider(MockCall call) {
    return VezaErrors.notFound("no custom provider " + call.pathParameter("provider_id"));
  }

  static ResponseDefinition noDataSource(MockCall call) {
    return VezaErrors.notFound("no data source " + call.pathParameter("data_source_id") + " under provider "
        + call.pathParameter("provider_id"));
  }

  static ResponseDefinition value(JsonNode entity) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.set("value", entity.deepCopy());
    return json(200, body);
  }

  /** Serves a filtered, paged listing in Veza's envelope. */
  static ResponseDefinition page(MockCall call, Pageable<ObjectNode> all) {
    try {
      QueryFilter filter = QueryFilter.parse(call.query("filter"));
      VezaPaging.Page<ObjectNode> page = VezaPaging.page(all, filter.passesEverything() ? null : filter,
          VezaPaging.pageSize(call.query("page_size")), call.query("page_token"));
      VezaPaging.Slice slice = page.slice();
      ObjectNode body = JsonNodeFactory.instance.objectNode();
      page.items().forEach(e -> body.withArray("values").add(e.deepCopy()));
      body.withArray("values");
      body.put("has_more", slice.hasMore()).put("next_page_token", slice.nextPageToken());
      return json(200, body);
    } catch (IllegalArgumentException e) {
      return VezaErrors.invalidArgument(e.getMessage());
    }
  }
}
