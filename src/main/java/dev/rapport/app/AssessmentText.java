package dev.rapport.app;

import dev.rapport.draft.Note;
import dev.rapport.etiquette.Reason;
import dev.rapport.ground.CommonGround;
import dev.rapport.text.Sanitizer;
import dev.rapport.text.Wrap;
import java.util.List;
import java.util.Locale;

/** Renders an assessment as terminal text; every string that came from a profile is sanitised here again. */
public final class AssessmentText {
    private final Styler style;
    private final int width;

    public AssessmentText(Styler style) {
        this(style, 0);
    }

    /** {@code width} is the terminal's width for word-wrapping; 0 leaves lines whole (files, pipes). */
    public AssessmentText(Styler style, int width) {
        this.style = style;
        this.width = width;
    }

    public String verdict(Assessment a) {
        StringBuilder out = new StringBuilder();
        if (Advisor.alreadyConnected(a)) {
            out.append(Messages.get("report.verdict.connected",
                    style.decision(a.verdict().decision(), Messages.get("report.verdict.connected.word")))).append('\n');
        } else {
            out.append(Messages.get("report.verdict",
                    style.decision(a.verdict().decision(), a.verdict().decision().id()),
                    a.verdict().warrant())).append('\n');
        }
        for (Reason r : a.verdict().reasons()) {
            String tag = "[" + r.rule() + "]";
            String body = Wrap.wrap(clean(r.message()) + " " + unbreakable(tag), width, "    ", "    ").substring(4);
            out.append("  ").append(style.severity(r.severity(), "•")).append(' ')
                    .append(body, 0, body.length() - tag.length()).append(style.dim(tag)).append('\n');
        }
        if (!a.commonGround().isEmpty()) {
            out.append(Messages.get("report.ground")).append('\n');
            for (CommonGround g : a.commonGround()) {
                String tag = String.format(Locale.ROOT, "[%s %.2f]", g.kind().id(), g.strength());
                String body = Wrap.wrap(clean(g.detail()) + " " + unbreakable(tag), width, "  • ", "    ");
                out.append(body, 0, body.length() - tag.length()).append(style.dim(tag)).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * What the warrant number means for this verdict: it grows with the strength of the strongest link
     * the two share, and a relationship or a referral weighs more than a post, a topic or a group.
     */
    public String warrant(Assessment a) {
        String text = a.commonGround().stream().findFirst()
                .map(g -> Messages.get(g.kind().isRelationship() ? "report.warrant.relationship" : "report.warrant.link",
                        a.verdict().warrant(), clean(g.detail()), g.kind().id(), String.format(Locale.ROOT, "%.2f", g.strength())))
                .orElseGet(() -> Messages.get("report.warrant.none", a.verdict().warrant()));
        return Wrap.wrap(text, width, "", "") + "\n";
    }

    public String notes(List<Note> notes, int limit) {
        StringBuilder out = new StringBuilder();
        if (notes.isEmpty()) {
            return out.toString();
        }
        out.append(Messages.get("report.notes", limit)).append('\n');
        for (int i = 0; i < notes.size(); i++) {
            Note n = notes.get(i);
            String count = n.chars() + "/" + limit;
            out.append(String.format(Locale.ROOT, "  %d. ", i + 1))
                    .append(n.chars() > limit ? style.alert(count) : style.dim(count))
                    .append(' ').append(style.dim("[" + n.angle() + "]")).append('\n');
            // a refinement can make two offered notes the same: say so rather than print it twice
            int same = sameAsEarlier(notes, i);
            out.append(same < 0 ? Wrap.wrap(clean(n.text()), width, "     ", "     ")
                    : "     " + style.dim(Messages.get("report.notes.same", same + 1))).append('\n');
        }
        return out.toString();
    }

    private static int sameAsEarlier(List<Note> notes, int i) {
        for (int j = 0; j < i; j++) {
            if (notes.get(j).text().equals(notes.get(i).text())) {
                return j;
            }
        }
        return -1;
    }

    public String suggestions(Assessment a) {
        StringBuilder out = new StringBuilder();
        if (a.suggestions().isEmpty()) {
            return out.toString();
        }
        out.append(Messages.get("report.suggestions")).append('\n');
        for (String s : a.suggestions()) {
            out.append(Wrap.wrap("• " + clean(s), width, "  ", "    ")).append('\n');
        }
        return out.toString();
    }

    public String notices(Assessment a) {
        StringBuilder out = new StringBuilder();
        a.notices().forEach(n -> out.append(style.dim(clean(n))).append('\n'));
        return out.toString();
    }

    /** The whole report: verdict, notes (when any), suggestions and notices. */
    public String full(Assessment a, int limit) {
        String notes = notes(a.notes(), limit);
        String sugg = suggestions(a);
        StringBuilder out = new StringBuilder(verdict(a));
        if (!notes.isEmpty()) {
            out.append('\n').append(notes);
        }
        if (!sugg.isEmpty()) {
            out.append('\n').append(sugg);
        }
        out.append(notices(a));
        return out.toString();
    }

    /** A tag wraps as one word, so it can be cut off the end of a wrapped line and styled whole. */
    private static String unbreakable(String tag) {
        return tag.replace(' ', '\u00A0');
    }

    private static String clean(String s) {
        return Sanitizer.clean(s);
    }
}
