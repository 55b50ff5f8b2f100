package dev.rapport.etiquette;

import dev.rapport.language.Language;
import dev.rapport.language.Token;
import dev.rapport.profile.Profile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A note speaks to its reader: after "Hi Emi," the recipient is "you", never "Kobayashi-san was my
 * first lead" or "Otieno built our dashboard", and the sentence right after the greeting does not
 * start "she" or "he" (a reason pasted without its perspective shifted). A pronoun after another
 * person is named ("I met Ana … and she suggested") is that person's and is left alone. A surname
 * right after "at" or "from" that is part of an organisation either profile lists ("my training at
 * Hollmann" when the firm is Hollmann Elektro) names the firm, not the person.
 */
final class ThirdPersonCheck implements NoteCheck {
    private static final java.util.regex.Pattern HONORIFIC_OR_POSSESSIVE =
            java.util.regex.Pattern.compile("(?:['’]s|-san|-sama|-kun)$");

    @Override
    public List<Finding> check(Rule rule, NoteReading note) {
        Profile them = note.ctx.them();
        List<Finding> out = new ArrayList<>();
        if (them == null || them.name() == null || them.name().isBlank()) {
            return out;
        }
        Set<String> names = new HashSet<>();
        for (String w : String.join(" ", dev.rapport.text.GreetingName.nameWords(them.name())).split("[\\s\\-]+")) {
            if (w.length() > 1) {
                names.add(w.toLowerCase(Locale.ROOT).replace(".", ""));
            }
        }
        Set<String> firmWords = firmWords(note.ctx.me(), them);
        Set<String> pronouns = NoteReading.lower(rule.phrases("pronouns"));
        int from = Sentences.greeting(note.note, note.greeting()).end();
        if (from >= note.note.length()) {
            return out;
        }
        String rest = note.note.substring(from);
        List<Token> tokens = Language.english().tokens(rest);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String base = HONORIFIC_OR_POSSESSIVE.matcher(t.lower()).replaceAll("");
            boolean name = names.contains(base) && Character.isUpperCase(t.text().codePointAt(0));
            // the sign-off is the sender's own name; a name the sender shares with the recipient ends the note
            boolean last = i == tokens.size() - 1 || i == tokens.size() - 2 && !tokens.get(i + 1).isWord();
            boolean opening = i == 0 && pronouns.contains(t.lower());
            // "Priya, …" or "…, Priya." calls the reader by name: that is speaking to them
            String before = i == 0 ? "," : tokens.get(i - 1).text();
            String after = i + 1 < tokens.size() ? tokens.get(i + 1).text() : ".";
            if (name && (before.equals(",") || i == 0) && (after.equals(",") || after.equals(".") || after.equals("!") || after.equals("—"))) {
                continue;
            }
            // (or within the firm's name as the profiles give it: "dinner at Tasca Mourão" to Joana Mourão, "Applebee's Fish" to Lucy
            // Applebee; a new user's honest note was told it talked about her in the third person)
            boolean firm = firmWords.contains(base) && (i > 0 && FIRM_BEFORE.contains(tokens.get(i - 1).lower())
                    || i > 0 && firmNeighbour(tokens.get(i - 1), firmWords) || i + 1 < tokens.size() && firmNeighbour(tokens.get(i + 1), firmWords));
            if (name && !last && !firm || opening) {
                Span s = new Span(from + t.start(), from + t.end());
                out.add(note.finding(rule, rule.severity(), s, "message", "fix", Map.of("name", them.name())));
            }
        }
        return out;
    }

    private static final Set<String> FIRM_BEFORE = Set.of("at", "from");

    private static boolean firmNeighbour(Token t, Set<String> firmWords) {
        return t.isWord() && Character.isUpperCase(t.text().codePointAt(0)) && firmWords.contains(HONORIFIC_OR_POSSESSIVE.matcher(t.lower()).replaceAll(""));
    }

    private static Set<String> firmWords(Profile me, Profile them) {
        Set<String> words = new HashSet<>();
        for (Profile p : new Profile[] {me, them}) {
            if (p == null) {
                continue;
            }
            p.positions().forEach(pos -> addWords(words, pos.company()));
            p.volunteering().forEach(v -> addWords(words, v.organisation()));
        }
        return words;
    }

    private static void addWords(Set<String> words, String organisation) {
        for (String w : organisation.split("[\\s\\-&,.]+")) {
            if (w.length() > 1) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
        }
    }
}
