package dev.rapport.repl;

import dev.rapport.app.Assessment;
import dev.rapport.app.Session;
import dev.rapport.draft.Note;
import dev.rapport.etiquette.Reason;
import dev.rapport.ground.CommonGround;
import dev.rapport.profile.Profile;
import dev.rapport.text.Sanitizer;

/**
 * The session as Markdown for /save: who, why, the verdict and its reasons, the notes. Only what the
 * user saw on screen goes in (never settings, keys or the raw profiles); every profile string is sanitised.
 */
final class SessionMarkdown {
    private SessionMarkdown() {
    }

    static String render(Session s) {
        StringBuilder md = new StringBuilder(ReplMessages.get("md.title")).append("\n\n");
        line(md, ReplMessages.get("md.you", person(s.me())));
        line(md, ReplMessages.get("md.them", person(s.them())));
        line(md, ReplMessages.get("md.why", s.why() == null ? "—" : clean(s.why())));
        line(md, ReplMessages.get("md.limit", s.limit()));
        md.append('\n');
        Assessment a = s.assessment();
        if (a == null) {
            md.append(ReplMessages.get("md.pending")).append('\n');
            return md.toString();
        }
        md.append(ReplMessages.get("md.verdict", a.verdict().decision().id(), a.verdict().warrant())).append("\n\n");
        for (Reason r : a.verdict().reasons()) {
            line(md, ReplMessages.get("md.reason", clean(r.message()), r.rule()));
        }
        if (!a.commonGround().isEmpty()) {
            md.append('\n').append(ReplMessages.get("md.ground")).append("\n\n");
            for (CommonGround g : a.commonGround()) {
                line(md, "- " + clean(g.detail()));
            }
        }
        if (!a.notes().isEmpty()) {
            md.append('\n').append(ReplMessages.get("md.notes")).append("\n\n");
            for (int i = 0; i < a.notes().size(); i++) {
                Note n = a.notes().get(i);
                String heading = ReplMessages.get("md.note", i + 1, n.chars(), s.limit(), n.angle())
                        + (i + 1 == s.picked() ? ReplMessages.get("md.current") : "");
                md.append(heading).append("\n\n").append(quote(clean(n.text()))).append("\n\n");
            }
        }
        if (!a.suggestions().isEmpty()) {
            md.append('\n').append(ReplMessages.get("md.suggestions")).append("\n\n");
            a.suggestions().forEach(x -> line(md, "- " + clean(x)));
        }
        return md.toString();
    }

    private static String person(Profile p) {
        if (p == null) {
            return "—";
        }
        String name = p.name().isBlank() ? ReplMessages.get("loaded.unnamed") : clean(p.name());
        return p.headline().isBlank() ? name : name + " — " + clean(p.headline());
    }

    private static String quote(String text) {
        return "> " + text.replace("\n", "\n> ");
    }

    private static void line(StringBuilder md, String s) {
        md.append(s).append('\n');
    }

    private static String clean(String s) {
        return Sanitizer.clean(s).strip();
    }
}
