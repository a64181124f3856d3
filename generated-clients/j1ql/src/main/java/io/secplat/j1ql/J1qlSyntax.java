package io.secplat.j1ql;

import io.secplat.j1ql.grammar.J1qlLexer;
import io.secplat.j1ql.grammar.J1qlParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Parses J1QL with the grammar {@code specs/jupiterone/J1ql.g4}: the syntax tree for an evaluator,
 * or just the verdict for a client that wants to catch a typo before it sends anything.
 *
 * <pre>{@code
 * J1qlSyntax.check("FIND User THAT HAS AccessKey");  // fine
 * J1qlSyntax.check("FIND User THAT");                // J1qlSyntaxException: line 1, column 15, expected ...
 * J1qlParser.QueryContext tree = J1qlSyntax.parse("FIND User AS u RETURN u.name");
 * }</pre>
 *
 * Beyond the context-free grammar it checks what the reference states in prose: relative dates
 * use the documented units; a property on the right of a comparison (a comparison between
 * properties) needs WHERE; UNIQUE needs RETURN. Thread-safe: every call parses on its own.
 */
public final class J1qlSyntax {
  /** The units of "Relative Date Comparison", as the reference lists them. */
  public static final Set<String> DATE_UNITS = Set.of("hour", "hr", "hours", "hrs", "day", "days", "month", "mo",
      "months", "mos", "year", "yr", "years", "yrs");

  /** Keywords the grammar's {@code name} rule also accepts as names. */
  private static final Set<Integer> SOFT_KEYWORDS = Set.of(J1qlLexer.TO, J1qlLexer.TREE, J1qlLexer.ORDER, J1qlLexer.BY,
      J1qlLexer.ASC, J1qlLexer.DESC, J1qlLexer.SKIP_, J1qlLexer.LIMIT, J1qlLexer.UNIQUE, J1qlLexer.RELATES);

  private J1qlSyntax() {}

  /**
   * Checks J1QL text.
   *
   * @param j1ql the query
   * @throws J1qlSyntaxException naming the position and what was expected, when it is not J1QL
   * @throws NullPointerException when the text is null
   */
  public static void check(String j1ql) {
    parse(j1ql);
  }

  /**
   * Parses J1QL text into its syntax tree.
   *
   * @param j1ql the query
   * @return the tree, rooted at the grammar's {@code query} rule
   * @throws J1qlSyntaxException naming the position and what was expected, when it is not J1QL
   */
  public static J1qlParser.QueryContext parse(String j1ql) {
    if (j1ql == null) {
      throw new NullPointerException("j1ql");
    }
    J1qlLexer lexer = new J1qlLexer(CharStreams.fromString(j1ql));
    lexer.removeErrorListeners();
    J1qlParser parser = new J1qlParser(new CommonTokenStream(lexer));
    parser.removeErrorListeners();
    parser.addErrorListener(new Thrower());
    J1qlParser.QueryContext query = parser.query();
    new Rules().check(query);
    return query;
  }

  /** Turns ANTLR's first complaint into a {@link J1qlSyntaxException}. */
  private static final class Thrower extends BaseErrorListener {
    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int position, String msg,
        RecognitionException e) {
      Token token = offendingSymbol instanceof Token ? (Token) offendingSymbol : null;
      String found = token == null || token.getType() == Token.EOF ? "end of query" : "'" + token.getText() + "'";
      String expected = "";
      if (recognizer instanceof Parser) {
        IntervalSet tokens = e != null && e.getExpectedTokens() != null ? e.getExpectedTokens()
            : ((Parser) recognizer).getExpectedTokens();
        expected = describe(tokens, recognizer.getVocabulary());
      }
      int offset = token == null ? -1 : token.getStartIndex();
      throw new J1qlSyntaxException(line, position + 1, offset,
          "unexpected " + found + (expected.isEmpty() ? "" : "; expected " + expected));
    }
  }

  /** "one of 'with', 'as', 'that' or the end of the query", in the grammar's words. */
  static String describe(IntervalSet tokens, Vocabulary vocabulary) {
    List<String> names = new ArrayList<>();
    boolean anyName = tokens.contains(J1qlLexer.IDENT);
    if (anyName) {
      names.add("a name");
    }
    for (int type : tokens.toList()) {
      if (anyName && SOFT_KEYWORDS.contains(type)) {
        continue; // a keyword that may stand as a name: "a name" says it
      }
      String name = name(type, vocabulary);
      if (name != null && !names.contains(name)) {
        names.add(name);
      }
    }
    if (names.isEmpty()) {
      return "";
    }
    if (names.size() == 1) {
      return names.get(0);
    }
    return "one of " + String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
  }

  private static String name(int type, Vocabulary vocabulary) {
    if (type == Token.EOF) {
      return "the end of the query";
    }
    String symbolic = vocabulary.getSymbolicName(type);
    if (symbolic == null || symbolic.equals("UNEXPECTED")) {
      return null;
    }
    switch (symbolic) {
      case "IDENT":
        return "a name";
      case "STRING":
        return "a quoted string";
      case "NUMBER":
        return "a number";
      case "SMART_CLASS":
        return "a smart class (#Name)";
      case "BRACKETED":
        return "a [bracketed] property name";
      case "PARAMETER":
        return "a parameter ${...}";
      case "PLACEHOLDER":
        return "a placeholder {{...}}";
      case "DATE_LITERAL":
        return "date(...)";
      default:
        String literal = vocabulary.getLiteralName(type);
        return literal == null ? symbolic : literal.toUpperCase(Locale.ROOT);
    }
  }

  /** The rules the reference states in prose rather than in the shape of a query. */
  private static final class Rules {
    void check(J1qlParser.QueryContext query) {
      if (query.UNIQUE() != null && query.returnClause() == null) {
        fail(query.UNIQUE().getSymbol(), "UNIQUE needs a RETURN clause");
      }
      walk(query, false);
    }

    private void walk(ParseTree node, boolean inWhere) {
      if (node instanceof J1qlParser.WhereClauseContext) {
        inWhere = true;
      }
      if (node instanceof J1qlParser.PropertyValueContext && !inWhere) {
        fail(((ParserRuleContext) node).getStart(),
            "a value must be a literal here (quote strings); comparing two properties needs WHERE");
      }
      if (node instanceof J1qlParser.RelativeDateContext) {
        J1qlParser.RelativeDateContext date = (J1qlParser.RelativeDateContext) node;
        if (date.unit != null && !DATE_UNITS.contains(date.unit.getText().toLowerCase(Locale.ROOT))) {
          fail(date.unit.getStart(), "unknown date unit '" + date.unit.getText() + "'; expected one of "
              + String.join(", ", new java.util.TreeSet<>(DATE_UNITS)));
        }
      }
      for (int i = 0; i < node.getChildCount(); i++) {
        walk(node.getChild(i), inWhere);
      }
    }

    private static void fail(Token at, String problem) {
      throw new J1qlSyntaxException(at.getLine(), at.getCharPositionInLine() + 1, at.getStartIndex(), problem);
    }
  }

}
