package dev.rapport.etiquette;

import dev.rapport.ground.CommonGround;
import dev.rapport.ground.GroundKind;
import dev.rapport.profile.Preference;
import dev.rapport.profile.Profile;
import dev.rapport.profile.SourceFormat;
import dev.rapport.purpose.Intent;
import dev.rapport.purpose.Purpose;
import dev.rapport.purpose.SalesAim;
import dev.rapport.text.RecentMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides connect / follow-first / do-not-connect from the connection-level rules. Pure.
 *
 * <p>Order of precedence: a real relationship means connect (a pitch, an ill-fitting offer or a
 * stated policy then only lowers the warrant and adds a warning); without one, the target's stated
 * policy, a sales aim or an offer that fits nothing block the invitation; otherwise strong common
 * ground with a fitting purpose means connect, and anything less means follow first.
 */
public final class ConnectionJudge {
    private static final Profile NOBODY = new Profile("", "", "", "", null, null, null, null, null, null,
            null, null, "", SourceFormat.PROSE);

    private final RuleSet rules;
    private final PatternBook book;
    private final OutreachRules outreach;
    // A REPL session and a draft's checks ask the same profile again; its instruction-like sentence is found once.
    private final Map<InstructionsAsked, Optional<String>> instructionsQuoted = RecentMap.of(16);

    private record InstructionsAsked(Profile them, List<String> patterns) {
    }

    public ConnectionJudge(RuleSet rules) {
        this.rules = rules;
        this.book = new PatternBook(rules);
        this.outreach = new OutreachRules(rules);
    }

    public Verdict judge(Profile me, Profile them, Purpose purpose, List<CommonGround> ground) {
        return judge(me, them, purpose, ground, List.<String>of());
    }

    /**
     * The same judgement with sentences of the target's profile that a model reads as negative facts
     * ("we moved off SAP last year"): they go to the same tests as the rules' own negations (an offer
     * they do not need, a policy they state), and the rules still decide whether one applies.
     */
    public Verdict judge(Profile me, Profile them, Purpose purpose, List<CommonGround> ground, List<String> theirNegatives) {
        return new Case(me == null ? NOBODY : me, them == null ? NOBODY : them,
                purpose == null ? Purpose.NONE : purpose, ground == null ? List.of() : ground,
                theirNegatives == null ? List.of() : theirNegatives).verdict();
    }

    /**
     * The same judgement, then the user's own history with this person on top: an open or
     * withdrawn invitation means wait, an accepted one calls for thanks, an exhausted note budget
     * is a warning. {@code history} is data handed in from the edge; nothing here reads a database.
     */
    public Verdict judge(Profile me, Profile them, Purpose purpose, List<CommonGround> ground, OutreachHistory history) {
        return outreach.apply(judge(me, them, purpose, ground), them == null ? NOBODY : them, history);
    }

    /** The judgement with a model's negative facts about the target, then the user's history on top. */
    public Verdict judge(Profile me, Profile them, Purpose purpose, List<CommonGround> ground, OutreachHistory history,
                         List<String> theirNegatives) {
        return outreach.apply(judge(me, them, purpose, ground, theirNegatives), them == null ? NOBODY : them, history);
    }

    /**
     * Whether a relationship the sender states stands as evidence: true unless the two profiles
     * contradict it (dates at the organisation that cannot overlap, or full dated histories that leave
     * it out). A drafter asks this before naming the statement in a note. Pure.
     */
    public static boolean statedRelationshipStands(Profile me, Profile them, Purpose purpose, Purpose.StatedRelationship stated) {
        if (purpose == null || stated == null) {
            return false;
        }
        return StatedRelationshipCheck.contradictions(me == null ? NOBODY : me, them == null ? NOBODY : them, purpose)
                .stream().noneMatch(c -> c.stated().equals(stated));
    }

    /** One judgement: the inputs and the reasons gathered so far. */
    private final class Case {
        private final Profile me;
        private final Profile them;
        private final Purpose purpose;
        private final List<CommonGround> ground;
        private final Optional<CommonGround> relationship;
        private final List<StatedRelationshipCheck.Contradiction> contradicted;
        /** Sentences of the target's a model reads as negative facts; the rules decide what they show. */
        private final List<String> negatives;
        private final List<Reason> blockers = new ArrayList<>();
        /** Reasons that rule out an invitation for now but leave following open (e.g. "only people I know"). */
        private final List<Reason> deferrals = new ArrayList<>();
        private final List<Reason> cautions = new ArrayList<>();
        private final List<Reason> notes = new ArrayList<>();
        private int penalty;
        private int blockWarrant = 100;
        /** A pitch with explicit evidence (a cue or a stated sales aim), not only the classifier's guess. */
        private final boolean pitch;
        /** Words that name no organisation in particular. */
        private static final Set<String> ORGANISATION_WORDS = Set.of("the", "and", "company", "group", "inc", "ltd", "llc", "plc",
                "corporation", "international", "global", "services", "solutions", "holdings", "limited", "university", "bank");
        /** The target asks not to be pitched ("Please no software demos in my inbox"). */
        private final boolean refusesPitches;

        Case(Profile me, Profile them, Purpose purpose, List<CommonGround> ground, List<String> negatives) {
            this.negatives = List.copyOf(negatives);
            this.me = me;
            this.them = them;
            this.purpose = purpose;
            this.pitch = purpose.isPitch() && SalesAim.evidenced(purpose);
            this.contradicted = StatedRelationshipCheck.contradictions(me, them, purpose);
            // a statement the profiles contradict is no longer evidence; the verdict says why instead
            this.ground = ground.stream().filter(g -> contradicted.stream().noneMatch(c -> c.stated().sentence().equals(g.subject())))
                    .sorted(Comparator.comparingDouble(CommonGround::strength).reversed()).toList();
            Rule policy = rules.rule("target-policy").filter(Rule::enabled).orElse(null);
            this.refusesPitches = policy != null && them != null && purpose.isPitch()
                    && refusal(policy, Preference.NO_PITCHES, "no-pitches-words", "").filter(x -> !x.isBlank()).isPresent();
            this.relationship = rules.enabled("relationship")
                    ? this.ground.stream().filter(g -> g.kind().isRelationship() && !pitchOutranks(g)).findFirst() : Optional.empty();
        }

        /**
         * A sales or lead-generation aim the sender states as their own outranks a relationship that rests
         * on their word alone ("we met at my booth, I want to sell him ..."): the pitch rules apply as to a stranger.
         */
        private boolean pitchOutranks(CommonGround g) {
            return purpose.isPitch() && (onUsersWord(g) || onPaperOnly(g)) && SalesAim.stated(purpose);
        }

        /**
         * History found only by the profiles' dates, which the sender's reason never mentions (no relationship
         * stated, the place not named), with a target who asks not to be pitched: years at the same large
         * employer are not knowing each other, and a sales aim that does not invoke them is a cold pitch.
         */
        private boolean onPaperOnly(CommonGround g) {
            if (!refusesPitches || onUsersWord(g) || !purpose.stated().isEmpty()) {
                return false;
            }
            Set<String> said = Set.copyOf(java.util.Arrays.asList(purpose.text().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
            // "The Walt Disney Company" is named by "Disney", not by the "the" of any reason
            return java.util.Arrays.stream(g.subject().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                    .filter(w -> w.length() >= 3 && !ORGANISATION_WORDS.contains(w)).noneMatch(said::contains);
        }

        /** Ground read from the sender's reason (an event, a referrer, a stated relationship), not from the profiles. */
        private boolean onUsersWord(CommonGround g) {
            return g.kind() == GroundKind.MET_AT_EVENT || g.kind() == GroundKind.MUTUAL_CONTACT
                    || purpose.states(g.subject());
        }

        /** The strongest relationship the sender states, when only their word carries it. */
        private Optional<CommonGround> statedOnly() {
            return ground.stream().filter(g -> g.kind().isRelationship() && pitchOutranks(g)).findFirst();
        }

        Verdict verdict() {
            statedButContradicted();
            targetPolicy();
            pitchIntent();
            irrelevantOffer();
            ignoredInstructions();
            if (relationship.isPresent()) {
                return related();
            }
            if (!blockers.isEmpty()) {
                return verdict(Decision.DO_NOT_CONNECT, blockWarrant, blockers);
            }
            if (!deferrals.isEmpty()) {
                return verdict(Decision.FOLLOW_FIRST, blockWarrant, deferrals);
            }
            return commonGround().or(this::openDoor).orElseGet(this::noContext);
        }

        /**
         * The target's own open door ("questions about the data are welcome here", "happy to compare notes
         * with planners") for what the sender wants: a sentence of theirs that invites contact, not negated,
         * sharing a word of substance with the sender's reason. Not for a pitch, which no door invites.
         */
        private Optional<Verdict> openDoor() {
            return OpenDoor.invitation(them, purpose, rules, book)
                    .map(s -> {
                        Rule rule = rules.require("common-ground");
                        return verdict(Decision.CONNECT, warrant(rule, rule.number("min-strength", 0.5)),
                                List.of(new Reason(rule.id(), rule.severity(), reason("common-ground-open-door",
                                        Map.of("statement", s, "purpose", purposeText())))));
                    });
        }

        private Verdict related() {
            Rule rule = rules.require("relationship");
            int warrant = warrant(rule, relationship.get().strength()) - penalty;
            List<Reason> reasons = new ArrayList<>();
            ground.stream().filter(g -> g.kind().isRelationship())
                    .forEach(g -> reasons.add(new Reason(rule.id(), rule.severity(), reason("relationship", Map.of("detail", detail(g))))));
            reasons.addAll(cautions);
            return verdict(Decision.CONNECT, warrant, reasons);
        }

        private Optional<Verdict> commonGround() {
            Rule rule = rules.rule("common-ground").filter(Rule::enabled).orElse(null);
            if (rule == null) {
                return Optional.empty();
            }
            Set<String> fitting = Set.copyOf(rule.phrases("purposes"));
            boolean fits = purpose.intents().stream().map(Intent::id).anyMatch(fitting::contains);
            double min = rule.number("min-strength", 0.5);
            List<CommonGround> strong = ground.stream().filter(g -> g.strength() >= min).toList();
            if (!fits || strong.isEmpty() || tooMuchFromAReader(rule, strong)) {
                return Optional.empty();
            }
            // the reason is quoted once, by the first link; each further one names only its own evidence
            List<Reason> reasons = strong.stream().map(g -> new Reason(rule.id(), rule.severity(), g == strong.get(0)
                    ? reason("common-ground", Map.of("detail", detail(g), "purpose", purposeText()))
                    : reason("common-ground-more", Map.of("detail", detail(g))))).toList();
            return Optional.of(verdict(Decision.CONNECT, warrant(rule, strong.get(0).strength()), reasons));
        }

        /**
         * A reader of their posts who asks a stranger for mentoring, a personal call or a place in their
         * network asks more than a post earns: the link is only what the target wrote for everyone.
         */
        private boolean tooMuchFromAReader(Rule rule, List<CommonGround> strong) {
            boolean onlyTheirWords = strong.stream().allMatch(g -> g.kind() == GroundKind.THEIR_POST || g.kind() == GroundKind.SHARED_TOPIC);
            return onlyTheirWords && book.containsPhrase(purpose.text(), rule.phrases("too-much-for-a-reader"));
        }

        private Verdict noContext() {
            Rule rule = rules.require("no-context");
            Optional<CommonGround> closest = ground.stream().findFirst();
            String text = closest.map(g -> reason("no-context-with-ground", Map.of("detail", detail(g))))
                    .orElseGet(() -> reason("no-context", Map.of()));
            return verdict(Decision.FOLLOW_FIRST, warrant(rule, closest.map(CommonGround::strength).orElse(0.0)),
                    List.of(new Reason(rule.id(), rule.severity(), text)));
        }

        /** A relationship the sender states that the profiles contradict: a caution citing the statement and both profiles' lines. */
        private void statedButContradicted() {
            for (StatedRelationshipCheck.Contradiction c : contradicted) {
                String kind = c.stated().kind();
                Map<String, String> vars = Map.of("statement", ProfileQuotes.quote(c.stated().sentence()),
                        "organisation", c.organisation(), "mine", c.mine(), "theirs", c.theirs(),
                        "activity", rules.messages().word("stated-activity-" + kind),
                        "history", rules.messages().word("stated-history-" + kind));
                notes.add(new Reason("relationship", Severity.WARNING,
                        reason("stated-relationship-" + c.kind().key, vars)));
            }
        }

        // "I applied last week", "applied yesterday for …", "submitted my application"; not "not applied yet", "before I apply"
        private static final java.util.regex.Pattern APPLIED = java.util.regex.Pattern.compile(
                "(?i)(?<!\\bnot\\s|\\bnever\\s|n't\\s|\\byet\\sto\\s|\\bnot\\syet\\s)\\bapplied\\b|\\bsubmitted\\s+(?:my|an|the)\\s+application\\b|\\bmy\\s+application\\b");

        private void targetPolicy() {
            Rule rule = rules.rule("target-policy").filter(Rule::enabled).orElse(null);
            if (rule == null) {
                return;
            }
            StatedPolicies policies = new StatedPolicies(rule, book);
            boolean recruiting = purpose.has(Intent.HIRING) || isRecruiter(rule);
            policy(rule, Preference.KNOWN_ONLY, true, "known-only-words");
            policy(rule, Preference.NO_RECRUITERS, recruiting, "no-recruiters-words");
            policy(rule, Preference.NO_PITCHES, pitch, "no-pitches-words");
            // "Please do not send me connection requests asking me for an internship": a stranger's ask for a job or a referral
            // (a student's was follow-first with "invite later", against what the reader asked)
            policy(rule, Preference.NO_REFERRAL_ASKS, !recruiting && purpose.has(Intent.JOB_SEEKING), "no-referral-asks-words");
            if (recruiting) {
                policies.statement(them, Preference.RECRUITERS_WELCOME, null, null).ifPresent(s -> notes.add(new Reason(rule.id(),
                        Severity.INFO, reason("target-policy-recruiters-welcome", Map.of("statement", s)))));
            }
            if (purpose.has(Intent.JOB_SEEKING) && !recruiting) {
                applyChannel(rule);
            }
            if (relationship.isEmpty() && !pitch) {
                policies.statement(them, Preference.OPEN_TO_EVERYONE, null, null).ifPresent(s -> notes.add(new Reason(rule.id(),
                        Severity.INFO, reason("target-policy-open-to-everyone", Map.of("statement", s)))));
            }
        }

        /**
         * "please apply through our careers page rather than sending me DMs": a job seeker who has not applied yet
         * applies there first, unless the two already know each other; one who has applied is told to say so.
         */
        private void applyChannel(Rule rule) {
            List<String> patterns = rule.phrases("apply-channel-patterns");
            Optional<String> said = patterns.isEmpty() ? Optional.empty()
                    : ProfileQuotes.find(them, s -> !book.findPatterns(s, patterns).isEmpty());
            if (said.isEmpty()) {
                return;
            }
            Map<String, String> vars = Map.of("statement", said.get());
            if (APPLIED.matcher(purpose.text()).find() || APPLIED.matcher(asMeant(purpose.text())).find()) {
                notes.add(new Reason(rule.id(), Severity.INFO, reason("target-policy-apply-channel-applied", vars)));
            } else if (relationship.isEmpty()) {
                deferrals.add(new Reason(rule.id(), Severity.WARNING, reason("target-policy-apply-channel", vars)));
                blockWarrant = Math.min(blockWarrant, (int) rule.number("warrant", 0));
            }
        }

        /**
         * The reason as a careful writer would put it: "i send my aplication … last friday" is "I sent my application … last
         * Friday", read as the application it tells of.
         */
        private static String asMeant(String reason) {
            dev.rapport.language.Copyedit copyedit = dev.rapport.language.Copyedit.english();
            return copyedit.toldInThePast(copyedit.tidy(reason, dev.rapport.language.Gazetteer.empty()), true);
        }

        /**
         * The target's sentence stating {@code preference} (or {@code fallback} when only the profile's preferences say
         * so), or a model's negative fact that names it in the rule's own words; "only people I know" is too easily read
         * into any sentence, so it stays the rules' alone.
         */
        private Optional<String> refusal(Rule rule, Preference preference, String wordsParam, String fallback) {
            // (a sentence-less preference gives the fallback; a blank one leaves the negative facts to answer)
            return new StatedPolicies(rule, book).statement(them, preference, wordsParam, fallback).filter(s -> !s.isBlank())
                    .or(() -> negatives.stream().filter(s -> preference != Preference.KNOWN_ONLY
                                    && book.containsPhrase(s, rule.phrases(wordsParam)))
                            .findFirst().map(ProfileQuotes::quote));
        }

        private void policy(Rule rule, Preference preference, boolean applies, String wordsParam) {
            if (!applies) {
                return;
            }
            Optional<String> said = refusal(rule, preference, wordsParam, rules.messages().word("statement-fallback-" + preference.id()));
            if (said.isEmpty()) {
                return;
            }
            String statement = said.get();
            String text = reason("target-policy-" + preference.id(), Map.of("statement", statement));
            if (relationship.isEmpty() && (preference == Preference.KNOWN_ONLY || preference == Preference.NO_REFERRAL_ASKS) && !pitch) {
                // "Only people I know" closes the invitation, not the door: following is what they ask for; so does "no
                // internship requests", which refuses the ask, not the person
                deferrals.add(new Reason(rule.id(), Severity.WARNING,
                        reason("target-policy-" + preference.id() + "-follow", Map.of("statement", statement))));
                blockWarrant = Math.min(blockWarrant, (int) rule.number("warrant", 0));
            } else if (relationship.isEmpty()) {
                blockers.add(new Reason(rule.id(), rule.severity(), text));
                blockWarrant = Math.min(blockWarrant, (int) rule.number("warrant", 0));
            } else if (preference == Preference.KNOWN_ONLY) {
                knownOnlyMet(rule, statement);
            } else {
                cautions.add(new Reason(rule.id(), Severity.WARNING, reason("target-policy-related", Map.of("policy", text))));
                penalty += (int) rule.number("relationship-penalty", 15);
            }
        }

        /**
         * "Only people I know" yields to a relationship; when only the sender's word carries it, the note
         * must respect the policy by naming where they met, so it is a caution, not a plain note.
         */
        private void knownOnlyMet(Rule rule, String statement) {
            if (relationship.get().kind() == GroundKind.MUTUAL_CONTACT) {
                // a referral is not a meeting: the recipient places the sender by the person who sent them
                cautions.add(new Reason(rule.id(), Severity.WARNING, reason("relationship-known-only-referred",
                        Map.of("statement", statement, "detail", detail(relationship.get())))));
            } else if (onUsersWord(relationship.get())) {
                cautions.add(new Reason(rule.id(), Severity.WARNING, reason("relationship-known-only-stated",
                        Map.of("statement", statement, "detail", detail(relationship.get())))));
            } else {
                notes.add(new Reason(rule.id(), Severity.INFO,
                        reason("relationship-known-only", Map.of("statement", statement))));
            }
        }

        private boolean isRecruiter(Rule rule) {
            String title = me.headline() + "\n" + me.currentPosition().map(p -> p.title()).orElse("");
            return book.containsPhrase(title, rule.phrases("recruiter-titles"));
        }

        private void pitchIntent() {
            Rule rule = rules.rule("pitch-intent").filter(Rule::enabled).orElse(null);
            if (rule == null || !purpose.isPitch()) {
                return;
            }
            if (relationship.isEmpty() && !pitch) {
                return;     // a classifier's guess alone refuses nobody; without ground it is follow-first anyway
            }
            Map<String, String> vars = Map.of("purpose", aimText());
            // money asked for (a gift, a grant, a sponsorship) is said as such, not as a sale
            boolean funding = dev.rapport.purpose.PurposeReader.asksForMoney(purpose.text());
            if (relationship.isPresent()) {
                // (a referral is no acquaintance: "You know Larry" was said of someone the sender was only pointed to)
                boolean referred = relationship.get().kind() == dev.rapport.ground.GroundKind.MUTUAL_CONTACT;
                Map<String, String> said = referred ? Map.of("purpose", aimText(), "referrer", relationship.get().subject()) : vars;
                cautions.add(new Reason(rule.id(), Severity.WARNING, reason((funding ? "pitch-intent-related-funding" : "pitch-intent-related")
                        + (referred ? "-referred" : ""), said)));
                penalty += (int) rule.number("relationship-penalty", 20);
                return;
            }
            boolean leadGen = purpose.has(Intent.LEAD_GEN) && !purpose.has(Intent.SELLING);
            String key = leadGen ? "pitch-intent-lead-gen" : funding ? "pitch-intent-funding" : "pitch-intent-selling";
            Optional<CommonGround> stated = statedOnly();
            // ("you have no shared history" above a common-ground line that lists being alumni read as a contradiction to a
            // new user: the link there is is named, and said to be no relationship)
            Optional<CommonGround> closest = ground.stream().findFirst();
            // (a referral alone is no acquaintance: "Even on your word that you know Pete (you say Priya Shah suggested …)" and
            // "follow up where you met" were said to a seller who had never met him)
            boolean referredOnly = stated.isPresent() && stated.get().kind() == dev.rapport.ground.GroundKind.MUTUAL_CONTACT;
            String said = referredOnly ? reason(key + "-referred-only", Map.of("purpose", aimText(), "referrer", stated.get().subject()))
                    : stated.isPresent() ? reason(key + (onPaperOnly(stated.get()) ? "-on-paper" : "-stated"),
                    Map.of("purpose", aimText(), "detail", detail(stated.get())))
                    : closest.isPresent() ? reason(key + "-with-ground", Map.of("purpose", aimText(), "detail", detail(closest.get())))
                    : reason(key, vars);
            blockers.add(new Reason(rule.id(), rule.severity(), said));
            blockWarrant = Math.min(blockWarrant, (int) rule.number("warrant", 5));
        }

        private void irrelevantOffer() {
            Rule rule = rules.rule("irrelevant-offer").filter(Rule::enabled).orElse(null);
            if (rule == null || purpose.offers().isEmpty()) {
                return;
            }
            OfferFit fit = OfferFit.assess(purpose.offers(), them, rule, book, negatives);
            if (fit.fits()) {
                return;
            }
            String offer = String.join(", ", purpose.offers());
            String text = fit.denial()
                    .map(s -> reason("irrelevant-offer-denied", Map.of("statement", s, "offer", offer)))
                    .orElseGet(() -> reason("irrelevant-offer-unmatched", Map.of("offer", offer)));
            if (relationship.isPresent()) {
                boolean referred = relationship.get().kind() == dev.rapport.ground.GroundKind.MUTUAL_CONTACT;
                cautions.add(new Reason(rule.id(), Severity.WARNING, referred
                        ? reason("irrelevant-offer-related-referred", Map.of("offer", offer, "evidence", text, "referrer", relationship.get().subject()))
                        : reason("irrelevant-offer-related", Map.of("offer", offer, "evidence", text))));
                penalty += (int) rule.number("relationship-penalty", 10);
                return;
            }
            blockers.add(new Reason(rule.id(), rule.severity(), text));
            blockWarrant = Math.min(blockWarrant, (int) rule.number("warrant", 5));
        }

        private void ignoredInstructions() {
            Rule rule = rules.rule("ignored-instructions").filter(Rule::enabled).orElse(null);
            if (rule == null) {
                return;
            }
            List<String> patterns = rule.phrases("patterns");
            Optional<String> quoted = RecentMap.remember(instructionsQuoted, new InstructionsAsked(them, patterns),
                    asked -> ProfileQuotes.find(them, s -> !book.findPatterns(s, patterns).isEmpty())
                            .or(() -> book.findPatterns(them.searchableText(), patterns).isEmpty() ? Optional.empty()
                                    : Optional.of(ProfileQuotes.quote(firstMatch(them.searchableText(), patterns)))));
            quoted.ifPresent(s -> notes.add(new Reason(rule.id(), rule.severity(),
                            reason("ignored-instructions", Map.of("statement", s)))));
        }

        private String firstMatch(String text, List<String> patterns) {
            Span span = book.findPatterns(text, patterns).get(0);
            return span.of(text);
        }

        private Verdict verdict(Decision decision, int warrant, List<Reason> main) {
            List<Reason> reasons = new ArrayList<>(main);
            reasons.addAll(notes);
            return new Verdict(decision, warrant, reasons);
        }

        private int warrant(Rule rule, double strength) {
            return (int) Math.round(rule.number("base", 0) + rule.number("span", 0) * strength);
        }

        private String reason(String key, Map<String, String> extra) {
            Map<String, String> vars = new HashMap<>(extra);
            vars.putIfAbsent("them", them.firstName().isBlank() ? rules.messages().word("them-in-reason") : them.firstName());
            return rules.messages().reason(key, vars);
        }

        /** The sentence of the reason that carries the sale, quoted; the whole reason when it has one sentence. */
        private String aimText() {
            String aim = SalesAim.sentenceOf(purpose);
            return aim.isBlank() ? purposeText() : "“" + ProfileQuotes.quote(aim) + "”";
        }

        /** The sender's own words, quoted, or their intents when there are no words. */
        private String purposeText() {
            String text = purpose.text();
            if (text.isBlank()) {
                text = purpose.intents().stream().map(Intent::id).sorted().collect(Collectors.joining(", "));
                return text.isBlank() ? rules.messages().word("purpose-fallback") : text;
            }
            return "“" + ProfileQuotes.quote(text) + "”";
        }
    }

    /** A ground's evidence sentence without its closing full stop; templates add their own punctuation. */
    private static String detail(CommonGround g) {
        String d = g.detail().isBlank() ? g.subject() : g.detail().strip();
        while (d.endsWith(".")) {
            d = d.substring(0, d.length() - 1);
        }
        return d;
    }
}
