package io.secplat.core;

/**
 * Makes text from a server safe to show on one line: every control character (CR, LF, ESC and
 * the rest of C0 and C1, DEL, and the line and paragraph separators) becomes a space, so a
 * message cannot forge a log line or drive a terminal.
 *
 * <pre>{@code
 * System.err.println(Texts.oneLine(e.getMessage()));
 * }</pre>
 */
public final class Texts {
  private Texts() {}

  /**
   * @param text any text, or null
   * @return the text on one line without control characters; null for null
   */
  public static String oneLine(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029';
      if (control && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.append(control ? ' ' : c);
      }
    }
    return out == null ? text : out.toString();
  }
}
