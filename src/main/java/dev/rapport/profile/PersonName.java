package dev.rapport.profile;

import dev.rapport.language.Language;
import dev.rapport.language.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a line a page starts with can be a person's name at all. Public pages open with their own
 * furniture ("All Episodes" over a podcast guest, "Chief Nursing Executive, URMC" over a leader's
 * profile); taken for the name, it was greeted ("Hi All") and advised on ("Follow Chief Nursing
 * Executive") instead of the reader being asked for the name.
 */
final class PersonName {
    // the head of a job title: a name never ends with one ("Chief Nursing Executive"), though a surname may be a trade ("Becker")
    private static final Set<String> TITLE_HEADS = Set.of("executive", "officer", "director", "manager", "engineer", "nurse",
            "consultant", "specialist", "coordinator", "editor", "producer", "analyst", "scientist", "designer", "architect",
            "developer", "president", "founder", "professor", "lecturer", "researcher", "administrator", "supervisor", "ceo", "cfo",
            "cto", "coo", "vp", "episodes", "episode", "biography", "profile", "speakers");

    private static final Set<String> FUNCTION_WORDS = Set.of("all", "the", "a", "an", "our", "my", "your", "his", "her", "their", "its",
            "this", "these", "those", "that", "every", "each", "some", "any", "no", "we", "you", "i", "they", "it");

    private PersonName() {
    }

    private static final java.util.Set<String> GREETINGS = java.util.Set.of("hi", "hello", "hey", "dear", "greetings", "hiya", "howdy");

    static boolean plausible(String candidate) {
        String s = candidate == null ? "" : candidate.strip();
        if (s.isEmpty() || s.chars().anyMatch(Character::isDigit) || s.contains(";") || s.contains("@")) {
            return false;
        }
        String[] words = s.split("[\\s,]+");
        // "Hi Lorraine,", "Dear Dr. Stott": a note's greeting opens no profile (a batch over a folder read a note as a person)
        if (GREETINGS.contains(words[0].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", ""))) {
            return false;
        }
        if (TITLE_HEADS.contains(words[words.length - 1].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", ""))) {
            return false;
        }
        // "All Episodes", "Our Team": a determiner or a pronoun opens no name (the tagger's word for an unknown name, "Wei/PRON",
        // is not enough: the word must be one)
        List<Token> tokens = Language.english().tokens(s);
        return tokens.isEmpty() || !(tokens.get(0).is("DET", "PRON") && FUNCTION_WORDS.contains(tokens.get(0).lower()));
    }
}
