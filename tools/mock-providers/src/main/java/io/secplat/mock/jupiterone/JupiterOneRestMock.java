package io.secplat.mock.jupiterone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.secplat.mock.openapi.JsonResponses;
import io.secplat.mock.openapi.MockCall;
import io.secplat.mock.openapi.SpecDrivenMock;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The REST half of the JupiterOne mock: the synchronization jobs of
 * {@code specs/jupiterone/jupiterone-rest.yaml} kept in {@link SyncJobs}, and the raw-data
 * examples for entities of the mock's graph. Its auth check (Bearer key and
 * {@code JupiterOne-Account}) also guards the three GraphQL endpoints, which the
 * {@link JupiterOneMock} serves on the same paths pattern.
 */
final class JupiterOneRestMock extends SpecDrivenMock {
  static final String SPEC = "specs/jupiterone/jupiterone-rest.yaml";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Set<String> SOURCES = Set.of("api", "integration-external", "integration-managed");
  private static final Set<String> MODES = Set.of("DIFF", "CREATE_OR_UPDATE");

  private final SyncJobs jobs;
  private final Graph graph;
  /** Finalized jobs land in the graph that GraphQL and J1QL read. */
  private final SyncGraphSink sink;
  private final MockSettings settings;

  JupiterOneRestMock(SyncJobs jobs, Graph graph, MockSettings settings) {
    super("jupiterone-rest", SPEC);
    this.jobs = jobs;
    this.graph = graph;
    this.sink = new SyncGraphSink(graph);
    this.settings = settings;
  }

  /** @return the regex of the paths this mock guards with the JupiterOne credentials */
  String guardedPaths() {
    return pathPattern();
  }

  @Override
  protected String pathPattern() {
    return "/(persister/synchronization/jobs(/.*)?|entities/.*|graphql|rules/graphql|iam/graphql)";
  }

  @Override
  protected String credentialPattern() {
    return "Bearer \\S+";
  }

  @Override
  protected Map<String, String> additionalCredentialHeaders() {
    return Map.of("JupiterOne-Account", "\\S+");
  }

  @Override
  protected JsonNode contractViolationBody(String message) {
    return JupiterOneErrors.body("CONTRACT_VIOLATION", message);
  }

  @Override
  protected JsonNode unauthorizedBody() {
    return JupiterOneErrors.body("UNAUTHORIZED",
        "missing or malformed Authorization: Bearer <api key> or JupiterOne-Account: <account id> header");
  }

  @Override
  public void resetState() {
    jobs.reset();
  }

  @Override
  protected ResponseDefinition respond(MockCall call) {
    switch (call.operation().operationId()) {
      case "startSyncJob":
        return start(call);
      case "getSyncJob":
        return withJob(call, job -> JsonResponses.json(200, SyncJobs.toJson(jobs.read(job))));
      case "uploadSyncJobGraphObjects":
        return upload(call, "entities", "relationships", "deleteEntities", "deleteRelationships");
      case "uploadSyncJobEntities":
        return upload(call, "entities");
      case "uploadSyncJobRelationships":
        return upload(call, "relationships");
      case "finalizeSyncJob":
        return withJob(call, job -> {
          if (!SyncJobs.AWAITING_UPLOADS.equals(job.status)) {
            return JupiterOneErrors.badRequest("job " + job.id + " is already " + job.status);
          }
          jobs.finalize(job, job.finalizePendingReads != null ? job.finalizePendingReads : settings.syncPollsFinalizePending,
              sink);
          return JsonResponses.json(200, SyncJobs.toJson(job));
        });
      case "abortSyncJob":
        return withJob(call, job -> {
          String problem = jobs.abort(job);
          return problem == null ? JsonResponses.json(200, SyncJobs.toJson(job)) : JupiterOneErrors.badRequest(problem);
        });
      default:
        String entityId = call.pathParameter("entityId");
        return graph.entity(entityId) == null ? JupiterOneErrors.notFound("entity " + entityId) : super.respond(call);
    }
  }

  private ResponseDefinition start(MockCall call) {
    JsonNode body = call.jsonObjectBody();
    if (body == null) {
      return JupiterOneErrors.badRequest("the body must be a JSON object");
    }
    String source = body.path("source").asText(null);
    String mode = body.path("syncMode").asText("DIFF");
    String scope = body.path("scope").asText(null);
    String instance = body.path("integrationInstanceId").asText(null);
    if (source == null || !SOURCES.contains(source)) {
      return JupiterOneErrors.badRequest("source must be one of " + SOURCES + ", was " + source);
    }
    if (!MODES.contains(mode)) {
      return JupiterOneErrors.badRequest("syncMode must be DIFF or CREATE_OR_UPDATE, was " + mode);
    }
    if (source.equals("api") && mode.equals("DIFF") && scope == null) {
      return JupiterOneErrors.badRequest("scope is required for a DIFF job of source api");
    }
    if (!source.equals("api") && scope != null) {
      return JupiterOneErrors.badRequest("scope is only allowed when source is api");
    }
    if (source.equals("integration-external") && instance == null) {
      return JupiterOneErrors.badRequest("integrationInstanceId is required when source is integration-external");
    }
    SyncJobs.Job job = jobs.start(source, scope, mode, instance, body.path("ignoreDuplicates").asBoolean(false));
    return JsonResponses.json(200, SyncJobs.toJson(job));
  }

  private ResponseDefinition upload(MockCall call, String... fields) {
    return withJob(call, job -> {
      JsonNode body;
      try {
        body = read(call);
      } catch (UnsupportedOperationException e) {
        return JupiterOneErrors.unsupportedMediaType(e.getMessage());
      }
      if (body == null || !body.isObject()) {
        return JupiterOneErrors.badRequest("the body must be an object with " + String.join(", ", fields));
      }
      if (fields.length == 1 && !body.path(fields[0]).isArray()) {
        return JupiterOneErrors.badRequest(fields[0] + " must be an array");
      }
      for (String field : fields) {
        if (body.has(field) && !body.get(field).isArray()) {
          return JupiterOneErrors.badRequest(field + " must be an array");
        }
      }
      List<String> allowed = List.of(fields);
      String problem = jobs.upload(job,
          allowed.contains("entities") ? body.path("entities") : List.<JsonNode>of(),
          allowed.contains("relationships") ? body.path("relationships") : List.<JsonNode>of(),
          allowed.contains("deleteEntities") ? body.path("deleteEntities") : List.<JsonNode>of(),
          allowed.contains("deleteRelationships") ? body.path("deleteRelationships") : List.<JsonNode>of());
      return problem == null ? JsonResponses.json(200, SyncJobs.toJson(job)) : JupiterOneErrors.badRequest(problem);
    });
  }

  /** JSON and YAML carry the same document; the mock does not parse CSV. */
  private static JsonNode read(MockCall call) {
    String type = call.request().getHeader("Content-Type");
    String media = type == null ? "application/json" : type.toLowerCase(Locale.ROOT);
    try {
      if (media.startsWith("application/json")) {
        return JSON.readTree(call.request().getBody());
      }
      if (media.startsWith("application/yaml") || media.startsWith("application/x-yaml")) {
        return YAML.readTree(call.request().getBody());
      }
    } catch (IOException e) {
      return null;
    }
    throw new UnsupportedOperationException("the mock accepts uploads as application/json or application/yaml, not " + type);
  }

  private ResponseDefinition withJob(MockCall call, java.util.function.Function<SyncJobs.Job, ResponseDefinition> action) {
    String id = call.pathParameter("jobId");
    SyncJobs.Job job = jobs.job(id);
    return job == null ? JupiterOneErrors.notFound("synchronization job " + id) : action.apply(job);
  }
}
