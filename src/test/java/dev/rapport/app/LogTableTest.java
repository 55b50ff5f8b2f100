package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.journal.LogEntry;
import dev.rapport.journal.Person;
import dev.rapport.text.Wrap;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** `rapport log` and /log line their columns up on screen, CJK names (two columns a character) included. */
class LogTableTest {
    @Test
    void columnsLineUpWithWideNames() {
        List<LogEntry> entries = List.of(
                entry("Priya Raman", "Tallyport"),
                entry("王小明", "北京数据"),
                entry("김민준", "Seoul Ledger"));
        String[] all = LogTable.render(entries).split("\n");
        assertThat(all).hasSize(4); // the heading and three people
        Integer column = null;
        for (String line : java.util.Arrays.copyOfRange(all, 1, all.length)) {
            int at = line.indexOf(" 2026-11-");
            assertThat(at).as(line).isPositive();
            int onScreen = Wrap.columns(line.substring(0, at));
            if (column == null) {
                column = onScreen;
            }
            assertThat(onScreen).as("the date column starts at the same place on screen: " + line).isEqualTo(column);
        }
    }

    private static LogEntry entry(String name, String company) {
        return new LogEntry(new Person(1, name.toLowerCase(), name, company, ""),
                Optional.of(new LogEntry.LastCheck(LocalDate.of(2026, 11, 16), "connect", 90)), List.of(), 0);
    }
}
