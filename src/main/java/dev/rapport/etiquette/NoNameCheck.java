package dev.rapport.etiquette;

import java.util.ArrayList;
import java.util.List;

/**
 * "Dear Sir", "Hi there" by the rule's phrases; a greeting word alone ("Hello! I am a final year student …"); and a
 * greeting whose "name" is a profile page's section heading ("Hi Skills,"), a word no person is called: each greets no one.
 */
final class NoNameCheck implements NoteCheck {
    private static final NoteCheck PHRASES = new PhraseCheck();

    @Override
    public List<Finding> check(Rule rule, NoteReading note) {
        List<Finding> out = new ArrayList<>(PHRASES.check(rule, note));
        Span heading = note.greeting().noName();
        if (out.isEmpty() && heading != null) {
            out.add(note.finding(rule, heading));
        }
        // (an info: real notes that open on their point, "Great meeting you at the Laracon meetup! …", are sent and welcome)
        if (out.isEmpty() && greetsNoOne(note)) {
            out.add(note.finding(rule, Severity.INFO, note.whole(), "no-greeting-message", "fix", java.util.Map.of()));
        }
        return out;
    }

    // a name said to the reader somewhere in the note ("Great to meet you, Priya."): a comma, then a capitalised word
    private static final java.util.regex.Pattern VOCATIVE = java.util.regex.Pattern.compile(",\\s*\\p{Lu}\\p{Ll}");

    /**
     * "I'd like to add you to my professional network on LinkedIn.": no greeting word, and the reader's name nowhere
     * in the note (with the reader unknown, no name said to anyone), so the note could go to anyone.
     */
    private static boolean greetsNoOne(NoteReading note) {
        if (note.note.isBlank() || note.greeting() != Greeting.NONE) {
            return false;
        }
        dev.rapport.profile.Profile them = note.ctx.them();
        if (them != null && !them.firstName().isBlank()) {
            return java.util.Arrays.stream(them.name().strip().split("\\s+"))
                    .noneMatch(part -> part.length() > 1 && dev.rapport.text.Words.containsWord(note.note, part));
        }
        return !VOCATIVE.matcher(note.note).find();
    }
}
