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

    /** What a new limit left out of a note: the sentences and the parts of sentences gone, and the sign-off when it went. */
    public static List<String> leftOut(String before, String after) {
        List<String> out = new java.util.ArrayList<>(removed(before, after));
        Unsaid.unsigned(before, after).ifPresent(out::add);
        return out;
    }
}
