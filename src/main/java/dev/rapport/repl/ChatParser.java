package dev.rapport.repl;

import dev.rapport.app.AskedStyle;
import dev.rapport.repl.ChatRequest.Avoid;
import dev.rapport.repl.ChatRequest.ChangeLength;
import dev.rapport.repl.ChatRequest.ChangeTone;
import dev.rapport.repl.ChatRequest.ExplainVerdict;
import dev.rapport.repl.ChatRequest.Mention;
import dev.rapport.repl.ChatRequest.Pick;
import dev.rapport.repl.ChatRequest.Question;
import dev.rapport.repl.ChatRequest.Restyle;
import dev.rapport.repl.ChatRequest.Several;
import dev.rapport.repl.ChatRequest.StartOver;
import dev.rapport.repl.ChatRequest.Unknown;
import dev.rapport.repl.ChatRequest.WhyDropped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Understands the refinement requests people type about a note, without any language model:
 * a small ordered set of patterns, the specific ones (mention X, drop the question) before the
 * keyword ones (shorter, warmer) so that "mention the long weekend" is not read as "longer". Pure.
 */
public final class ChatParser {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String POLITE = "(?:(?:please|pls|ok|okay|now|can you|could you|would you|also|and|maybe|just|try to)\\s+)*";
    private static final Map<String, Integer> ORDINALS = Map.of(
            "first", 1, "second", 2, "third", 3, "fourth", 4, "fifth", 5,
            "one", 1, "two", 2, "three", 3, "four", 4, "five", 5);
    private static final String NUMBER = "(\\d+|first|second|third|fourth|fifth|one|two|three|four|five)";

    private record Rule(Pattern pattern, Function<Matcher, ChatRequest> make) {
    }

    private static final List<Rule> RULES = List.of(
            rule("(?:start (?:over|again|afresh)|from scratch|reset (?:the |my )?(?:note|notes|style)|back to (?:the )?(?:original|first)(?: drafts?| notes?| version)?|undo (?:all|everything)|forget (?:the|my|all) changes)",
                    m -> new StartOver()),
            rule("(?:undo|revert|go back|step back|take (?:that|it) back|put it back(?: as it was)?|change it back|back to (?:the )?(?:previous|last|earlier|old) (?:one|version|note|draft))"
                    + "(?: (?:that|this|it|please|the last (?:change|edit|one|step)|(?:my|the|your) last (?:request|change|edit)|one step))?",
                    m -> new ChatRequest.Undo()),
            rule("(?:drop|remove|lose|skip|delete|cut|without|no|don'?t (?:ask|end with|add|include)|do not (?:ask|end with|add|include))\\s+(?:the |a |any )?(?:closing |final )?questions?(?: at the end)?",
                    m -> new Question(false)),
            rule("(?:don'?t|do not|no need to) ask(?: anything| them anything)?",
                    m -> new Question(false)),
            rule("(?:add|ask|include|end with|finish with|close with|with|keep)\\s+(?:a |the )?(?:closing |final )?question(?: at the end)?",
                    m -> new Question(true)),
            rule("(?:don'?t|do not|dont|never|stop|no need to)\\s+(?:mention(?:ing)?|name|bring up|talk about|refer to|say anything about)\\s+(.+)",
                    m -> new Avoid(subject(m.group(1)))),
            rule("(?:leave out|omit|skip|remove|drop|take out|cut out|without|no more|less about)\\s+(?:the (?:part|bit|mention) (?:about|of)\\s+|any mention of\\s+|the mention of\\s+|mentions? of\\s+)?(.+)",
                    m -> new Avoid(subject(m.group(1)))),
            rule("(?:(?:also |please )?(?:mention|include|name|bring up|refer to|talk about|say something about|reference|add something about|add a line about|add a word about|work in))\\s+(.+)",
                    m -> new Mention(subject(m.group(1)))),
            rule("(?:i(?:'?ll| will)? (?:like|take|prefer|go with|use|choose|pick)|let'?s (?:use|go with|take)|(?:use|pick|choose|take|go with|select))?\\s*(?:the\\s+)?(?:variant|version|option|note|draft|number|no\\.?|#)?\\s*#?" + NUMBER + "(?:\\s+(?:one|variant|version|option|note|draft|is (?:best|good|better|fine)))?(?: please)?",
                    m -> pick(m.group(1))),
            rule("(?:why|how come)\\s+(?:did|have|has|do|does)\\s+(?:you|it|rapport|the note)\\s+(?:drop(?:ped)?|remove[d]?|leave out|left out|"
                    + "cut|take out|taken out|took out|lose|lost|omit(?:ted)?|delete[d]?)\\s+(?:the (?:bit|part|line|sentence|mention) (?:about|on|of)\\s+)?(.+)",
                    m -> new WhyDropped(subject(m.group(1)))),
            rule("(?:why|how come|explain|what'?s wrong|what is wrong|what went wrong|why not|why so|why is that|reasons?|how so)\\b.*",
                    m -> new ExplainVerdict()));

    private ChatParser() {
    }

    public static ChatRequest parse(String line) {
        Optional<ChatRequest> critique = critique(line == null ? "" : line);
        if (critique.isPresent()) {
            return critique.get();
        }
        String text = normalise(line);
        if (text.isEmpty()) {
            return new Unknown(line);
        }
        // "shorter and warmer", "more formal, drop the question": several requests, when every part is one
        Optional<ChatRequest> several = several(text);
        if (several.isPresent()) {
            return several.get();
        }
        return one(text).orElse(new Unknown(line));
    }

    private static final Pattern ASK_OK = Pattern.compile(
            // ("is it OK to mention salary?" asks about doing something, and is no note to mark up: a new user's was graded)
            "\\b(?:is|does) (?:this|it|that|my note) (?:note )?(?:ok|okay|good|fine|alright|all right|any good|work)\\b(?!\\s+(?:to|if|for|when)\\b)\\??"
            + "|\\bhow(?:'s| is| does) (?:this|that|my note) (?:note )?(?:look|sound|read)\\??"
            + "|\\b(?:would you|can i|should i) send (?:this|that|it)\\??"
            + "|\\b(?:critique|check|grade|rate|mark up|review) (?:this|that|my) (?:note|message|invite|invitation)\\b:?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern A_NOTE = Pattern.compile(
            "(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\\s+\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?\\s*[,!.]\\s+\\S.*[.!?]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);

    /** "Is this ok? Hi Sam, …" or "Hi Sam, … — would you send this?": the note is what surrounds the question. */
    private static Optional<ChatRequest> critique(String raw) {
        Matcher m = ASK_OK.matcher(raw);
        if (!m.find()) {
            // "Hi Nerys! I am ED nurse from Cork, …": a note the user wrote, pasted or typed whole, is marked up as one (a new
            // user's was "not understood", and the "is this ok?" after it graded rapport's own note)
            return A_NOTE.matcher(raw.strip()).lookingAt() && raw.strip().length() >= 60
                    ? Optional.of(new ChatRequest.Critique(raw.strip())) : Optional.empty();
        }
        String note = (raw.substring(0, m.start()) + " " + raw.substring(m.end())).strip()
                .replaceAll("^[\\s:;\\-–—\"“”']+|[\\s:;\\-–—\"“”']+$", "").strip();
        return Optional.of(new ChatRequest.Critique(note.isEmpty() ? null : note));
    }

    private static Optional<ChatRequest> several(String text) {
        String[] parts = text.split("\\s*(?:,|;|\\band then\\b|\\band\\b|\\bbut\\b|\\bplus\\b)\\s*");
        if (parts.length < 2) {
            return Optional.empty();
        }
        List<Restyle> changes = new ArrayList<>();
        for (String part : parts) {
            if (part.isBlank()) {
                continue;
            }
            Optional<ChatRequest> r = one(part.strip());
            if (r.isEmpty() || !(r.get() instanceof Restyle restyle)) {
                return Optional.empty();
            }
            changes.add(restyle);
        }
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(changes.size() == 1 ? changes.get(0) : new Several(changes));
    }

    private static Optional<ChatRequest> one(String text) {
        String t = stripPolite(text);
        for (Rule r : RULES) {
            Matcher m = r.pattern().matcher(t);
            if (m.matches()) {
                ChatRequest request = r.make().apply(m);
                if (request != null) {
                    return Optional.of(request);
                }
            }
        }
        // keyword requests only in short utterances: a long sentence that happens to contain "brief" is not a request
        if (t.split("\\s+").length <= 8) {
            return keywords(t);
        }
        return Optional.empty();
    }

    /** Every tone or length asked for, in the order written (one list with the refiner: {@link AskedStyle}); "shorter and warmer" gives two. */
    private static Optional<ChatRequest> keywords(String t) {
        List<Restyle> changes = AskedStyle.in(t).stream()
                .map(c -> c.tone() != null ? (Restyle) new ChangeTone(c.tone()) : new ChangeLength(c.length())).toList();
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(changes.size() == 1 ? changes.get(0) : new Several(changes));
    }

    private static Rule rule(String regex, Function<Matcher, ChatRequest> make) {
        return new Rule(Pattern.compile(POLITE + regex, FLAGS), make);
    }

    private static String normalise(String line) {
        String t = line == null ? "" : line.strip().replace('\u2019', '\'').replaceAll("\\s+", " ");
        t = t.replaceAll("[.!]+$", "").strip();
        // "why not?" keeps its question mark for the explain rule only through the words, so drop it
        t = t.replaceAll("\\?+$", "").strip();
        return t;
    }

    private static String stripPolite(String t) {
        String s = t.replaceAll("(?i)^(?:make (?:it|the note|them|the notes)|make|can it be|could it be|it should be|i'?d like it|i want it|let'?s make it|it'?s)\\s+", "");
        s = s.replaceAll("(?i)\\s+please$", "");
        s = s.replaceAll("(?i)^(?:a (?:bit|little|lot)|slightly|much|way|somewhat|even|rather|more or less)\\s+", "");
        return s.strip();
    }

    private static String subject(String raw) {
        String s = raw.strip().replaceAll("(?i)\\s+(?:please|too|as well|in the note|in it)$", "").strip();
        s = s.replaceAll("^[\"'“‘]+|[\"'”’]+$", "").strip();
        s = s.replaceAll("(?i)^the\\s+", "");
        return s;
    }

    private static ChatRequest pick(String number) {
        String n = number.toLowerCase(Locale.ROOT);
        Integer v = ORDINALS.get(n);
        if (v == null) {
            try {
                v = Integer.parseInt(n);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return v >= 1 && v <= 99 ? new Pick(v) : null;
    }
}
