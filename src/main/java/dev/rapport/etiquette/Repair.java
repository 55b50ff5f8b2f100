package dev.rapport.etiquette;

import dev.rapport.profile.Profile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The note with its offending sentences taken out, template fields and wrong names replaced, and
 * a marked gap (from messages.yaml) where the missing context belongs, in whole sentences within the
 * limit ({@link FitToLimit}). Used when no better rewrite can be drafted, so the writer sees exactly
 * what to fill in.
 */
final class Repair {
    /** Problems fixed by replacing the span itself; every other stretch finding takes its sentence with it. */
    private static final Set<String> IN_PLACE = Set.of("placeholder", "wrong-name", "no-name");
    // "Dear Sir", "Respected Ma'am": the greeting word stays (a "respected" becomes "Dear"), the name goes in
    private static final java.util.regex.Pattern GREETING_WORD = java.util.regex.Pattern.compile(
            "(?i)^(\\W*)(dear|hi|hello|hey|greetings|good\\s+(?:morning|afternoon|evening)|respected)\\b.*$");
    /** Problems about the whole note, answered by a gap rather than by removing anything. */
    private static final Set<String> NEEDS_CONTEXT = Set.of("generic", "no-reason", "false-familiarity", "target-policy");
    // an ask the rules took out leaves room for a small question: a meeting, a lead, a favour asked of a stranger
    private static final Set<String> ASKS = Set.of("meeting-ask", "lead-gen", "big-ask", "pleading");
    private static final List<String> GAPS = List.of("gap-context", "gap-them", "gap-question", "gap-name", "gap-value", "gap-sender");

    private final RuleSet rules;
    private final NoteContext ctx;
    private final PatternBook book;

    Repair(RuleSet rules, NoteContext ctx, PatternBook book) {
        this.rules = rules;
        this.ctx = ctx;
        this.book = book;
    }

    /** The corrected note, and whether it has gaps for the writer to fill in. */
    record Repaired(String text, boolean gaps) {
    }

    Repaired repair(String note, List<Finding> findings) {
        NoteReading reading = new NoteReading(note, ctx, rules, book);
        Span greeting = withFieldName(note, Sentences.greeting(note, reading.greeting()), findings);
        List<Span> sentences = Sentences.split(note, greeting.end());
        Set<Span> dropped = new HashSet<>();
        boolean needsContext = false;
        boolean needsQuestion = false;
        boolean needsThem = false;
        boolean needsGreeting = false;
        List<Finding> inPlace = new ArrayList<>();
        Map<Span, Integer> cutAt = new HashMap<>();
        // a stock line cut from a note that still says how the two know each other ("Saw you at the careers fair today, …") needs
        // no gap for it; only one with nothing specific left does (a student's corrected note asked her to say what it said)
        boolean stockLineCut = false;
        for (Finding f : findings) {
            boolean whole = f.start() == 0 && f.end() == note.length();
            if (f.rule().equals("over-length")) {
                continue;
            }
            if (whole && f.rule().equals("no-name")) {
                // a note with no greeting at all gains one; the rest of it is read as it stands
                needsGreeting = true;
                continue;
            }
            if (whole) {
                needsContext |= !f.rule().equals("me-centric");
                needsThem |= f.rule().equals("me-centric");
                // "I'd like to join your LinkedIn network." alone: the stock line is the whole note, and it goes like any other
                if (f.rule().equals("no-reason")) {
                    dropped.addAll(sentences);
                }
                continue;
            }
            if (IN_PLACE.contains(f.rule())) {
                inPlace.add(f);
                continue;
            }
            Span s = Sentences.containing(sentences, f.start());
            if (s != null) {
                // a long sentence keeps its clauses before the one at fault ("…at the University of Leeds, and I would
                // really appreciate it if you could refer me …" keeps who the writer is); a short one goes whole
                java.util.OptionalInt opening = Clauses.openingEnd(s.of(note), f.start() - s.start());
                // (an opening that names nothing, "I am reaching out because …", is no sentence worth keeping)
                if (opening.isPresent() && !dropped.contains(s) && namesSomething(s.of(note).substring(0, opening.getAsInt()))) {
                    cutAt.merge(s, s.start() + opening.getAsInt(), Math::min);
                } else {
                    dropped.add(s);
                }
                needsContext |= NEEDS_CONTEXT.contains(f.rule()) && f.severity() != Severity.INFO && !f.rule().equals("no-reason");
                stockLineCut |= f.rule().equals("no-reason") && f.severity() != Severity.INFO;
                needsQuestion |= ASKS.contains(f.rule());
            }
        }
        String head = replaced(note, greeting, inPlace);
        if (needsGreeting && greeting.end() == 0) {
            head = "Hi " + theirName() + ",";
        }
        List<Span> keptSpans = new ArrayList<>(sentences.stream().filter(s -> !dropped.contains(s))
                .map(s -> cutAt.containsKey(s) ? new Span(s.start(), cutAt.get(s)) : s).toList());
        // a kept sentence that refers back to the topic of a cut one ("opportunities in this field") names it instead
        List<String> cut = sentences.stream().filter(s -> dropped.contains(s) || cutAt.containsKey(s))
                .map(s -> cutAt.containsKey(s) ? note.substring(cutAt.get(s), s.end()) : s.of(note)).toList();
        List<String> kept = new ArrayList<>(keptSpans.stream().map(s -> DroppedTopic.restored(replaced(note, s, inPlace), cut)
                + (sentences.contains(s) ? "" : ".")).toList());
        int signOff = SentenceNeeds.signOffStart(kept);
        // a note too long loses the courtesy line before its signature first ("Thank you so much for your time and consideration.")
        boolean tooLong = findings.stream().anyMatch(f -> f.rule().equals("over-length"));
        int courtesy = signOff < kept.size() - 1 && COURTESY.matcher(kept.get(signOff)).lookingAt() ? signOff
                : signOff > 1 && COURTESY.matcher(kept.get(signOff - 1)).lookingAt() ? signOff - 1 : -1;
        if (tooLong && courtesy >= 0) {
            kept.remove(courtesy);
            keptSpans.remove(courtesy);
            signOff = SentenceNeeds.signOffStart(kept);
        }
        // the sender's own name in "Best, Kyle" is no context for the reader
        String rest = String.join(" ", kept.subList(0, signOff));
        boolean placed = SAYS_HOW_KNOWN.matcher(rest).find();
        if (!new NoteReading(rest, ctx, rules, book).hasSpecific() && !placed || stockLineCut && !placed) {
            needsContext = true;
        }
        List<FitToLimit.Part> parts = new ArrayList<>();
        if (needsContext) {
            parts.add(new FitToLimit.Part(gap("gap-context"), FitToLimit.Need.ALWAYS));
        }
        if (needsThem) {
            parts.add(new FitToLimit.Part(gap("gap-them"), FitToLimit.Need.ALWAYS));
        }
        parts.addAll(SentenceNeeds.of(reading, keptSpans, kept, signOff, needsContext ? null : gap("gap-context")));
        // (a kept sentence that already asks them something, "I would be grateful for any advice", needs no gap for one)
        if (needsQuestion && kept.subList(0, signOff).stream().noneMatch(SentenceNeeds::asksTheReader)) {
            // the question goes before "Best, Hana", not after the signature
            parts.add(parts.size() - (kept.size() - signOff), new FitToLimit.Part(gap("gap-question"), FitToLimit.Need.ALWAYS));
        }
        int limit = ctx.limit() > 0 ? ctx.limit() : rules.defaultLimit();
        String text = FitToLimit.fit(head, parts, limit);
        // only a greeting, gaps and a sign-off longer than the limit come here
        if (FitToLimit.length(text) > limit) {
            text = text.substring(0, text.offsetByCodePoints(0, limit - 1));
            int space = text.lastIndexOf(' ');
            text = (space > limit / 2 ? text.substring(0, space) : text).strip() + "…";
        }
        String repaired = text;
        return new Repaired(repaired, GAPS.stream().map(this::gap).anyMatch(repaired::contains));
    }

    private static final java.util.regex.Pattern COURTESY = java.util.regex.Pattern.compile(
            "(?i)\\W*(?:thank\\s+you|thanks|many\\s+thanks)\\b[^.!?]*\\b(?:time|consideration|reading|attention)\\b[^.!?]*[.!]?\\s*$");

    /** The words hold a noun, a name or a number: something the reader can place. */
    private static final java.util.regex.Pattern SAYS_HOW_KNOWN = java.util.regex.Pattern.compile(
            "(?i)\\b(?:saw|met|talked|chatted|spoke|heard)\\s+(?:you\\s+|with\\s+you\\s+)?(?:at|after|during)\\s+(?:the|your)\\s+\\w+"
            + "|\\byour\\s+(?:talk|post|article|stand|booth|session|panel|workshop|webinar|paper|keynote|lecture)\\b");

    private static boolean namesSomething(String words) {
        return dev.rapport.language.Language.english().tokens(words).stream().anyMatch(t -> t.is("NOUN", "PROPN", "NUM"));
    }

    /** "Hi {firstName}, ": a field standing for the name belongs to the greeting, so it is replaced, not dropped. */
    private static Span withFieldName(String note, Span greeting, List<Finding> findings) {
        for (Finding f : findings) {
            // "Dear Sir/Madam," flagged whole (no-name) where the greeting read only "Dear Sir": the fix takes all of it
            if (IN_PLACE.contains(f.rule()) && f.start() < greeting.end() && f.end() > greeting.end()) {
                return new Span(greeting.start(), pastPunctuation(note, f.end()));
            }
        }
        for (Finding f : findings) {
            if (IN_PLACE.contains(f.rule()) && f.start() >= greeting.end()
                    && note.substring(greeting.end(), f.start()).isBlank() && f.end() < note.length()) {
                int i = pastPunctuation(note, f.end());
                while (i < note.length() && Character.isWhitespace(note.charAt(i))) {
                    i++;
                }
                return new Span(0, i);
            }
        }
        return greeting;
    }

    /** The offset after the greeting's punctuation that follows {@code from} ("Dear Sir/Madam," ends after its comma). */
    private static int pastPunctuation(String note, int from) {
        int i = from;
        while (i < note.length() && ",.!:;—–-".indexOf(note.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    /** The text of {@code span} with any in-place fixes inside it applied. */
    private String replaced(String note, Span span, List<Finding> fixes) {
        StringBuilder out = new StringBuilder();
        int at = span.start();
        for (Finding f : fixes.stream().sorted(java.util.Comparator.comparingInt(Finding::start)).toList()) {
            if (f.start() < at || f.end() > span.end()) {
                continue;
            }
            out.append(note, at, f.start()).append(replacement(note, f));
            at = f.end();
        }
        out.append(note, at, span.end());
        return out.toString();
    }

    private String replacement(String note, Finding f) {
        Profile them = ctx.them();
        boolean known = them != null && !them.firstName().isBlank();
        if (f.rule().equals("wrong-name")) {
            return known ? them.firstName() : gap("gap-name");
        }
        if (f.rule().equals("no-name")) {
            String greeted = note.substring(f.start(), f.end());
            java.util.regex.Matcher g = GREETING_WORD.matcher(greeted);
            String word = !g.matches() ? "Hi" : g.group(2).equalsIgnoreCase("respected") ? "Dear" : g.group(2);
            // a bare "Hello!" keeps its own mark after the name it gains
            String mark = greeted.substring(greeted.replaceAll("[,.!:;]+$", "").length());
            return (g.matches() ? g.group(1) : "") + word + " " + (known ? them.firstName() : gap("gap-name")) + mark;
        }
        // "Cheers, <<sender>>": a field where the sign-off's name belongs is the sender's name
        if (signsOff(note, f)) {
            Profile me = ctx.me();
            return me != null && !me.firstName().isBlank() ? me.firstName() : gap("gap-sender");
        }
        // "Hi {firstName}," : nothing but the greeting word stands before the field
        int greetingEnd = new NoteReading(note, ctx, rules, book).greeting().end();
        boolean inGreeting = greetingEnd <= f.start() && note.substring(greetingEnd, f.start()).isBlank();
        if (inGreeting && known) {
            return them.firstName();
        }
        return gap(inGreeting ? "gap-name" : "gap-value");
    }

    private String theirName() {
        Profile them = ctx.them();
        return them != null && !them.firstName().isBlank() ? them.firstName() : gap("gap-name");
    }

    // a field that names the sender ("<<sender>>", "[Your Name]", "{my_name}")
    private static final java.util.regex.Pattern SENDER_FIELD = java.util.regex.Pattern.compile(
            "(?i)\\W*(?:sender|from|signature|(?:your|my)[\\s_-]*(?:full[\\s_-]*)?name|sender[\\s_-]*name)\\W*");
    // what stands before a signature: a closing line's comma or dash, or a line break
    private static final java.util.regex.Pattern BEFORE_SIGNATURE = java.util.regex.Pattern.compile("(?:[,—–-]\\s*|\\n\\s*)$");

    /** The field ends the note after a closing ("Cheers, <<sender>>"), or names the sender wherever it stands. */
    private static boolean signsOff(String note, Finding f) {
        if (SENDER_FIELD.matcher(note.substring(f.start(), f.end())).matches()) {
            return true;
        }
        return note.substring(f.end()).replaceAll("[\\s.!]+", "").isEmpty()
                && BEFORE_SIGNATURE.matcher(note.substring(0, f.start())).find();
    }

    private String gap(String key) {
        return rules.messages().word(key);
    }
}
