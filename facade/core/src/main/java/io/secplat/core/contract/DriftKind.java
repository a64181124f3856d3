package io.secplat.core.contract;

/** The deviations from a contract that the tolerant reader survives (and strict mode refuses). */
public enum DriftKind {
  /** A single value where the contract promises a list; read as a one-element list. */
  SCALAR_FOR_LIST,
  /** A list where the contract promises a single value; its first element is read, the whole list kept raw. */
  LIST_FOR_SCALAR,
  /** A number where the contract promises a string (ids, versions, timestamps); read as its text or instant. */
  NUMBER_FOR_STRING,
  /** A string where the contract promises a number; parsed as the number. */
  STRING_FOR_NUMBER,
  /** An enum value the contract does not list; kept as the unknown constant (or null) and raw. */
  UNKNOWN_ENUM_VALUE,
  /** A field the contract does not declare; skipped. */
  UNKNOWN_FIELD,
  /** An object (or list) delivered as a string holding its JSON; parsed. */
  OBJECT_AS_STRING,
  /** A field the contract requires is absent; left null. */
  MISSING_REQUIRED
}
