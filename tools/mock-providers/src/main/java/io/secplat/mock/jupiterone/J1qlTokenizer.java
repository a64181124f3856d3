package io.secplat.mock.jupiterone;

import java.util.ArrayList;
import java.util.List;

/** Splits J1QL text into words, quoted strings, {@code ${variables}}, operators and commas. */
final class J1qlTokenizer {
  private J1qlTokenizer() {}

  enum Kind { WORD, STRING, VARIABLE, OPERATOR, COMMA }

  record Token(Kind kind, String text) {}

  static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '\'' || c == '"') {
        StringBuilder value = new StringBuilder();
        i = quoted(text, i, value);
        tokens.add(new Token(Kind.STRING, value.toString()));
      } else if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
        int close = text.indexOf('}', i);
        if (close < 0) {
          throw new J1qlQuery.SyntaxError("unterminated ${ at character " + i);
        }
        tokens.add(new Token(Kind.VARIABLE, text.substring(i + 2, close).trim()));
        i = close + 1;
      } else if (c == '=') {
        tokens.add(new Token(Kind.OPERATOR, "="));
        i++;
      } else if (c == '!' && i + 1 < text.length() && text.charAt(i + 1) == '=') {
        tokens.add(new Token(Kind.OPERATOR, "!="));
        i += 2;
      } else if (c == ',') {
        tokens.add(new Token(Kind.COMMA, ","));
        i++;
      } else if (isWordChar(c)) {
        int start = i;
        while (i < text.length() && isWordChar(text.charAt(i))) {
          i++;
        }
        tokens.add(new Token(Kind.WORD, text.substring(start, i)));
      } else {
        throw new J1qlQuery.SyntaxError("unexpected character '" + c + "' at " + i);
      }
    }
    return tokens;
  }

  /** Reads a quoted string starting at {@code start}; returns the index after its closing quote. */
  private static int quoted(String text, int start, StringBuilder value) {
    char quote = text.charAt(start);
    int i = start + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        char escaped = text.charAt(i + 1);
        value.append(escaped == 'n' ? '\n' : escaped == 't' ? '\t' : escaped == 'r' ? '\r' : escaped);
        i += 2;
      } else if (c == quote) {
        return i + 1;
      } else {
        value.append(c);
        i++;
      }
    }
    throw new J1qlQuery.SyntaxError("unterminated string starting at character " + start);
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '*' || c == '-' || c == ':' || c == '@';
  }
}
