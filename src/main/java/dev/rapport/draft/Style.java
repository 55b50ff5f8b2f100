package dev.rapport.draft;

import java.util.List;

/**
 * How the user wants the note to read; conversation refinements ("shorter", "warmer",
 * "mention the meetup", "drop the question") change the style and the note is drafted again.
 */
public record Style(Length length, Tone tone, List<String> mention, List<String> avoid, boolean question) {

    public enum Length { SHORT, NORMAL, LONG }

    public enum Tone { NEUTRAL, WARM, FORMAL, CASUAL }

    public static final Style DEFAULT = new Style(Length.NORMAL, Tone.NEUTRAL, List.of(), List.of(), true);

    public Style {
        length = length == null ? Length.NORMAL : length;
        tone = tone == null ? Tone.NEUTRAL : tone;
        mention = List.copyOf(mention == null ? List.of() : mention);
        avoid = List.copyOf(avoid == null ? List.of() : avoid);
    }

    public Style withLength(Length l) { return new Style(l, tone, mention, avoid, question); }
    public Style withTone(Tone t) { return new Style(length, t, mention, avoid, question); }
    public Style withQuestion(boolean q) { return new Style(length, tone, mention, avoid, q); }
    public Style withMention(List<String> m) { return new Style(length, tone, m, avoid, question); }
    public Style withAvoid(List<String> a) { return new Style(length, tone, mention, a, question); }
}
