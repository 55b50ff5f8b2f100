package dev.rapport.cli;

import dev.rapport.app.Messages;
import picocli.CommandLine.Option;

/** The options every command about one sender and one target shares. */
public final class PairOptions {
    // (critique takes --to and --from as well: a hand session typed "draft --to" after a critique and was refused)
    @Option(names = {"--me", "--from"}, required = true, paramLabel = "PROFILE",
            description = "Your own profile: a file, a LinkedIn export (folder or zip file), or - for stdin.")
    String me;

    @Option(names = {"--them", "--to"}, required = true, paramLabel = "PROFILE",
            description = "The profile of the person you want to reach (same forms as --me).")
    String them;

    @Option(names = "--why", paramLabel = "TEXT", defaultValue = "",
            description = "Why you want to connect, in your own words.")
    String why;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Option(names = "--no-embeddings",
            description = "Match by words only: do not load the in-process sentence-embedding model (also RAPPORT_NO_EMBEDDINGS=1).")
    boolean noEmbeddings;

    /** Says on stderr that no reason was given: the verdict then rests on the profiles alone (a hand session saw it silent). */
    void noteMissingReason(Context ctx) {
        noteMissingReason(ctx, why);
    }

    /** The same notice for a command that takes its reason elsewhere ({@code batch}). */
    static void noteMissingReason(Context ctx, String why) {
        if (why == null || why.isBlank()) {
            ctx.err().println(Messages.get("cli.notice", Messages.get("cli.no-why")));
            ctx.err().flush();
        }
    }
}
