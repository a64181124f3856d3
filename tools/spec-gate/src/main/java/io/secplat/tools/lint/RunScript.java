package io.secplat.tools.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The repository files a workflow's {@code run:} script executes: a command given as a path
 * ({@code ./mvnw}, {@code tools/spec-gate.sh}) and the script after {@code bash}, {@code sh},
 * {@code source} or {@code .}. Words holding a variable or an expression are left out (they
 * cannot be resolved before the run), and so are absolute paths (the runner's, not the repository's).
 */
final class RunScript {
  private static final Set<String> SHELLS = Set.of("bash", "sh", "source", ".");

  private RunScript() {}

  static List<String> referencedFiles(String script) {
    List<String> files = new ArrayList<>();
    for (String command : script.replace("\\\n", " ").split("\n|;|&&|\\|\\||\\|")) {
      List<String> words = words(command);
      int first = 0;
      while (first < words.size() && words.get(first).matches("[A-Za-z_][A-Za-z0-9_]*=.*")) {
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

  /** Splits on blanks, keeping quoted text together and dropping the quotes. */
  private static List<String> words(String command) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    char quote = 0;
    for (char c : command.trim().toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (Character.isWhitespace(c)) {
        if (word.length() > 0) {
          words.add(word.toString());
          word.setLength(0);
        }
      } else {
        word.append(c);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }
}
