package io.secplat.j1ql;

/**
 * J1QL text that is not J1QL: where (line, column, character offset) and what was expected.
 *
 * <pre>{@code
 * try {
 *   J1qlSyntax.check("FIND User WITH");
 * } catch (J1qlSyntaxException e) {
 *   e.line(); e.column(); // 1, 15
 *   e.getMessage();       // "J1QL syntax error at line 1, column 15: ..."
 * }
 * }</pre>
 */
public final class J1qlSyntaxException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;
  private final int offset;
  private final String problem;

  J1qlSyntaxException(int line, int column, int offset, String problem) {
    super("J1QL syntax error at line " + line + ", column " + column + ": " + problem);
    this.line = line;
    this.column = column;
    this.offset = offset;
    this.problem = problem;
  }

  /** @return the line of the error, from 1 */
  public int line() {
    return line;
  }

  /** @return the column of the error within its line, from 1 */
  public int column() {
    return column;
  }

  /** @return the offset of the error in the whole text, from 0 */
  public int offset() {
    return offset;
  }

  /** @return what is wrong and what was expected, without the position */
  public String problem() {
    return problem;
  }
}
