package dev.rapport.repl;

import dev.rapport.app.NoteText;
import dev.rapport.app.Transcript;
import dev.rapport.draft.Note;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "Why did you drop the bit about Northgate?" is a question about the note, answered from the session's
 * rounds: the note still says it, or which request or limit took it out. Pure.
 */
final class NoteHistory {
    /** The close of a note, asked about by its place rather than its words ("the warm ending"). */
    // (the name at the end too: "why did you drop my name?", "… the Dana at the end?" were answered "nothing was dropped")
    private static final Pattern ENDING = Pattern.compile("(?i)\\b(?:ending|end|close|closing|sign-?off|signature|my name|last (?:line|sentence)|final (?:line|sentence))\\b");
    private static final Set<String> SMALL = Set.of("the", "a", "an", "about", "of", "on", "to", "and", "my", "your", "bit", "part",
            "line", "sentence", "mention", "that", "this", "it", "warm", "friendly", "nice");

    private NoteHistory() {
    }

    static String whyDropped(List<Transcript.Round> rounds, String asked) {
        String subject = asked.replaceAll("[?!.]+$", "").strip();
        if (rounds.isEmpty()) {
            return ReplMessages.get("dropped.no-note");
        }
        boolean ending = ENDING.matcher(subject).find();
        List<String> words = ending ? List.of() : words(subject);
        String now = note(rounds.get(rounds.size() - 1));
        if (!ending) {
            for (String s : sentences(now)) {
                if (mentions(s, words)) {
                    return ReplMessages.get("dropped.still-says", s);
                }
            }
        }
        // the latest step that took it out: the request's words, or the limit or redraft that made the note
        for (int i = rounds.size() - 1; i > 0; i--) {
            String before = note(rounds.get(i - 1));
            String after = note(rounds.get(i));
            List<String> closes = ending ? lastLines(before) : List.of();
            for (String gone : ending ? NoteText.leftOut(before, after) : NoteText.removed(before, after)) {
                if (ending ? closes.contains(gone.strip()) || closes.stream().anyMatch(c -> c.strip().endsWith(gone.strip())) : mentions(gone, words)) {
                    String request = rounds.get(i).request();
                    return request == null || request.isBlank() ? ReplMessages.get("dropped.by-redraft", gone.strip())
                            : ReplMessages.get("dropped.by", Conversation.clean(request), gone.strip());
                }
            }
        }
        return ending ? ReplMessages.get("dropped.ends", String.join(" ", lastLines(now)))
                : ReplMessages.get("dropped.never", Conversation.clean(subject));
    }

    private static String note(Transcript.Round round) {
        int n = round.session().picked() > 0 ? round.session().picked() : 1;
        return round.session().note(n).map(Note::text).orElse("");
    }

    private static List<String> sentences(String note) {
        return NoteText.sentences(note);
    }

    /** The note's last two sentences: its close and the signature, which may stand as a sentence of its own. */
    private static List<String> lastLines(String note) {
        List<String> s = sentences(note);
        return s.subList(Math.max(0, s.size() - 2), s.size());
    }

    private static List<String> words(String subject) {
        return Arrays.stream(subject.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'’-]+"))
                .filter(w -> w.length() > 1 && !SMALL.contains(w)).toList();
    }

    /** Every content word of the subject is in the sentence ("Northgate", "the pub quiz"). */
    private static boolean mentions(String sentence, List<String> words) {
        if (words.isEmpty()) {
            return false;
        }
        List<String> said = Arrays.asList(sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'’-]+"));
        return words.stream().allMatch(said::contains);
    }
}
