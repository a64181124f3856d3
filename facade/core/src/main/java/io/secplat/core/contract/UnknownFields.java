package io.secplat.core.contract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import java.io.IOException;

/** Reports a field the contract does not declare, then skips it. */
final class UnknownFields extends DeserializationProblemHandler {
  private final DriftReporter reporter;

  UnknownFields(DriftReporter reporter) {
    this.reporter = reporter;
  }

  @Override
  public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
      Object beanOrClass, String propertyName) throws IOException {
    Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass == null ? Object.class : beanOrClass.getClass();
    if (!ContractReading.readsResponse(ctxt) || !DriftModifier.isContractModel(type)) {
      return false;
    }
    reporter.report(ContractReading.operation(ctxt), JsonPaths.ofValue(p), DriftKind.UNKNOWN_FIELD,
        "no such field", JsonPaths.shape(p.currentToken()));
    p.skipChildren();
    return true;
  }
}
