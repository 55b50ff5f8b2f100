package dev.rapport.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "rapport", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = {
            "Write LinkedIn invitations worth receiving: rapport checks whether an invitation is warranted",
            "and drafts a short personal note that names what you really share. Offline by default."},
        footer = {"", "Example:", "  rapport draft --me examples/pairs/01-former-colleagues/me.txt \\",
            "                --them examples/pairs/01-former-colleagues/them.txt --why \"we worked together\""})
final class RapportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    private final Context ctx;

    RapportCommand(Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(ctx.out());
        return 0;
    }
}
