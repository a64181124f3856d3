package io.secplat.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code secplat completion}: a bash/zsh completion script generated at run time from the command
 * model, so it always matches the commands and options of this jar.
 */
@Command(name = "completion", mixinStandardHelpOptions = true,
    description = {"Print a bash and zsh completion script for secplat, generated from this version's commands.",
        "bash: source <(secplat completion)   zsh: autoload -U +X bashcompinit && bashcompinit && source <(secplat completion)",
        "When secplat runs as 'java -jar secplat-cli.jar', define a function or alias named secplat first."})
final class CompletionCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    String script = AutoComplete.bash(spec.root().name(), spec.root().commandLine());
    spec.commandLine().getOut().print(script);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
