package dev.rapport.cli;

import dev.rapport.RapportException;
import dev.rapport.app.Messages;
import dev.rapport.app.JournalLog;
import dev.rapport.app.Outreach;
import dev.rapport.app.Settings;
import dev.rapport.app.OutreachLog;
import dev.rapport.app.UnfailingLog;
import dev.rapport.etiquette.RuleSet;
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
    private final java.util.function.Supplier<Settings> settings;
    private JournalLog log;

    Journals(Context ctx, java.util.function.Supplier<Settings> settings) {
        this.ctx = ctx;
        this.settings = settings;
    }

    Optional<Path> file() {
        return settings.get().journal();
    }

    /** The advisor's port: the journal when there is a place for it, else nothing recorded. */
    OutreachLog log(RuleSet rules) {
        return file().<OutreachLog>map(f -> new UnfailingLog(logFor(f, rules, null, false), line -> {
            ctx.err().println(Messages.get("cli.notice", line));
            ctx.err().flush();
        })).orElse(OutreachLog.NONE);
    }

    /** Mark, log, forget and the budget line over the journal (off when there is no place for it). */
    Outreach outreach(RuleSet rules) {
        return new Outreach(file().map(f -> logFor(f, rules, null, false)).orElse(null), ctx.date());
    }

    /** RAPPORT_JOURNAL=off (or journal: off): the user's choice, respected without comment. */
    boolean switchedOff() {
        return settings.get().journalSwitchedOff();
    }

    /** The journal for a batch, opened now so that a journal that cannot be opened is said before the run. */
    Optional<JournalLog> openIfPossible(RuleSet rules) {
        return file().map(f -> logFor(f, rules, null, false)).map(l -> {
            l.journal();
            return l;
        });
    }

    /** The monthly note allowance: an explicit number wins, then the settings, then a free account's default. */
    int monthlyNotes(RuleSet rules, Integer explicit, boolean freeAccount) {
        return settings.get().monthlyNotes(rules, explicit, freeAccount);
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
