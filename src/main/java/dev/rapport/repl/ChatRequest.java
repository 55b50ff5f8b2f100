package dev.rapport.repl;

import dev.rapport.draft.Style;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What a line of offline chat asks for: a change of the note's style, a variant, an explanation, or nothing known. */
public sealed interface ChatRequest {

    /** A change of style; the note is drafted again with the new style. */
    sealed interface Restyle extends ChatRequest {
        Style applyTo(Style style);

        /** A few words for "Redrafted: …". */
        String describe();
    }

    record ChangeLength(Style.Length length) implements Restyle {
        @Override public Style applyTo(Style s) { return s.withLength(length); }
        @Override public String describe() { return ReplMessages.get("refine.length." + length.name()); }
    }

    record ChangeTone(Style.Tone tone) implements Restyle {
        @Override public Style applyTo(Style s) { return s.withTone(tone); }
        @Override public String describe() { return ReplMessages.get("refine.tone." + tone.name()); }
    }

    /** Name this in the note; also lifts an earlier "don't mention" of the same thing. */
    record Mention(String subject) implements Restyle {
        @Override
        public Style applyTo(Style s) {
            return s.withMention(with(s.mention(), subject)).withAvoid(without(s.avoid(), subject));
        }

        @Override public String describe() { return ReplMessages.get("refine.mention", subject); }
    }

    record Avoid(String subject) implements Restyle {
        @Override
        public Style applyTo(Style s) {
            return s.withAvoid(with(s.avoid(), subject)).withMention(without(s.mention(), subject));
        }

        @Override public String describe() { return ReplMessages.get("refine.avoid", subject); }
    }

    record Question(boolean wanted) implements Restyle {
        @Override public Style applyTo(Style s) { return s.withQuestion(wanted); }
        @Override public String describe() { return ReplMessages.get(wanted ? "refine.question.on" : "refine.question.off"); }
    }

    record StartOver() implements Restyle {
        @Override public Style applyTo(Style s) { return Style.DEFAULT; }
        @Override public String describe() { return ReplMessages.get("refine.start-over"); }
    }

    /** "shorter and warmer": several changes in one line. */
    record Several(List<Restyle> changes) implements Restyle {
        public Several {
            changes = List.copyOf(changes);
        }

        @Override
        public Style applyTo(Style s) {
            Style out = s;
            for (Restyle r : changes) {
                out = r.applyTo(out);
            }
            return out;
        }

        @Override
        public String describe() {
            return String.join(", ", changes.stream().map(Restyle::describe).toList());
        }
    }

    /** Use variant N (1-based). */
    record Pick(int number) implements ChatRequest {
    }

    /** "why did you drop the bit about Northgate?": a question about the note's history, not the verdict. */
    record WhyDropped(String subject) implements ChatRequest {
    }

    /** "Is this ok? Hi Sam, …": critique the note given, or the current one when none is given. */
    record Critique(String note) implements ChatRequest {
    }

    /** "why?", "why not?": explain the verdict. */
    /** "undo", "go back": the notes as they were before the last change. */
    record Undo() implements ChatRequest {
    }

    record ExplainVerdict() implements ChatRequest {
    }

    record Unknown(String text) implements ChatRequest {
    }

    private static List<String> with(List<String> list, String item) {
        List<String> out = new ArrayList<>(without(list, item));
        out.add(item);
        return out;
    }

    private static List<String> without(List<String> list, String item) {
        String key = item.toLowerCase(Locale.ROOT);
        return list.stream().filter(x -> !x.toLowerCase(Locale.ROOT).equals(key)).toList();
    }
}
