package dev.rapport.etiquette;

import dev.rapport.profile.Profile;
import dev.rapport.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A greeting that names someone other than the recipient, or the sender. */
final class WrongNameCheck implements NoteCheck {
    private static final java.util.regex.Pattern NOT_LETTER = java.util.regex.Pattern.compile("[^\\p{L}]");
    @Override
    public List<Finding> check(Rule rule, NoteReading note) {
        Greeting g = note.greeting();
        if (g.name() == null) {
            return List.of();
        }
        Profile them = note.ctx.them();
        Profile me = note.ctx.me();
        int minPrefix = (int) rule.number("min-prefix", 3);
        boolean theirs = them != null && !them.firstName().isBlank() && (matchesAny(g.name(), them.name(), minPrefix)
                // "Hi Tunde" to Babatunde, when the sender's own reason calls him Tunde
                || note.ctx.purpose() != null && dev.rapport.text.GreetingName.isShortForm(g.name(), them.firstName())
                && java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(g.name()) + "\\b").matcher(note.ctx.purpose().text()).find()
                // "Hi Jim" to James: a usual English short form is the same person, whoever wrote it
                || dev.rapport.text.GreetingName.isUsualShortForm(g.name(), them.firstName())
                // "Hi Roz" to Rosalyn, whose own page calls her Roz throughout (a new user's critique was told to greet Rosalyn)
                || pageCallsThemSo(g.name(), them));
        if (theirs) {
            return List.of();
        }
        boolean own = me != null && !me.firstName().isBlank() && same(g.name(), me.firstName(), minPrefix);
        if (own) {
            String hint = them == null || them.firstName().isBlank() ? "" : " (" + them.firstName() + ")";
            return List.of(note.finding(rule, rule.severity(), g.nameSpan(), "own-name-message", "own-name-fix",
                    Map.of("greeted", g.name(), "expected-hint", hint)));
        }
        if (them == null || them.firstName().isBlank()) {
            return List.of();
        }
        return List.of(note.finding(rule, rule.severity(), g.nameSpan(), "message", "fix",
                Map.of("greeted", g.name(), "expected", them.firstName())));
    }

    /** A short name their own page calls them by, twice or more, that begins as their first name does ("Roz" for Rosalyn). */
    private static boolean pageCallsThemSo(String greeted, Profile them) {
        String w = fold(greeted);
        String first = fold(them.firstName());
        if (w.length() < 3 || first.length() <= w.length() || !first.startsWith(w.substring(0, 2))) {
            return false;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\p{L}])" + java.util.regex.Pattern.quote(greeted) + "(?![\\p{L}])")
                .matcher(them.searchableText());
        int seen = 0;
        while (m.find() && seen < 2) {
            seen++;
        }
        return seen >= 2;
    }

    /** Any part of their name will do ("Hi Raman" is odd but not wrong). */
    private static boolean matchesAny(String greeted, String fullName, int minPrefix) {
        List<String> parts = new ArrayList<>(List.of(fullName.strip().split("[\\s]+")));
        return parts.stream().anyMatch(p -> same(greeted, p, minPrefix));
    }

    /** Equal ignoring case and accents, or one a nickname-like prefix of the other ("Sam", "Samantha"). */
    private static boolean same(String a, String b, int minPrefix) {
        String x = fold(a);
        String y = fold(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.equals(y)) {
            return true;
        }
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        // (one letter more is another name, not a short form: "Susan" to Susana, "Paul" to Paula, "Daniel" to Daniela)
        return shorter.length() >= minPrefix && longer.startsWith(shorter) && longer.length() - shorter.length() >= 2;
    }

    private static String fold(String s) {
        return NOT_LETTER.matcher(Words.fold(s)).replaceAll("");
    }
}
