package dev.rapport.app;

import dev.rapport.etiquette.Critique;
import java.util.List;

/**
 * The stable JSON shape of a critique: score, verdict, findings (rule, start, end, message, fix;
 * spans in UTF-16 indices of {@code note}, as JavaScript counts) and the rewrite.
 */
public final class CritiqueJson {
    public record FindingJson(String rule, String severity, int start, int end, String text, String message, String fix) {
    }

    public record Report(int score, String verdict, List<FindingJson> findings, String rewrite, String rewriteKind,
                         String note, int chars, int limit, List<String> notices) {
    }

    private CritiqueJson() {
    }

    public static Report of(NoteReview r) {
        Critique c = r.critique();
        return new Report(c.score(), c.verdict().id(),
                CritiqueText.ordered(c).stream().map(f -> new FindingJson(f.rule(), f.severity().id(), f.start(), f.end(),
                        c.note().substring(f.start(), f.end()), f.message(), f.fix())).toList(),
                r.rewrite(), r.kind().id(), r.note(), r.note().codePointCount(0, r.note().length()), r.limit(), r.notices());
    }
}
