package dev.rapport.app;

import dev.rapport.draft.Unsaid;
import dev.rapport.language.Language;
import java.util.List;
import java.util.Set;

/** A note's text read for the chat: its sentences by the one splitter, and what a change took out of it. */
public final class NoteText {
    private NoteText() {
    }

    public static List<String> sentences(String note) {
        return Language.english().sentenceTexts(note == null ? "" : note.strip()).stream().map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** The sentences of {@code before} that {@code after} no longer says. */
    public static List<String> removed(String before, String after) {
        return Unsaid.in(before, after, "", Set.of()).removed();
    }

    /**
     * What a new limit left out of a note: the sentences and the parts of sentences gone, and the sign-off when it went; a
     * sentence said shorter in other words ({@link #replaced}) is not among them.
     */
    public static List<String> leftOut(String before, String after) {
        Unsaid.Changes changes = Unsaid.in(before, after, "", Set.of());
        List<String> replacedOnes = replaced(changes).stream().map(p -> p.get(0)).toList();
        List<String> out = new java.util.ArrayList<>(changes.removed().stream().filter(r -> !replacedOnes.contains(r)).toList());
        Unsaid.unsigned(before, after).ifPresent(out::add);
        return out;
    }

    /**
     * Each sentence a new limit said shorter in other words, with what says it now: "I'm a sales development representative at
     * Cloudbridge Payroll." became "I work at Cloudbridge Payroll." (a hand session's report named only the fuller line as
     * left out). Paired by a name both hold.
     */
    public static List<List<String>> replaced(String before, String after) {
        return replaced(Unsaid.in(before, after, "", Set.of()));
    }

    private static List<List<String>> replaced(Unsaid.Changes c) {
        List<List<String>> out = new java.util.ArrayList<>();
        List<String> added = new java.util.ArrayList<>(c.added());
        for (String r : c.removed()) {
            Set<String> names = names(r);
            for (String a : added) {
                if (names.stream().anyMatch(names(a)::contains)) {
                    out.add(List.of(r, a));
                    added.remove(a);
                    break;
                }
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("(?<=\\s)\\p{Lu}[\\p{L}\\p{N}&'’-]{2,}(?:\\s+\\p{Lu}[\\p{L}\\p{N}&'’-]+)*");

    /** The capitalised names inside a sentence (not its first word). */
    private static Set<String> names(String sentence) {
        Set<String> out = new java.util.HashSet<>();
        java.util.regex.Matcher m = NAME.matcher(" " + sentence.substring(Math.min(sentence.length(), sentence.indexOf(' ') + 1)));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
