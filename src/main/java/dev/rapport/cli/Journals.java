package dev.rapport.cli;

import dev.rapport.RapportException;
import dev.rapport.app.Messages;
import dev.rapport.app.OutreachLog;
import dev.rapport.app.UnfailingLog;
import dev.rapport.etiquette.OutreachRules;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.journal.Journal;
import dev.rapport.journal.JournalFiles;
import dev.rapport.journal.JournalLog;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The command line's access to the outreach journal, from the injected environment. Nothing is
 * opened until a command needs it, and whatever was opened is closed when the run ends.
 *
 * <p>The note budget applies to free accounts: {@code RAPPORT_NOTE_BUDGET=N} sets it, and
 * {@code RAPPORT_ACCOUNT=free} (or {@code --limit 200} on a batch) uses the rule set's default.
 */
final class Journals implements AutoCloseable {
    private final Context ctx;
    private JournalLog log;

    Journals(Context ctx) {
        this.ctx = ctx;
    }

    Optional<Path> file() {
        return JournalFiles.locate(ctx.env());
    }

    /** The advisor's port: the journal when there is a place for it, else nothing recorded. */
    OutreachLog log(RuleSet rules) {
        return file().<OutreachLog>map(f -> new UnfailingLog(logFor(f, rules, null, false), line -> {
            ctx.err().println(Messages.get("cli.notice", line));
            ctx.err().flush();
        })).orElse(OutreachLog.NONE);
    }

    /** The journal itself; a command that cannot work without one says how to give it a place. */
    Journal open(RuleSet rules) {
        Path f = file().orElseThrow(() -> new RapportException(Messages.get("journal.nowhere"), RapportException.USAGE, null));
        return logFor(f, rules, null, false).journal();
    }

    Optional<Journal> openIfPossible(RuleSet rules) {
        return file().map(f -> logFor(f, rules, null, false).journal());
    }

    /** The monthly note allowance: an explicit number wins, then the environment, then a free account's default. */
    int monthlyNotes(RuleSet rules, Integer explicit, boolean freeAccount) {
        if (explicit != null) {
            return Math.max(0, explicit);
        }
        String env = ctx.env("RAPPORT_NOTE_BUDGET");
        if (env != null) {
            try {
                return Math.max(0, Integer.parseInt(env.strip()));
            } catch (NumberFormatException e) {
                throw new RapportException(Messages.get("journal.bad-budget", env), RapportException.USAGE, null);
            }
        }
        boolean free = freeAccount || "free".equalsIgnoreCase(String.valueOf(ctx.env("RAPPORT_ACCOUNT")));
        return free ? OutreachRules.monthlyNotes(rules) : 0;
    }

    private JournalLog logFor(Path f, RuleSet rules, Integer explicit, boolean free) {
        if (log == null) {
            log = new JournalLog(f, monthlyNotes(rules, explicit, free));
        }
        return log;
    }

    @Override
    public void close() {
        if (log != null) {
            log.close();
            log = null;
        }
    }
}
