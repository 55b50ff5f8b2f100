package dev.rapport.draft;

import dev.rapport.language.Copyedit;
import dev.rapport.text.Words;
import dev.rapport.draft.Clause.Role;
import dev.rapport.etiquette.Decision;
import dev.rapport.etiquette.NoteContext;
import dev.rapport.etiquette.NoteRules;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.ground.CommonGround;
import dev.rapport.ground.GroundKind;
import dev.rapport.purpose.Purpose;
import dev.rapport.text.Honorifics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Stream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The built-in drafter: no network, deterministic, several angles from the strongest common ground.
 * Each note greets the target by name, names one piece of shared context, says why now, and closes
 * without pressure; clauses are dropped (never cut) until it fits the limit.
 */
public final class OfflineDrafter implements Drafter {
    static final int DEFAULT_LIMIT = 300;
    static final int DEFAULT_VARIANTS = 3;
    // A short note aims at this share of the limit, so it reads as a quick line rather than a letter.
    private static final double SHORT_SHARE = 0.5;

    // the package's one message bundle (the refiner's lines live there too)
    private static final dev.rapport.text.Bundle TEXT = new dev.rapport.text.Bundle("dev.rapport.draft.messages");

    private final Phrasebook book;
    private final Facts.Wording wording;
    private final Set<String> plainWords;
    private final ReasonWords reasonWords;
    private final ReasonPoint point;
    // The user's words are free text: a plan built from them is only kept when it passes the note rules, or the ground-led plan is used.
    private final NoteRules selfCheck = new NoteRules(RuleSet.builtIn());

    public OfflineDrafter() {
        this(Phrasebook.builtIn());
    }

    OfflineDrafter(Phrasebook book) {
        this.book = book;
        Set<String> h = new LinkedHashSet<>();
        // rapport's one list of titles (text/honorifics.txt), the same one GreetingName reads
        Honorifics.forms()
                .forEach(s -> h.add(s.toLowerCase(Locale.ROOT)));
        Set<String> skillWords = Set.copyOf(book.skillWords().stream().map(Text::lower).toList());
        // Words the etiquette rules do not count as naming anything; a skill made only of them keeps its capitals.
        Set<String> vague = Set.copyOf(RuleSet.builtIn().rule("generic").map(r -> r.phrases("generic-words")).orElse(List.of())
                .stream().map(Text::lower).toList());
        this.plainWords = Set.copyOf(book.plainWords().stream().map(Text::lower).toList());
        Phrasebook.Voice voice = book.secondPerson();
        this.reasonWords = new ReasonWords(book.thanksVerbs(), book.reasonSubjectless());
        this.point = new ReasonPoint(reasonWords);
        this.wording = new Facts.Wording(Set.copyOf(h), new SkillNames(skillWords, vague),
                new SecondPerson(voice.swaps(), voice.subjectless(), voice.afterI()), book.article() + " ");
    }

    @Override
    public List<Note> draft(DraftRequest request) {
        return draft(request, Vetting.NONE).notes();
    }

    /**
     * Notes whose free-text plans are kept only when the gate's own vetting passes them (the gate
     * then reuses those answers instead of checking the same notes twice); without a vetting, the
     * built-in note rules stand in.
     */
    @Override
    public Proposal draft(DraftRequest request, Vetting vetting) {
        List<Note> notes = new ArrayList<>();
        for (NotePlan plan : plans(request, vetting)) {
            realise(plan, request).filter(n -> notes.stream().noneMatch(o -> o.text().equals(n.text()))).ifPresent(notes::add);
        }
        boolean connect = request != null && request.verdict() != null && request.verdict().decision() == Decision.CONNECT;
        if (!connect) {
            return Proposal.written(List.copyOf(notes));
        }
        Predicate<String> passes = passes(request, vetting);
        List<Note> passing = notes.stream().filter(n -> passes.test(n.text())).toList();
        if (passing.isEmpty()) {
            // A connect verdict that the gate will leave with no note says which rule held back even the smallest note.
            return new Proposal(List.copyOf(notes), blocked(request, vetting, notes).map(List::of).orElse(List.of()), Proposal.Outcome.WRITTEN);
        }
        // a template note a rule objects to ("we were colleagues" to people who still work together) is not offered beside ones that pass
        return Proposal.written(passing);
    }

    /** The plans for a request's notes, one per angle, strongest first; empty unless the verdict is connect. */
    public List<NotePlan> plans(DraftRequest request) {
        return plans(request, Vetting.NONE);
    }

    private List<NotePlan> plans(DraftRequest request, Vetting vetting) {
        if (request == null || request.verdict() == null || request.verdict().decision() != Decision.CONNECT) {
            return List.of();
        }
        int variants = request.variants() > 0 ? request.variants() : DEFAULT_VARIANTS;
        Facts facts = new Facts(request, wording);
        Predicate<String> passes = passes(request, vetting);
        List<NotePlan> plans = new ArrayList<>();
        Set<GroundKind> used = EnumSet.noneOf(GroundKind.class);
        for (CommonGround angle : strongestFirst(request.ground())) {
            if (plans.size() >= variants) {
                break;
            }
            if (angle.kind() == null || Text.value(angle.subject(), true).isEmpty() || !used.add(angle.kind())) {
                continue;
            }
            plan(request, facts, angle, plans.size(), passes).ifPresent(plans::add);
        }
        if (plans.isEmpty()) {
            // Every angle was gated away: a smaller plan (greeting, the user's own words, sign-off) rather than no note.
            fallback(request, facts, passes).ifPresent(plans::add);
        }
        return List.copyOf(plans);
    }

    /**
     * The bodies a fallback note tries, fullest first. Every body with the fact and the user's ask comes before any
     * that drops the ask (the detail and who the sender is go first: a note that drops the question loses its point);
     * the ask alone is the last resort, for a reason with no fact.
     */
    static <T> List<List<T>> fallbackBodies(T fact, T detail, T who, T ask, T question) {
        return List.of(List.of(fact, detail, who, ask), List.of(fact, detail, ask), List.of(fact, who, ask), List.of(fact, ask),
                List.of(fact, detail, who), List.of(fact, who), List.of(fact, detail), List.of(fact, question), List.of(fact), List.of(ask));
    }

    /** The wish's opening question when the wish is a question and then statements only; else "". */
    private static String firstQuestion(String wish) {
        List<String> parts = dev.rapport.language.Language.english().sentenceTexts(wish);
        return parts.size() > 1 && parts.get(0).strip().endsWith("?") && parts.stream().skip(1).noneMatch(p -> p.strip().endsWith("?"))
                ? parts.get(0).strip() : "";
    }

    /** The wish's closing question when the wish is a statement and then a question; else "". */
    private static String lastQuestion(String wish) {
        List<String> parts = dev.rapport.language.Language.english().sentenceTexts(wish);
        return parts.size() > 1 && parts.get(parts.size() - 1).strip().endsWith("?") ? parts.get(parts.size() - 1).strip() : "";
    }

    private Optional<NotePlan> fallback(DraftRequest request, Facts facts, Predicate<String> passes) {
        return fallback(request, facts, passes, facts.purpose().text());
    }

    /**
     * Greeting, the user's words said to the recipient, their ask, sign-off: the smallest plan that is
     * still theirs. When the rules object to the whole of it, the fact alone or the ask alone is tried,
     * and last a greeting with one light line for the intent, so a connect verdict always has a note.
     */
    private Optional<NotePlan> fallback(DraftRequest request, Facts facts, Predicate<String> passes, String words) {
        Optional<ReasonWords.Said> said = point(words, request, facts);
        Picker pick = picker(request, "reason");
        Map<String, String> values = new java.util.HashMap<>();
        values.put("first", request.them() == null ? "" : Facts.firstName(request.them(), wording.honorifics()));
        values.put("titled", facts.titled());
        Optional<Clause> greeting = greeting(pick, request.style(), values);
        if (greeting.isEmpty()) {
            return Optional.empty();
        }
        String myFirst = request.me() == null ? "" : Facts.firstName(request.me(), wording.honorifics());
        Optional<Clause> sign = myFirst.isEmpty() ? Optional.empty() : Optional.of(new Clause(Role.SIGN, Clause.Source.PROFILE, List.of(myFirst), ""));
        // the plainer cut of the user's words is the level a tight limit steps down to
        // (a reason that tells no link, "never met her. Im using her TurbineSound-22 dataset for my thesis, one question: …",
        // still tells why it asks: the first sentence of the rest of its story stands in for the fact; a reviewer read the
        // bare question with nothing before it)
        Optional<Clause> fact = said.filter(f -> !f.fact().isEmpty())
                .map(f -> new Clause(Role.REASON, Clause.Source.USER,
                        f.shortFact().isEmpty() ? List.of(f.fact()) : List.of(f.fact(), f.shortFact()), facts.purpose().text()))
                .or(() -> said.filter(f -> !f.rest().isEmpty() && !f.wish().isEmpty())
                        .map(f -> new Clause(Role.REASON, Clause.Source.USER,
                                List.of(dev.rapport.language.Language.english().sentenceTexts(f.rest()).get(0)), f.rest())));
        Optional<Clause> ask = said.filter(w -> !w.wish().isEmpty())
                .map(w -> new Clause(Role.ASK, Clause.Source.USER, wishLevels(w), ""));
        // "I run the maths club at Karura Hill. Could you come one Thursday?": when a rule objects to the
        // statement before the question, the question alone
        Optional<Clause> question = said.map(ReasonWords.Said::wish).map(OfflineDrafter::lastQuestion).filter(q -> !q.isEmpty())
                .map(q -> new Clause(Role.ASK, Clause.Source.USER, List.of(q), ""));
        // a sender the recipient may not place says who they are, when the plan has room for it
        Optional<Clause> who = said.isPresent() && mayNotPlaceSender(request, facts.purpose()) && !SAYS_WHO.matcher(said.get().fact()).find()
                ? who(request, pick, values).map(w -> new Clause(Role.WHO, Clause.Source.PROFILE,
                        workedWith(request) ? List.of(w) : whoLevels(w, values, pick), "")) : Optional.empty();
        // the user's one detail ("I have 5 years Appium, built the mobile regression suite …") when it passes too
        Optional<Clause> detail = said.filter(d -> !d.detail().isEmpty() && !d.fact().isEmpty() && request.style().length() != Style.Length.SHORT)
                .map(d -> new Clause(Role.EXTRA, Clause.Source.USER, List.of(d.detail()), d.detail()));
        for (List<Optional<Clause>> body : fallbackBodies(fact, detail, who, ask, question)) {
            if (body.stream().anyMatch(Optional::isEmpty)) {
                continue;
            }
            List<Clause> clauses = new ArrayList<>(List.of(greeting.get()));
            body.forEach(c -> clauses.add(c.get()));
            sign.ifPresent(clauses::add);
            NotePlan plan = new NotePlan("reason", clauses);
            if (mentionsHonoured(plan, request, facts) && realise(plan, request).filter(n -> passes.test(n.text())).isPresent()) {
                return Optional.of(plan);
            }
        }
        if (!words.equals(facts.purpose().text())) {
            return Optional.empty();
        }
        // Nothing of the user's words passes: greeting, one light line for the intent, sign-off.
        List<String> light = pick.levels(Role.CLOSE, List.of(closers(facts.purpose(), request.style(),
                said.orElse(new ReasonWords.Said("", "", "")), groupShared(request))), values);
        if (light.isEmpty()) {
            return Optional.empty();
        }
        List<Clause> clauses = new ArrayList<>(List.of(greeting.get(), new Clause(Role.CLOSE, Clause.Source.CLOSE, light.subList(0, 1), "")));
        sign.ifPresent(clauses::add);
        NotePlan plan = new NotePlan("reason", clauses);
        // a mention the user asked for is kept or the fallback is not offered (the blocked notice says why)
        return realise(plan, request).filter(n -> passes.test(n.text()) && mentionsHonoured(plan, request, facts)).map(n -> plan);
    }

    /** The notice for a connect verdict left without a note: the smallest note and what the rules found in it. */
    private Optional<String> blocked(DraftRequest request, Vetting vetting, List<Note> proposed) {
        Facts facts = new Facts(request, wording);
        List<Note> candidates = new ArrayList<>();
        fallback(request, facts, text -> true, facts.purpose().text()).flatMap(p -> realise(p, request)).ifPresent(candidates::add);
        candidates.addAll(proposed);
        NoteContext context = new NoteContext(request.me(), request.them(), request.purpose(), request.ground(),
                request.limit() > 0 ? request.limit() : DEFAULT_LIMIT);
        // the smallest note first; when only a wish (a mention) held it back, the first proposed note a rule objects to
        for (Note candidate : candidates) {
            String text = candidate.text();
            List<String> problems = vetting != Vetting.NONE ? vetting.problems(text)
                    : selfCheck.check(text, context).stream()
                            .filter(f -> f.severity() != dev.rapport.etiquette.Severity.INFO).map(dev.rapport.etiquette.Finding::message).toList();
            if (!problems.isEmpty()) {
                return Optional.of(TEXT.get("draft.blocked", text, String.join(" ", problems)));
            }
        }
        return Optional.empty();
    }

    /** The gate's vetting when there is one, else the built-in note rules for the request's pair. */
    private Predicate<String> passes(DraftRequest request, Vetting vetting) {
        if (vetting != Vetting.NONE) {
            return text -> vetting.problems(text).isEmpty();
        }
        // what the user asked the note to mention is their word, as the reason is (the refiner counts it the same way)
        Purpose purpose = request.purpose();
        if (purpose != null) {
            purpose = purpose.withWords(String.join(". ", request.style().mention()));
        }
        NoteContext context = new NoteContext(request.me(), request.them(), purpose, request.ground(),
                request.limit() > 0 ? request.limit() : DEFAULT_LIMIT);
        return text -> selfCheck.passes(text, context);
    }

    private static final java.util.regex.Pattern REFER_ME = java.util.regex.Pattern.compile(
            "(?i)\\b(?:refer|recommend) me (?:for|to) (?:the |a |an )?([^.!?]{3,80}?)[.!?]*$");
    private static final java.util.regex.Pattern AT_ORGANISATION = java.util.regex.Pattern.compile(
            "\\b(?:at|in|with) ((?:\\p{Lu}[\\p{L}&'-]*)(?: \\p{Lu}[\\p{L}&'-]*){0,3})\\s*$");
    private static final java.util.regex.Pattern AND_A_MEETING = java.util.regex.Pattern.compile(
            "(?i)^(I(?: would like|'d like| want) to ask [^,]{10,}?),? and (?:if|whether) (?:you(?:'d| would)?|we could) (?:have|grab|get|meet|be up for|be open to|like to have|like to grab|go for)\\b.*(?<![\\p{L}-])(?:coffee|call|chat|meet(?:ing)?|lunch|zoom|drink)\\b.*$");

    /** The plan written out within the request's limit (and a short style's budget); empty when it cannot fit. */
    /**
     * The plan written again for a new limit, keeping the user's own ask, the note's point, before a line the user asked to
     * add: "mention that I'm training as an ACP …" and then "/limit 200" kept the mention and the talk's topic and dropped
     * the question (a hand session). When the limit leaves the ask out but the plan without its added lines keeps it, that
     * is the note; otherwise the plan as written.
     */
    public Optional<Note> realiseKeepingThePoint(NotePlan plan, DraftRequest request) {
        Optional<Note> written = realise(plan, request);
        List<Clause> asks = plan.clauses().stream().filter(c -> c.role() == Role.ASK && c.source() == Clause.Source.USER).toList();
        if (written.isEmpty() || asks.isEmpty() || saysAny(written.get().text(), asks) || !plan.has(Role.MENTION)) {
            return written;
        }
        return realise(plan.without(c -> c.role() == Role.MENTION), request).filter(n -> saysAny(n.text(), asks)).or(() -> written);
    }

    private static boolean saysAny(String text, List<Clause> clauses) {
        return clauses.stream().flatMap(c -> c.levels().stream()).anyMatch(l -> !l.isBlank() && text.contains(l.strip()));
    }

    public Optional<Note> realise(NotePlan plan, DraftRequest request) {
        Style style = request.style();
        int limit = request.limit() > 0 ? request.limit() : DEFAULT_LIMIT;
        int budget = style.length() == Style.Length.SHORT ? (int) (limit * SHORT_SHARE) : limit;
        boolean applicant = request.purpose() != null && request.purpose().has(dev.rapport.purpose.Intent.JOB_SEEKING);
        // what the user asked to mention is in the note as written, not only in its plan: a limit that dropped the line
        // carrying it ("Your Kafka and Flink experience fits the role" read back at 200) leaves this plan for another
        String planned = style.mention().isEmpty() ? "" : Text.lower(NoteComposer.join(plan));
        List<String> carried = style.mention().stream().map(m -> Text.lower(m.strip())).filter(planned::contains).toList();
        return NoteComposer.compose(plan, budget, limit, applicant)
                .filter(t -> style.avoid().stream().noneMatch(a -> Words.containsWord(t, a)))
                .filter(t -> carried.stream().allMatch(Text.lower(t)::contains))
                .map(t -> Note.of(t, plan.angle(), plan));
    }

    /** A plan that starts from the user's own words when they can be said to the recipient; otherwise from the ground. */
    private Optional<NotePlan> plan(DraftRequest request, Facts facts, CommonGround angle, int variant, Predicate<String> passes) {
        Optional<ReasonWords.Said> said = point(facts.purpose().text(), request, facts);
        if (said.isPresent()) {
            Optional<NotePlan> own = ownWords(request, facts, angle, said.get(), variant, true);
            if (variant > 0 && own.isEmpty()) {
                // Further variants only lead with another angle the user's words do not already carry.
                return Optional.empty();
            }
            // The rest of the user's story is tried first and said only when the whole plan passes; then the plan's cuts.
            List<NotePlan> tries = own.map(p -> Stream.concat(p.has(Role.MORE) ? Stream.of(p) : Stream.empty(),
                    triesOf(p.without(c -> c.role() == Role.MORE), variant).stream()).toList()).orElse(List.of());
            // a cut that leaves out the user's ask or question, when a rule holds it back, ends on the close the note would have
            // had without it (a founder's note to a former colleague stopped on "… since I left for Medibank. Rhea")
            java.util.function.Supplier<Optional<Clause>> spare = dev.rapport.text.Lazy.of(() -> ownWords(request, facts, angle,
                    new ReasonWords.Said(said.get().fact(), said.get().shortFact(), "", said.get().detail(), said.get().also(), said.get().rest()),
                    variant, true).flatMap(x -> x.first(Role.CLOSE)));
            boolean asked = own.isPresent() && (own.get().has(Role.ASK) || own.get().has(Role.QUESTION));
            for (NotePlan p : tries) {
                NotePlan t = p;
                if (asked && !p.has(Role.ASK) && !p.has(Role.QUESTION) && !p.has(Role.CLOSE) && spare.get().isPresent()) {
                    t = p.with(spare.get().get(), List.of(Role.SIGN));
                }
                Optional<Note> written = realise(t, request);
                if (written.isPresent() && mentionsHonoured(t, request, facts) && passes.test(written.get().text())) {
                    return Optional.of(t);
                }
            }
            // The profile's line left out as filler may be what makes the note specific to them: with it, when without it
            // no cut of the note passes ("I was the one who asked which python courses to take" alone reads generic)
            Optional<NotePlan> withGround = own.isEmpty() ? Optional.empty()
                    : ownWords(request, facts, angle, said.get(), variant, false).filter(p -> !p.equals(own.get()));
            if (withGround.isPresent() && realise(withGround.get(), request).filter(n -> mentionsHonoured(withGround.get(), request, facts)
                    && passes.test(n.text())).isPresent()) {
                return withGround;
            }
        }
        if (said.isPresent() && variant == 0) {
            // The user's words, smaller, before any template: a note that is theirs beats one that is ours.
            Optional<NotePlan> theirs = fallback(request, facts, passes, facts.purpose().text())
                    .filter(p -> p.has(Role.REASON) || p.has(Role.ASK));
            if (theirs.isPresent()) {
                return theirs;
            }
        }
        if (facts.purpose().states(angle.subject())) {
            // The ground is the user's own sentence: said to the recipient, never dropped into a template's "we met at …".
            return fallback(request, facts, passes, angle.subject());
        }
        return legacy(request, facts, angle).map(p -> p);
    }

    /**
     * The cuts of a plan of the user's own words to try in turn, when a rule objects to the plan itself: a stock question
     * or a detail may be what a rule objects to ("How are things at Stripewell?" to a colleague), and a plainer cut of
     * the user's words may be what it objects to least ("… for our meat line" read as an offer).
     */
    private static List<NotePlan> triesOf(NotePlan p, int variant) {
        List<NotePlan> tries = new ArrayList<>(List.of(p, p.without(c -> c.role() == Role.QUESTION),
                // ... and our courtesy close may be what does the user's job twice ("you said to connect" and "Glad to stay in touch")
                p.without(c -> c.role() == Role.CLOSE),
                // ... and so may the profile's who-line ("I'm a programmer at Morava Doc Film Festival." beside "I would like to
                // invite the film to our 2027 international competition at Morava Doc.")
                p.without(c -> c.role() == Role.WHO && c.source() == Clause.Source.PROFILE),
                p.without(c -> c.role() == Role.QUESTION || c.role() == Role.EXTRA)));
        // ... and the ask stepped down in turn to its plainest cut, when a rule objects only to it ("refer me" asked of a stranger)
        tries.addAll(p.plainerAsks());
        // "As promised, I'll send you our checklist. How does your team check overtime …?": the promise kept alone, for when a
        // rule holds the question back (a seller's question to a buyer reads as lead-gen); a try, not a level, so that
        // "shorter" never leaves out the user's question for it (a hand session)
        p.first(Role.ASK).ifPresent(ask -> {
            java.util.regex.Matcher promised = PROMISE_THEN_MORE.matcher(ask.levels().get(0).strip());
            if (promised.matches()) {
                tries.add(p.replace(ask, new Clause(Role.ASK, ask.source(), List.of(promised.group(1)), ask.carries())));
            }
        });
        tries.addAll(List.of(p.plainerUserWords(),
                p.plainerUserWords().without(c -> c.role() == Role.QUESTION || c.role() == Role.EXTRA),
                // ... and last the user's words without their ask, when a rule objects to the ask itself ("a short call",
                // "refer me"), keeping their detail first ("I did my final project on …")
                p.without(c -> c.role() == Role.ASK || c.role() == Role.QUESTION),
                p.without(c -> c.role() == Role.ASK || c.role() == Role.QUESTION || c.role() == Role.EXTRA),
                p.plainerUserWords().without(c -> c.role() == Role.ASK || c.role() == Role.QUESTION || c.role() == Role.EXTRA),
                // ... and, for the first note, the user's words and the lines they asked for without the profiles'
                // context, when a long name in it leaves no room ("… The International Consolidated Cooperative of …" and
                // two mentions); a further variant is its angle's context, so it never goes without it
                variant == 0 ? p.without(c -> c.role() == Role.CONTEXT) : p));
        return tries;
    }

    /** The point of the user's words for this pair, read once per draft: every angle, fallback and notice asks for the same one. */
    private Optional<ReasonWords.Said> point(String words, DraftRequest request, Facts facts) {
        // a seller's reason carries the sale ("I sell slotting software … I want to show him how …"): the note keeps
        // only the sentences that do not ("I chatted with Monique at our booth …" stays)
        String own = judgedASale(request) ? withoutTheSale(words) : words;
        if (own.isBlank()) {
            return Optional.empty();
        }
        return facts.points.computeIfAbsent(own, w -> point.of(w, request.me(), request.them(), facts.purpose().people()));
    }

    /** The question or ask the user's reason carries, as a clause of its levels (richest first); empty when it carries none. */
    Optional<Clause> usersAsk(DraftRequest request) {
        if (request == null || request.purpose() == null) {
            return Optional.empty();
        }
        Facts facts = new Facts(request, wording);
        return point(facts.purpose().text(), request, facts).filter(w -> !w.wish().isEmpty())
                .map(w -> new Clause(Role.ASK, Clause.Source.USER, wishLevels(w), ""));
    }

    /** The judge found a sales aim and allowed the invitation only without it ("keep the pitch out of the note"). */
    private static boolean judgedASale(DraftRequest request) {
        return request.verdict() != null && request.verdict().reasons().stream().anyMatch(r -> r.rule().equals(PITCH_INTENT));
    }

    private static final String PITCH_INTENT = "pitch-intent";

    /** The sentences of a seller's reason in which the sale is not stated as the aim (a "demo" they had is kept). */
    private static String withoutTheSale(String words) {
        List<String> kept = new ArrayList<>();
        for (String sentence : dev.rapport.language.Language.english().sentenceTexts(words)) {
            if (!dev.rapport.purpose.SalesAim.statedIn(sentence)) {
                kept.add(sentence.strip());
            }
        }
        return String.join(" ", kept);
    }

    /** The user's words as said to the recipient, for a refinement; empty when they cannot be said that way. */
    Optional<ReasonWords.Said> said(String words, DraftRequest request) {
        return reasonWords.of(words, request.me(), request.them(), request.purpose() == null ? List.of() : request.purpose().people());
    }

    /** A question the user asks about the recipient, said to them ("how Maharlika is treating you"); blank when it cannot be. */
    String toThem(String question, DraftRequest request) {
        return reasonWords.toThem(question, request.me(), request.them(), request.purpose() == null ? List.of() : request.purpose().people());
    }

    /** One sentence naming a piece of shared ground ("we both volunteered at …"), for a refinement. */
    Optional<String> groundSentence(CommonGround g, DraftRequest request) {
        if (g.kind() == null) {
            return Optional.empty();
        }
        // ground the user stated in a sentence of their own ("also our CEO Mark Feld worked with him at Sanctum …") names no event or
        // place to fill a template with: "I enjoyed meeting you at also our CEO Mark Feld …" was added by a "mention" (two new users)
        if (STATED_SENTENCE.matcher(Text.value(g.subject(), false)).find()) {
            return Optional.empty();
        }
        Facts facts = new Facts(request, wording);
        Picker pick = picker(request, g.kind().id());
        return plainContext(g, pick, facts);
    }

    /** They worked, studied or volunteered together (not only met once or were introduced). */
    private static boolean workedWith(DraftRequest request) {
        return request.ground().stream().anyMatch(g -> g.kind() != null && g.kind().isRelationship()
                && g.kind() != GroundKind.MUTUAL_CONTACT && g.kind() != GroundKind.MET_AT_EVENT);
    }

    /** The who-line names a place of the sender's that the user's own account already names, in full, in short or by its acronym. */
    static boolean whoToldAlready(String who, String told, dev.rapport.profile.Profile me) {
        if (me == null || told.isBlank()) {
            return false;
        }
        String lowerWho = Text.lower(who);
        String lowerTold = Text.lower(told);
        for (dev.rapport.profile.Position p : me.positions()) {
            String org = p.company();
            if (org.isEmpty() || !lowerWho.contains(Text.lower(org))) {
                continue;
            }
            // ("Kyushu Wafer" for "Kyushu Wafer Technologies": the name's first two words, when it has more)
            String[] words = dev.rapport.ground.OrganisationNames.display(org).split("\\s+");
            String shortName = words.length > 2 ? words[0] + " " + words[1] : String.join(" ", words);
            if (Words.containsWord(lowerTold, Text.lower(shortName)) || dev.rapport.ground.OrganisationNames.acronymIn(told, org)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Met once at an event, introduced, a stranger or an applicant: the recipient may not place the sender, so the note says
     * who is writing. Not so for time spent together that the user tells ("we chat every morning while the kettle boils",
     * "sat next to her on the jury", "sat across the table for the hotels agreement"): reviewers read a job title there as
     * stiff, and it cost the note its sign-off.
     */
    static boolean mayNotPlaceSender(DraftRequest request, Purpose purpose) {
        boolean applicant = purpose != null && purpose.has(dev.rapport.purpose.Intent.JOB_SEEKING);
        // (not the time a referrer spent with the sender: "Yusuf (we shared a studio for 2 yrs) told me …")
        boolean knowsWell = purpose != null && !purpose.has(dev.rapport.purpose.Intent.REFERRAL) && purpose.people().isEmpty()
                && TIME_TOGETHER.matcher(purpose.text()).find();
        // "we've never actually met, I only dealt with his colleague": a tie between two organisations, not two people
        boolean neverMet = purpose != null && NEVER_MET.matcher(purpose.text()).find();
        return applicant || neverMet || !workedWith(request) && !knowsWell;
    }

    private static final java.util.regex.Pattern NEVER_MET = java.util.regex.Pattern.compile(
            "(?i)\\b(?:we|I)(?:'ve| have)? (?:never|not|haven't|have not)(?: actually| yet)? met\\b|\\bnever met (?:him|her|them)\\b");

    private static final java.util.regex.Pattern TIME_TOGETHER = java.util.regex.Pattern.compile(
            "(?i)\\bevery (?:morning|day|week|shift|weekend|lunch)\\b"
            + "|\\b(?:share|shared|sharing) (?:the|a|an|our) (?:kitchen|office|desk|lab|studio|flat|house|table|stand|booth|car)\\b"
            // "we shared the night stoking shifts", "shared the panel with Kadri": hours side by side (reviewers read a job title
            // to a kiln partner and a fellow panellist as stiff)
            + "|\\b(?:share|shared|sharing) (?:the|a|an|our) (?:[\\p{L}-]+ ){0,2}(?:shifts?|panel|stage|kiln|firing|tent|cabin|rope|boat)\\b"
            + "|\\bsat across the table\\b|\\b(?:on|in) the (?:same )?(?:jury|committee|board|working group|task ?force) (?:of|for)\\b"
            + "|\\bfor (?:\\d+|two|three|four|five|six|several|many) (?:days|weeks|months|years)\\b");

    // "Would you consult on it from Nairobi? And congratulations on starting your own practice!": the good wishes after the favour
    private static final java.util.regex.Pattern LATE_CONGRATULATIONS = java.util.regex.Pattern.compile(
            "(?<=[.!?])\\s+(?:And |Also |and |also )?(?=[Cc]ongrat)([^.!?]+[.!?]+)\\s*$");

    /** The wish with the later ask after it, and the wish alone as the step down when the note must be shorter. */
    private static final java.util.regex.Pattern ASKS_IF_HIRING = java.util.regex.Pattern.compile(
            "(?i)\\b(?:ask|know|wonder|see)(?: you| her| him| them)? (?:if|whether) [\\p{L}'’ -]{1,40}? (?:is|are|'s|'re) (?:hiring|recruiting)\\b"
            + "|\\b(?:applied|apply|applying) (?:for|to)\\b|\\bI(?:'ve| have)? (?:just |already )?applied\\b");
    private static final java.util.regex.Pattern CHAT_OFFERED = java.util.regex.Pattern.compile(
            "(?i)\\b(?:offer|have|set up|book|schedule|jump on|hop on) (?:you )?an? (?:quick |short |brief )?(?:chat|call|conversation)\\b");
    // (not the meeting-ask rule's patterns, which judge the note and are features of its model: this only decides whether the
    // in-writing step down is offered, for time asked as a question of time, "would a 20-minute interview be possible")
    private static final java.util.regex.Pattern TIME_FOR_A_QUESTION = java.util.regex.Pattern.compile(
            "(?i):\\s*((?:what|how|which|why|where|when|who|is|are|do|does|did|should|can|could|would)\\b[^?:]+\\?)$");
    private static final java.util.regex.Pattern TIME_ASKED = java.util.regex.Pattern.compile(
            "(?i)\\b(?:interview|call|chat|meeting|zoom)\\b.*\\b(?:possible|time)\\b|\\b\\d{1,2}[- ]?(?:minutes?|mins?)\\b");
    private static final java.util.regex.Pattern SPEAKING = java.util.regex.Pattern.compile(
            "(?i)\\b(?:speak|talk|present|give a talk|do a talk|give a presentation)\\b(?! (?:to|with) (?:me|us)\\b)");
    // "10-15 minutes", "for 20 mins", the "10-minute" of "a 10-minute talk"
    private static final java.util.regex.Pattern DURATION = java.util.regex.Pattern.compile(
            "(?i)(?:\\s+for)?\\s+\\d{1,2}(?:\\s?[-–]\\s?\\d{1,2})?(?:[- ]?(?:minutes?|mins?)\\b|-minute\\b)");
    private static final java.util.regex.Pattern BRAIN_PICKED = java.util.regex.Pattern.compile(
            "(?i)\\bpick (?:your|her|his|their) brains?(?: (?:sometime|some time|one day|a bit))?"
            + "(?: over (?:a |an )?(?:quick |short )?(?:zoom|coffee|call|chat|lunch|video call|teams call))?(?: sometime)? (?:about|on) ");
    private static final java.util.regex.Pattern AND_SCHEDULE_A_CALL = java.util.regex.Pattern.compile(
            "(?i)^((?:May|Could|Can) I [^?]{5,}?) and (?:schedule|set up|book|arrange|have|do) (?:a |the |our )?(?:first |quick |short |intro |brief )?(?:call|meeting|chat|zoom)(?: with you)?\\?$");
    private static final java.util.regex.Pattern TAIL_ASK = java.util.regex.Pattern.compile(
            "(?i)[,;]\\s*(?:and |so )?(?:I )?(?:want|wanted|would like|'d like) to ask ((?:if|whether|how|what|when|which|who|why)\\b.+)$");

    private static List<String> wishLevels(ReasonWords.Said said) {
        // "I would like 30 minutes to hear …" reads as a demand (reviewers): the time is asked as a question, and what it was
        // for without the time is a step down for when a rule holds a stranger's time back
        Phrasebook.AskSteps steps = Phrasebook.builtIn().askSteps();
        Optional<WishToAct.TimeAsk> time = WishToAct.timeAsked(said.wish(), steps);
        if (time.isPresent()) {
            said = new ReasonWords.Said(said.fact(), said.shortFact(), time.get().asked(), said.detail(), said.also(), said.rest());
        }
        // news the sender also wants to tell goes before the question, so the note ends on what it asks
        String both = ReasonPoint.isNews(said.also()) && said.wish().strip().endsWith("?")
                ? said.also() + " " + said.wish() : said.wish() + " " + said.also();
        List<String> levels = new ArrayList<>(said.also().isEmpty() ? List.of(said.wish()) : List.of(both, said.wish()));
        // "I run the maths club at Karura Hill (form 3 and 4). Could you …": without the bracket first
        String unbracketed = NoteComposer.BRACKETED.matcher(said.wish()).replaceAll("");
        if (!levels.contains(unbracketed)) {
            levels.add(unbracketed);
        }
        // "We're launching a seed library in March. I would like to ask how you …": the question alone is the step down
        String unplanned = ReasonPoint.withoutPlan(said.wish());
        if (!levels.contains(unplanned)) {
            levels.add(unplanned);
        }
        // "What does your hospital do to keep senior nurses on the floor longer? We lose a lot of them at Beth Israel.": the
        // question without the sender's own story after it, for a tight limit or a rule that objects to the story (a hand
        // session's recruiter lost her whole question when a rule held back the sentence after it)
        String questionFirst = firstQuestion(unplanned);
        if (!questionFirst.isEmpty() && !levels.contains(questionFirst)) {
            levels.add(questionFirst);
        }
        // "Does the new branch need its own superintendent pharmacist before we book inspection, or can that be after?": the
        // yes-or-no question without its other half says the same and costs less than who writes (a reviewer: "'the new
        // branch' comes out of nowhere" when a limit of 200 had dropped the who-line instead)
        java.util.regex.Matcher either = EITHER_OR_QUESTION.matcher(unplanned.strip());
        if (either.matches() && !levels.contains(either.group(1) + "?")) {
            levels.add(levels.indexOf(unplanned) + 1, either.group(1) + "?");
        }
        // "I would like to apply for … intake but my graduation is only July 2027, want to ask if I can apply before …":
        // the question the long wish ends on is its step down
        java.util.regex.Matcher tail = TAIL_ASK.matcher(unplanned);
        if (tail.find() && tail.start() > 20) {
            // ("if I can apply before …" is asked straight: "Can I apply before …?")
            String q = tail.group(1).strip().replaceAll("[.!?]+$", "");
            String asked = q.matches("(?i)^if I can .+") ? "Can I " + q.substring("if I can ".length()) + "?"
                    : q.matches("(?i)^if you (?:can|could|would) .+") ? "Could you " + q.replaceFirst("(?i)^if you (?:can|could|would) ", "") + "?"
                    : "I'd like to ask " + tail.group(1);
            // (what it is about first, without the sender's aside after "but": "I would like to apply for the MSc … intake.")
            String about = unplanned.substring(0, tail.start()).split("\\s+but\\s+", 2)[0].strip();
            String aboutAndAsked = about + ". " + asked;
            if (about.startsWith("I ") && !levels.contains(aboutAndAsked)) {
                levels.add(aboutAndAsked);
            }
            if (!levels.contains(asked)) {
                levels.add(asked);
            }
            unplanned = asked;
        }
        // "May I send you the JD and schedule first call?": the call is a stranger's time (meeting-ask); sending comes first
        java.util.regex.Matcher andCall = AND_SCHEDULE_A_CALL.matcher(unplanned.strip());
        if (andCall.matches() && !levels.contains(andCall.group(1) + "?")) {
            levels.add(andCall.group(1) + "?");
        }
        // "Would you be open to doing it again?": the plain "Would you do it again?" when the note is short of room
        String plain = WishToAct.plainAsk(unplanned);
        if (!levels.contains(plain)) {
            levels.add(plain);
        }
        // "… how you got your cadet role, and if you'd have a coffee sometime in January": the question without the
        // meeting, the plainest cut, for when a rule holds a stranger's meeting ask back
        java.util.regex.Matcher meeting = AND_A_MEETING.matcher(plain);
        if (meeting.matches() && !levels.contains(meeting.group(1) + ".")) {
            levels.add(meeting.group(1) + ".");
        }
        // "I would love to pick your brain over a zoom about how to keep volunteers": a stranger's time is held back
        // (meeting-ask), their thoughts on the same thing are not
        java.util.regex.Matcher brain = BRAIN_PICKED.matcher(plain);
        if (brain.find()) {
            String thoughts = brain.replaceFirst(steps.thoughtsOn() + " ");
            if (!levels.contains(thoughts)) {
                levels.add(thoughts);
            }
        }
        // "want to connect + offer a quick chat": a stranger's time is asked for only once they accept (meeting-ask); the
        // plainest cut offers more about it instead, for when that rule holds the chat back
        String moreAboutIt = steps.moreAboutIt();
        if (CHAT_OFFERED.matcher(plain).find() && !levels.contains(moreAboutIt)) {
            levels.add(moreAboutIt);
        }
        // "Would a 20-minute interview be possible?": a stranger's time is asked for only once they accept (meeting-ask);
        // questions sent in writing are the plainest cut, for when that rule holds the interview back
        if (time.isPresent() && !time.get().purposeOnly().isEmpty()) {
            String plan = ReasonPoint.planOf(said.wish());
            String purpose = time.get().purposeOnly();
            for (String level : plan.isEmpty() ? List.of(purpose) : List.of(plan + " " + purpose, purpose)) {
                if (!levels.contains(level)) {
                    levels.add(level);
                }
            }
        }
        // "Would you like to speak 10-15 minutes on careers in seafood export?": an invitation to speak is stepped down to the
        // same invitation without its minutes, never to questions in writing (which asked something else)
        boolean speaking = SPEAKING.matcher(plain).find();
        if (speaking && TIME_ASKED.matcher(plain).find()) {
            String first = firstQuestion(plain);
            String asked = first.isEmpty() ? plain : first;
            String untimed = DURATION.matcher(asked).replaceAll("").replaceAll("\\s{2,}", " ").replace(" ?", "?").strip();
            if (!untimed.equals(plain) && !levels.contains(untimed)) {
                levels.add(untimed);
            }
        }
        String inWriting = steps.questionsInWriting();
        // "I want to ask her for 20 min: what should a junior planner learn first, P6 scheduling or cost control?": the question
        // the time was for is the step down, before any "few questions" in its place (a development note asked to send some)
        java.util.regex.Matcher forTheQuestion = TIME_FOR_A_QUESTION.matcher(plain.strip());
        if (TIME_ASKED.matcher(plain).find() && !speaking && forTheQuestion.find()) {
            String question = Words.capitalise(forTheQuestion.group(1).strip());
            if (!levels.contains(question)) {
                levels.add(question);
            }
        }
        if (TIME_ASKED.matcher(plain).find() && !levels.contains(inWriting) && !speaking) {
            // (with what the questions are for, when the wish said it: "My thesis is on …. Could I send you a few questions?")
            String plan = ReasonPoint.planOf(said.wish());
            if (!plan.isEmpty()) {
                levels.add(plan + " " + inWriting);
            }
            levels.add(inWriting);
        }
        // "I would like you to refer me for graduate trainee in Julius Berger": a referral is too big an ask of a
        // stranger (big-ask); the small question in its place, for when that rule holds it back
        java.util.regex.Matcher refer = REFER_ME.matcher(plain);
        if (refer.find()) {
            java.util.regex.Matcher org = AT_ORGANISATION.matcher(refer.group(1));
            String advice = org.find() ? steps.adviceApplyingTo().replace("{org}", org.group(1))
                    : steps.adviceApplyingFor().replace("{role}", refer.group(1).strip());
            if (!levels.contains(advice)) {
                levels.add(advice);
            }
        }
        // "I would like to ask how does your team check overtime": asked as the user typed it, whatever path the wish took
        return levels.stream().map(Copyedit.english()::askedDirectly).distinct().toList();
    }


    /** Who the sender is in a few words ("I'm a data analyst at Quillset."), for a refinement; empty without a current role. */
    Optional<String> senderLine(DraftRequest request) {
        Picker pick = picker(request, "who");
        return who(request, pick, new java.util.HashMap<>());
    }

    /** The sender's first name to sign with, for a refinement; blank when their profile gives none. */
    String senderFirstName(DraftRequest request) {
        return request.me() == null ? "" : Facts.firstName(request.me(), wording.honorifics());
    }

    /** The target's own first-person sentence said to them ("you run three DCs"), for a refinement. */
    Optional<String> secondPerson(String sentence) {
        return wording.secondPerson().of(sentence);
    }

    private static boolean mentionsHonoured(NotePlan plan, DraftRequest request, Facts facts) {
        String text = Text.lower(NoteComposer.join(plan));
        return request.style().mention().stream().map(facts::clean).filter(m -> !m.isEmpty())
                .allMatch(m -> text.contains(Text.lower(m)));
    }

    @Override
    public String name() {
        return "offline";
    }

    /**
     * Offline refinement: the request already carries the style the user's words asked for
     * (shorter, warmer, leading with an angle…), so the notes are drafted again for it. This is
     * the one entry point for offline refinements.
     */
    @Override
    public Proposal refine(DraftRequest request, String instruction, Vetting vetting, DraftListener listener,
                           Cancellation cancel) {
        return draft(request, vetting);
    }

    private static List<CommonGround> strongestFirst(List<CommonGround> ground) {
        // Stable, so equal strengths keep the finder's order.
        return ground.stream().sorted(Comparator.comparingDouble(CommonGround::strength).reversed()).toList();
    }

    private Optional<NotePlan> legacy(DraftRequest request, Facts facts, CommonGround angle) {
        Style style = request.style();
        int limit = request.limit() > 0 ? request.limit() : DEFAULT_LIMIT;
        int budget = style.length() == Style.Length.SHORT ? (int) (limit * SHORT_SHARE) : limit;
        List<String> wanted = style.mention().stream()
                .map(facts::clean).filter(m -> eligibleMention(m, facts, style)).distinct().toList();
        List<String> explicit = new ArrayList<>();
        // A mention the context clauses already name needs no clause of its own; add clauses only for the missing ones.
        for (int round = 0; round <= wanted.size(); round++) {
            List<Clause> clauses = clauses(request, facts, angle, explicit);
            if (clauses.isEmpty()) {
                return Optional.empty();
            }
            NotePlan plan = new NotePlan(angle.kind().id(), clauses);
            Optional<String> text = NoteComposer.compose(plan, budget, limit)
                    .filter(t -> style.avoid().stream().noneMatch(a -> Words.containsWord(t, a)));
            if (text.isEmpty()) {
                return Optional.empty();
            }
            String lower = Text.lower(text.get());
            List<String> missing = wanted.stream().filter(m -> !lower.contains(Text.lower(m))).toList();
            if (missing.isEmpty()) {
                return Optional.of(plan);
            }
            missing.stream().filter(m -> !explicit.contains(m)).forEach(explicit::add);
        }
        return Optional.empty();
    }

    /** A mention is honoured when the context knows it, or when it is a short plain phrase the user typed. */
    private static boolean eligibleMention(String m, Facts facts, Style style) {
        if (m.isEmpty() || style.avoid().stream().anyMatch(a -> Words.containsWord(m, a))) {
            return false;
        }
        boolean plain = m.matches("[\\p{L}\\p{N}][\\p{L}\\p{N} '&.\\-]*") && m.split(" ").length <= 4 && Text.length(m) <= 40;
        return facts.inContext(m) || plain;
    }

    private List<Clause> clauses(DraftRequest request, Facts facts, CommonGround angle, List<String> mentions) {
        Style style = request.style();
        // Ground the two have not shared in person is thin on its own; a second piece ("we both studied
        // at ...") often is the real link. Long notes always add it; normal ones when the angle is not a relationship.
        boolean withExtra = style.length() == Style.Length.LONG || style.length() == Style.Length.NORMAL && !angle.kind().isRelationship();
        Optional<CommonGround> extra = withExtra ? extraGround(request, angle, facts) : Optional.empty();
        // When the second piece is a shared history, the note may speak as people who know each other,
        // and that piece then stays in the note so nothing refers to a history it does not state.
        boolean leansOnExtra = !angle.kind().isRelationship() && extra.isPresent() && extra.get().kind().isRelationship();
        boolean relationship = angle.kind().isRelationship() || leansOnExtra;
        Map<String, String> values = facts.values(angle);
        Picker pick = picker(request, angle.kind().id());
        Purpose purpose = facts.purpose();
        List<Clause> clauses = new ArrayList<>();

        Optional<Clause> greeting = greeting(pick, style, values);
        if (greeting.isEmpty()) {
            return List.of();
        }
        clauses.add(greeting.get());
        List<String> context = pick.levels(Role.CONTEXT, book.context().getOrDefault(facts.contextKey(angle), List.of()), values);
        if (context.isEmpty()) {
            return List.of();
        }
        // After an opener the context starts a sentence and would be capitalised; a shared thing
        // written in lower case ("accessibility audits suggested...") must not change, so it opens the note instead.
        String subject = values.get("subject");
        boolean subjectFirst = context.stream().anyMatch(c -> c.startsWith(subject) && !c.startsWith(Words.capitalise(subject)));
        if (style.tone() == Style.Tone.WARM && style.length() != Style.Length.SHORT && !subjectFirst) {
            clauses.add(new Clause(Role.OPENER, pick.levels(Role.OPENER,
                    List.of(book.opener().get(relationship ? "relationship" : "other")), values)));
        }
        clauses.add(new Clause(Role.CONTEXT, Clause.Source.GROUND, context, angle.subject()));
        if (extra.isPresent()) {
            Optional<String> said = plainContext(extra.get(), pick, facts);
            if (leansOnExtra && said.isEmpty()) {
                return List.of();
            }
            said.ifPresent(t -> clauses.add(new Clause(leansOnExtra ? Role.LINK : Role.EXTRA, Clause.Source.GROUND, List.of(t), extra.get().subject())));
        }
        clauses.add(new Clause(Role.WHY_NOW, whyNow(purpose, relationship, leansOnExtra ? "relationship" : facts.contextKey(angle), pick, values)));
        List<String> plainMentions = mentions.stream().filter(m -> request.ground().stream().noneMatch(g -> g.kind() != null
                && g.kind() != angle.kind() && Text.lower(facts.clean(g.subject())).contains(Text.lower(m)))).toList();
        if (plainMentions.size() > 1) {
            // "mention Kafka and payments", neither of them shared ground: one sentence, not one each (at 200 characters
            // two sentences beside a long subject left no plan that fits)
            String both = String.join(", ", plainMentions.subList(0, plainMentions.size() - 1)) + " and " + plainMentions.get(plainMentions.size() - 1);
            clauses.add(new Clause(Role.MENTION, Clause.Source.USER, pick.levels(Role.MENTION, List.of(book.mention()), Map.of("mention", both)),
                    both));
        }
        for (String m : mentions) {
            if (plainMentions.size() < 2 || !plainMentions.contains(m)) {
                clauses.add(new Clause(Role.MENTION, Clause.Source.USER, mentionLevels(m, request, angle, pick, facts), m));
            }
        }
        List<String> question = style.question() ? question(purpose, relationship, pick, values) : List.of();
        if (!question.isEmpty()) {
            clauses.add(new Clause(Role.QUESTION, question));
        }
        // After a question a second request ("if that suits you") reads doubled; the short closes let the question stand.
        List<List<String>> closes = book.close().get(style.tone());
        List<String> close = pick.levels(Role.CLOSE, question.isEmpty() ? closes : closes.subList(closes.size() - 1, closes.size()), values);
        if (close.isEmpty()) {
            // Every close was avoided: better no note than one that ends on a demand.
            return List.of();
        }
        clauses.add(new Clause(Role.CLOSE, close));
        String myFirst = request.me() == null ? "" : Facts.firstName(request.me(), wording.honorifics());
        if (!myFirst.isEmpty()) {
            clauses.add(new Clause(Role.SIGN, Clause.Source.PROFILE, List.of(myFirst), ""));
        }
        return clauses;
    }

    // Kinds of ground worth a detail sentence next to the user's own words; the rest would read their profile back to them.
    private static final Set<GroundKind> DETAIL_KINDS = EnumSet.of(GroundKind.WORKED_TOGETHER, GroundKind.STUDIED_TOGETHER,
            GroundKind.VOLUNTEERED_TOGETHER, GroundKind.MUTUAL_CONTACT, GroundKind.ALUMNI, GroundKind.SAME_GROUP,
            GroundKind.SAME_EMPLOYER, GroundKind.THEIR_POST, GroundKind.MET_AT_EVENT);
    private static final double DETAIL_STRENGTH = 0.5;
    // ground that only says the two were at the same place at some time: filler beside a link the user tells
    private static final Set<GroundKind> WEAK_LINKS = EnumSet.of(GroundKind.ALUMNI, GroundKind.SAME_EMPLOYER, GroundKind.SAME_GROUP);
    // Intents whose reason itself tells the link: a met person, a former colleague, an introduction, a shared group.
    private static final Set<dev.rapport.purpose.Intent> OWN_LINK = EnumSet.of(dev.rapport.purpose.Intent.MET_IN_PERSON,
            dev.rapport.purpose.Intent.RECONNECT, dev.rapport.purpose.Intent.REFERRAL, dev.rapport.purpose.Intent.SHARED_GROUP);
    // "… and would love your advice on the first 90 days": the user's words already ask; a stock question would ask twice
    private static final java.util.regex.Pattern ASKS_ALREADY = java.util.regex.Pattern.compile(
            "(?i)\\b(?:would (?:love|like|appreciate)|i'd (?:love|like|appreciate)|could you|would you|can you|your (?:advice|thoughts|views|input|take))\\b|\\?");
    // an introduction comes before a reconnection: "we worked together" beside a referrer's name is often the referrer's
    // history with the sender, and "Would be good to catch up" to someone never met is false
    private static final java.util.regex.Pattern IN_TOUCH = java.util.regex.Pattern.compile("(?i)\\b(?:keep|stay) in (?:touch|contact)\\b");
    private static final List<String> CLOSE_ORDER = List.of("met-in-person", "hiring", "referral", "reconnect", "advice", "job-seeking",
            "collaboration", "content-interest", "shared-group");

    /**
     * A note led by the user's own words: greeting, their reason said to the recipient, at most one
     * detail of verified ground the reason does not carry, who the sender is when the recipient may
     * not know, one ask or question, one close.
     */
    private Optional<NotePlan> ownWords(DraftRequest request, Facts facts, CommonGround angle, ReasonWords.Said said, int variant,
            boolean leaveOutFiller) {
        Style style = request.style();
        Map<String, String> values = new java.util.HashMap<>(facts.values(angle));
        Picker pick = picker(request, angle.kind().id());
        Purpose purpose = facts.purpose();
        List<Clause> clauses = new ArrayList<>();
        Optional<Clause> greeting = greeting(pick, style, values);
        if (greeting.isEmpty()) {
            return Optional.empty();
        }
        clauses.add(greeting.get());
        boolean brief = style.length() == Style.Length.SHORT;
        List<String> reason = new ArrayList<>(said.shortFact().isEmpty() ? List.of(said.fact())
                : brief ? List.of(said.shortFact()) : List.of(said.fact(), said.shortFact()));
        // "(Alentejo Flight Academy group)": a name in brackets is the first thing a tight limit leaves out
        String unbracketed = NoteComposer.BRACKETED.matcher(said.fact()).replaceAll("");
        if (!unbracketed.equals(said.fact()) && !reason.contains(unbracketed)) {
            reason.add(said.shortFact().isEmpty() || brief ? reason.size() : 1, unbracketed);
        }
        // "… lab course at NTHU, fall 2018 — very careful student, one of the best lab notebooks I ever graded.": the aside after
        // the dash is the next thing to leave out, before the user's ask (an invitation to speak went for it)
        String undashed = NoteComposer.withoutDashAside(said.fact());
        if (!undashed.equals(said.fact()) && !reason.contains(undashed)) {
            reason.add(said.shortFact().isEmpty() || brief ? reason.size() : 1, undashed);
        }
        // "thanks for speaking at our career night on Nov 18 about switching from wet lab to bioinformatics. I was the one who
        // asked …": the speaker knows what her talk was about; without it, the sender's own part of the evening still fits
        String untopical = TALK_TOPIC.matcher(said.fact()).replaceFirst("$1. ");
        if (!brief && !untopical.equals(said.fact()) && !reason.contains(untopical) && !said.shortFact().isEmpty()) {
            reason.add(1, untopical);
        }
        if (!said.fact().isEmpty()) {
            clauses.add(new Clause(Role.REASON, Clause.Source.USER, reason, purpose.text()));
        }
        // ... come before it, straight after how the two know each other, or they read as an afterthought (a reviewer)
        java.util.regex.Matcher congrats = LATE_CONGRATULATIONS.matcher(said.wish());
        if (!said.fact().isEmpty() && congrats.find()) {
            clauses.add(new Clause(Role.WHY_NOW, Clause.Source.USER, List.of(Words.capitalise(congrats.group(1).strip())), ""));
            said = new ReasonWords.Said(said.fact(), said.shortFact(), said.wish().substring(0, congrats.start()).strip(), said.detail(), said.also());
        }
        // what they talked about, in the user's words: the one detail, before any read off the profiles
        if (!said.detail().isEmpty() && !brief) {
            // its shorter cut is what "shorter" says before it leaves the detail out
            String cut = ReasonWords.shorterCut(said.detail());
            clauses.add(new Clause(Role.EXTRA, Clause.Source.USER, cut.isEmpty() ? List.of(said.detail()) : List.of(said.detail(), cut),
                    said.detail()));
        }
        if (!said.rest().isEmpty() && !brief) {
            // two sentences of the rest: the first alone is the step before none (room for "I've been home with my kids
            // since 2019 …" and not for what she posted as well)
            List<String> told = dev.rapport.language.Language.english().sentenceTexts(said.rest());
            clauses.add(new Clause(Role.MORE, Clause.Source.USER, told.size() > 1 ? List.of(said.rest(), told.get(0)) : List.of(said.rest()),
                    said.rest()));
        }
        String carried = Text.lower(said.fact() + " " + said.wish() + " " + said.detail());
        if (style.avoid().stream().anyMatch(a -> Words.containsWord(facts.clean(angle.subject()), a))) {
            return Optional.empty();
        }
        // The note names its angle: the user's words carry it, or a sentence of its own does. What the
        // recipient wrote on their own profile is not read back to them: the user's words lead alone.
        // A recruiter may say what made them write ("you are open to work"); others do not quote the profile, in
        // no variant: "Your profile mentions that you are happy to answer questions …" tells her what she wrote (a hand session).
        boolean readBack = angle.kind() == GroundKind.THEIR_NEED && !purpose.has(dev.rapport.purpose.Intent.HIRING);
        // a further variant on that angle would have nothing of its own to say: it is not offered
        if (readBack && variant > 0) {
            return Optional.empty();
        }
        // The user's own sentence taken as ground is never poured into a template ("we studied at she taught me …").
        boolean ownSentence = facts.purpose().states(angle.subject());
        // The user's words already say how the two know each other ("you were my manager at …", "we're both in the
        // Green Team group", "you came to our ground on Saturday"): a weaker link read off the profiles beside it
        // ("I noticed we are both … alumni") is filler to the recipient, who knows the link.
        boolean toldOwnLink = !said.fact().isEmpty() && (angle.kind().isRelationship()
                && (carriesAngle(carried, angle, facts) || statesKind(carried, angle.kind()))
                || OWN_LINK.stream().anyMatch(purpose::has) || SHARED_PAST.matcher(said.fact()).lookingAt()
                || THEIR_PART.matcher(said.fact()).find());
        // A shared skill read off the profiles adds nothing to the user's own account of how they know each other
        // ("I noticed we both work on Dye Analysis" after "I read your paper"): it reads the recipient's profile back.
        // And a school or employer read off the profiles adds nothing to a past the user tells in their own words without
        // naming it ("you came to our ground on Saturday …" then "We were both at the University of the West Indies").
        boolean thin = variant == 0 && leaveOutFiller && (angle.kind() == GroundKind.SHARED_TOPIC && !said.fact().isEmpty()
                || SHARED_PAST.matcher(said.fact()).lookingAt() && !carries(Text.lower(purpose.text()), facts.clean(angle.subject()))
                        && angle.kind() != GroundKind.WORKED_TOGETHER
                || toldOwnLink && WEAK_LINKS.contains(angle.kind()))
                && !purpose.has(dev.rapport.purpose.Intent.HIRING);
        // ("doing the TCD informatics msc" carries Trinity College Dublin: "I saw you also studied at Trinity College Dublin" beside it
        // is filler, and it took the room of the user's own account at 200 characters)
        boolean byAcronym = dev.rapport.ground.OrganisationNames.acronymIn(said.fact() + " " + said.wish() + " " + said.detail(),
                facts.clean(angle.subject()));
        // ("heard his panel at HR Tech Summit Manila …" beside "Your post on payroll caught my attention.", a post thanking the
        // summit: the user already names the occasion the post is about, a hand session)
        boolean postTold = angle.kind() == GroundKind.THEIR_POST && namesTheSameOccasion(said.fact(), angle.detail());
        // ("… he was 6 yrs driver ops at Kiboko Moto, now open to work": the rest of the user's story already says what the
        // profile's "open to work" line would, and a recruiter's note said it twice; other ground beside the rest stays, as a
        // referral or a post the rest names only in passing must not go with it when the rest is cut for room)
        boolean needTold = angle.kind() == GroundKind.THEIR_NEED && carries(Text.lower(said.rest()), facts.clean(angle.subject()));
        if (!ownSentence && !thin && !byAcronym && !postTold && !needTold && !carriesAngle(carried, angle, facts) && !readBack
                && !statesKind(carried, angle.kind())) {
            List<String> context = pick.levels(Role.CONTEXT, undated(book.context().getOrDefault(facts.contextKey(angle), List.of())), values);
            if (context.isEmpty()) {
                return Optional.empty();
            }
            if (angle.kind() == GroundKind.MET_AT_EVENT) {
                // "at Rust CDMX meetup": an event named by its kind takes "the", as the verdict's reason says it
                context = context.stream().map(dev.rapport.language.Copyedit.english()::finish).toList();
            }
            Clause said0 = new Clause(Role.CONTEXT, Clause.Source.GROUND, context, angle.subject());
            // a recruiter's "I saw on your profile that you are open to work" is what made them write: before the role
            int reasonAt = java.util.stream.IntStream.range(0, clauses.size()).filter(i -> clauses.get(i).role() == Role.REASON).findFirst().orElse(-1);
            if (angle.kind() == GroundKind.THEIR_NEED && purpose.has(dev.rapport.purpose.Intent.HIRING) && reasonAt >= 0) {
                clauses.add(reasonAt, said0);
            } else if (reasonAt >= 0 && angle.kind() == GroundKind.MET_AT_EVENT) {
                // where they met comes first, then what was said there ("you said you review talk proposals …")
                clauses.add(reasonAt, said0);
            } else if (reasonAt >= 0 && angle.kind().isRelationship() && ROLES_THERE.matcher(clauses.get(reasonAt).text()).lookingAt()) {
                // "we were both at Ruta Ya." before "you led the driver support hub when I was a city ops manager.": where the
                // two were comes before who did what there (a reviewer read them "in reverse order")
                clauses.add(reasonAt, said0);
            } else {
                clauses.add(said0);
            }
        }
        String toldFact = said.fact();
        // A weak angle ("you mentor people new to research") names the stronger link as its one detail.
        if (variant == 0 && carriesAngle(carried, angle, facts) || !angle.kind().isRelationship() && !carriesAngle(carried, angle, facts)) {
            Optional<CommonGround> detail = clauses.stream().anyMatch(c -> c.role() == Role.EXTRA) ? Optional.empty()
                    : strongestFirst(request.ground()).stream()
                    .filter(g -> g.kind() != angle.kind() && detailWorthy(g, carried, facts) && !facts.purpose().states(g.subject()))
                    // beside a link the user tells, only an introduction or their recent post is worth a line; a school or
                    // employer read off the profiles is filler there
                    .filter(g -> !toldOwnLink || g.kind() == GroundKind.MUTUAL_CONTACT || g.kind() == GroundKind.THEIR_POST)
                    // a job seeker's reader knows her own job advert: "your post about PPAP" names a line of it as if it were a topic
                    .filter(g -> !(g.kind() == GroundKind.THEIR_POST && facts.purpose().has(dev.rapport.purpose.Intent.JOB_SEEKING)
                            && JOB_ADVERT.matcher(g.detail()).find()))
                    .filter(g -> !(g.kind() == GroundKind.THEIR_POST && namesTheSameOccasion(toldFact, g.detail())))
                    .filter(g -> style.avoid().stream().noneMatch(a -> Words.containsWord(facts.clean(g.subject()), a))).findFirst();
            detail.flatMap(g -> plainContext(g, pick, facts))
                    .ifPresent(t -> clauses.add(new Clause(Role.EXTRA, Clause.Source.GROUND, List.of(t), detail.get().subject())));
        } else if (variant > 0 && (carriesAngle(carried, angle, facts) || statesKind(carried, angle.kind()))) {
            return Optional.empty();
        }
        // (never a job seeker's note, nor one that asks whether they are hiring: "Your SQL experience fits the role" is the
        // hirer's line; a hand session found it in a candidate's note)
        if (purpose.has(dev.rapport.purpose.Intent.HIRING) && !purpose.has(dev.rapport.purpose.Intent.JOB_SEEKING)
                && !ASKS_IF_HIRING.matcher(purpose.text()).find() && !values.getOrDefault("skills", "").isEmpty()
                && clauses.stream().noneMatch(c -> c.role() == Role.EXTRA) && !carries(carried, values.get("skills"))) {
            pick.levels(Role.EXTRA, List.of(book.whyYou()), values).stream().findFirst()
                    .ifPresent(t -> clauses.add(new Clause(Role.EXTRA, Clause.Source.PROFILE, List.of(t), values.get("skills"))));
        }
        boolean met = purpose.has(dev.rapport.purpose.Intent.MET_IN_PERSON) || MET.matcher(said.fact()).find();
        if (met && !purpose.has(dev.rapport.purpose.Intent.MET_IN_PERSON)) {
            java.util.Set<dev.rapport.purpose.Intent> intents = EnumSet.noneOf(dev.rapport.purpose.Intent.class);
            intents.addAll(purpose.intents());
            intents.add(dev.rapport.purpose.Intent.MET_IN_PERSON);
            purpose = new Purpose(purpose.text(), intents, purpose.people(), purpose.events(), purpose.posts(), purpose.offers());
        }
        // Someone met once at an event, or introduced by a friend, may not remember the name: sign it.
        boolean metBriefly = met || purpose.has(dev.rapport.purpose.Intent.REFERRAL);
        boolean worked = workedWith(request);
        boolean knows = worked || met;
        // Met once at an event, introduced, a stranger or an applicant: say in a few words who is writing.
        // ... unless the user's own words already say it ("I'm on the payments team", "I'm the 1:45 pacer")
        if (mayNotPlaceSender(request, purpose)) {
            boolean saysWho = SAYS_WHO.matcher(said.fact()).find() || namesTheirVolunteering(request);
            // "I'm a diabetes educator in a small Nebraska hospital and we are writing …": the user's own words of who
            // they are, when the note would otherwise leave them out, say it better than the profile's title
            Optional<List<String>> statedWho = saysWho ? Optional.empty() : statedWho(purpose.text(), request, said, facts);
            Optional<String> whoLine = saysWho || statedWho.isPresent() ? Optional.empty() : who(request, pick, values);
            // "I was on your team at Kyushu Wafer …", "you were a student in my lab course at NTHU": the place the who-line
            // names is already in the user's account of how the two know each other (reviewers: "repeats Kyushu Wafer and adds
            // nothing", "redundant after 'my lab course at NTHU'")
            boolean toldTie = knows || !purpose.stated().isEmpty() || SHARED_PAST.matcher(said.fact()).lookingAt()
                    || RECALLS.matcher(said.fact()).lookingAt();
            Optional<String> profileWho = toldTie ? whoLine.filter(w -> !whoToldAlready(w, toldFact, request.me())) : whoLine;
            // introduced by a friend, or writing about a role: who writes comes straight after how, before the role's details;
            // a stranger with no meeting or introduction to recall says who they are before what they want or tell
            boolean introduced = purpose.has(dev.rapport.purpose.Intent.REFERRAL);
            boolean whoFirst = introduced || purpose.has(dev.rapport.purpose.Intent.HIRING);
            // (the user's own account of a contact, "you commented on my post", "we played on the same team", is the hook instead)
            boolean stranger = !knows && !introduced && !toldOwnLink && purpose.stated().isEmpty() && !MET.matcher(said.fact()).find()
                    && !SHARED_PAST.matcher(said.fact()).lookingAt() && !RECALLS.matcher(said.fact()).lookingAt();
            int at = stranger ? 1
                    : whoFirst ? Math.min(clauses.size(), 1 + (int) clauses.stream().takeWhile(c -> c.role() != Role.REASON).count()) : clauses.size();
            profileWho.ifPresent(w -> clauses.add(at, new Clause(Role.WHO, Clause.Source.PROFILE,
                    worked ? List.of(w) : whoLevels(w, values, pick), "")));
            statedWho.ifPresent(w -> clauses.add(at, new Clause(Role.WHO, Clause.Source.USER, w, w.get(0))));
            // no current job to say ("my role was disestablished"): the user's own words of what they have done say who;
            // otherwise ("I did my final project on laterite soil stabilisation") they are the one detail a stranger can
            // place the sender by, when no other detail carries it; the reason is read for them only then
            boolean asWho = profileWho.isEmpty() && statedWho.isEmpty() && !saysWho;
            if (asWho || clauses.stream().noneMatch(c -> c.role() == Role.EXTRA)) {
                ownExperience(purpose.text(), request, said, facts).ifPresent(w -> clauses.add(
                        asWho ? new Clause(Role.WHO, Clause.Source.USER, List.of(w), "") : new Clause(Role.EXTRA, Clause.Source.USER, List.of(w), w)));
            }
        }
        for (String m : style.mention()) {
            String clean = facts.clean(m);
            if (!eligibleMention(clean, facts, style)) {
                continue;
            }
            int carrier = -1;
            for (int i = 0; i < clauses.size() && carrier < 0; i++) {
                if (Text.lower(clauses.get(i).text()).contains(Text.lower(clean))) {
                    carrier = i;
                }
            }
            if (carrier < 0) {
                clauses.add(new Clause(Role.MENTION, Clause.Source.USER, mentionLevels(clean, request, angle, pick, facts), clean));
            } else if (EnumSet.of(Role.EXTRA, Role.WHO, Role.OPENER).contains(clauses.get(carrier).role())) {
                // an optional line that carries what the user asked to mention is no longer optional
                Clause c = clauses.get(carrier);
                clauses.set(carrier, new Clause(Role.MENTION, c.source(), c.levels(), c.carries()));
            }
        }
        if (brief) {
            // A short note is the user's words, their ask and one close: the optional lines go.
            clauses.removeIf(c -> c.role() == Role.EXTRA || c.role() == Role.WHO);
        }
        if (!said.wish().isEmpty()) {
            clauses.add(new Clause(Role.ASK, Clause.Source.USER, wishLevels(said), ""));
        } else if (style.question() && !brief && !ASKS_ALREADY.matcher(said.fact()).find()) {
            List<String> q = question(purpose, knows, pick, values);
            if (!q.isEmpty()) {
                clauses.add(new Clause(Role.QUESTION, Clause.Source.CLOSE, q.subList(0, 1), ""));
            }
        }
        // the close is not to say again what the user's own lines say
        clauses.stream().filter(c -> c.source() == Clause.Source.USER).forEach(c -> pick.heard(c.text()));
        // a short note takes the shortest close the picker allows; others the one it picks
        List<String> close = brief ? pick.levels(Role.CLOSE, closers(purpose, style, said, groupShared(request)).stream().map(List::of).toList(), values)
                .stream().sorted(java.util.Comparator.comparingInt(Text::length)).toList()
                : pick.levels(Role.CLOSE, List.of(closers(purpose, style, said, groupShared(request))), values);
        if (close.isEmpty()) {
            return Optional.empty();
        }
        // The user's own point (a question, thanks, congratulations, an ask or a plan) is the close; a
        // courtesy line after it would do the same job twice.
        // (congratulations alone are no such point: they open the note, which would then stop on how the two know each other,
        // "… the Gothenburg hotels agreement 2025, tough but fair. Johan", a reviewer: "the note just stops")
        boolean asks = clauses.stream().anyMatch(c -> (c.role() == Role.ASK || c.role() == Role.QUESTION)
                && !CONGRATULATIONS_ON.matcher(c.text().strip()).matches());
        // A warm, formal or casual sign-off line ("Warm wishes.", "Kind regards.") is a valediction, not a second ask: it stays.
        if (!(brief && !said.wish().isEmpty()) && (!asks || style.tone() != Style.Tone.NEUTRAL)) {
            clauses.add(new Clause(Role.CLOSE, Clause.Source.CLOSE, close.subList(0, 1), ""));
        }
        String myFirst = request.me() == null ? "" : Facts.firstName(request.me(), wording.honorifics());
        // every first note is signed: the recipient sees who wrote it without opening a profile (a tight limit drops it first)
        if (!myFirst.isEmpty()) {
            clauses.add(new Clause(Role.SIGN, Clause.Source.PROFILE, List.of(myFirst), ""));
        }
        if (purpose.has(dev.rapport.purpose.Intent.JOB_SEEKING) && clauses.stream().anyMatch(c -> c.role() == Role.WHO)) {
            // an applicant's experience tells the reader more than a link read off the two profiles ("I noticed we studied at
            // … around the same time", which a reviewer called a stretch): at a tight limit that line goes first
            clauses.replaceAll(c -> c.role() == Role.CONTEXT && c.source() == Clause.Source.GROUND
                    ? new Clause(Role.EXTRA, Clause.Source.GROUND, c.levels(), c.carries()) : c);
        }
        // congratulations that are the point of the note open it, as most of the pair authors' notes do ("Hi Paweł,
        // congratulations on the new role at Rowerownia! Moving all 60 …"): after how the two know each other and who
        // writes, reviewers found them "tacked on, though they were the main reason for writing"
        // "Congratulations on becoming Lab Manager! Would you like to give a short talk …?": the congratulations open the note
        // and the invitation or question the user added after them still ends it, as the pair's author wrote it
        // (thanks the user typed lead instead: "thank you so much for recommending me …; and congratulations on the award")
        boolean thanks = clauses.stream().anyMatch(c -> c.source() == Clause.Source.USER && THANKED.matcher(c.text()).find());
        for (int i = 1; i < clauses.size() && !said.also().isEmpty() && !thanks; i++) {
            Clause c = clauses.get(i);
            String alone = c.levels().get(c.levels().size() - 1).strip();
            String rest = c.levels().get(0).startsWith(alone) ? c.levels().get(0).substring(alone.length()).strip() : "";
            if (c.role() == Role.ASK && c.source() == Clause.Source.USER && c.levels().size() > 1 && CONGRATULATIONS_ON.matcher(alone).matches()
                    && rest.endsWith("?")) {
                clauses.set(i, new Clause(Role.ASK, Clause.Source.USER, List.of(rest), ""));
                clauses.add(1, new Clause(Role.WHY_NOW, Clause.Source.USER, List.of(alone), ""));
                break;
            }
        }
        int congratulations = java.util.stream.IntStream.range(1, clauses.size())
                .filter(i -> EnumSet.of(Role.WHY_NOW, Role.ASK).contains(clauses.get(i).role())
                        && clauses.get(i).levels().stream().allMatch(t -> CONGRATULATIONS_ON.matcher(t).matches()))
                .findFirst().orElse(-1);
        // (not beside thanks, which lead instead, as above)
        // (nor before a favour, which they lead up to: "… for the CSEB walls. Congratulations on starting your own practice! We just won …")
        boolean favour = congratulations > 0 && clauses.stream().anyMatch(c -> c != clauses.get(congratulations)
                && (c.role() == Role.ASK || c.role() == Role.QUESTION));
        if (congratulations > 1 && !thanks && !favour && clauses.get(0).role() == Role.GREETING) {
            clauses.add(1, clauses.remove(congratulations));
        }
        inTheUsersOrder(clauses, purpose.text());
        NotePlan plan = new NotePlan(angle.kind().id(), clauses);
        Optional<Clause> rest = plan.first(Role.MORE);
        Optional<Clause> ask = plan.first(Role.ASK);
        if (rest.isPresent() && ask.isPresent() && THANKS_OR_CONGRATULATIONS.matcher(ask.get().text()).lookingAt()) {
            // what came of it follows the thanks ("Thank you for coming to our farm … We did the deep tillage like you told …");
            // the sender's news now says why the thanks comes now, so it goes before it ("I'm moving to the community
            // paramedic program now. Thank you! …")
            boolean news = !ReasonPoint.toldInThePast(rest.get().text());
            plan = plan.without(c -> c == rest.get()).with(rest.get(), news ? List.of(Role.ASK, Role.QUESTION, Role.CLOSE, Role.SIGN)
                    : List.of(Role.QUESTION, Role.CLOSE, Role.SIGN));
        }
        return Optional.of(plan);
    }

    /**
     * A line of the user's that points back at something ("we have the same problem since …", "we changed the timers the
     * Monday after") goes after the line the user told that something in, when the plan had put it before: reviewers read
     * "the same problem" before the post it was the same as, and "the Monday after" before the talk, as pointing at nothing.
     * A question stays last: the line it would follow is moved up instead only when it is not the ask.
     */
    static void inTheUsersOrder(List<Clause> clauses, String reason) {
        String told = Text.lower(reason);
        for (int i = 1; i < clauses.size(); i++) {
            Clause back = clauses.get(i);
            if (back.source() != Clause.Source.USER || !POINTS_BACK.matcher(back.text()).find()) {
                continue;
            }
            int at = placeIn(back.text(), told);
            for (int j = i + 1; j < clauses.size() && at >= 0; j++) {
                Clause before = clauses.get(j);
                if (EnumSet.of(Role.CLOSE, Role.SIGN, Role.QUESTION).contains(before.role())
                        || before.role() == Role.ASK && before.text().contains("?")) {
                    break;
                }
                int its = placeIn(before.text(), told);
                if (its >= 0 && its < at) {
                    clauses.add(j, clauses.remove(i));
                    i--;
                    break;
                }
            }
        }
    }

    // "the same problem", "the Monday after", "since then": words that lean on a line told before them
    private static final java.util.regex.Pattern POINTS_BACK = java.util.regex.Pattern.compile(
            "(?i)\\b(?:the )?same (?:problem|issue|thing|question|challenge|trouble)s?\\b"
            + "|\\bthe (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|day|week|month|morning|year) after\\b"
            + "|\\b(?:since then|after that|afterwards)\\b");

    /** Where in the user's words a line was told: the middle place of its longer words there, or -1 when too few are found. */
    private static int placeIn(String line, String told) {
        java.util.regex.Matcher m = LONGER_WORD.matcher(Text.lower(line));
        List<Integer> places = new ArrayList<>();
        while (m.find()) {
            int p = told.indexOf(m.group());
            if (p >= 0) {
                places.add(p);
            }
        }
        if (places.size() < 2) {
            return -1;
        }
        java.util.Collections.sort(places);
        return places.get(places.size() / 2);
    }

    private static final java.util.regex.Pattern LONGER_WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]{5,}");

    // the user's account of who did what in a place it does not name: "you led the driver support hub when I was …"
    private static final java.util.regex.Pattern ROLES_THERE = java.util.regex.Pattern.compile(
            "(?i)^(?:you|I) (?:led|ran|managed|headed|supervised|were (?:my|the|our) \\p{L}+|was (?:your|the) \\p{L}+)\\b(?![^.]*\\b(?:at|in) \\p{Lu})");

    // one sentence of congratulations on something, and nothing after it
    private static final java.util.regex.Pattern CONGRATULATIONS_ON = java.util.regex.Pattern.compile(
            "(?i)(?:congratulations|congrats) (?:on|for) (?![^.!?]*\\bin touch\\b)[^.!?]+[.!?]+");
    private static final java.util.regex.Pattern THANKED = java.util.regex.Pattern.compile("(?i)\\bthank(?:s| you)\\b");
    private static final java.util.regex.Pattern THANKS_OR_CONGRATULATIONS = java.util.regex.Pattern.compile("(?i)thanks?\\b|thank you\\b|congratulations\\b");

    // Words by which the user's reason already states a kind of link ("we went to the same university" is the alumni link).
    private static final Map<GroundKind, java.util.regex.Pattern> KIND_WORDS = Map.of(
            GroundKind.ALUMNI, java.util.regex.Pattern.compile("\\b(?:same (?:university|school|college|program(?:me)?)|studied|classmates|alumni)\\b"),
            GroundKind.STUDIED_TOGETHER, java.util.regex.Pattern.compile("\\b(?:same (?:university|school|college|class|cohort|program(?:me)?)|studied|classmates|labmates|lab mates|batchmates|coursemates)\\b"),
            GroundKind.WORKED_TOGETHER, java.util.regex.Pattern.compile("\\b(?:worked together|work together|colleagues|my (?:manager|lead|boss|mentor)|same team|we \\w+ (?:[\\w'’-]+ ){0,5}?together)\\b"),
            GroundKind.VOLUNTEERED_TOGETHER, java.util.regex.Pattern.compile("\\bvolunteer(?:ed|s)?\\b"));

    /** True when the reason already says, in its own words, the kind of link the angle is. */
    static boolean statesKind(String carried, GroundKind kind) {
        java.util.regex.Pattern p = KIND_WORDS.get(kind);
        return p != null && p.matcher(carried).find();
    }

    /** A context's phrasings without the ones that read a date range back ("we overlapped at X (2018–2019)"). */
    private static List<List<String>> undated(List<List<String>> levels) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> level : levels) {
            List<String> kept = level.stream().filter(p -> !p.contains("{period}")).toList();
            if (!kept.isEmpty()) {
                out.add(kept);
            }
        }
        return out.isEmpty() ? levels : out;
    }

    private static final java.util.regex.Pattern HELPED = java.util.regex.Pattern.compile(
            "(?i)\\byou (?:\\w+ ){0,8}?(?:gave|helped|taught|showed|mentored|coached|reviewed|read|encouraged|hired|introduced) (?:me|my)\\b");

    private static final java.util.regex.Pattern SHARED_PAST = java.util.regex.Pattern.compile(
            "(?i)(?:you|we)(?: \\w+)? (?:\\w+ed|came|come|did|gave|ran|met|spoke|taught|led|took|sat|went)\\b");

    // "you were in my cohort 9", "you were the senior on my first audit": what the recipient was to the sender
    private static final java.util.regex.Pattern THEIR_PART = java.util.regex.Pattern.compile(
            "(?i)\\byou (?:were|was) (?:in |on |the |my |our )[^.!?]*?\\b(?:my|our|me|us)\\b");

    // "you said you review talk proposals", "you asked for our rates", "I wired your Kangaroo Point job": what the two did,
    // which the recipient can place the sender by
    private static final java.util.regex.Pattern RECALLS = java.util.regex.Pattern.compile("(?i)you (?!are\\b|'re\\b)|I \\w+ed (?:you|your)\\b");

    // a post that advertises a job ("We are growing our supplier quality team …", "We're hiring")
    private static final java.util.regex.Pattern JOB_ADVERT = java.util.regex.Pattern.compile(
            "(?i)\\b(?:hiring|recruiting|vacanc(?:y|ies)|open (?:role|position)s?|join (?:our|the) team|(?:growing|expanding) (?:our|the) [\\w ]{0,40}team"
                    + "|we(?:'re| are) looking for (?:a|an|two|three|new)\\b)");

    private static final java.util.regex.Pattern SAYS_WHO = java.util.regex.Pattern.compile(
            "(?i)\\bI(?:'m| am) (?:a|an|the|on the|in the|one of the|part of the)\\b|\\bI (?:work|run|lead|manage|teach) (?:at|on|in|the)\\b");

    private static final java.util.regex.Pattern MET = java.util.regex.Pattern.compile(
            "(?i)^thanks for\\b|\\bwe (?:met|talked|chatted|spoke)\\b|\\b(?:met|chatted|talked|spoke) (?:with )?you\\b");

    /** "Hi Priya,", or "Hi," when the name is unknown; empty when every greeting is avoided. */
    private Optional<Clause> greeting(Picker pick, Style style, Map<String, String> values) {
        String titled = values.getOrDefault("titled", "");
        if (!titled.isEmpty() && style.tone() != Style.Tone.CASUAL) {
            // as the user calls them: "Dear Dr. Sutter,", "Dear Ogata-san," (reviewers: "Hi Annina" to a group leader, "Hello Takeshi")
            return Optional.of(new Clause(Role.GREETING, List.of("Dear " + titled + ",")));
        }
        List<String> greeting = pick.levels(Role.GREETING,
                List.of(book.greeting().get(style.tone()), book.greetingNoName().get(style.tone())), values);
        return greeting.isEmpty() ? Optional.empty() : Optional.of(new Clause(Role.GREETING, greeting.subList(0, 1)));
    }

    private List<String> closers(Purpose purpose, Style style, ReasonWords.Said said, boolean groupShared) {
        List<String> all = anyClosers(purpose, style, said, groupShared);
        // "I was in the audience but we never spoke": no close may say they met (a reviewer: "'Good to have met you' is false")
        if (NEVER_SPOKE.matcher(purpose.text()).find()) {
            List<String> true_ = all.stream().filter(c -> !CLAIMS_A_MEETING.matcher(c).find()).toList();
            return true_.isEmpty() ? book.toneClosers().get(Style.Tone.NEUTRAL) : true_;
        }
        return all;
    }

    private static final java.util.regex.Pattern NEVER_SPOKE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:we )?(?:never|haven't|have not|didn't|did not|never actually) (?:spoke|spoken|talked|met|chatted|speak|talk|meet)\\b"
            + "|\\bwe've never (?:spoken|talked|met)\\b|\\bonly (?:in|from) the audience\\b");
    private static final java.util.regex.Pattern CLAIMS_A_MEETING = java.util.regex.Pattern.compile(
            "(?i)\\b(?:met you|meet you|meeting you|cross paths again|good to meet|nice to meet|our chat|talking to you|speaking with you)\\b");

    private List<String> anyClosers(Purpose purpose, Style style, ReasonWords.Said said, boolean groupShared) {
        Optional<String> kind = closeKind(purpose, said, groupShared);
        // "warmer": the close for the same purpose, said more warmly ("It was really good to meet you!")
        if (style.tone() == Style.Tone.WARM && kind.isPresent() && book.warmClosers().containsKey(kind.get())) {
            return book.warmClosers().get(kind.get());
        }
        if (style.tone() != Style.Tone.NEUTRAL) {
            return book.toneClosers().get(style.tone());
        }
        return kind.map(book.closers()::get).orElse(book.toneClosers().get(style.tone()));
    }

    /** Which purpose's close suits the note ("thanks", "in-touch", an intent); empty when none does. */
    private Optional<String> closeKind(Purpose purpose, ReasonWords.Said said, boolean groupShared) {
        Optional<String> kind = intentCloseKind(purpose, said, groupShared);
        // congratulations that are the note's point close with good wishes for what is congratulated, unless the close
        // picks up the two's own past or meeting ("Thanks for sharing your work." and "Would love to hear what you think."
        // followed congratulations on a new job)
        boolean congratulating = CONGRATULATIONS_ON.matcher(said.wish()).find() || CONGRATULATIONS_ON.matcher(said.also()).find();
        if (congratulating && book.closers().containsKey("congratulations")
                && kind.filter(k -> k.equals("reconnect") || k.equals("met-in-person") || k.equals("in-touch") || k.equals("thanks")).isEmpty()) {
            return Optional.of("congratulations");
        }
        return kind;
    }

    private Optional<String> intentCloseKind(Purpose purpose, ReasonWords.Said said, boolean groupShared) {
        // The recipient helped ("you gave me useful advice", "you taught me"): the close thanks, it does not ask again.
        if (said.wish().isEmpty() && HELPED.matcher(said.fact()).find() && book.closers().containsKey("thanks")) {
            return Optional.of("thanks");
        }
        // "… keep in touch" with nothing else asked: the close is the user's own wish, before any purpose's stock close
        if (said.wish().isEmpty() && IN_TOUCH.matcher(purpose.text()).find() && book.closers().containsKey("in-touch")) {
            return Optional.of("in-touch");
        }
        boolean knewEachOther = purpose.has(dev.rapport.purpose.Intent.RECONNECT);
        for (String intent : CLOSE_ORDER) {
            // "See you around the group" only to someone who is in a group with the sender, never after an event
            if (intent.equals("shared-group") && !groupShared) {
                continue;
            }
            // "Good to have met you" to someone the sender worked beside for years reads as a first meeting
            if (intent.equals("met-in-person") && knewEachOther) {
                continue;
            }
            // "Hope to cross paths again soon" to a speaker the sender only heard is false (a new user's note)
            if (intent.equals("met-in-person") && dev.rapport.ground.GroundFinder.heardOnly(purpose.text())) {
                continue;
            }
            // "Grateful for any thoughts" thanks for an answer to a question the note must then ask
            if (intent.equals("advice") && said.wish().isEmpty() && !said.fact().contains("?")) {
                continue;
            }
            if (purpose.intents().stream().anyMatch(i -> i.id().equals(intent)) && book.closers().containsKey(intent)) {
                return Optional.of(intent);
            }
        }
        return Optional.empty();
    }

    private static boolean groupShared(DraftRequest request) {
        return request.ground().stream().anyMatch(g -> g.kind() == GroundKind.SAME_GROUP);
    }

    private boolean detailWorthy(CommonGround g, String carried, Facts facts) {
        return g.kind() != null && DETAIL_KINDS.contains(g.kind()) && g.strength() >= DETAIL_STRENGTH
                && !carries(carried, facts.clean(g.subject())) && !statesKind(carried, g.kind()) && !facts.isTheTalk(g.subject())
                // "I came across your post about Microfinance.": a post known only by its one-word subject says nothing of it
                // (a reviewer: "generic template filler")
                && !(g.kind() == GroundKind.THEIR_POST && facts.clean(g.subject()).strip().split("\\s+").length < 2);
    }

    /** True when the user's words already name the thing: its whole name or any distinctive word of it ("Kellogg"). */
    /**
     * The user's words already carry the angle. An event is carried only by every distinctive word of its name: "… from
     * Python to Rust" does not say where they met when that was the Rust CDMX meetup (a development note lost its meetup).
     */
    private static boolean carriesAngle(String carried, CommonGround angle, Facts facts) {
        String subject = facts.clean(angle.subject());
        if (angle.kind() != GroundKind.MET_AT_EVENT) {
            return carries(carried, subject);
        }
        String s = Text.lower(subject);
        if (s.isEmpty() || carried.contains(s)) {
            return true;
        }
        String folded = dev.rapport.ground.Folding.fold(carried);
        boolean any = false;
        for (String w : subject.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 3 && Character.isUpperCase(w.charAt(0)) && !GENERIC_NAME_WORDS.contains(Text.lower(w))) {
                if (!Words.containsWord(folded, dev.rapport.ground.Folding.fold(w))) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private static boolean carries(String carried, String subject) {
        String s = Text.lower(subject);
        if (s.isEmpty() || carried.contains(s)) {
            return true;
        }
        // A distinctive word of a name ("Kellogg" for the Kellogg School of Management) carries it; a common word of a topic
        // does not. Accents are not compared: "kowhai" as typed names Kōwhai Regional Airlines.
        String folded = dev.rapport.ground.Folding.fold(carried);
        for (String w : subject.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 4 && Character.isUpperCase(w.charAt(0)) && !GENERIC_NAME_WORDS.contains(Text.lower(w))
                    && Words.containsWord(folded, dev.rapport.ground.Folding.fold(w))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> GENERIC_NAME_WORDS = Set.of("university", "school", "college", "community", "group",
            "company", "management", "institute", "association", "society", "foundation", "center", "centre", "bank", "health");

    /**
     * A sentence of the reason in which the sender says what they have done ("I modelled time-of-use tariffs at
     * Meridian for three years."), when it is neither the note's fact nor its point.
     */
    private Optional<String> ownExperience(String reason, DraftRequest request, ReasonWords.Said said, Facts facts) {
        for (String sentence : dev.rapport.language.Language.english().sentenceTexts(reason)) {
            String f = sentenceRead(sentence, request, facts).map(ReasonWords.Said::fact).orElse("");
            if (OwnWork.in(f).isPresent() && !f.equals(said.fact()) && !said.wish().contains(f)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }


    /** One sentence of the reason said to the recipient, read once per request however many clauses ask for it. */
    private Optional<ReasonWords.Said> sentenceRead(String sentence, DraftRequest request, Facts facts) {
        return facts.sentencesRead.computeIfAbsent(sentence, s -> reasonWords.of(s, request.me(), request.them(), List.of()));
    }

    /**
     * "I'm a diabetes educator in a small Nebraska hospital.": who the sender says they are, from a sentence of the reason
     * the note does not already carry; empty when no sentence says it.
     */
    private Optional<List<String>> statedWho(String reason, DraftRequest request, ReasonWords.Said said, Facts facts) {
        for (String sentence : dev.rapport.language.Language.english().sentenceTexts(reason)) {
            Optional<ReasonWords.Said> read = sentenceRead(sentence, request, facts);
            String f = read.map(ReasonWords.Said::fact).orElse("");
            // "I'm 2nd year of the QS diploma at WelTec after selling my salon.": a student says where they study, as they said it
            if (I_AM_STUDYING.matcher(f).lookingAt() && !f.contains(". ") && !said.fact().equals(f) && !said.wish().contains(f)) {
                String shortFact = read.map(ReasonWords.Said::shortFact).orElse("");
                return Optional.of(shortFact.isEmpty() || shortFact.equals(f) ? List.of(f) : List.of(f, shortFact));
            }
            java.util.regex.Matcher m = I_AM_ROLE.matcher(f);
            if (m.lookingAt() && !said.fact().contains(m.group(1)) && !said.wish().contains(m.group(1))) {
                // ... and the role alone ("I'm a diabetes educator."), for a tight limit
                return Optional.of(m.group(2) == null ? List.of(m.group(1) + ".")
                        : List.of(m.group(1) + ".", m.group(1).substring(0, m.start(2)) + "."));
            }
        }
        return Optional.empty();
    }

    private static final java.util.regex.Pattern I_AM_STUDYING = java.util.regex.Pattern.compile(
            "(?i)I(?:'m| am) (?:in )?(?:my |the )?(?:\\d(?:st|nd|rd|th)|first|second|third|fourth|final|last)[- ]year (?:of|in|at|on)\\b");
    // "I'm a diabetes educator in a small Nebraska hospital", up to the next clause; the role word looks like an occupation
    private static final java.util.regex.Pattern I_AM_ROLE = java.util.regex.Pattern.compile(
            // (a feeling or a family word is no role: "I'm a huge believer in open data", "I'm a mother of two")
            // (nor a listener, a customer or a proud grandparent: "I'm a regular listener", "I'm a mother of a toddler")
            "(I(?:'m| am) (?:a|an) (?!(?:[\\p{L}-]+ ){0,3}?(?:proud|keen|avid|huge|regular|long-?time|loyal|happy|devoted)\\b)"
            + "(?:(?!of\\b)[\\p{L}-]+ ){0,3}(?!(?:believer|lover|follower|admirer|supporter|beginner|newcomer|stranger|mother|father"
            + "|brother|sister|daughter|member|fan|student of life|listener|reader|viewer|subscriber|customer|client|user|parent"
            + "|neighbou?r|grand\\p{L}*)\\b)(?:\\p{L}+(?:er|or|ist|ian|ant|ent)|nurse|chef|lead|student|graduate|coach|officer|midwife)"
            + "( (?:in|at|for|with|on) [^,.;!?]{2,50}?)?)(?=\\s+and\\b|\\s+so\\b|[,.;!?]|$)");

    /** The phrase picker for one part of the note to {@code request}'s recipient, in its style. */
    private Picker picker(DraftRequest request, String part) {
        return new Picker(request.them() == null ? "" : request.them().name(), part, request.style().avoid(), plainWords);
    }

    /** "I am a backend engineer at Quillset.": who the sender is, in a few words, from their current position. */
    /**
     * Who writes, and the same line with the role said by its head noun ("I'm a recruiter at CarePath Staffing." for "a
     * senior healthcare recruiter"), the step down a tight limit takes before it leaves out who writes: a reader who met
     * the sender once places them by the employer more than by the title's qualifiers (a hand session at 200 lost both).
     * Only a title of adjectives and nouns is cut so ("Head of Data" keeps its words); a former colleague (an applicant
     * writing to one) knows the role already, so the note does not make room for it that way.
     */
    private List<String> whoLevels(String who, Map<String, String> values, Picker pick) {
        String role = values.getOrDefault("myRole", "");
        String title = role.replaceFirst("^(?:an?|the) ", "");
        List<dev.rapport.language.Token> words = dev.rapport.language.Language.english().tokens(title);
        // "an MSc student in Mining Engineering at Middle East Technical University": the field goes before the place does
        java.util.regex.Matcher field = FIELD_AND_PLACE.matcher(role);
        if (!role.isEmpty() && who.contains(role) && field.matches()) {
            return List.of(who, who.replace(role, field.group(1) + " " + field.group(2)));
        }
        if (role.isEmpty() || !who.contains(role) || words.size() < 2
                || !words.stream().allMatch(t -> t.isWord() && t.is("ADJ", "NOUN", "PROPN"))) {
            return List.of(who);
        }
        String head = words.get(words.size() - 1).text();
        String company = values.getOrDefault("myCompany", "");
        // ("I was an HR business partner at Northway Foods until June 2019" is no "I'm with Northway Foods.": a past job is said
        // as past, or not at all; a returner's note at 200 said she was still there)
        if (!who.matches("(?s)^I(?:'m| am)\\b.*")) {
            return List.of(who);
        }
        if (VAGUE_HEADS.contains(Text.lower(head))) {
            // "a sales development representative" said by its head is "a representative", which tells the reader nothing:
            // the employer alone says who writes ("I work at Cloudbridge Payroll.", a hand session)
            return company.isEmpty() || !who.contains(company) ? List.of(who)
                    : java.util.stream.Stream.concat(java.util.stream.Stream.of(who),
                            pick.levels(Role.WHO, List.of(book.whoAt()), values).stream().limit(1)).toList();
        }
        // ("key account manager" is an account manager, not "a manager", which a second new user read as overclaiming; a
        // noun before the head says what kind it is, an adjective only how senior)
        dev.rapport.language.Token before = words.get(words.size() - 2);
        String kind = before.is("NOUN") && Character.isLowerCase(before.text().codePointAt(0)) ? before.text() + " " + head : head;
        // one plainer level: the kind for a head that alone says a rank or another job, else the head ("an engineer")
        String said = KIND_HEADS.contains(Text.lower(head)) ? kind : head;
        if (said.equals(title)) {
            return List.of(who);
        }
        String plain = role.startsWith("the ") ? "the " + said : Copyedit.english().indefinite(said);
        return List.of(who, who.replace(role, plain));
    }

    /** A name of two or more capitalised words ("HR Tech Summit Manila") inside a sentence. */
    private static final java.util.regex.Pattern MULTI_WORD_NAME = java.util.regex.Pattern.compile(
            "(?<=\\S )(?:\\p{Lu}[\\p{L}\\d&'-]*)(?: (?:\\p{Lu}[\\p{L}\\d&'-]*|of|de|the|\\d{4}))* \\p{Lu}[\\p{L}\\d&'-]*");

    /** The user's words name, by two or more capitalised words, something the post's text names too. */
    static boolean namesTheSameOccasion(String told, String post) {
        if (told == null || post == null || told.isBlank() || post.isBlank()) {
            return false;
        }
        java.util.regex.Matcher m = MULTI_WORD_NAME.matcher(told);
        String lowerPost = Text.lower(post);
        while (m.find()) {
            if (lowerPost.contains(Text.lower(m.group()))) {
                return true;
            }
        }
        return false;
    }

    /** A promise kept, then a question the user asks ("As promised, I'll send you …. How does …?"). */
    private static final java.util.regex.Pattern PROMISE_THEN_MORE = java.util.regex.Pattern.compile(
            "^(As promised, [^.!?]+[.!]) (?:\\S.+\\?|.*\\bask\\b.*)$");

    /** A yes-or-no question with its other half after a comma ("…, or can that be after?"). */
    private static final java.util.regex.Pattern EITHER_OR_QUESTION = java.util.regex.Pattern.compile(
            "^((?:[^.!?]*[.!] )?(?:Does|Do|Did|Is|Are|Can|Could|Should|Would|Will|Must|Has|Have) [^?]{10,}?),? or [^,?]{1,60}\\?$");

    private static final java.util.regex.Pattern FIELD_AND_PLACE = java.util.regex.Pattern.compile("^(.+?) in [^,]+? (at .+)$");
    private static final java.util.regex.Pattern STATED_SENTENCE = java.util.regex.Pattern.compile(
            "(?i)(?:^|\\s)(?:i|i'?ve|i'?m|we|he|she|him|her|they|them|my|our|me|us)(?:\\s|$)|^(?:\\S+\\s+){9,}");
    private static final java.util.regex.Pattern SCHOOL = java.util.regex.Pattern.compile(
            "(?i)\\b(?:university|college|institute|school|polytechnic|universit\\p{L}+|universidad\\p{L}*|hochschule|ETH|EPFL|MIT)\\b");
    private static final java.util.regex.Pattern STUDYING = java.util.regex.Pattern.compile(
            "(?i)\\b(?:student|(?:phd|doctoral) candidate)\\b");

    /** Heads of a job title that say little alone: the qualifiers before them are the job. */
    // heads that alone say a rank or another job: "a manager" for a key account manager overclaims, and "a scientist" for a
    // data scientist (a new user's "/limit 200" gave "I'm a scientist at Evri") or "an architect" for a solutions architect
    // is another trade; the kind is kept
    private static final Set<String> KIND_HEADS = Set.of("manager", "director", "head", "chief", "president", "supervisor", "leader",
            "scientist", "architect", "designer", "writer", "owner");
    private static final Set<String> VAGUE_HEADS = Set.of("representative", "specialist", "associate", "officer", "assistant",
            "coordinator", "executive", "partner", "lead", "member", "advisor", "adviser", "professional", "agent");

    private Optional<String> who(DraftRequest request, Picker pick, Map<String, String> values) {
        if (request.me() == null) {
            return Optional.empty();
        }
        // a career break is no job to introduce oneself by ("I'm a career break at Parenting")
        Optional<dev.rapport.profile.Position> now = request.me().positions().stream()
                .filter(p -> p.dates().isCurrent() && isAJob(p)).findFirst();
        if (now.isEmpty() && request.me().positions().stream().noneMatch(p -> p.dates().isKnown())) {
            // a bio names no dates: the role it states first ("Marie-Claude is a senior technical recruiter with …") is the present one
            now = request.me().positions().stream().filter(p -> !p.title().isBlank() && isAJob(p)).findFirst();
        }
        String reason = request.purpose() == null ? "" : Text.lower(request.purpose().text());
        // "you came to our ground on Saturday" to the physio whose post names Curepe Lions Cricket Club: the sender's
        // volunteer role there is who the recipient met, not the day job
        // (a bio gives no dates: its volunteering is taken as current)
        Optional<dev.rapport.profile.Volunteering> there = currentVolunteering(request.me()).stream()
                .filter(v -> !v.role().isBlank() && request.them() != null
                        && request.them().posts().stream().anyMatch(post -> Words.containsWord(Text.lower(post.text()), Text.lower(v.organisation()))))
                .findFirst();
        if (there.isEmpty() && CLUB_AFFAIRS.matcher(reason).find()) {
            // "we have lost 4 team managers … speak at our AGM": the reason is about the club the sender runs as a
            // volunteer, so that role says who writes, not the day job (a development panel: "gives her payroll job")
            there = currentVolunteering(request.me()).stream().filter(v -> !v.role().isBlank()).findFirst();
        }
        boolean volunteer = there.isPresent();
        if (there.isPresent()) {
            now = Optional.of(new dev.rapport.profile.Position(there.get().organisation(), there.get().role(), there.get().dates(), "", ""));
        }
        // "Final-year MSc Data Science student at University of Portsmouth" heading a page with no job now: the study says who writes
        // (a student's note said "In 2027 I finished an MSc …" of a degree she is still taking: the drafter has no clock, her
        // headline has the tense)
        Optional<String> studyHeadline = now.isPresent() || there.isPresent() ? Optional.empty() : studyHeadline(request.me());
        if (studyHeadline.isPresent()) {
            values.put("myRole", Copyedit.english().role(studyHeadline.get()));
            return pick.levels(Role.WHO, List.of(book.whoAlone()), values).stream().findFirst();
        }
        // an applicant between jobs: the last job they held tells the hiring side who writes
        Optional<dev.rapport.profile.Position> last = now.isEmpty() && request.purpose() != null
                && request.purpose().has(dev.rapport.purpose.Intent.JOB_SEEKING) ? lastJob(request.me(), reason) : Optional.empty();
        Optional<dev.rapport.profile.Education> studied = last.isEmpty() ? Optional.empty() : request.me().education().stream()
                .filter(e -> e.years().end() != null && DEGREE.matcher(e.degree()).find() && !e.school().isBlank())
                .max(java.util.Comparator.comparing(e -> e.years().end()))
                .filter(e -> e.years().end().isAfter(last.get().dates().end()));
        if (studied.isPresent()) {
            values.put("myDegree", degreeInSentence(studied.get().degree()));
            values.put("mySchool", withThe(studied.get().school().replaceFirst(",.*$", "")));
            values.put("myUntil", Integer.toString(studied.get().years().end().getYear()));
            return pick.levels(Role.WHO, List.of(book.whoStudied()), values).stream().findFirst();
        }
        if (last.isPresent()) {
            values.put("myRole", Copyedit.english().role(sentenceRole(last.get().title())));
            values.put("myCompany", employer(last.get().company()));
            // "Until October 2026", as the page gives it; a year alone is stored as its December, said as the year
            java.time.YearMonth until = last.get().dates().end();
            values.put("myUntil", (until.getMonthValue() == 12 ? "" : until.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " ")
                    + until.getYear());
            return pick.levels(Role.WHO, List.of(book.whoWas()), values).stream().findFirst();
        }
        if (now.isEmpty() && request.me().format() == dev.rapport.profile.SourceFormat.PROSE
                && BARE_ROLE.matcher(Text.value(request.me().headline(), false)).matches()) {
            // "Wanjiku Mwangi is a junior data analyst in Nairobi.": a bio's role with no employer says who writes
            values.put("myRole", Copyedit.english().role(sentenceRole(request.me().headline())));
            return pick.levels(Role.WHO, List.of(book.whoAlone()), values).stream().findFirst();
        }
        if (now.isEmpty() || Text.value(now.get().title(), false).isEmpty() || Text.value(now.get().company(), false).isEmpty()) {
            return Optional.empty();
        }
        String title = sentenceRole(Text.value(now.get().title(), false));
        String company = Text.value(now.get().company(), false);
        // "Organiser at PyData Lagos" in the headline, and "our PyData Lagos meetup" in the reason: that is who
        // the recipient met, not the day job
        java.util.regex.Matcher named = HEADLINE_ROLE.matcher(Text.value(request.me().headline(), false));
        if (named.matches() && !Text.lower(named.group(2)).equals(Text.lower(company)) && Words.containsWord(reason, Text.lower(named.group(2).strip()))) {
            title = sentenceRole(named.group(1).strip());
            company = named.group(2).strip();
        }
        // "MSc student in Mining Engineering at Middle East Technical University." opening the About, beside a part-time
        // "Graduate Research Assistant" there: the study says who writes ("I work at Middle East Technical University" did
        // not, a reviewer's edit: "I'm an MSc student at METU")
        Optional<String> studying = volunteer || named.matches() ? Optional.empty()
                : roleOpeningTheAbout(request.me()).filter(r -> STUDYING.matcher(r).find());
        if (studying.isEmpty() && !volunteer && !named.matches()) {
            // "PhD Candidate, Atmospheric Chemistry | wildfire smoke SOA" heading a JSON Resume whose current work is "Graduate
            // Research Assistant": the study says who writes ("I'm a graduate research assistant at Carnegie Mellon University",
            // a new user's note, when her headline says PhD candidate)
            String school = company;
            studying = studyHeadline(request.me()).map(r -> r.contains(" at ") || !SCHOOL.matcher(school).find() ? r : r + " at " + withThe(school));
        }
        if (studying.isPresent()) {
            values.put("myRole", Copyedit.english().role(studying.get()));
            values.put("myCompany", employer(company));
            return pick.levels(Role.WHO, List.of(book.whoAlone()), values).stream().findFirst();
        }
        values.put("myRole", Copyedit.english().role(title));
        if (Copyedit.english().foreignPhrase(title) && !SELF_EMPLOYED.matcher(company).lookingAt()) {
            values.put("myCompany", employer(company));
            Optional<String> described = roleOpeningTheAbout(request.me());
            if (described.isPresent()) {
                // "Médica Interna Residente (MIR) …" on the page and "Third-year dermatology resident in Valencia." opening
                // the About: the English words say who writes ("I'm with Hospital Universitario Turia" said nothing, r106)
                values.put("myRole", Copyedit.english().role(described.get()));
                return pick.levels(Role.WHO, List.of(book.whoAlone()), values).stream().findFirst();
            }
            return pick.levels(Role.WHO, List.of(book.whoAt()), values).stream().findFirst();
        }
        if (volunteer && !named.matches()) {
            // "I am the volunteer secretary at Semaphore Stingrays Netball Club", not "a secretary" as if it were a job
            String role = Text.lower(title);
            values.put("myRole", role.contains("volunteer") ? "the " + role : "the volunteer " + role);
        }
        if (SELF_EMPLOYED.matcher(company).lookingAt()) {
            // "Freelance Photographer" at "Self-employed · Freelance": "I am a freelance photographer."
            return pick.levels(Role.WHO, List.of(book.whoAlone()), values).stream().findFirst();
        }
        values.put("myCompany", employer(company));
        if (TOP_ROLE.matcher(title.strip()).matches()) {
            // "I'm the chief executive officer of Souss Primeurs", not "at" it: the firm is theirs to lead (a reviewer); and the one
            // who leads it ("I'm a proprietor of P. S. Kulkarni & Associates", a new user's session)
            values.put("myRole", values.getOrDefault("myRole", "").replaceFirst("^an? ", "the "));
            return pick.levels(Role.WHO, List.of(book.whoOf()), values).stream().findFirst();
        }
        return pick.levels(Role.WHO, List.of(book.who()), values).stream().findFirst();
    }

    /**
     * The headline's first part when it is a study ("PhD Candidate, Atmospheric Chemistry", "Final-year MSc Data Science student at
     * University of Portsmouth"), said in a sentence; a place after "at" only when it is a school.
     */
    private static Optional<String> studyHeadline(dev.rapport.profile.Profile me) {
        String head = me == null ? "" : Text.value(me.headline(), false).split("\\s*[|·•]\\s*")[0].strip();
        if (!STUDYING.matcher(head).find() || head.split("\\s+").length > 10) {
            return Optional.empty();
        }
        java.util.regex.Matcher at = java.util.regex.Pattern.compile("(?i)^(.+?)\\s+(?:at|@)\\s+(.+)$").matcher(head);
        if (at.matches() && !SCHOOL.matcher(at.group(2)).find()) {
            return Optional.empty();
        }
        String role = at.matches() ? roleInSentence(at.group(1).replaceFirst("\\s*,\\s*", " in ")) + " at " + withThe(at.group(2).strip())
                : roleInSentence(head.replaceFirst("\\s*,\\s*", " in "));
        return Optional.of(role);
    }

    /**
     * The About's first sentence when it is a role and nothing more, "Third-year dermatology resident in Valencia.":
     * no verb, at most ten words, ending in a noun; said in lower case as a role ("third-year dermatology resident in Valencia").
     */
    static Optional<String> roleOpeningTheAbout(dev.rapport.profile.Profile me) {
        String about = me == null ? "" : Text.value(me.about(), false);
        if (about.isBlank()) {
            return Optional.empty();
        }
        List<String> sentences = dev.rapport.language.Language.english().sentenceTexts(about);
        String first = sentences.isEmpty() ? "" : sentences.get(0).strip().replaceAll("[.!]+$", "");
        List<dev.rapport.language.Token> tokens = dev.rapport.language.Language.english().tokens(first);
        List<dev.rapport.language.Token> words = tokens.stream().filter(dev.rapport.language.Token::isWord).toList();
        if (words.size() < 2 || words.size() > 10 || tokens.stream().anyMatch(t -> t.is("VERB", "AUX", "PRON"))
                || !words.get(words.size() - 1).is("NOUN", "PROPN") || Copyedit.english().foreignPhrase(first)
                || !Character.isUpperCase(first.charAt(0))) {
            return Optional.empty();
        }
        // (a capital that only opens the sentence goes: "Third-year dermatology …" is "third-year …"; "Valencia" stays)
        boolean opensOnly = first.length() > 1 && Character.isLowerCase(first.charAt(1))
                && Character.isLowerCase(words.get(1).text().charAt(0));
        return Optional.of(opensOnly ? Character.toLowerCase(first.charAt(0)) + first.substring(1) : first);
    }

    private static final java.util.regex.Pattern TALK_TOPIC = java.util.regex.Pattern.compile(
            "^(thanks for (?:speaking|presenting|talking) at [^.!?]{3,80}?) about [^.!?]{3,120}[.!]\\s*(?=\\S)");

    /** "a student at the University of Illinois", "an analyst at the City of San Marcos": a name of the form "X of Y" takes "the". */
    static String withThe(String company) {
        return OF_NAME.matcher(company).lookingAt() || Copyedit.english().needsThe(company) ? "the " + company : company;
    }

    private static final java.util.regex.Pattern OF_NAME = java.util.regex.Pattern.compile(
            "(?:University|City|County|Institute|Department|Ministry|Bank|State|Royal College|College|Office|Port|Province|Municipality|Government|School) of\\b");

    private static final java.util.regex.Pattern TOP_ROLE = java.util.regex.Pattern.compile(
            // (a navy's "Chief Petty Officer" is a rank, not the head of a firm)
            "(?i)(?:chief (?!petty\\b|warrant\\b)(?:[\\p{L}-]+ ){1,2}officer|ceo|cfo|coo|cto|founder|co-?founder|owner|co-owner|proprietor|sole proprietor|principal|president|managing director|general manager)"
            // ("Owner and chef" of a restaurant: two titles, the first the head's; "an owner and chef at Tasca Mourão". Not "Co-founder &
            // CEO": "the CEO of ShelfSense" is then a role claim the truth rule cannot find in "Co-founder & CEO at ShelfSense")
            + "(?:\\s+and\\s+(?:head\\s+)?[\\p{L}-]+)?");

    private static List<dev.rapport.profile.Volunteering> currentVolunteering(dev.rapport.profile.Profile me) {
        return me.volunteering().stream()
                .filter(v -> (v.dates().isCurrent() || !v.dates().isKnown()) && !v.organisation().isBlank()).toList();
    }

    /** The user's words name where the sender volunteers ("you trained me as a tutor at Maple Reads"): they say who writes. */
    private static boolean namesTheirVolunteering(DraftRequest request) {
        String reason = request.purpose() == null ? "" : Text.lower(request.purpose().text());
        return request.me() != null && currentVolunteering(request.me()).stream()
                .anyMatch(v -> Words.containsWord(reason, Text.lower(v.organisation())));
    }

    // a degree, not a course ("Food Safety Auditing, 10 ECTS") nor a school's programme name
    private static final java.util.regex.Pattern DEGREE = java.util.regex.Pattern.compile(
            "\\b(?:Bachelor|Master|Doctor|Ph\\.?\\s?D|MBA|M\\.?Sc|B\\.?Sc|B\\.?A|M\\.?A|M\\.?Ed|B\\.?Ed|B\\.?M|M\\.?Eng|B\\.?Eng|LL\\.?[BM]"
                    + "|MPH|MSN|BSN|DNP|MPhil|M\\.?Phil|Diploma|Associate|HND)\\b");

    /** "M.Ed., Learning, Design, and Technology" as a sentence says it: "an M.Ed. in Learning, Design, and Technology". */
    static String degreeInSentence(String degree) {
        // "Bachelor of Science - BS, Computer Science": LinkedIn's field gives the degree and its letters; a sentence says it once
        String d = degree.strip().replaceFirst("\\s+[-–]\\s+[A-Z][A-Za-z.]{0,7}(?=,|$)", "");
        int comma = d.indexOf(", ");
        String said = comma > 0 ? d.substring(0, comma) + " in " + d.substring(comma + 2) : d;
        // (a letter said on its own, "M.Ed.", "MSc", "LLB": "an" when its name starts with a vowel sound)
        boolean vowelSound = said.matches("^(?:[AEIOUaeiou]|[FHLMNRSX](?:\\.|[A-Z]|\\s|$)).*");
        return (vowelSound ? "an " : "a ") + said;
    }

    /** A position that is work: a career break or parental leave is no job to introduce oneself by. */
    private static boolean isAJob(dev.rapport.profile.Position p) {
        return !NO_JOB.matcher(p.title() + " " + p.company()).find();
    }

    /** The employer as a sentence names it: without the page's kind of work ("· Full-time"), with "the" before "University of …". */
    private static String employer(String company) {
        // ("Hatchet (open source)": what the page adds in brackets is about the employer, not its name)
        return withThe(SELF_EMPLOYED_TAIL.matcher(company).replaceFirst("").replaceFirst("\\s*\\((?=[^()]*\\s)[^()]{1,40}\\)\\s*$", ""));
    }

    /** The job that ended last, with a title and an employer. */
    private static Optional<dev.rapport.profile.Position> lastJob(dev.rapport.profile.Profile me, String reason) {
        List<dev.rapport.profile.Position> held = me.positions().stream()
                .filter(p -> p.dates().end() != null && !p.title().isBlank() && !p.company().isBlank() && isAJob(p))
                .toList();
        // the job that is the kind they apply for ("… to the Data Analyst job of his team") says who writes, before a
        // later side job (a hand session: "until April 2026 I was a teaching assistant" for a data analyst)
        List<dev.rapport.profile.Position> named = held.stream()
                .filter(p -> Text.lower(p.title()).strip().length() >= 4 && Words.containsWord(reason, Text.lower(p.title()).strip()))
                .toList();
        // a reason that names no job: the one her headline names ("Data Analyst | SQL, Python | Open to work") is her main job
        String headline = Text.lower(Text.value(me.headline(), false));
        List<dev.rapport.profile.Position> headlined = held.stream()
                .filter(p -> Text.lower(p.title()).strip().length() >= 4 && Words.containsWord(headline, Text.lower(p.title()).strip()))
                .toList();
        return (!named.isEmpty() ? named : !headlined.isEmpty() ? headlined : held).stream()
                .max(java.util.Comparator.comparing(p -> p.dates().end()));
    }

    private static final java.util.regex.Pattern CLUB_AFFAIRS = java.util.regex.Pattern.compile(
            "\\b(?:our (?:club|agm|committee|members|volunteers|league|society|association|chapter|branch|parish|congregation|troop)"
                    + "|on (?:the )?committee|(?:team managers|volunteer burnout|our volunteers))\\b");
    // "Junior data analyst", as a bio's first sentence gives it; never a name ("Facundo Ibarra") or a headline of parts
    private static final java.util.regex.Pattern BARE_ROLE = java.util.regex.Pattern.compile("\\p{Lu}[\\p{Ll}\\-]*(?: [\\p{Ll}\\-]+){0,4}");
    private static final java.util.regex.Pattern HEADLINE_ROLE = java.util.regex.Pattern.compile("([^|·,@]{2,40}?) (?:at|@) ([^|·,]{2,50})");
    private static final java.util.regex.Pattern NO_JOB = java.util.regex.Pattern.compile(
            "(?i)\\b(?:career break|parental leave|maternity leave|paternity leave|sabbatical|caregiv\\w*|full-time parent|stay-at-home)\\b");
    private static final java.util.regex.Pattern SELF_EMPLOYED = java.util.regex.Pattern.compile(
            "(?i)(?:self[- ]employed|freelance|freelancer|independent)\\b");
    // "Pritchard Electrical · Self-employed": the page's kind of work after the employer
    private static final java.util.regex.Pattern SELF_EMPLOYED_TAIL = java.util.regex.Pattern.compile(
            "(?i)\\s*·\\s*(?:self[- ]employed|freelance|full-time|part-time|contract|internship|seasonal|apprenticeship)\\b.*$");

    private static final java.util.regex.Pattern OWNER = java.util.regex.Pattern.compile("(?i)(?:owner|co-?owner|founder|co-?founder|founder (?:and|&) (?:ceo|director))");

    /** A job title as it reads inside a sentence: "Senior UX Researcher, Payments" gives "senior UX researcher". */
    static String sentenceRole(String title) {
        return roleInSentence(oneRole(title));
    }

    /**
     * "Teaching Assistant, Agrometeorology": the first role, said once; "Owner / A-Grade Electrician": the trade
     * rather than the ownership ("I run …" reads as a pitch), when the title names both.
     */
    private static String oneRole(String title) {
        List<String> roles = java.util.Arrays.stream(title.split("\\s+[/|]\\s+|,\\s+|\\s+[-–—]\\s+"))
                .map(String::strip).filter(r -> !r.isEmpty()).toList();
        // "Jefa de Tráfico / Dispatch Lead": the English one of two, when the page gives both
        return roles.stream().filter(r -> !OWNER.matcher(r).matches())
                .min(java.util.Comparator.comparing(r -> Copyedit.english().foreignPhrase(r)))
                .orElse(roles.isEmpty() ? title : roles.get(0));
    }

    /** "Site Reliability Engineer" reads "site reliability engineer" mid-sentence; "SRE" keeps its capitals. */
    private static String roleInSentence(String title) {
        StringBuilder out = new StringBuilder();
        for (String w : title.split(" ")) {
            // ("(S4)", "G3", "B2B": a capital with a digit is a code, kept as written)
            boolean acronym = w.codePoints().filter(Character::isUpperCase).count() >= 2
                    || w.codePoints().anyMatch(Character::isUpperCase) && w.codePoints().anyMatch(Character::isDigit);
            // "Account Executive DACH & Italy": a place or a language keeps its capital
            boolean named = Copyedit.english().alwaysCapital(w.replaceAll("[^\\p{L}]", ""));
            out.append(out.length() == 0 ? "" : " ").append(acronym || named ? w : Text.lower(w));
        }
        return out.toString();
    }

    private List<String> whyNow(Purpose purpose, boolean relationship, String contextKey, Picker pick, Map<String, String> values) {
        for (Phrasebook.WhyNow entry : book.whyNow()) {
            // "I am hiring for …" is the hirer's own line: never for a sender who also sells, offers a service or seeks
            // a job (a recruiter offering to help with their hiring was told "I am hiring for a role close to your background")
            boolean notTheHirer = entry.intent().equals(dev.rapport.purpose.Intent.HIRING.id())
                    && (purpose.isPitch() || purpose.has(dev.rapport.purpose.Intent.JOB_SEEKING));
            if (purpose.intents().stream().anyMatch(i -> i.id().equals(entry.intent())) && !notTheHirer
                    && (relationship || !entry.relationshipOnly())) {
                List<String> levels = pick.levels(Role.WHY_NOW, entry.levels(), values);
                if (!levels.isEmpty()) {
                    return levels;
                }
            }
        }
        // No intent gives a reason: say one that fits what the note is about, not a stock line.
        List<String> fallback = book.whyNowFallback().getOrDefault(contextKey, List.of());
        List<String> general = book.whyNowFallback().get(relationship ? "relationship" : "other");
        return pick.levels(Role.WHY_NOW, fallback.isEmpty() ? List.of(general) : List.of(fallback, general), values);
    }

    private List<String> question(Purpose purpose, boolean relationship, Picker pick, Map<String, String> values) {
        for (Phrasebook.Question entry : book.questions()) {
            if (purpose.intents().stream().anyMatch(i -> entry.intents().contains(i.id()))
                    && (relationship || !entry.relationshipOnly())
                    && entry.requires().stream().allMatch(k -> values.get(k) != null && !values.get(k).isBlank())) {
                List<String> levels = pick.levels(Role.QUESTION, List.of(entry.ask()), values);
                if (!levels.isEmpty()) {
                    return levels;
                }
            }
        }
        return List.of();
    }

    /**
     * The next strongest piece of ground, of another kind, to say in a sentence of its own; not one
     * that is the very talk the why-now will name ("your post on X ... your talk on X"), nor one the
     * user asked us to leave out.
     */
    private static Optional<CommonGround> extraGround(DraftRequest request, CommonGround angle, Facts facts) {
        return strongestFirst(request.ground()).stream()
                .filter(g -> g.kind() != null && g.kind() != angle.kind() && !facts.clean(g.subject()).isEmpty())
                .filter(g -> !facts.isTheTalk(g.subject()))
                // the user's own sentence is never a template's filler ("we met at we live on the same street …")
                .filter(g -> !facts.purpose().states(g.subject()))
                .filter(g -> request.style().avoid().stream().noneMatch(a -> Words.containsWord(facts.clean(g.subject()), a)))
                .findFirst();
    }

    private Optional<String> plainContext(CommonGround g, Picker pick, Facts facts) {
        List<List<String>> levels = book.context().getOrDefault(facts.contextKey(g), List.of());
        if (levels.isEmpty()) {
            return Optional.empty();
        }
        List<String> texts = pick.levels(Role.EXTRA, List.of(levels.get(levels.size() - 1)), facts.values(g));
        return texts.stream().findFirst().map(Words::capitalise);
    }

    /** A mention that is another piece of shared ground is said as that ground; anything else in a plain sentence. */
    private List<String> mentionLevels(String m, DraftRequest request, CommonGround angle, Picker pick, Facts facts) {
        String lower = Text.lower(m);
        for (CommonGround g : request.ground()) {
            if (g.kind() != null && g.kind() != angle.kind() && Text.lower(facts.clean(g.subject())).contains(lower)) {
                Optional<String> said = plainContext(g, pick, facts);
                if (said.isPresent() && Text.lower(said.get()).contains(lower)) {
                    return List.of(said.get());
                }
            }
        }
        return pick.levels(Role.MENTION, List.of(book.mention()), Map.of("mention", m));
    }
}
