package dev.rapport.etiquette;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the user has already done about one person, as far as they told rapport, and the month's
 * note budget. Built at the edge (the journal); the judge only reads it, so it stays pure.
 * {@code today} is the day of the check: every "three weeks ago" is counted from it.
 */
public record OutreachHistory(LocalDate today, List<Event> events, NoteBudget budget) {

    /** One mark with its date; {@code withNote} says whether a sent invitation carried a personal note. */
    public record Event(Mark mark, LocalDate on, boolean withNote) {
    }

    public OutreachHistory {
        events = events == null ? List.of()
                : events.stream().sorted(Comparator.comparing(Event::on)).toList();
        budget = budget == null ? NoteBudget.none(today) : budget;
    }

    /** Nothing on record: the judge behaves exactly as without a journal. */
    public static OutreachHistory none(LocalDate today) {
        return new OutreachHistory(today, List.of(), NoteBudget.none(today));
    }

    /** The most recent mark, if any (on the same day, the later entry wins). */
    public Optional<Event> latest() {
        return events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1));
    }

    public Optional<Event> latest(Mark mark) {
        return events.stream().filter(e -> e.mark() == mark).reduce((a, b) -> b);
    }
}
