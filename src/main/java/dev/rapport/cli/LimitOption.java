package dev.rapport.cli;

import dev.rapport.RapportException;
import dev.rapport.app.DraftOptions;
import dev.rapport.app.Messages;
import dev.rapport.app.NoteLimit;
import picocli.CommandLine.Option;

/**
 * --limit N and --free: the note's character limit as the user gives it on the command line, the same on every command that
 * drafts or grades a note (a new user looked for --free, having read that a free account allows 200).
 */
public final class LimitOption {
    @Option(names = "--limit", paramLabel = "N",
            description = "Character limit of the note: 300 (Premium, default) or 200 (free account, the default with RAPPORT_ACCOUNT=free); a --rules file may set the default.")
    Integer limit;

    @Option(names = "--free", description = "A free LinkedIn account: notes of at most 200 characters (the same as --limit 200).")
    boolean free;

    /** The limit asked for, checked; null when neither option was given (the settings and the rule set decide). */
    Integer explicit() {
        if (free && limit != null && limit != DraftOptions.FREE_LIMIT) {
            throw new RapportException(Messages.get("limit.free-and-limit", limit), RapportException.USAGE, null);
        }
        Integer asked = free ? Integer.valueOf(DraftOptions.FREE_LIMIT) : limit;
        if (asked != null) {
            NoteLimit.check(asked);
        }
        return asked;
    }
}
