package io.secplat.core.contract;

import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A response deviated from its contract while the client reads in strict mode. Thrown inside
 * Jackson, so the client's decoder turns it into an
 * {@link io.secplat.core.error.UndecodableResponseException}, whose message names the path;
 * {@link Drift#in(Throwable)} gets the {@link Drift} back.
 */
public final class ContractDriftException extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  /** Not serialized with the exception: a drift is read where it is thrown. */
  private final transient Drift drift;

  ContractDriftException(Drift drift) {
    super(null, "contract drift in " + drift.operation() + ": " + drift.describe());
    this.drift = drift;
  }

  /** @return the deviation */
  public Drift drift() {
    return drift;
  }

  /** The message only: Jackson's location and source excerpt could quote a response value. */
  @Override
  public String getMessage() {
    return getOriginalMessage();
  }
}
