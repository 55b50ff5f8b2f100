package dev.rapport.etiquette;

import dev.rapport.profile.Profile;
import java.util.List;
import java.util.Locale;

/**
 * The link rule's patterns, less a name the recipient's own profile carries: "Mercedes-Benz.io", "Booking.com" as an
 * employer is the firm's name said back to them, not a web address the sender adds (a trainer's class note about a
 * designer's blog post there was refused as a link, and the draft for the same pair lost everything but one line).
 */
final class LinkCheck implements NoteCheck {
    @Override
    public List<Finding> check(Rule rule, NoteReading note) {
        Profile them = note.ctx.them();
        String theirs = them == null ? "" : hyphens(them.searchableText().toLowerCase(Locale.ROOT));
        return note.book.find(note.note, rule).stream()
                .filter(span -> !theirName(note.note.substring(span.start(), span.end()), theirs))
                .map(span -> note.finding(rule, span)).toList();
    }

    /** "Mercedes‑Benz.io" typed with a non-breaking hyphen is the same name. */
    private static String hyphens(String s) {
        return s.replaceAll("[\u2010-\u2015\u2212]", "-");
    }

    /** A bare name with a domain ending (no scheme, no "www.", no path) that their profile itself writes. */
    private static boolean theirName(String matched, String theirs) {
        String m = hyphens(matched.strip().toLowerCase(Locale.ROOT));
        return !theirs.isEmpty() && !m.contains("/") && !m.startsWith("www.") && m.length() >= 4 && theirs.contains(m);
    }
}
