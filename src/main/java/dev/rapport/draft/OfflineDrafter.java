package dev.rapport.draft;

import dev.rapport.text.Words;
import dev.rapport.draft.Clause.Role;
import dev.rapport.etiquette.Decision;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.ground.CommonGround;
import dev.rapport.ground.GroundKind;
import dev.rapport.purpose.Purpose;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    private final Phrasebook book;
    private final Facts.Wording wording;
    private final Set<String> plainWords;

    public OfflineDrafter() {
        this(Phrasebook.builtIn());
    }

    OfflineDrafter(Phrasebook book) {
        this.book = book;
        Set<String> h = new LinkedHashSet<>();
        book.honorifics().forEach(s -> h.add(s.toLowerCase(Locale.ROOT)));
        Set<String> skillWords = Set.copyOf(book.skillWords().stream().map(Text::lower).toList());
        // Words the etiquette rules do not count as naming anything; a skill made only of them keeps its capitals.
        Set<String> vague = Set.copyOf(RuleSet.builtIn().rule("generic").map(r -> r.phrases("generic-words")).orElse(List.of())
                .stream().map(Text::lower).toList());
        this.plainWords = Set.copyOf(book.plainWords().stream().map(Text::lower).toList());
        Phrasebook.Voice voice = book.secondPerson();
        this.wording = new Facts.Wording(Set.copyOf(h), new SkillNames(skillWords, vague),
                new SecondPerson(voice.swaps(), voice.subjectless(), voice.afterI()), book.article() + " ");
    }

    @Override
    public List<Note> draft(DraftRequest request) {
        if (request == null || request.verdict() == null || request.verdict().decision() != Decision.CONNECT) {
            return List.of();
        }
        int variants = request.variants() > 0 ? request.variants() : DEFAULT_VARIANTS;
        Facts facts = new Facts(request, wording);
        List<Note> notes = new ArrayList<>();
        Set<GroundKind> used = EnumSet.noneOf(GroundKind.class);
        for (CommonGround angle : strongestFirst(request.ground())) {
            if (notes.size() >= variants) {
                break;
            }
            if (angle.kind() == null || Text.value(angle.subject(), true).isEmpty() || !used.add(angle.kind())) {
                continue;
            }
            note(request, facts, angle).ifPresent(text -> notes.add(Note.of(text, angle.kind().id())));
        }
        return List.copyOf(notes);
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
        return Proposal.written(draft(request));
    }

    private static List<CommonGround> strongestFirst(List<CommonGround> ground) {
        // Stable, so equal strengths keep the finder's order.
        return ground.stream().sorted(Comparator.comparingDouble(CommonGround::strength).reversed()).toList();
    }

    private Optional<String> note(DraftRequest request, Facts facts, CommonGround angle) {
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
            Optional<String> text = NoteComposer.compose(clauses, budget, limit)
                    .filter(t -> style.avoid().stream().noneMatch(a -> Text.containsWord(t, a)));
            if (text.isEmpty()) {
                return text;
            }
            String lower = Text.lower(text.get());
            List<String> missing = wanted.stream().filter(m -> !lower.contains(Text.lower(m))).toList();
            if (missing.isEmpty()) {
                return text;
            }
            missing.stream().filter(m -> !explicit.contains(m)).forEach(explicit::add);
        }
        return Optional.empty();
    }

    /** A mention is honoured when the context knows it, or when it is a short plain phrase the user typed. */
    private static boolean eligibleMention(String m, Facts facts, Style style) {
        if (m.isEmpty() || style.avoid().stream().anyMatch(a -> Text.containsWord(m, a))) {
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
        Picker pick = new Picker(request.them() == null ? "" : request.them().name(), angle.kind().id(), style.avoid(), plainWords);
        Purpose purpose = facts.purpose();
        List<Clause> clauses = new ArrayList<>();

        List<String> greeting = pick.levels(Role.GREETING,
                List.of(book.greeting().get(style.tone()), book.greetingNoName().get(style.tone())), values);
        if (greeting.isEmpty()) {
            return List.of();
        }
        clauses.add(new Clause(Role.GREETING, greeting.subList(0, 1)));
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
        clauses.add(new Clause(Role.CONTEXT, context));
        if (extra.isPresent()) {
            Optional<String> said = plainContext(extra.get(), pick, facts);
            if (leansOnExtra && said.isEmpty()) {
                return List.of();
            }
            said.ifPresent(t -> clauses.add(new Clause(leansOnExtra ? Role.LINK : Role.EXTRA, List.of(t))));
        }
        clauses.add(new Clause(Role.WHY_NOW, whyNow(purpose, relationship, leansOnExtra ? "relationship" : facts.contextKey(angle), pick, values)));
        for (String m : mentions) {
            clauses.add(new Clause(Role.MENTION, mentionLevels(m, request, angle, pick, facts)));
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
        return clauses;
    }

    private List<String> whyNow(Purpose purpose, boolean relationship, String contextKey, Picker pick, Map<String, String> values) {
        for (Phrasebook.WhyNow entry : book.whyNow()) {
            if (purpose.intents().stream().anyMatch(i -> i.id().equals(entry.intent()))
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
                .filter(g -> request.style().avoid().stream().noneMatch(a -> Text.containsWord(facts.clean(g.subject()), a)))
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
