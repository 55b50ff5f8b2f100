package dev.rapport.etiquette;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Runs every enabled note-level rule over a note; the same checker gates drafts and grades notes people bring. */
public final class NoteRules {
    private static final String OVER_LENGTH = "over-length";
    /** Rules whose logic is more than matching their phrases; every other note rule is a {@link PhraseCheck}. */
    private static final Map<String, NoteCheck> OWN_LOGIC = Map.ofEntries(
            Map.entry("no-reason", new NoReasonCheck()),
            Map.entry("generic", new GenericCheck()),
            Map.entry("flattery", new FlatteryCheck()),
            Map.entry("false-familiarity", new FamiliarityCheck()),
            Map.entry("me-centric", new MeCentricCheck()),
            Map.entry("wrong-name", new WrongNameCheck()),
            Map.entry("no-name", new NoNameCheck()),
            Map.entry(OVER_LENGTH, new OverLengthCheck()),
            // The truth rules: what the note says must agree with the two profiles and the sender's reason.
            Map.entry("unsupported-claim", new UnsupportedClaimCheck()),
            Map.entry("false-time", new FalseTimeCheck()),
            Map.entry("wrong-voice", new WrongVoiceCheck()),
            Map.entry("repetition", new RepetitionCheck()),
            Map.entry("third-person", new ThirdPersonCheck()),
            Map.entry("link", new LinkCheck()),
            Map.entry(Critique.NOT_ENGLISH, new NotEnglishCheck()));
    private static final NoteCheck PHRASES = new PhraseCheck();

    /** Notes are matched up to this length: a note is at most 300 characters, and no check needs pages. */
    static final int MAX_NOTE_CHARS = 16 * 1024;

    private final RuleSet rules;
    private final PatternBook book;
    private final NoteMeaning meaning;
    private final SentenceClassifier classifier;
    // The length rule held as an error whatever its file says: made once, not per vetted note.
    private final Rule heldOverLength;
    private volatile LastEvidence lastEvidence;

    public NoteRules(RuleSet rules) {
        this(rules, NoteMeaning.NONE);
    }

    /** With paraphrase recognition for the rules that have examples of their bad phrasing. */
    public NoteRules(RuleSet rules, NoteMeaning meaning) {
        this.rules = rules;
        this.book = new PatternBook(rules);
        this.meaning = meaning == null ? NoteMeaning.NONE : meaning;
        this.classifier = new SentenceClassifier(this.meaning);
        Rule r = rules.rule(OVER_LENGTH).orElseGet(() -> RuleSet.builtIn().require(OVER_LENGTH));
        this.heldOverLength = new Rule(r.id(), r.level(), r.title(), r.rationale(), Severity.ERROR, true, r.params(), r.good(), r.bad());
    }

    /**
     * Findings for a note, errors first and then in reading order. Spans are UTF-16 indices into
     * {@code note}; a finding about the whole note spans 0..length.
     */
    /**
     * "I would like to tell you about Ledgerly", from a sender whose reason sells Ledgerly: the sale they stated,
     * offered, is a pitch however plain its words (the word model does not know whose product Ledgerly is).
     */
    private List<Finding> theSendersOffer(List<Finding> found, NoteReading reading) {
        dev.rapport.purpose.Purpose p = reading.ctx == null ? null : reading.ctx.purpose();
        Rule pitch = rules.rule("pitch").filter(Rule::enabled).orElse(null);
        if (p == null || pitch == null || !p.isPitch() || p.offers().isEmpty()) {
            return found;
        }
        List<Finding> out = new ArrayList<>(found);
        for (Span s : Sentences.split(reading.note, Sentences.greeting(reading.note, reading.greeting()).end())) {
            boolean flagged = found.stream().anyMatch(f -> f.rule().equals("pitch") && f.start() >= s.start() && f.start() < s.end());
            if (!flagged && dev.rapport.purpose.SalesAim.offeredIn(s.of(reading.note), p.offers())
                    && !SendingWhatTheyAsked.in(s.of(reading.note), p)) {
                out.add(reading.finding(pitch, s));
            }
        }
        return out;
    }

    /**
     * The stock "add you to my network" line is only an info when the rest of the note says why;
     * a pitch, a lead-generation question or praise that names nothing else is no such reason, so next
     * to one it counts in full.
     */
    private List<Finding> stockLineWithoutAReason(List<Finding> found, NoteReading reading) {
        boolean selling = found.stream().anyMatch(f -> f.rule().equals("pitch") || f.rule().equals("lead-gen"));
        Rule noReason = rules.rule("no-reason").orElse(null);
        if (!(selling || PraiseOnly.in(found, reading)) || noReason == null) {
            return found;
        }
        List<Finding> out = new ArrayList<>();
        for (Finding f : found) {
            boolean demote = f.rule().equals("no-reason") && f.severity() == Severity.INFO;
            out.add(demote ? reading.finding(noReason, new Span(f.start(), f.end())) : f);
        }
        return out;
    }

    /**
     * "What tools does your team use day to day?" fishes for a lead from a seller, but from someone whose
     * reason sells nothing and who typed that very question in it (a career changer, a student), it is the
     * point of the note: there the lead-gen finding is only an info.
     */
    // the reason itself says the sender means to ask something
    private static final java.util.regex.Pattern ASKS = java.util.regex.Pattern.compile(
            "(?i)\\b(?:ask|asking|question|wondering|curious)\\b");

    private static List<Finding> ownQuestionOfALearner(List<Finding> found, NoteReading reading) {
        dev.rapport.purpose.Purpose p = reading.ctx == null ? null : reading.ctx.purpose();
        if (p == null || p.isPitch() || p.has(dev.rapport.purpose.Intent.SELLING) || p.has(dev.rapport.purpose.Intent.LEAD_GEN)
                || !ASKS.matcher(p.text()).find()) {
            return found;
        }
        List<Span> sentences = null;
        List<Finding> out = new ArrayList<>();
        for (Finding f : found) {
            boolean own = false;
            if (f.rule().equals("lead-gen") && f.severity() != Severity.INFO) {
                sentences = sentences == null ? Sentences.split(reading.note, 0) : sentences;
                Span s = Sentences.containing(sentences, f.start());
                String sentence = s != null ? s.of(reading.note)
                        : reading.note.substring(Math.max(0, f.start()), Math.min(reading.note.length(), f.end()));
                own = SentenceClassifier.retells(sentence, reading.ctx);
            }
            out.add(own ? new Finding(f.rule(), Severity.INFO, f.start(), f.end(), f.message(), f.fix()) : f);
        }
        return out;
    }

    /**
     * Asking a former colleague, classmate or someone met in person for twenty minutes over coffee is an
     * ordinary request, not a cost put on a stranger; a rule may say so with {@code among-people-who-know-each-other: allowed}.
     * A referral alone (mutual-contact) is still a stranger.
     */
    static final String AMONG_KNOWN = "among-people-who-know-each-other";
    static final List<String> AMONG_KNOWN_CHOICES = List.of("allowed", "checked");

    private List<Finding> askOfSomeoneKnown(List<Finding> found, NoteContext ctx, String note) {
        if (found.isEmpty()) {
            return found;
        }
        boolean known = ctx.ground().stream()
                .anyMatch(g -> g.kind().isRelationship() && g.kind() != dev.rapport.ground.GroundKind.MUTUAL_CONTACT)
                || toldWithoutAReason(note, ctx);
        if (!known) {
            return found;
        }
        // "please don't ask me for referrals before we've talked": their own word outranks the history they share
        boolean refused = ctx.them() != null && ctx.them().prefers(dev.rapport.profile.Preference.NO_REFERRAL_ASKS);
        // a referral stakes their name on the sender's work: someone who worked, studied or volunteered with them knows it; a
        // chat at a career fair's booth does not (a trainer's class note "Could you refer me …?" after one was scored send)
        boolean knowsTheirWork = ctx.ground().stream().anyMatch(g -> java.util.EnumSet.of(dev.rapport.ground.GroundKind.WORKED_TOGETHER,
                dev.rapport.ground.GroundKind.STUDIED_TOGETHER, dev.rapport.ground.GroundKind.VOLUNTEERED_TOGETHER).contains(g.kind()));
        List<Finding> out = new ArrayList<>();
        for (Finding f : found) {
            Rule rule = rules.rule(f.rule()).orElse(null);
            boolean allowed = rule != null && "allowed".equals(String.valueOf(rule.params().get(AMONG_KNOWN)))
                    && !(refused && f.rule().equals("big-ask")) && !(f.rule().equals("big-ask") && !knowsTheirWork);
            // (an error the rule raised beyond its own severity stays; a rule file that makes meeting-ask an error for strangers
            // does not take the exemption from people who know each other: a trainer's team could no longer ask a client for time)
            boolean escalated = f.severity() == Severity.ERROR && (rule == null || rule.severity() != Severity.ERROR);
            if (!allowed || escalated) {
                out.add(f);
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern GREETING = java.util.regex.Pattern.compile(
            "(?i)^\\W*(?:hi|hello|hey|dear|good\\s+(?:morning|afternoon|evening))\\b[^,.!?]{0,40}[,!]\\s*");
    private static final java.util.regex.Pattern KNOWN_TOLD = java.util.regex.Pattern.compile(
            "(?i)^\\W*(?:we|i)\\s+(?:first\\s+)?met\\b(?![^.!?]{0,20}\\bonline\\b)|^\\W*we\\s+(?:worked|studied|volunteered|served|trained)\\s+together\\b"
                    + "|^\\W*we\\s+were\\s+(?:batch-?mates|class-?mates|course-?mates|colleagues|teammates|team-?mates)\\b");

    /**
     * A note read with no reason beside it that says how the two know each other ("we met at the IFMA conference …"): a
     * trainer's class note, taken at its word, so "Coffee next time I'm in Nottingham?" is asked of someone met, not of a
     * stranger (a new user's critique). With a reason, the reason and the profiles say who knows whom.
     */
    private static boolean toldWithoutAReason(String note, NoteContext ctx) {
        if (ctx.purpose() != null && !ctx.purpose().text().isBlank()) {
            return false;
        }
        for (dev.rapport.language.Sentence s : dev.rapport.language.Language.english().sentences(note)) {
            if (KNOWN_TOLD.matcher(GREETING.matcher(s.text()).replaceFirst("")).find()) {
                return true;
            }
        }
        return false;
    }

    public List<Finding> check(String note, NoteContext context) {
        String text = capped(note);
        NoteContext ctx = context == null ? NoteContext.bare(rules.defaultLimit()) : context;
        NoteReading reading = new NoteReading(text, ctx, rules, book, evidenceOf(ctx));
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
        out = theSendersOffer(out, reading);
        out = stockLineWithoutAReason(out, reading);
        out = ownQuestionOfALearner(out, reading);
        out = askOfSomeoneKnown(out, ctx, text);
        out.sort(Comparator.comparing(Finding::severity).reversed()
                .thenComparingInt(Finding::start).thenComparing(Finding::rule));
        return List.copyOf(out);
    }

    /** The evidence of the context checked last, kept because a draft vets all its candidates against the same one. */
    private Evidence evidenceOf(NoteContext ctx) {
        LastEvidence known = lastEvidence;
        if (known != null && known.context() == ctx) {
            return known.evidence();
        }
        Evidence read = Evidence.read(ctx);
        lastEvidence = new LastEvidence(ctx, read);
        return read;
    }

    private record LastEvidence(NoteContext context, Evidence evidence) {
    }

    /**
     * The over-length rule's finding alone, held at error even where a rules file turned that rule
     * off or down: a rules file may reword the limit's message, but a note LinkedIn would cut is
     * never one to show. The gate asks this besides {@link #check}; the count is the rule's own.
     */
    public List<Finding> overLimit(String note, NoteContext context) {
        NoteContext ctx = context == null ? NoteContext.bare(rules.defaultLimit()) : context;
        return OWN_LOGIC.get(OVER_LENGTH).check(heldOverLength, new NoteReading(capped(note), ctx, rules, book));
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
}
