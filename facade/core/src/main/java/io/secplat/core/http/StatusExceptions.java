package io.secplat.core.http;

import io.secplat.core.error.ApiException;
import io.secplat.core.error.BadRequestException;
import io.secplat.core.error.ConflictException;
import io.secplat.core.error.ErrorDetails;
import io.secplat.core.error.ForbiddenException;
import io.secplat.core.error.NotFoundException;
import io.secplat.core.error.RateLimitedException;
import io.secplat.core.error.ServerException;
import io.secplat.core.error.UnauthorizedException;
import io.secplat.core.error.UnexpectedResponseException;

/** The status-to-exception table every vendor starts from. */
public final class StatusExceptions {
  private StatusExceptions() {}

  /**
   * Maps an error status to its exception.
   *
   * @param details what is known about the failure
   * @param cause the cause, or null
   * @return the exception for the status
   */
  public static ApiException forStatus(ErrorDetails details, Throwable cause) {
    int status = details.status();
    switch (status) {
      case 400:
      case 422:
        return new BadRequestException(details, cause);
      case 401:
        return new UnauthorizedException(details, cause);
      case 403:
        return new ForbiddenException(details, cause);
      case 404:
        return new NotFoundException(details, cause);
      case 409:
        return new ConflictException(details, cause);
      case 429:
        return new RateLimitedException(details, cause);
      default:
        return status >= 500 ? new ServerException(details, cause) : new UnexpectedResponseException(details, cause);
    }
  }
}
