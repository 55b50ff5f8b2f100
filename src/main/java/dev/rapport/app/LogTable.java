package dev.rapport.app;

import dev.rapport.journal.LogEntry;
import dev.rapport.etiquette.OutreachHistory;
import dev.rapport.text.Sanitizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The journal as a plain-text table: one row a person, with the last verdict and the marks. Shared by `rapport log` and /log. */
final class LogTable {
    private LogTable() {
    }

    static String render(List<LogEntry> entries) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {Messages.get("log.person"), Messages.get("log.company"),
            Messages.get("log.checked"), Messages.get("log.marks"), Messages.get("log.notes")});
        for (LogEntry e : entries) {
            Optional<LogEntry.LastCheck> last = e.lastCheck();
            rows.add(new String[] {
                clip(e.person().name(), 30),
                clip(e.person().company(), 24),
                last.map(l -> l.day() + " " + l.decision() + " (" + l.warrant() + ")").orElse("-"),
                e.marks().isEmpty() ? "-" : e.marks().stream().map(LogTable::mark).collect(Collectors.joining(", ")),
                Integer.toString(e.notes())});
        }
        int[] width = new int[5];
        for (String[] r : rows) {
            for (int i = 0; i < r.length - 1; i++) {
                width[i] = Math.max(width[i], r[i].codePointCount(0, r[i].length()));
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                line.append(r[i]);
                if (i < r.length - 1) {
                    line.append(" ".repeat(width[i] - r[i].codePointCount(0, r[i].length()) + 2));
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private static String mark(OutreachHistory.Event e) {
        return e.mark().id() + " " + e.on() + (e.mark() == dev.rapport.etiquette.Mark.SENT && !e.withNote()
                ? " " + Messages.get("log.no-note") : "");
    }

    private static String clip(String s, int max) {
        String c = Sanitizer.clean(s == null ? "" : s).replace('\n', ' ');
        if (c.isBlank()) {
            return "-";
        }
        return c.codePointCount(0, c.length()) <= max ? c : c.substring(0, c.offsetByCodePoints(0, max - 1)) + "…";
    }
}
