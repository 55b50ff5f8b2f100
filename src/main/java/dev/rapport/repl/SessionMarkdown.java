package dev.rapport.repl;

import dev.rapport.app.Advisor;
import dev.rapport.app.Assessment;
import dev.rapport.app.Session;
import dev.rapport.app.Transcript;
import dev.rapport.draft.Note;
import dev.rapport.etiquette.Reason;
import dev.rapport.ground.CommonGround;
import dev.rapport.profile.Profile;
import dev.rapport.text.Sanitizer;
import java.util.List;

/**
 * The session as Markdown for /save: who, why, and every round of it — each verdict with its reasons
 * and each set of notes, with the refinement that asked for it. Only what the user saw on screen goes
 * in (never settings, keys or the raw profiles); every profile string is sanitised.
 */
final class SessionMarkdown {
    private SessionMarkdown() {
    }

    /** The current state only (a session with no rounds recorded). */
    static String render(Session s) {
        return render(s, List.of());
    }

    /** The whole session: the people and the reason as they are now, then every round in order. */
    static String render(Session current, List<Transcript.Round> rounds) {
        StringBuilder md = new StringBuilder(ReplMessages.get("md.title")).append("\n\n");
        people(md, current);
        md.append('\n');
        List<Transcript.Round> all = new java.util.ArrayList<>(rounds);
        if (current.assessment() != null) {
            if (all.isEmpty()) {
                all.add(new Transcript.Round(null, current));
            } else if (all.get(all.size() - 1).session().assessment() != current.assessment()) {
                all.add(new Transcript.Round(ReplMessages.get("md.round.now"), current));
            } else {
                all.set(all.size() - 1, new Transcript.Round(all.get(all.size() - 1).request(), current)); // the pick
            }
        }
        if (all.isEmpty()) {
            md.append(ReplMessages.get("md.pending")).append('\n');
            return md.toString();
        }
        Session previous = null;
        for (int i = 0; i < all.size(); i++) {
            Transcript.Round r = all.get(i);
            md.append(ReplMessages.get("md.round", i + 1, label(r, i))).append("\n\n");
            // the heading names the people as they are now: rounds with other people (before a new /them) say theirs, the first
            // too (two new users' saved sessions put an earlier pair's rounds under the later pair's names)
            Session before = previous == null ? current : previous;
            if (before.me() != r.session().me() || before.them() != r.session().them()
                    || !java.util.Objects.equals(before.why(), r.session().why())) {
                people(md, r.session());
                md.append('\n');
            }
            // "it was 2019, not 2018": the reason the notes now rest on, once a correction changed it
            String corrected = correctedWhy(r.session());
            if (corrected != null && (previous == null || !corrected.equals(correctedWhy(previous)))) {
                line(md, ReplMessages.get("md.why-corrected", clean(corrected)));
                md.append('\n');
            }
            assessment(md, r.session());
            previous = r.session();
        }
        return md.toString();
    }

    /** The first draft, a fresh verdict (new profiles or reason), a refinement in the user's words, or a redraft. */
    private static String label(Transcript.Round r, int index) {
        if (r.request() == null) {
            return ReplMessages.get(index == 0 ? "md.round.first" : "md.round.verdict");
        }
        return r.request().isBlank() ? ReplMessages.get("md.round.redraft") : clean(r.request());
    }

    /** The reason as a correction left it, or null while it is the reason as typed. */
    private static String correctedWhy(Session s) {
        String text = s.currentWhy();
        return text == null || s.why() == null || text.strip().equals(s.why().strip()) ? null : text;
    }

    private static void people(StringBuilder md, Session s) {
        line(md, ReplMessages.get("md.you", person(s.me())));
        line(md, ReplMessages.get("md.them", person(s.them())));
        line(md, ReplMessages.get("md.why", s.why() == null ? "—" : clean(s.why())));
        line(md, ReplMessages.get("md.limit", s.limit()));
    }

    private static void assessment(StringBuilder md, Session s) {
        Assessment a = s.assessment();
        md.append(Advisor.alreadyConnected(a) ? ReplMessages.get("md.verdict.connected")
                : ReplMessages.get("md.verdict", a.verdict().decision().id(), a.verdict().warrant())).append("\n\n");
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
        md.append('\n');
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
