package io.secplat.veza.query;

import io.secplat.core.Arguments;
import io.secplat.veza.generated.model.EffectivePermission;
import io.secplat.veza.generated.model.EffectivePermissionCollection;
import io.secplat.veza.generated.model.Operator;
import io.secplat.veza.generated.model.RawPermissionCollection;
import java.util.List;

/**
 * Permission filters: raw provider permissions ({@code s3:PutBucketAcl}) or Veza's effective
 * permissions ({@code DATA_READ}). A query uses one kind or the other, never both.
 */
public final class Permissions {
  private Permissions() {}

  /** @param permissions raw permissions @return any of them */
  public static RawPermissionCollection anyRaw(String... permissions) {
    return new RawPermissionCollection().values(texts(permissions)).operator(Operator.OR);
  }

  /** @param permissions raw permissions @return all of them */
  public static RawPermissionCollection allRaw(String... permissions) {
    return new RawPermissionCollection().values(texts(permissions)).operator(Operator.AND);
  }

  /** @param permissions effective permissions @return any of them */
  public static EffectivePermissionCollection anyEffective(EffectivePermission... permissions) {
    return new EffectivePermissionCollection().values(List.of(nonEmpty(permissions))).operator(Operator.OR);
  }

  /** @param permissions effective permissions @return all of them */
  public static EffectivePermissionCollection allEffective(EffectivePermission... permissions) {
    return new EffectivePermissionCollection().values(List.of(nonEmpty(permissions))).operator(Operator.AND);
  }

  private static List<String> texts(String... permissions) {
    for (String permission : nonEmpty(permissions)) {
      Arguments.requireNonBlank("permission", permission);
    }
    return List.of(permissions);
  }

  private static <T> T[] nonEmpty(T[] values) {
    Arguments.requireNonNull("permissions", values);
    if (values.length == 0) {
      throw new IllegalArgumentException("permissions must not be empty");
    }
    return values;
  }
}
