package io.secplat.mock.jupiterone;

/**
 * Why the mock did not answer a J1QL query: the text is not J1QL (the grammar's message, with line,
 * column and what was expected); it is J1QL the mock does not evaluate ("not supported by the mock:
 * …", never a silent wrong answer); or it is wrong for this account (an unknown selector, a missing
 * variable, a cursor of another query).
 */
final class J1qlException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  enum Kind { SYNTAX, UNSUPPORTED, BAD_INPUT }

  private final Kind kind;

  private J1qlException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  static J1qlException syntax(String message) {
    return new J1qlException(Kind.SYNTAX, message);
  }

  static J1qlException unsupported(String feature) {
    return new J1qlException(Kind.UNSUPPORTED, "not supported by the mock: " + feature);
  }

  static J1qlException badInput(String message) {
    return new J1qlException(Kind.BAD_INPUT, message);
  }

  Kind kind() {
    return kind;
  }
}
