package io.secplat.core.http;

import feign.Contract;
import feign.MethodMetadata;
import java.lang.reflect.Method;

/**
 * Feign's default contract, with slash decoding switched off. By default Feign turns an
 * encoded {@code %2F} in a path parameter back into {@code /}, which would let an id change
 * the request path; the façades pass path parameters already encoded by
 * {@link io.secplat.core.PathSegment}, and this contract keeps them as they are.
 */
final class SegmentSafeContract extends Contract.Default {
  @Override
  protected MethodMetadata parseAndValidateMetadata(Class<?> targetType, Method method) {
    MethodMetadata metadata = super.parseAndValidateMetadata(targetType, method);
    metadata.template().decodeSlash(false);
    return metadata;
  }
}
