package io.secplat.tools.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The repository files a workflow's {@code run:} script executes: a command given as a path
 * ({@code ./mvnw}, {@code tools/spec-gate.sh}) and the script after {@code bash}, {@code sh},
 * {@code source} or {@code .}. Commands are split at unquoted {@code ;}, {@code &}, {@code |} and
 * line ends; words holding a variable or an expression are left out (they cannot be resolved
 * before the run), and so are absolute paths (the runner's, not the repository's).
 */
final class RunScript {
  private static final Set<String> SHELLS = Set.of("bash", "sh", "source", ".");
  private static final Set<String> KEYWORDS = Set.of("if", "then", "else", "elif", "do", "while", "until", "!", "{", "(");

  private RunScript() {}

  static List<String> referencedFiles(String script) {
    List<String> files = new ArrayList<>();
    for (List<String> words : commands(script.replace("\\\n", " "))) {
      int first = 0;
      while (first < words.size()
          && (words.get(first).matches("[A-Za-z_][A-Za-z0-9_]*=.*") || KEYWORDS.contains(words.get(first)))) {
        first++;
      }
      if (first >= words.size()) {
        continue;
      }
      String program = words.get(first);
      if (SHELLS.contains(program)) {
        words.stream().skip(first + 1L).filter(w -> !w.startsWith("-")).findFirst()
            .filter(RunScript::resolvable).ifPresent(files::add);
      } else if (program.contains("/") && resolvable(program)) {
        files.add(program);
      }
    }
    return files;
  }

  private static boolean resolvable(String word) {
    return !word.contains("$") && !word.startsWith("/") && !word.startsWith("~");
  }

  /** Splits a script into commands of words: quotes keep text together and are dropped. */
  private static List<List<String>> commands(String script) {
    List<List<String>> commands = new ArrayList<>();
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    char quote = 0;
    for (char c : script.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == ';' || c == '&' || c == '|' || c == '\n') {
        endWord(word, words);
        endCommand(words, commands);
        words = new ArrayList<>();
      } else if (Character.isWhitespace(c)) {
        endWord(word, words);
      } else {
        word.append(c);
      }
    }
    endWord(word, words);
    endCommand(words, commands);
    return commands;
  }

  private static void endWord(StringBuilder word, List<String> words) {
    if (word.length() > 0) {
      words.add(word.toString());
      word.setLength(0);
    }
  }

  private static void endCommand(List<String> words, List<List<String>> commands) {
    if (!words.isEmpty()) {
      commands.add(words);
    }
  }
}
