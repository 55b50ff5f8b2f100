package dev.rapport.batch;

import dev.rapport.RapportException;
import dev.rapport.app.Advisor;
import dev.rapport.app.Assessment;
import dev.rapport.app.JournalLog;
import dev.rapport.etiquette.Decision;
import dev.rapport.etiquette.NoteBudget;
import dev.rapport.etiquette.OutreachHistory;
import dev.rapport.journal.Person;
import dev.rapport.journal.StoredCheck;
import dev.rapport.profile.Profile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Checks many targets for one sender and reason over one {@link Advisor} and the application's
 * journal path ({@link JournalLog}, through which every check is recorded). Targets are handled in
 * chunks, each chunk one transaction, so a batch that is killed keeps
 * every chunk it finished; run again the same day, it takes those targets from the journal
 * instead of checking them again (unless {@code again}). Notes are drafted only for connect
 * verdicts, and only as long as the month's note budget lasts (unless {@code ignoreBudget}).
 */
public final class BatchRunner {
    /** Told after each target: how many are done out of how many, and the row. */
    public interface Progress {
        void done(int done, int total, Row row);
    }

    private final Advisor advisor;
    private final Optional<JournalLog> journal;
    private final LocalDate today;
    private final BatchOptions options;

    private final Consumer<String> notices;
    private final java.util.Set<String> told = new java.util.HashSet<>();

    /** {@code journal}: the application's journal path, the same one every check is recorded through. */
    public BatchRunner(Advisor advisor, Optional<JournalLog> journal, LocalDate today, BatchOptions options) {
        this(advisor, journal, today, options, line -> { });
    }

    /**
     * The same, telling {@code notices} what drafting said beside the notes (with an LLM engine: the privacy notice, a
     * failure and the offline notes shown instead, notes held back by the rules), each line once.
     */
    public BatchRunner(Advisor advisor, Optional<JournalLog> journal, LocalDate today, BatchOptions options,
                       Consumer<String> notices) {
        this.advisor = advisor;
        this.journal = journal;
        this.today = today;
        this.options = options;
        this.notices = notices;
    }

    /** Runs the batch; every row goes to {@code sink} in target order. */
    public Summary run(Profile me, List<Target> targets, Consumer<Row> sink, Progress progress) {
        Summary summary = new Summary();
        NoteBudget start = journal.map(j -> j.budget(today, options.monthlyNotes()))
                .orElseGet(() -> NoteBudget.none(today).withLimit(options.monthlyNotes()));
        int[] planned = {0};
        int done = 0;
        for (int from = 0; from < targets.size(); from += options.chunk()) {
            List<Target> chunk = targets.subList(from, Math.min(targets.size(), from + options.chunk()));
            List<Row> rows = journal.isPresent()
                    ? journal.get().inOneTransaction(() -> chunk(me, chunk, start, planned))
                    : chunk(me, chunk, start, planned);
            for (Row row : rows) {
                summary.add(row);
                sink.accept(row);
                progress.done(++done, targets.size(), row);
            }
        }
        return summary;
    }

    private List<Row> chunk(Profile me, List<Target> chunk, NoteBudget start, int[] planned) {
        List<Row> rows = new ArrayList<>(chunk.size());
        for (Target t : chunk) {
            rows.add(one(me, t, start, planned));
        }
        return rows;
    }

    private Row one(Profile me, Target target, NoteBudget start, int[] planned) {
        Profile them;
        try {
            them = target.read();
        } catch (RapportException e) {
            return Row.unreadable(target.source(), e.getMessage());
        }
        if (dev.rapport.app.Profiles.samePerson(me, them)) {
            // the sender's own profile among the targets (a new user's got a note to himself, and a journal entry for himself)
            return Row.unreadable(target.source(), Messages.get("row.yourself", me.name()));
        }
        Optional<Person> person = journal.map(j -> j.person(them, target.url(), today));
        // a person the journal holds marks or imported invitations for is checked afresh: a mark dated before today, made
        // after this morning's check, had been resumed past (a new user was handed a note for someone already invited)
        boolean marked = person.isPresent() && !journal.get().history(person.get(), today, start).events().isEmpty();
        if (person.isPresent() && !options.again() && !marked) {
            Optional<StoredCheck> stored = journal.get().checkedOn(person.get(), today, me, options.why());
            if (stored.isPresent()) {
                if (!stored.get().notes().isEmpty()) {
                    planned[0]++;
                }
                return resumed(target, them, stored.get());
            }
        }
        NoteBudget budget = start.plus(planned[0]);
        OutreachHistory history = person.map(p -> journal.get().history(p, today, budget))
                .orElseGet(() -> new OutreachHistory(today, List.of(), budget));
        StatedTies.Fitted why = StatedTies.fit(options.why(), me, them);
        Assessment a = advisor.assess(me, them, why.why(), history);
        String notice = why.notice();
        if (Advisor.alreadyConnected(a)) {
            // a row reading "connect" with no note and no word why left a new user to invite them again
            notice = (Messages.get("row.connected") + " " + notice).strip();
        } else if (a.verdict().decision() == Decision.CONNECT) {
            if (history.budget().exhausted() && !options.ignoreBudget()) {
                notice = (notice + " " + Messages.get("row.over-budget", dev.rapport.etiquette.OutreachRules.date(history.budget().renews()))).strip();
            } else {
                a = advisor.draftFor(a, options.draft());
                for (String line : a.notices()) {
                    if (told.add(line)) {
                        notices.accept(line);
                    }
                }
                if (!a.notes().isEmpty()) {
                    planned[0]++;
                }
            }
        }
        if (person.isPresent()) {
            journal.get().recordCheck(person.get(), a, today, options.why());
        }
        return new Row(target.source(), them.name(), a.verdict().decision().id(), a.verdict().warrant(),
                a.verdict().reasons(), a.notes(), a.suggestions(), null, false, notice);
    }

    private static Row resumed(Target target, Profile them, StoredCheck c) {
        return new Row(target.source(), them.name(), c.decision(), c.warrant(), c.reasons(), c.notes(), List.of(),
                null, true, "");
    }
}
