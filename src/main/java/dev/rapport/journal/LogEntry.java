package dev.rapport.journal;

import dev.rapport.etiquette.OutreachHistory;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One line of {@code rapport log}: a person, their latest check, every mark and how many notes were drafted. */
public record LogEntry(Person person, Optional<LastCheck> lastCheck, List<OutreachHistory.Event> marks, int notes) {
    public record LastCheck(LocalDate day, String decision, int warrant) {
    }

    public LogEntry {
        marks = List.copyOf(marks);
    }
}
