package dev.rapport.etiquette;

import dev.rapport.profile.Preference;
import dev.rapport.profile.Profile;
import dev.rapport.purpose.Intent;
import dev.rapport.purpose.Purpose;
import dev.rapport.purpose.PurposeReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Grades a note someone wrote, the way a coach marks up a draft: every note-level rule, plus the
 * connection rules that can be read off a note once the recipient is known (an offer their
 * profile rules out, a policy they stated). Pure: the caller supplies profiles and the limit.
 */
public final class Critic {
    // Points a finding costs; the verdict bands below keep the score and the verdict in agreement.
    private static final int ERROR_COST = 40;
    private static final int WARNING_COST = 18;
    private static final int INFO_COST = 3;
    private static final int DO_NOT_SEND_MAX = 30;
    private static final int REVISE_MAX = 65;
    private static final int SEND_MIN = 70;
    private static final Pattern TERM = Pattern.compile("[\\p{L}\\p{N}]+(?:[.+#-][\\p{L}\\p{N}]+)*[+#]*");

    private final RuleSet rules;
    private final NoteRules noteRules;
    private final PatternBook book;

    public Critic(RuleSet rules) {
        this(rules, new NoteRules(rules));
    }

    /** Grades with the given note checker, e.g. one that also recognises paraphrases by meaning. */
    public Critic(RuleSet rules, NoteRules noteRules) {
        this.rules = rules;
        this.noteRules = noteRules;
        this.book = new PatternBook(rules);
    }

    public RuleSet rules() {
        return rules;
    }

    public Critique critique(String note, NoteContext context) {
        String text = NoteRules.capped(note);
        NoteContext ctx = context == null ? NoteContext.bare(rules.defaultLimit()) : context;
        List<Finding> findings = new ArrayList<>(noteRules.check(text, ctx));
        if (ctx.them() != null && !text.isBlank()) {
            NoteReading reading = new NoteReading(text, ctx, rules, book);
            Purpose said = PurposeReader.read(text);
            findings.addAll(offers(reading, findings, said));
            findings.addAll(policy(reading, findings, said));
        }
        boolean unread = Critique.unread(findings);
        if (unread) {
            // the English rules misread another language ("Hola" is no greeting to them, so "Maria" is talked about):
            // only what holds in any language stays
            findings.removeIf(f -> !LANGUAGE_FREE.contains(f.rule()));
        }
        findings.sort(Comparator.comparing(Finding::severity).reversed()
                .thenComparingInt(Finding::start).thenComparing(Finding::rule));
        NoteVerdict verdict = NoteVerdict.of(findings);
        // a note the rules could not read is not theirs to rewrite
        Repair.Repaired repaired = verdict == NoteVerdict.SEND || unread ? new Repair.Repaired(text, false)
                : new Repair(rules, ctx, book).repair(text, findings);
        return new Critique(text, score(findings, verdict), verdict, findings, repaired.text(), repaired.gaps());
    }

    /** The rules whose findings hold whatever the note's language: its length, a link, a placeholder left in, a name not theirs. */
    private static final java.util.Set<String> LANGUAGE_FREE = java.util.Set.of(Critique.NOT_ENGLISH, "over-length", "link", "placeholder",
            "wrong-name");

    private static int score(List<Finding> findings, NoteVerdict verdict) {
        int score = 100;
        for (Finding f : findings) {
            score -= switch (f.severity()) {
                case ERROR -> ERROR_COST;
                case WARNING -> WARNING_COST;
                case INFO -> INFO_COST;
            };
        }
        score = Math.max(0, score);
        return switch (verdict) {
            case DO_NOT_SEND -> Math.min(score, DO_NOT_SEND_MAX);
            case REVISE -> Math.min(Math.max(score, DO_NOT_SEND_MAX + 5), REVISE_MAX);
            case SEND -> Math.max(score, SEND_MIN);
        };
    }

    private boolean related(NoteContext ctx) {
        return ctx.ground().stream().anyMatch(g -> g.kind().isRelationship());
    }

    // ------------------------------------------------------------------ irrelevant-offer

    /**
     * An offer in the note that the recipient's profile rules out ("we have never used SAP"), or,
     * when the sender stated what they sell, an offer nothing in the profile asks for.
     */
    private List<Finding> offers(NoteReading note, List<Finding> found, Purpose said) {
        Rule rule = rules.rule("irrelevant-offer").filter(Rule::enabled).orElse(null);
        if (rule == null) {
            return List.of();
        }
        Profile them = note.ctx.them();
        Severity severity = related(note.ctx) ? Severity.WARNING : rule.severity();
        List<Span> offering = offeringSentences(note, rule, found, said);
        List<String> negations = rule.phrases("negations");
        List<String> sentences = ProfileQuotes.sentences(them);
        for (Span sentence : offering) {
            for (Span term : terms(note, sentence)) {
                String word = term.of(note.note);
                Optional<String> denial = sentences.stream()
                        .filter(s -> book.containsPhrase(s, negations) && book.containsPhrase(s, List.of(word)))
                        .findFirst().map(ProfileQuotes::quote);
                if (denial.isPresent()) {
                    return List.of(note.finding(rule, severity, term, "message-denied", "fix",
                            Map.of("statement", denial.get(), "offer", word)));
                }
            }
        }
        Purpose stated = note.ctx.purpose();
        if (stated != null && !stated.offers().isEmpty()) {
            OfferFit fit = OfferFit.assess(stated.offers(), them, rule, book);
            if (!fit.fits()) {
                String offer = String.join(", ", stated.offers());
                Span span = firstMention(note.note, stated.offers())
                        .or(() -> offering.stream().findFirst())
                        .orElse(note.whole());
                String key = fit.denial().isPresent() ? "message-denied" : "message-unmatched";
                return List.of(note.finding(rule, severity, span, key, "fix",
                        Map.of("statement", fit.denial().orElse(""), "offer", offer)));
            }
        }
        return List.of();
    }

    /** Sentences that offer something: they hold a pitch finding, or match the rule's offer patterns. */
    private List<Span> offeringSentences(NoteReading note, Rule rule, List<Finding> found, Purpose said) {
        List<Span> sentences = Sentences.split(note.note, Sentences.greeting(note.note, note.greeting()).end());
        List<String> patterns = rule.phrases("offer-patterns");
        return sentences.stream().filter(s -> said.has(Intent.SELLING)
                || found.stream().anyMatch(f -> (f.rule().equals("pitch")) && f.start() >= s.start() && f.start() < s.end())
                || !book.findPatterns(s.of(note.note), patterns).isEmpty()).toList();
    }

    /** Words that can name a product or technology: acronyms, words with digits, capitalised words inside a sentence. */
    private List<Span> terms(NoteReading note, Span sentence) {
        Set<String> skip = NoteReading.lower(rules.require("generic").phrases("not-specific"));
        List<Span> out = new ArrayList<>();
        Matcher m = TERM.matcher(note.note);
        m.region(sentence.start(), sentence.end());
        boolean first = true;
        while (m.find()) {
            String t = m.group();
            boolean acronym = t.codePoints().filter(Character::isLetter).count() >= 2
                    && t.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
            boolean digits = t.chars().anyMatch(Character::isDigit) && t.chars().anyMatch(Character::isLetter);
            boolean capital = !first && Character.isUpperCase(t.codePointAt(0));
            first = false;
            if ((acronym || digits || capital) && !skip.contains(NoteReading.normal(t))) {
                out.add(new Span(m.start(), m.end()));
            }
        }
        return out;
    }

    private static Optional<Span> firstMention(String note, List<String> offers) {
        String lower = note.toLowerCase(java.util.Locale.ROOT);
        for (String offer : offers) {
            int at = lower.indexOf(offer.toLowerCase(java.util.Locale.ROOT));
            if (at >= 0) {
                return Optional.of(new Span(at, at + offer.length()));
            }
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------ target-policy

    /** The recipient said whom they accept, or that they want no recruiters or pitches, and the note ignores it. */
    private List<Finding> policy(NoteReading note, List<Finding> found, Purpose said) {
        Rule rule = rules.rule("target-policy").filter(Rule::enabled).orElse(null);
        Profile them = note.ctx.them();
        if (rule == null) {
            return List.of();
        }
        boolean related = related(note.ctx);
        List<Finding> out = new ArrayList<>();
        StatedPolicies policies = new StatedPolicies(rule, book);
        Optional<String> knownOnly = related ? Optional.empty() : said(policies, them, Preference.KNOWN_ONLY, "known-only-words");
        knownOnly.ifPresent(statement -> out.add(policyFinding(note, rule, Severity.WARNING, note.whole(), Preference.KNOWN_ONLY, statement)));
        Optional<String> noRecruiters = said(policies, them, Preference.NO_RECRUITERS, "no-recruiters-words");
        if (noRecruiters.isPresent()) {
            Optional<Span> recruiting = book.find(note.note, phrasesOf(rule, "recruiting-phrases", "recruiting-patterns"))
                    .stream().findFirst();
            Purpose stated = note.ctx.purpose();
            boolean hiring = said.has(Intent.HIRING) || stated != null && stated.has(Intent.HIRING)
                    || isRecruiter(note.ctx.me(), rule) || recruiting.isPresent();
            if (hiring) {
                out.add(policyFinding(note, rule, related ? Severity.WARNING : rule.severity(),
                        recruiting.orElse(note.whole()), Preference.NO_RECRUITERS, noRecruiters.get()));
            }
        }
        Optional<Finding> pitch = found.stream()
                .filter(f -> f.rule().equals("pitch") || f.rule().equals("lead-gen")).findFirst();
        if (pitch.isPresent() || said.isPitch()) {
            Optional<String> noPitches = said(policies, them, Preference.NO_PITCHES, "no-pitches-words");
            if (noPitches.isPresent()) {
                Span span = pitch.map(f -> new Span(f.start(), f.end())).orElse(note.whole());
                // (money asked of someone who asks for no funding requests is refused in those words, with their process named)
                boolean money = PhraseCheck.MONEY.matcher(span.of(note.note)).find()
                        && rules.messages().note(rule.id(), "message-no-pitches-money").isPresent();
                out.add(policyFinding(note, rule, related ? Severity.WARNING : rule.severity(), span, Preference.NO_PITCHES,
                        noPitches.get(), money ? "-money" : ""));
            }
        }
        referralAsk(note, rule, policies, related).ifPresent(out::add);
        return out;
    }

    /**
     * "please don't ask me for referrals before we've talked", and the note asks for one (what the big-ask rule reads
     * as a referral or a job asked for): a warning between people who know each other, the rule's severity otherwise.
     */
    private Optional<Finding> referralAsk(NoteReading note, Rule rule, StatedPolicies policies, boolean related) {
        Rule bigAsk = rules.rule("big-ask").orElse(null);
        if (bigAsk == null) {
            return Optional.empty();
        }
        Optional<Span> ask = book.find(note.note, bigAsk).stream().findFirst();
        if (ask.isEmpty()) {
            return Optional.empty();
        }
        return said(policies, note.ctx.them(), Preference.NO_REFERRAL_ASKS, null).map(statement -> policyFinding(note, rule,
                related ? Severity.WARNING : rule.severity(), ask.get(), Preference.NO_REFERRAL_ASKS, statement));
    }

    private Optional<String> said(StatedPolicies policies, Profile them, Preference preference, String wordsParam) {
        return policies.statement(them, preference, wordsParam, rules.messages().word("statement-fallback-" + preference.id()));
    }

    private Finding policyFinding(NoteReading note, Rule rule, Severity severity, Span span, Preference preference,
                                  String statement) {
        return policyFinding(note, rule, severity, span, preference, statement, "");
    }

    /** With {@code variant} after the keys ("-money": "message-no-pitches-money"), for a wording of one kind of it. */
    private Finding policyFinding(NoteReading note, Rule rule, Severity severity, Span span, Preference preference,
                                  String statement, String variant) {
        return note.finding(rule, severity, span, "message-" + preference.id() + variant, "fix-" + preference.id() + variant,
                Map.of("statement", statement));
    }

    /** A rule-like view of two params, so that {@link PatternBook#find} matches both. */
    private static Rule phrasesOf(Rule rule, String phrases, String patterns) {
        return new Rule(rule.id(), rule.level(), rule.title(), "", rule.severity(), true,
                Map.of("phrases", rule.phrases(phrases), "patterns", rule.phrases(patterns)), "", "");
    }

    private boolean isRecruiter(Profile me, Rule rule) {
        if (me == null) {
            return false;
        }
        String title = me.headline() + "\n" + me.currentPosition().map(p -> p.title()).orElse("");
        return book.containsPhrase(title, rule.phrases("recruiter-titles"));
    }
}
