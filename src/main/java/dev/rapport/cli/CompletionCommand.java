package dev.rapport.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Prints picocli's completion script for the whole command tree; bash runs it as is, zsh through bashcompinit. */
@Command(name = Main.COMPLETION, mixinStandardHelpOptions = true,
        description = {"Print a shell completion script for rapport's commands and options, for bash and zsh.",
            "In bash, add the line source <(rapport completion) to your bashrc. In zsh, add autoload -U +X "
                + "bashcompinit && bashcompinit before the same line in your zshrc."})
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
