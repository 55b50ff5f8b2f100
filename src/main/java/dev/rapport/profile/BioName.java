package dev.rapport.profile;

import dev.rapport.language.Language;
import dev.rapport.language.Sentence;
import dev.rapport.language.Token;
import dev.rapport.text.Honorifics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The person a third-person bio is about, read from the parts of speech of its first sentence: a run of
 * two to four capitalised proper nouns at its start ("Dr. Amelia Okafor is a marine biologist…"), or
 * right after an introducing verb ("Meet Priya Natarajan, a product designer…"). Honorifics are skipped;
 * the run must be followed by a verb, a comma or a bracket ("(she/her)"), so that a heading or an organisation is not taken for a name.
 * A first name alone counts only as the bio's first word, before a verb, in a bio that says "she" or "he".
 */
final class BioName {
    /** One title of the gazetteer ({@link Honorifics}) and the space after it, as a regular expression ("Dr. ", "Prof "). */
    static final String TITLE_PATTERN = "(?:" + String.join("|", Honorifics.words().stream()
            .map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1)).toList()) + ")\\.?\\s+";
    /** Words that introduce someone; the tagger reads a capitalised "Meet" at the start as part of the name. */
    private static final Set<String> INTRODUCING = Set.of("meet", "introducing", "presenting");
    /** How many sentences into a page its subject may be introduced. */
    private static final int INTRODUCED_WITHIN = 8;

    private BioName() {
    }

    /** The name, or "" when the first sentence does not start with one. */
    static String of(String text) {
        List<Sentence> sentences = Language.english().sentences(text);
        if (sentences.isEmpty()) {
            return "";
        }
        String name = of(sentences, 0);
        // "About the author", "Speaker bio": a heading without a verb before the sentence that names them
        for (int k = 0; name.isEmpty() && k + 1 < sentences.size() && k < 2 && heading(sentences.get(k)); k++) {
            name = of(sentences, k + 1);
        }
        // an interview or spotlight page sets the scene first and introduces its subject a few sentences on ("Meet David Speedy, who …")
        for (int k = 1; name.isEmpty() && k < Math.min(sentences.size(), INTRODUCED_WITHIN); k++) {
            List<Token> ts = sentences.get(k).tokens();
            if (!ts.isEmpty() && INTRODUCING.contains(bare(ts.get(0)))) {
                name = of(sentences, k);
            }
        }
        return name;
    }

    private static boolean heading(Sentence s) {
        List<Token> ts = s.tokens();
        return ts.size() <= 5 && ts.stream().noneMatch(t -> t.is("VERB", "AUX"));
    }

    private static String of(List<Sentence> sentences, int from) {
        int first = from;
        // a title the splitter does not know as an abbreviation ends a "sentence" of its own: "Dra." then the name
        while (first + 1 < sentences.size() && sentences.get(first).tokens().stream()
                .allMatch(t -> Honorifics.is(bare(t)) || t.text().equals("."))) {
            first++;
        }
        List<Token> tokens = sentences.get(first).tokens();
        int i = 0;
        boolean introduced = false;
        if (i < tokens.size() && (tokens.get(i).is("VERB") || INTRODUCING.contains(bare(tokens.get(i)))) && i + 1 < tokens.size() && isNamePart(tokens.get(i + 1))) {
            i++; // "Meet Priya…", "Introducing Priya…"
            introduced = INTRODUCING.contains(bare(tokens.get(0)));
        }
        boolean titled = false;
        while (i < tokens.size() && Honorifics.is(bare(tokens.get(i)))) {
            titled = true;
            i++;
            if (i < tokens.size() && tokens.get(i).text().equals(".")) {
                i++;
            }
        }
        List<String> name = new ArrayList<>();
        while (i < tokens.size() && name.size() < 7) {
            if (!name.isEmpty() && nickname(tokens, i)) {
                i += 3;     // Bartholomew "Bart" Kowalczyk: the nickname in quotes is no part of the name
                continue;
            }
            // "Mensah-Bonsu" comes as "Mensah", "-", "Bonsu", or as "Solberg", "-Haugen": one part of the name
            String t = tokens.get(i).text();
            // (the second half may be tagged a common noun: "Okonkwo-Reyes" as "Okonkwo", "-", "Reyes/NOUN")
            if (!name.isEmpty() && t.equals("-") && i + 1 < tokens.size() && (isNamePart(tokens.get(i + 1)) || capitalisedWord(tokens.get(i + 1)))) {
                name.set(name.size() - 1, name.get(name.size() - 1) + "-" + tokens.get(i + 1).text());
                i += 2;
                continue;
            }
            if (!name.isEmpty() && t.length() > 1 && t.charAt(0) == '-' && Character.isUpperCase(t.codePointAt(1))) {
                name.set(name.size() - 1, name.get(name.size() - 1) + t);
                i++;
                continue;
            }
            // "Nkosi-", "Mahlangu": the tokenizer may keep the hyphen on the first half
            if (!name.isEmpty() && name.get(name.size() - 1).endsWith("-") && isNamePart(tokens.get(i))) {
                name.set(name.size() - 1, name.get(name.size() - 1) + t);
                i++;
                continue;
            }
            // "Joost van der Berg", "Maria da Silva": the surname's lower-case particles, before the rest of it
            int after = i;
            while (after < tokens.size() && PARTICLES.contains(t(tokens, after)) && after - i < 2) {
                after++;
            }
            if (!name.isEmpty() && after > i && after < tokens.size() && (isNamePart(tokens.get(after)) || capitalisedWord(tokens.get(after)))) {
                while (i <= after) {
                    name.add(tokens.get(i++).text());   // the particles and the capitalised word after them, whatever its tag
                }
                continue;
            }
            // a first name the tagger does not know may be called a common noun ("Thabo/NOUN Nkosi-Mahlangu is …"):
            // only the very first word, and only before a proper noun
            boolean unknownFirst = name.isEmpty() && capitalisedWord(tokens.get(i)) && i + 1 < tokens.size() && isNamePart(tokens.get(i + 1));
            // after "Meet" every capitalised word up to the comma is the name, however the tagger reads it ("Whitlock/ADV")
            if (!isNamePart(tokens.get(i)) && !unknownFirst && !(introduced && tokens.get(i).isWord() && Character.isUpperCase(tokens.get(i).text().codePointAt(0)))) {
                break;
            }
            name.add(tokens.get(i++).text());
        }
        long parts = name.stream().filter(w -> !PARTICLES.contains(w)).count();
        if (parts < 1 || parts > 4 || i >= tokens.size() || name.get(name.size() - 1).endsWith("-")) {
            return "";
        }
        Token next = tokens.get(i);
        if (parts == 1) {
            // "Maria is a nurse at St James's…": a bio may give only a first name; it is one when the word opens the bio
            // without a title, a verb follows it, and the bio goes on about "she" or "he" (not "Dublin is a city…")
            return !titled && name.size() == 1 && next.is("VERB", "AUX") && personPronoun(sentences) ? name.get(0) : "";
        }
        return next.is("VERB", "AUX") || next.text().equals(",") || next.text().equals("(") ? String.join(" ", name) : "";
    }

    private static final Set<String> PERSON_PRONOUNS = Set.of("she", "he", "her", "his", "him", "hers");

    private static boolean personPronoun(List<Sentence> sentences) {
        return sentences.stream().flatMap(s -> s.tokens().stream())
                .anyMatch(t -> PERSON_PRONOUNS.contains(t.text().toLowerCase(Locale.ROOT)));
    }

    /** A name in quotes or brackets at {@code i}: {@code "Bart"}, (Bart), “Bart”. */
    private static boolean nickname(List<Token> tokens, int i) {
        return i + 2 < tokens.size() && QUOTES.contains(tokens.get(i).text()) && isNamePart(tokens.get(i + 1))
                && QUOTES.contains(tokens.get(i + 2).text());
    }

    /** Lower-case particles inside a surname ("van der", "da", "bin"); only as typed in lower case. */
    private static final Set<String> PARTICLES = Set.of("van", "der", "den", "de", "del", "della", "di", "da", "do", "dos", "das",
            "du", "von", "zu", "ter", "ten", "la", "le", "bin", "binti", "al", "el", "ibn");

    /** The token's text when it is a lower-case word, else "". */
    private static String t(List<Token> tokens, int i) {
        String w = tokens.get(i).text();
        return !w.isEmpty() && Character.isLowerCase(w.codePointAt(0)) ? w : "";
    }

    private static final Set<String> QUOTES = Set.of("\"", "“", "”", "'", "‘", "’", "(", ")", "``", "''");

    private static boolean capitalisedWord(Token t) {
        return t.is("NOUN", "ADJ", "INTJ", "X") && t.isWord() && Character.isUpperCase(t.text().codePointAt(0))
                && !Honorifics.is(bare(t));
    }

    private static boolean isNamePart(Token t) {
        // (the tagger may call an unknown capitalised name a pronoun: "Dilani Wickramasinghe/PRON is a community organiser")
        boolean nameTaggedPronoun = t.is("PRON") && !dev.rapport.text.Words.PRONOUNS.contains(t.lower());
        return (t.is("PROPN") || nameTaggedPronoun) && t.isWord() && Character.isUpperCase(t.text().codePointAt(0))
                && !Honorifics.is(bare(t));
    }


    private static String bare(Token t) {
        return t.text().replace(".", "").toLowerCase(Locale.ROOT);
    }
}
