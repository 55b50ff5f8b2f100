package dev.rapport.app;

import dev.rapport.etiquette.Critique;
import dev.rapport.etiquette.Decision;
import dev.rapport.etiquette.Finding;
import dev.rapport.etiquette.NoteVerdict;
import dev.rapport.text.Sanitizer;
import dev.rapport.text.Wrap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders a critique for the terminal, as a coach marks up a draft: the note with each finding's
 * span underlined in its severity's colour and numbered, the numbered findings with their fixes,
 * and the rewrite. Without colour the spans are marked by a line of carets under the text.
 */
public final class CritiqueText {
    static final int WIDTH = 72;
    private static final String INDENT = "  ";

    private final Styler style;
    private final boolean carets;

    public CritiqueText(Styler style) {
        this.style = style;
        // A styler that leaves text as it is cannot underline, so the spans get a caret line instead.
        this.carets = style.underline(dev.rapport.etiquette.Severity.ERROR, "x").equals("x");
    }

    public String full(NoteReview review) {
        StringBuilder out = new StringBuilder();
        out.append(header(review.critique())).append("\n\n");
        out.append(annotated(review.critique())).append('\n');
        out.append(findings(review.critique())).append('\n');
        out.append(rewrite(review));
        review.notices().forEach(n -> out.append(style.dim(clean(n))).append('\n'));
        return out.toString();
    }

    public String header(Critique c) {
        return Messages.get("critique.score", c.score(), style.decision(decision(c.verdict()), c.verdict().id()));
    }

    /** The note, wrapped, with the numbered spans of the findings that concern part of it. */
    public String annotated(Critique c) {
        String note = c.note();
        List<Finding> marked = marked(c);
        int[] owner = new int[note.length()];
        for (int i = 0; i < marked.size(); i++) {
            Finding f = marked.get(i);
            for (int k = Math.max(0, f.start()); k < Math.min(note.length(), f.end()); k++) {
                if (owner[k] == 0) {
                    owner[k] = i + 1;
                }
            }
        }
        StringBuilder out = new StringBuilder();
        for (int[] line : lines(note)) {
            out.append(INDENT).append(text(note, line[0], line[1], owner, marked)).append('\n');
            String carets = this.carets ? caretLine(note, line[0], line[1], owner) : "";
            if (!carets.isBlank()) {
                out.append(INDENT).append(carets.stripTrailing()).append('\n');
            }
            String labels = labelLine(note, line[0], line[1], marked, c);
            if (!labels.isBlank()) {
                out.append(INDENT).append(labels.stripTrailing()).append('\n');
            }
        }
        return out.toString();
    }

    public String findings(Critique c) {
        if (c.findings().isEmpty()) {
            return Messages.get("critique.no-findings") + "\n";
        }
        StringBuilder out = new StringBuilder(Messages.get("critique.findings")).append('\n');
        List<Finding> ordered = ordered(c);
        for (int i = 0; i < ordered.size(); i++) {
            Finding f = ordered.get(i);
            String where = c.wholeNote(f) ? Messages.get("critique.whole-note") : f.start() + "–" + f.end();
            out.append(String.format(Locale.ROOT, "%s%d. ", INDENT, i + 1))
                    .append(style.severity(f.severity(), f.severity().id())).append(' ')
                    .append(style.bold(f.rule())).append(' ').append(style.dim("(" + where + ")")).append('\n')
                    .append(wrap(clean(f.message()), INDENT + "   ")).append('\n')
                    .append(wrap(Messages.get("critique.fix", clean(f.fix())), INDENT + "   ")).append('\n');
        }
        return out.toString();
    }

    public String rewrite(NoteReview r) {
        int chars = r.rewrite().codePointCount(0, r.rewrite().length());
        return switch (r.kind()) {
            // (a note that needs no change may still be one not to send yet: the notice says why)
            case UNCHANGED -> Messages.get(r.notices().isEmpty() ? "critique.rewrite.unchanged" : "critique.rewrite.unchanged-held") + "\n";
            case DRAFTED -> Messages.get("critique.rewrite.drafted", chars, r.limit()) + "\n"
                    + wrap(clean(r.rewrite()), INDENT) + "\n";
            case REPAIRED -> Messages.get(r.critique().repairGaps() ? "critique.rewrite.repaired" : "critique.rewrite.repaired-whole",
                    chars, r.limit()) + "\n"
                    + wrap(clean(r.rewrite()), INDENT) + "\n";
            case UNREAD -> Messages.get("critique.rewrite.unread") + "\n";
        };
    }

    /** Findings in the order they are numbered: those marked in the text by position, then whole-note ones. */
    public static List<Finding> ordered(Critique c) {
        List<Finding> out = new ArrayList<>(marked(c));
        c.findings().stream().filter(c::wholeNote).forEach(out::add);
        return out;
    }

    private static List<Finding> marked(Critique c) {
        return c.findings().stream().filter(f -> !c.wholeNote(f) && f.end() > f.start())
                .sorted(java.util.Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end))
                .toList();
    }

    private String text(String note, int from, int to, int[] owner, List<Finding> marked) {
        StringBuilder out = new StringBuilder();
        int i = from;
        while (i < to) {
            int who = owner[i];
            int j = i;
            while (j < to && owner[j] == who) {
                j++;
            }
            String piece = clean(note.substring(i, j));
            out.append(who == 0 ? piece : style.underline(marked.get(who - 1).severity(), piece));
            i = j;
        }
        return out.toString();
    }

    private static String caretLine(String note, int from, int to, int[] owner) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i = note.offsetByCodePoints(i, 1)) {
            out.append(owner[i] == 0 ? ' ' : '^');
        }
        return out.toString();
    }

    /** Each finding's number under the first column of its span. */
    private static String labelLine(String note, int from, int to, List<Finding> marked, Critique c) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < marked.size(); i++) {
            Finding f = marked.get(i);
            if (f.start() < from || f.start() >= to) {
                continue;
            }
            int column = note.codePointCount(from, f.start());
            String label = Integer.toString(i + 1);
            while (out.length() < column) {
                out.append(' ');
            }
            if (out.length() > column && out.length() > 0) {
                out.append(',');
            }
            out.append(label);
        }
        return out.toString();
    }

    /** Line spans [start, end) of the note wrapped at {@link #WIDTH} columns, breaking at spaces and newlines. */
    private static List<int[]> lines(String note) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        while (start < note.length()) {
            int nl = note.indexOf('\n', start);
            int paraEnd = nl < 0 ? note.length() : nl;
            int lineStart = start;
            while (lineStart < paraEnd) {
                int end = lineStart;
                int lastSpace = -1;
                int cols = 0;
                while (end < paraEnd && cols < WIDTH) {
                    if (note.charAt(end) == ' ') {
                        lastSpace = end;
                    }
                    end = note.offsetByCodePoints(end, 1);
                    cols++;
                }
                if (end < paraEnd && lastSpace > lineStart) {
                    end = lastSpace + 1;
                }
                out.add(new int[] {lineStart, end});
                lineStart = end;
            }
            if (paraEnd == start) {
                out.add(new int[] {start, start});
            }
            start = paraEnd + 1;
        }
        return out;
    }

    private static Decision decision(NoteVerdict v) {
        return switch (v) {
            case SEND -> Decision.CONNECT;
            case REVISE -> Decision.FOLLOW_FIRST;
            case DO_NOT_SEND -> Decision.DO_NOT_CONNECT;
        };
    }

    private static String wrap(String text, String indent) {
        return Wrap.wrap(text, WIDTH + Wrap.columns(indent), indent);
    }

    private static String clean(String s) {
        return Sanitizer.clean(s);
    }
}
