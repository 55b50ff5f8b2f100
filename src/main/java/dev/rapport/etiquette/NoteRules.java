package dev.rapport.etiquette;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Runs every enabled note-level rule over a note; the same checker gates drafts and grades notes people bring. */
public final class NoteRules {
    /** Rules whose logic is more than matching their phrases; every other note rule is a {@link PhraseCheck}. */
    private static final Map<String, NoteCheck> OWN_LOGIC = Map.ofEntries(
            Map.entry("no-reason", new NoReasonCheck()),
            Map.entry("generic", new GenericCheck()),
            Map.entry("flattery", new FlatteryCheck()),
            Map.entry("false-familiarity", new FamiliarityCheck()),
            Map.entry("me-centric", new MeCentricCheck()),
            Map.entry("wrong-name", new WrongNameCheck()),
            Map.entry("over-length", new OverLengthCheck()),
            // The truth rules: what the note says must agree with the two profiles and the sender's reason.
            Map.entry("unsupported-claim", new UnsupportedClaimCheck()),
            Map.entry("false-time", new FalseTimeCheck()),
            Map.entry("wrong-voice", new WrongVoiceCheck()),
            Map.entry("repetition", new RepetitionCheck()));
    private static final NoteCheck PHRASES = new PhraseCheck();

    /** Notes are matched up to this length: a note is at most 300 characters, and no check needs pages. */
    static final int MAX_NOTE_CHARS = 16 * 1024;

    private final RuleSet rules;
    private final PatternBook book;
    private final NoteMeaning meaning;
    private final SentenceClassifier classifier;

    public NoteRules(RuleSet rules) {
        this(rules, NoteMeaning.NONE);
    }

    /** With paraphrase recognition for the rules that have examples of their bad phrasing. */
    public NoteRules(RuleSet rules, NoteMeaning meaning) {
        this.rules = rules;
        this.book = new PatternBook(rules);
        this.meaning = meaning == null ? NoteMeaning.NONE : meaning;
        this.classifier = new SentenceClassifier(this.meaning);
    }

    /**
     * Findings for a note, errors first and then in reading order. Spans are UTF-16 indices into
     * {@code note}; a finding about the whole note spans 0..length.
     */
    /**
     * The stock "add you to my network" line is only an info when the rest of the note says why;
     * a pitch or a lead-generation question is no such reason, so next to one it counts in full.
     */
    private List<Finding> stockLineWithoutAReason(List<Finding> found, NoteReading reading) {
        boolean selling = found.stream().anyMatch(f -> f.rule().equals("pitch") || f.rule().equals("lead-gen"));
        Rule noReason = rules.rule("no-reason").orElse(null);
        if (!selling || noReason == null) {
            return found;
        }
        List<Finding> out = new ArrayList<>();
        for (Finding f : found) {
            boolean demote = f.rule().equals("no-reason") && f.severity() == Severity.INFO;
            out.add(demote ? reading.finding(noReason, new Span(f.start(), f.end())) : f);
        }
        return out;
    }

    public List<Finding> check(String note, NoteContext context) {
        String text = capped(note);
        NoteContext ctx = context == null ? NoteContext.bare(rules.defaultLimit()) : context;
        Recent.Key key = new Recent.Key(rules.content(), meaning, text);
        List<Finding> known = Recent.findings(key, ctx);
        if (known != null) {
            return known;
        }
        List<Finding> found = findings(text, ctx);
        Recent.remember(key, ctx, found);
        return found;
    }

    private List<Finding> findings(String text, NoteContext ctx) {
        NoteReading reading = new NoteReading(text, ctx, rules, book);
        List<Finding> out = new ArrayList<>();
        for (Rule rule : rules.level(Rule.Level.NOTE)) {
            if (rule.enabled()) {
                out.addAll(OWN_LOGIC.getOrDefault(rule.id(), PHRASES).check(rule, reading));
            }
        }
        Paraphrases.add(out, rule -> classifier.echoes(reading, rule), reading);
        if (meaning != NoteMeaning.NONE) {
            Paraphrases.add(out, meaning, reading);
        }
        out = stockLineWithoutAReason(out, reading);
        out.sort(Comparator.comparing(Finding::severity).reversed()
                .thenComparingInt(Finding::start).thenComparing(Finding::rule));
        return List.copyOf(out);
    }

    static String capped(String note) {
        String text = note == null ? "" : note;
        return text.length() > MAX_NOTE_CHARS ? text.substring(0, MAX_NOTE_CHARS) : text;
    }

    /** A note may be shown only when no finding is a warning or worse. */
    public boolean passes(String note, NoteContext context) {
        return check(note, context).stream().allMatch(f -> f.severity() == Severity.INFO);
    }

    static boolean hasOwnLogic(String id) {
        return OWN_LOGIC.containsKey(id);
    }

    /**
     * The findings of the notes checked last. A note is checked twice as a rule: the offline drafter
     * checks each note it writes, then the gate checks what it is given, with the same rules, the
     * same context and the same text. Findings depend on nothing else, so the second check reads the
     * first one's answer. Keyed on the rules' content and the paraphrase model by identity, and
     * valid for one check only: the context must hold the very same profiles and purpose (a new
     * check reads the reason again into a new purpose), so nothing is carried from one check to the next.
     */
    private static final class Recent {
        private static final int SIZE = 256;
        private static final Map<Key, Checked> NOTES = java.util.Collections.synchronizedMap(
                new java.util.LinkedHashMap<>(64, 0.75f, true) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected boolean removeEldestEntry(Map.Entry<Key, Checked> eldest) {
                        return size() > SIZE;
                    }
                });

        private Recent() {
        }

        record Key(Object rules, NoteMeaning meaning, String text) {
            @Override
            public boolean equals(Object o) {
                return o instanceof Key k && k.rules == rules && k.meaning == meaning && k.text.equals(text);
            }

            @Override
            public int hashCode() {
                return (System.identityHashCode(rules) * 31 + System.identityHashCode(meaning)) * 31 + text.hashCode();
            }
        }

        private record Checked(NoteContext context, List<Finding> findings) {
        }

        static List<Finding> findings(Key key, NoteContext context) {
            Checked c = NOTES.get(key);
            return c != null && sameCheck(c.context(), context) ? c.findings() : null;
        }

        private static boolean sameCheck(NoteContext a, NoteContext b) {
            return a.me() == b.me() && a.them() == b.them() && a.purpose() == b.purpose() && a.limit() == b.limit()
                    && a.ground().equals(b.ground());
        }

        static void remember(Key key, NoteContext context, List<Finding> findings) {
            NOTES.put(key, new Checked(context, findings));
        }
    }
}
