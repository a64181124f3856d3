package io.secplat.tools.gate;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.List;
import java.util.Map;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedParameters;
import org.openapitools.openapidiff.core.model.ChangedRequestBody;
import org.openapitools.openapidiff.core.model.ChangedResponse;
import org.openapitools.openapidiff.core.model.Endpoint;

/**
 * Classifies the changes between two versions of an OpenAPI document with openapi-diff.
 *
 * <p>openapi-diff judges wire compatibility; the consumers here use clients generated from the
 * spec, so a few wire-compatible changes still break them and count as major: a property removed
 * from a response (its getter disappears), an enum value removed anywhere (the enum constant
 * disappears), a changed type or format (the Java type changes). Whatever openapi-diff calls
 * incompatible stays major even when no rule below names it.
 *
 * <pre>{@code
 * List<Change> changes = OpenApiChanges.between("specs/veza/veza.yaml", oldYaml, newYaml);
 * }</pre>
 */
public final class OpenApiChanges {
  private OpenApiChanges() {}

  /**
   * @param subject the spec's path, recorded in every change
   * @param oldContent the spec at the base ref
   * @param newContent the spec now
   * @return the changes, most specific first; a single patch change when only text changed
   */
  public static List<Change> between(String subject, String oldContent, String newContent) {
    ChangeCollector out = new ChangeCollector(subject);
    if (oldContent.equals(newContent)) {
      return out.toList();
    }
    ChangedOpenApi diff = OpenApiCompare.fromContents(oldContent, newContent);
    SchemaChanges schemas = new SchemaChanges(out, diff);
    for (Endpoint e : diff.getMissingEndpoints()) {
      out.add(ChangeLevel.MAJOR, "operation " + endpoint(e) + " removed");
    }
    for (Endpoint e : diff.getNewEndpoints()) {
      out.add(ChangeLevel.MINOR, "new operation " + endpoint(e));
    }
    for (ChangedOperation op : diff.getChangedOperations()) {
      operation(op, out, schemas);
    }
    if (diff.isIncompatible() && !out.hasAtLeast(ChangeLevel.MAJOR)) {
      out.add(ChangeLevel.MAJOR, "openapi-diff reports an incompatible change none of the rules names");
    }
    if (out.isEmpty()) {
      out.add(ChangeLevel.PATCH, "descriptions, examples or extensions changed; the API did not");
    }
    return out.toList();
  }

  private static void operation(ChangedOperation op, ChangeCollector out, SchemaChanges schemas) {
    String where = "`" + op.getHttpMethod() + " " + op.getPathUrl() + "`";
    int majorsBefore = out.majorsAdded();
    parameters(where, op.getParameters(), out, schemas);
    requestBody(where, op.getRequestBody(), out, schemas);
    responses(where, op.getApiResponses(), out, schemas);
    if (op.getSecurityRequirements() != null && op.getSecurityRequirements().isDifferent()) {
      out.add(level(op.getSecurityRequirements().isIncompatible()), where + ": security requirements changed");
    }
    if (op.isDeprecated()) {
      out.add(ChangeLevel.MINOR, where + " deprecated");
    }
    if (op.isIncompatible() && out.majorsAdded() == majorsBefore) {
      out.add(ChangeLevel.MAJOR, where + ": incompatible change (openapi-diff)");
    }
  }

  private static void parameters(String where, ChangedParameters params, ChangeCollector out, SchemaChanges schemas) {
    if (params == null) {
      return;
    }
    for (Parameter p : params.getIncreased()) {
      boolean required = Boolean.TRUE.equals(p.getRequired());
      out.add(required ? ChangeLevel.MAJOR : ChangeLevel.MINOR,
          where + ": new " + (required ? "required " : "optional ") + p.getIn() + " parameter `" + p.getName() + "`");
    }
    for (Parameter p : params.getMissing()) {
      out.add(ChangeLevel.MAJOR, where + ": " + p.getIn() + " parameter `" + p.getName() + "` removed");
    }
    for (ChangedParameter p : params.getChanged()) {
      String param = where + ": " + p.getIn() + " parameter `" + p.getName() + "`";
      if (p.isChangeRequired()) {
        boolean nowRequired = Boolean.TRUE.equals(p.getNewParameter().getRequired());
        out.add(nowRequired ? ChangeLevel.MAJOR : ChangeLevel.PATCH, param + (nowRequired ? " is now required" : " is now optional"));
      }
      if (p.getSchema() != null) {
        schemas.walk(param, p.getSchema());
      }
    }
  }

  private static void requestBody(String where, ChangedRequestBody body, ChangeCollector out, SchemaChanges schemas) {
    if (body == null) {
      return;
    }
    if (body.isChangeRequired()) {
      boolean nowRequired = Boolean.TRUE.equals(body.getNewRequestBody().getRequired());
      out.add(nowRequired ? ChangeLevel.MAJOR : ChangeLevel.PATCH,
          where + ": the request body is now " + (nowRequired ? "required" : "optional"));
    }
    content(where + " request body", body.getContent(), out, schemas);
  }

  private static void responses(String where, ChangedApiResponse responses, ChangeCollector out, SchemaChanges schemas) {
    if (responses == null) {
      return;
    }
    responses.getMissing().keySet().forEach(code -> out.add(ChangeLevel.MAJOR, where + ": response " + code + " removed"));
    responses.getIncreased().keySet().forEach(code -> out.add(ChangeLevel.MINOR, where + ": new response " + code));
    for (Map.Entry<String, ChangedResponse> e : responses.getChanged().entrySet()) {
      content(where + " response " + e.getKey(), e.getValue().getContent(), out, schemas);
    }
  }

  private static void content(String where, ChangedContent content, ChangeCollector out, SchemaChanges schemas) {
    if (content == null) {
      return;
    }
    for (String type : content.getMissing().keySet()) {
      out.add(ChangeLevel.MAJOR, where + ": media type " + type + " removed");
    }
    for (String type : content.getIncreased().keySet()) {
      out.add(ChangeLevel.MINOR, where + ": new media type " + type);
    }
    content.getChanged().forEach((type, media) -> {
      if (media.getSchema() != null) {
        schemas.walk(where, media.getSchema());
      }
    });
  }

  private static String endpoint(Endpoint e) {
    Operation op = e.getOperation();
    String id = op != null && op.getOperationId() != null ? " (" + op.getOperationId() + ")" : "";
    return "`" + e.getMethod() + " " + e.getPathUrl() + "`" + id;
  }

  static ChangeLevel level(boolean incompatible) {
    return incompatible ? ChangeLevel.MAJOR : ChangeLevel.PATCH;
  }
}
