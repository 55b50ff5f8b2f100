package dev.rapport.batch;

import dev.rapport.etiquette.Decision;
import dev.rapport.etiquette.Reason;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts per verdict, unreadable targets, resumed ones, notes drafted and the reasons that came up most. */
public final class Summary {
    private final Map<String, Integer> verdicts = new LinkedHashMap<>();
    private final Map<String, Integer> reasons = new HashMap<>();
    private int total;
    private int unreadable;
    private int resumed;
    private int withNotes;
    private int overBudget;
    private int connected;

    public Summary() {
        for (Decision d : Decision.values()) {
            verdicts.put(d.id(), 0);
        }
    }

    void add(Row row) {
        total++;
        if (row.failed()) {
            unreadable++;
            return;
        }
        if (row.resumed()) {
            resumed++;
        }
        verdicts.merge(row.verdict(), 1, Integer::sum);
        row.reasons().stream().map(Reason::rule).distinct().forEach(r -> reasons.merge(r, 1, Integer::sum));
        if (!row.notes().isEmpty()) {
            withNotes++;
        }
        if (row.alreadyConnected()) {
            connected++;
            return;
        }
        // the notice also tells of a stated tie left out; only a connect without a note was stopped by the budget
        if (!row.notice().isEmpty() && row.notes().isEmpty() && row.verdict().equals(Decision.CONNECT.id())) {
            overBudget++;
        }
    }

    public int total() {
        return total;
    }

    public int unreadable() {
        return unreadable;
    }

    public int resumed() {
        return resumed;
    }

    public int withNotes() {
        return withNotes;
    }

    public int overBudget() {
        return overBudget;
    }

    public int count(Decision d) {
        return verdicts.getOrDefault(d.id(), 0);
    }

    /** The {@code n} most frequent reason rules, most frequent first (ties by id). */
    public List<Map.Entry<String, Integer>> topReasons(int n) {
        return reasons.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n)
                .map(e -> Map.entry(e.getKey(), e.getValue()))
                .toList();
    }

    /** The table printed at the end of a batch. */
    public String table() {
        StringBuilder out = new StringBuilder();
        out.append(Messages.get("summary.title", total, total - unreadable - resumed, resumed, unreadable)).append('\n');
        for (Decision d : Decision.values()) {
            out.append(String.format(java.util.Locale.ROOT, "  %-16s %6d%n", d.id(), count(d)));
            if (d == Decision.CONNECT && connected > 0) {
                out.append("    ").append(Messages.get("summary.connected", connected)).append('\n');
            }
        }
        if (unreadable > 0) {
            out.append(String.format(java.util.Locale.ROOT, "  %-16s %6d%n", Messages.get("summary.unreadable"), unreadable));
        }
        List<Map.Entry<String, Integer>> top = topReasons(5);
        if (!top.isEmpty()) {
            out.append(Messages.get("summary.reasons")).append('\n');
            top.forEach(e -> out.append(String.format(java.util.Locale.ROOT, "  %-16s %6d%n", e.getKey(), e.getValue())));
        }
        out.append(Messages.get("summary.notes", withNotes, overBudget)).append('\n');
        return out.toString();
    }
}
