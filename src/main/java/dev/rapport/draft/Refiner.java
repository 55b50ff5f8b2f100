package dev.rapport.draft;

import dev.rapport.draft.Clause.Role;
import dev.rapport.etiquette.Finding;
import dev.rapport.etiquette.NoteContext;
import dev.rapport.etiquette.NoteRules;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.etiquette.Severity;
import dev.rapport.ground.CommonGround;
import dev.rapport.ground.GroundKind;
import dev.rapport.language.Language;
import dev.rapport.profile.Profile;
import dev.rapport.purpose.Details;
import dev.rapport.purpose.Intent;
import dev.rapport.purpose.Purpose;
import dev.rapport.purpose.PurposeReader;
import dev.rapport.text.Bundle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Offline refinements as a pure function on a note's plan: (plan, instruction, request) to a new
 * plan and a report of what changed, or of why nothing did. "mention X" adds a clause from the
 * user's words, the profiles or the ground; "don't mention X" and {@code remove "…"} remove every
 * clause that carries X or what X refers to; longer and shorter add or drop optional clauses;
 * "more personal" leads with the user's words; corrections of fact change the purpose and redraft;
 * "what would make this OK?" and "why …?" are answered from the rules and the evidence.
 */
public final class Refiner {
    private static final Bundle TEXT = new Bundle("dev.rapport.draft.messages");
    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String POLITE = "^(?:(?:please|pls|ok|okay|now|can you|could you|would you|also|and|maybe|just|try to)\\s+)*";
    private static final Pattern CANDIDATE = Pattern.compile(
            "\\b(?:i'?m|i am)\\s+(?:the|a|an)\\s+(?:candidate|applicant|job seeker)\\b|\\bi'?m not (?:the one )?hiring\\b|\\bi am not (?:the one )?hiring\\b"
            + "|\\bi(?:'?m| am) (?:looking|applying) for (?:a|the|my next) (?:job|role)\\b", F);
    private static final Pattern HIRER = Pattern.compile(
            "\\b(?:i'?m|i am)\\s+(?:the one\\s+)?hiring\\b|\\b(?:i'?m|i am) not (?:the|a) candidate\\b", F);
    private static final Pattern WHEN = Pattern.compile(
            "\\b(?:it was|we met|that was|this was|met|actually)\\s+(?:only\\s+|just\\s+)?(last (?:week|month|year)|yesterday|this (?:week|month|year)"
            + "|(?:a|two|three) (?:few )?(?:days|weeks|months) ago|a couple of (?:days|weeks|months) ago|recently)\\b", F);
    // "I visited his stand": the sender went to the recipient's stand, not the other way round.
    private static final Pattern VISITED = Pattern.compile(
            "\\bi\\s+(?:visited|stopped\\s+(?:at|by)|came\\s+(?:to|by)|went\\s+to|was\\s+at)\\s+(?:his|her|their)\\s+(stand|booth|table|stall)\\b", F);
    private static final Pattern OK = Pattern.compile(
            "\\bwhat would make (?:this|it|the note) (?:ok|okay|better|work|sendable|acceptable)\\b|\\bwhat'?s wrong with (?:this|it|the note)\\b"
            + "|\\bhow (?:do|can) i (?:fix|improve) (?:this|it|the note)\\b", F);
    private static final Pattern WHY = Pattern.compile(
            "^(?:why|how come)\\b.*?\\b(?:say|says|said|mention|mentions|write|writes|wrote|put|use|uses|add|include|includes)\\s+(?:that\\s+)?(.+?)\\??$", F);
    private static final Pattern PERSONAL = Pattern.compile(
            "\\b(?:less like a template|less (?:generic|templated|canned|stock|formulaic|robotic)|more personal|more specific|sounds? (?:like )?a template"
            + "|like a form letter|more like me|in my (?:own )?words)\\b", F);
    private static final Pattern LONGER = Pattern.compile(
            "\\b(?:longer|too short|lengthen|more detail(?:ed|s)?|expand(?: it)?|say more|fuller|elaborate)\\b", F);
    private static final Pattern SHORTER = Pattern.compile(
            "\\b(?:shorter|too long|shorten|more concise|concise|briefer|trim(?:med)?|tighter|tighten|cut it down|fewer words|terser)\\b", F);
    private static final Pattern AVOID = Pattern.compile(
            POLITE + "(?:don'?t|do not|dont|never|no need to|stop)\\s+(?:mention(?:ing)?|name|bring up|talk about|refer to|say anything about|say)\\s+(.+)$"
            + "|" + POLITE + "(?:leave out|omit|without|take out|cut out|remove|drop|delete|lose|cut)\\s+(?:the (?:part|bit|line|sentence|mention) (?:about|of|on)\\s+|any mention of\\s+|the mention of\\s+)?(.+)$", F);
    private static final Pattern MENTION = Pattern.compile(
            POLITE + "(?:mention|include|add|say|bring up|work in|tell (?:her|him|them) about)\\s+(?:that\\s+)?(.+)$", F);
    private static final Pattern KEEP_QUESTION = Pattern.compile(
            POLITE + "(?:keep|put back|bring back|restore|leave in|leave)\\s+(?:my|the|a|its|that)?\\s*(?:closing |final |own )?question(?:\\s+(?:about|on|of)\\s+(.+?))?(?:\\s+in)?$", F);
    private static final Pattern ADD_QUESTION = Pattern.compile(
            POLITE + "(?:add|ask|include|end with|finish with|close with|with)\\s+(?:a |the )?(?:closing |final )?question(?: at the end)?$", F);
    private static final Pattern DROP_QUESTION = Pattern.compile(
            POLITE + "(?:drop|remove|lose|skip|delete|cut|without|no|don'?t (?:ask|end with|add|include)|do not (?:ask|end with|add|include))\\s+(?:the |a |any )?(?:closing |final )?questions?(?: at the end)?$", F);
    // Tone words, "less X" before the plain ones so that "less formal" is not read as "formal".
    private static final List<java.util.Map.Entry<Pattern, Style.Tone>> TONES = List.of(
            java.util.Map.entry(Pattern.compile("\\b(?:less casual|less chatty|less relaxed)\\b", F), Style.Tone.FORMAL),
            java.util.Map.entry(Pattern.compile("\\b(?:less formal|less stiff|less professional)\\b", F), Style.Tone.CASUAL),
            java.util.Map.entry(Pattern.compile("\\b(?:less warm|less friendly|neutral|plainer|tone it down)\\b", F), Style.Tone.NEUTRAL),
            java.util.Map.entry(Pattern.compile("\\b(?:more formal|formal|more professional|professional|more polite|politer|businesslike|stiffer)\\b", F), Style.Tone.FORMAL),
            java.util.Map.entry(Pattern.compile("\\b(?:more casual|casual|informal|more relaxed|relaxed|laid[- ]back|chattier|more conversational)\\b", F), Style.Tone.CASUAL),
            java.util.Map.entry(Pattern.compile("\\b(?:warmer|warm(?:er)? it up|more warm|friendlier|more friendly|friendly|kinder|more human|less cold|nicer|more heartfelt)\\b", F), Style.Tone.WARM));
    private static final Pattern PARTS = Pattern.compile("\\s*(?:,|;|\\band then\\b|\\band\\b|\\bbut\\b|\\bplus\\b)\\s*", F);
    private static final Pattern QUESTION_WORDS = Pattern.compile("^(?:the |a |any )?(?:closing |final )?questions?$", F);
    private static final Pattern ROLE_WORD = Pattern.compile("(?i)\\b(?:we|i|i'm|i've|i'd|my|our|she|he|her|his|you|your)\\b");
    private static final Set<String> EVENT_WORDS = Set.of("conference", "event", "meetup", "meet-up", "summit", "expo", "booth", "show",
            "meeting", "talk", "panel", "keynote", "session", "workshop", "fair", "convention");
    private static final Set<String> COMPANY_WORDS = Set.of("company", "employer", "job", "firm", "workplace", "office");
    private static final Set<String> SCHOOL_WORDS = Set.of("school", "university", "college", "program", "programme", "degree", "alma mater");

    private final OfflineDrafter drafter;
    private final NoteRules rules;
    private final RuleSet ruleSet;

    public Refiner(OfflineDrafter drafter, RuleSet rules) {
        this.drafter = drafter;
        this.ruleSet = rules;
        this.rules = new NoteRules(rules);
    }

    /** True when the offline refiner knows what to do with these words. */
    public static boolean understands(String instruction) {
        return !parts(instruction).isEmpty() || understandsOne(instruction);
    }

    /** True when the words correct a fact of the reason (the time, who visited whom, who is hiring): every note follows the correction. */
    public static boolean corrects(String instruction) {
        String t = normal(instruction);
        return CANDIDATE.matcher(t).find() || HIRER.matcher(t).find() || VISITED.matcher(t).find() || WHEN.matcher(t).find();
    }

    /** "shorter and warmer", "shorter but keep the question": the parts, when there are several and each is understood; else empty. */
    private static List<String> parts(String instruction) {
        String t = normal(instruction).replaceAll("[.!]+$", "");
        if (MENTION.matcher(t).lookingAt() || AVOID.matcher(t).lookingAt() || WHY.matcher(t).find()) {
            return List.of(); // "mention that we met and talked": one request whose words hold an "and"
        }
        List<String> parts = java.util.Arrays.stream(PARTS.split(t)).map(String::strip).filter(x -> !x.isEmpty()).toList();
        return parts.size() > 1 && parts.stream().allMatch(Refiner::understandsOne) ? parts : List.of();
    }

    private static boolean understandsOne(String instruction) {
        String t = normal(instruction).replaceAll("[.!]+$", "");
        return KEEP_QUESTION.matcher(t).matches() || ADD_QUESTION.matcher(t).matches() || DROP_QUESTION.matcher(t).matches()
                || TONES.stream().anyMatch(e -> e.getKey().matcher(t).find() && t.split("\\s+").length <= 6)
                || CANDIDATE.matcher(t).find() || HIRER.matcher(t).find() || VISITED.matcher(t).find() || WHEN.matcher(t).find() || OK.matcher(t).find()
                || WHY.matcher(t).find() || PERSONAL.matcher(t).find() || LONGER.matcher(t).find() || SHORTER.matcher(t).find()
                || AVOID.matcher(t).find() || MENTION.matcher(t).find();
    }

    /** The plan changed as the instruction asks, or unchanged with the reason; never a change that is not one. */
    public Refinement refine(NotePlan plan, String instruction, DraftRequest request) {
        List<String> parts = parts(instruction);
        if (parts.isEmpty()) {
            return checked(plan, apply(plan, instruction, request), request);
        }
        NotePlan now = plan;
        DraftRequest at = request;
        boolean changed = false;
        List<String> reports = new ArrayList<>();
        for (String part : parts) {
            Refinement r = checked(now, apply(now, part, at), at);
            reports.add(r.report());
            if (r.changed()) {
                changed = true;
                now = r.plan();
            }
            at = new DraftRequest(at.me(), at.them(), r.purpose(), at.ground(), at.verdict(), at.limit(), at.variants(), at.style());
        }
        String report = String.join(" ", reports);
        return changed ? Refinement.changed(now, at.purpose(), report) : Refinement.unchanged(plan, at.purpose(), report);
    }

    private Refinement checked(NotePlan plan, Refinement out, DraftRequest request) {
        if (out.changed()) {
            DraftRequest after = new DraftRequest(request.me(), request.them(), out.purpose(), request.ground(), request.verdict(),
                    request.limit(), request.variants(), request.style());
            String now = written(out.plan(), after);
            if (now.isEmpty() || now.equals(written(plan, request))) {
                return Refinement.unchanged(plan, out.purpose(), TEXT.get("refine.same"));
            }
        }
        return out;
    }

    private Refinement apply(NotePlan plan, String instruction, DraftRequest request) {
        String t = normal(instruction);
        String bare = t.replaceAll("[.!]+$", "");
        Purpose purpose = request.purpose() == null ? Purpose.NONE : request.purpose();
        Matcher m;
        if ((m = KEEP_QUESTION.matcher(bare)).matches()) {
            return keepQuestion(plan, request, m.group(1) == null ? "" : unquote(m.group(1)));
        }
        if (ADD_QUESTION.matcher(bare).matches()) {
            return keepQuestion(plan, request, "");
        }
        if (DROP_QUESTION.matcher(bare).matches()) {
            return remove(plan, request, "question", false);
        }
        if (CANDIDATE.matcher(t).find()) {
            return correct(plan, request, recast(purpose, Intent.HIRING, Intent.JOB_SEEKING), TEXT.get("refine.correction.candidate"));
        }
        if (HIRER.matcher(t).find()) {
            return correct(plan, request, recast(purpose, Intent.JOB_SEEKING, Intent.HIRING), TEXT.get("refine.correction.hiring"));
        }
        if ((m = VISITED.matcher(t)).find()) {
            return correct(plan, request, visited(purpose, m.group(0)), TEXT.get("refine.correction.visit", m.group(1).toLowerCase(Locale.ROOT)));
        }
        if ((m = WHEN.matcher(t)).find()) {
            String when = m.group(1).toLowerCase(Locale.ROOT);
            return correct(plan, request, retimed(purpose, when), TEXT.get("refine.correction.time", when));
        }
        if (OK.matcher(t).find()) {
            return Refinement.answered(plan, purpose, whatWouldMakeItOk(plan, request));
        }
        if ((m = WHY.matcher(t)).find()) {
            return Refinement.answered(plan, purpose, why(plan, request, unquote(m.group(1))));
        }
        if (PERSONAL.matcher(t).find()) {
            return personal(plan, request);
        }
        if ((m = AVOID.matcher(t)).find()) {
            String raw = m.group(1) != null ? m.group(1) : m.group(2);
            // remove "It has been a few years": the user points at a sentence, so the whole clause goes, not just that wording.
            boolean quoted = raw.strip().matches("^[\"“'‘].*");
            return remove(plan, request, unquote(raw), quoted);
        }
        if ((m = MENTION.matcher(t)).find()) {
            return mention(plan, request, unquote(m.group(1)));
        }
        if (SHORTER.matcher(t).find()) {
            return shorter(plan, request);
        }
        if (LONGER.matcher(t).find()) {
            return longer(plan, request);
        }
        for (var tone : TONES) {
            if (tone.getKey().matcher(t).find()) {
                return tone(plan, request, tone.getValue());
            }
        }
        return Refinement.unchanged(plan, purpose, TEXT.get("refine.personal.none"));
    }

    // ---- mention ---------------------------------------------------------------------------------

    private Refinement mention(NotePlan plan, DraftRequest request, String what) {
        Purpose purpose = purposeOf(request);
        String before = written(plan, request);
        if (what.isEmpty()) {
            return Refinement.unchanged(plan, purpose, TEXT.get("refine.mention.unknown", what));
        }
        if (Text.lower(before).contains(Text.lower(what))) {
            return Refinement.unchanged(plan, purpose, TEXT.get("refine.mention.there", what));
        }
        Optional<Clause> clause = mentionClause(what, request);
        if (clause.isEmpty()) {
            return Refinement.unchanged(plan, purpose, TEXT.get("refine.mention.unknown", what));
        }
        NotePlan next = plan.with(clause.get(), List.of(Role.ASK, Role.QUESTION, Role.CLOSE, Role.SIGN));
        // Make room by leaving out optional lines, never the new one.
        for (Role role : List.of(Role.OPENER, Role.EXTRA, Role.WHO, Role.SIGN, Role.QUESTION)) {
            if (written(next, request).contains(clause.get().text().substring(0, Math.min(20, clause.get().text().length())))) {
                break;
            }
            next = next.without(c -> c.role() == role);
        }
        String after = written(next, request);
        if (after.isEmpty() || after.equals(before)) {
            return Refinement.unchanged(plan, purpose, TEXT.get("refine.mention.unknown", what));
        }
        // What the user says in a refinement is as much their word as the reason: the truth rules count it.
        Purpose told = clause.get().source() == Clause.Source.USER && !Text.lower(purpose.text()).contains(Text.lower(what))
                ? new Purpose((purpose.text() + ". " + sentence(what)).replaceFirst("^\\. ", ""), purpose.intents(), purpose.people(),
                        purpose.events(), purpose.posts(), purpose.offers())
                : purpose;
        return Refinement.changed(next, told, TEXT.get("refine.added", clause.get().text(), TEXT.get("refine.source." + sourceKey(clause.get()))));
    }

    private static String sourceKey(Clause c) {
        return switch (c.source()) {
            case USER -> "user";
            case GROUND -> "ground";
            case PROFILE -> "profile";
            case CLOSE -> "mention";
        };
    }

    /** A clause saying {@code what}: the user's own sentence, a piece of shared ground, the reason's words, or a line of their profile. */
    private Optional<Clause> mentionClause(String what, DraftRequest request) {
        String asked = QUESTION_LABEL.matcher(what.strip()).replaceFirst("");
        if (ASKS.matcher(asked).lookingAt()) {
            // a question is put to them as the user asked it
            return Optional.of(new Clause(Role.MENTION, Clause.Source.USER, List.of(capital(sentence(asked))), what));
        }
        if (ROLE_WORD.matcher(what).find()) {
            Optional<ReasonWords.Said> said = drafter.said(what, request);
            String text = said.map(s -> s.fact() + (s.wish().isEmpty() ? "" : " " + capital(s.wish()))).orElse(sentence(what));
            return Optional.of(new Clause(Role.MENTION, Clause.Source.USER, List.of(capital(text)), what));
        }
        String lower = Text.lower(what.replaceFirst("(?i)^(?:the|a|an|our|my)\\s+", ""));
        for (CommonGround g : request.ground()) {
            if (Text.lower(g.subject()).contains(lower) || Text.lower(g.detail()).contains(lower)) {
                Optional<String> said = drafter.groundSentence(g, request);
                if (said.isPresent() && Text.lower(said.get()).contains(lower)) {
                    return Optional.of(new Clause(Role.MENTION, Clause.Source.GROUND, List.of(said.get()), g.subject()));
                }
            }
        }
        Purpose purpose = purposeOf(request);
        for (String part : purpose.text().split(",|;|\\band\\b|\\bbut\\b")) {
            if (Text.lower(part).contains(lower) && part.strip().split("\\s+").length >= 3) {
                Optional<ReasonWords.Said> said = drafter.said(part.strip(), request);
                if (said.isPresent() && Text.lower(said.get().fact()).contains(lower)) {
                    return Optional.of(new Clause(Role.MENTION, Clause.Source.USER, List.of(capital(said.get().fact())), what));
                }
            }
        }
        Profile them = request.them();
        if (them != null) {
            for (var s : Language.english().sentences(them.about() + "\n" + them.headline())) {
                if (Text.lower(s.text()).contains(lower)) {
                    Optional<String> said = drafter.secondPerson(Text.value(s.text(), false));
                    if (said.isPresent() && Text.length(said.get()) <= 120) {
                        return Optional.of(new Clause(Role.MENTION, Clause.Source.PROFILE, List.of("I saw that " + said.get() + "."), what));
                    }
                }
            }
        }
        return Optional.empty();
    }

    // ---- remove ----------------------------------------------------------------------------------

    private Refinement remove(NotePlan plan, DraftRequest request, String what, boolean wholeClause) {
        Purpose purpose = purposeOf(request);
        if (QUESTION_WORDS.matcher(what).matches()) {
            // The user's own ask is a question only when it is put as one; "I'd like to work with you on …" is the point, not a question.
            Optional<Clause> q = plan.first(Role.QUESTION).or(() -> plan.first(Role.ASK).filter(c -> c.text().endsWith("?")));
            return q.map(c -> Refinement.changed(plan.without(x -> x == c), purpose, TEXT.get("refine.removed", c.text())))
                    .orElse(Refinement.unchanged(plan, purpose, TEXT.get("refine.question.absent")));
        }
        // A quoted sentence is that sentence; a short topic ("the conference") also means what it refers to.
        List<String> targets = wholeClause || what.split("\\s+").length > 3 ? List.of(what) : referents(what, request);
        List<Clause> out = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (Clause c : plan.clauses()) {
            if (c.role() == Role.GREETING || targets.stream().noneMatch(x -> mentions(c, x))) {
                out.add(c);
                continue;
            }
            if (wholeClause && c.source() == Clause.Source.USER) {
                // A quoted phrase inside the user's own sentence ("for years") goes from it; a quoted sentence takes its clause.
                List<String> cut = c.levels().stream().map(l -> literalCut(l, targets.get(0))).toList();
                if (cut.stream().allMatch(l -> !l.isEmpty() && !containsLoose(l, targets.get(0)))) {
                    out.add(new Clause(c.role(), c.source(), cut.stream().distinct().toList(), c.carries()));
                    removed.add(targets.get(0));
                    continue;
                }
            }
            if (!wholeClause && c.source() == Clause.Source.USER) {
                // The user's sentence keeps its other specifics: only the phrase naming X goes ("we met at DevOpsDays Denver
                // last week after your talk" -> "we met last week after your talk").
                List<String> phrases = new ArrayList<>();
                List<String> cut = c.levels().stream().map(l -> withoutPhrase(l, targets, phrases)).toList();
                if (!phrases.isEmpty() && cut.stream().allMatch(l -> targets.stream().noneMatch(x -> containsLoose(l, x)) && ROLE_WORD.matcher(l).find())) {
                    out.add(new Clause(c.role(), c.source(), cut.stream().distinct().toList(), ""));
                    removed.add(phrases.get(0));
                    continue;
                }
            }
            List<String> kept = c.levels().stream().filter(l -> targets.stream().noneMatch(x -> containsLoose(l, x))).toList();
            removed.add(c.text());
            if (wholeClause) {
                continue;
            }
            if (!kept.isEmpty() && targets.stream().noneMatch(x -> containsLoose(c.carries(), x))) {
                out.add(c.withLevels(kept));
            } else if (!kept.isEmpty() && c.role() == Role.REASON) {
                out.add(new Clause(c.role(), c.source(), kept, ""));
            }
        }
        if (removed.isEmpty()) {
            return Refinement.unchanged(plan, purpose, TEXT.get("refine.removed.none", what));
        }
        // A line left pointing at what went ("how they detailed it" after the event's clause went) goes too, and the report says so.
        List<String> dependent = new ArrayList<>();
        String gone = String.join(" ", removed);
        out.removeIf(c -> {
            boolean refers = c.role() != Role.GREETING && c.role() != Role.SIGN && c.role() != Role.CLOSE && refersTo(c.text(), gone, out);
            if (refers) {
                dependent.add(bare(c.text()));
            }
            return refers;
        });
        NotePlan next = new NotePlan(plan.angle(), out);
        if (!saysWhy(next)) {
            // Nothing left says why: a note from the rest of the ground, with the thing avoided.
            DraftRequest avoiding = request.withStyle(request.style().withAvoid(concat(request.style().avoid(), targets)));
            for (NotePlan p : drafter.plans(avoiding)) {
                String text = written(p, avoiding);
                if (!text.isEmpty() && targets.stream().noneMatch(x -> containsLoose(text, x))) {
                    return Refinement.changed(p, purpose, TEXT.get("refine.removed", String.join("”, “", removed)));
                }
            }
            return Refinement.unchanged(plan, purpose, TEXT.get("refine.removed.last", what));
        }
        if (written(next, request).equals(written(plan, request)) || written(next, request).isEmpty()) {
            return Refinement.unchanged(plan, purpose, TEXT.get("refine.removed.none", what));
        }
        String report = TEXT.get("refine.removed", String.join("”, “", removed.stream().map(Refiner::bare).toList()));
        return Refinement.changed(next, purpose, dependent.isEmpty() ? report
                : report + " " + TEXT.get("refine.removed.dependent", String.join("”, “", dependent)));
    }

    private static final String EVENT_NOUNS = "(?:\\s+(?:conference|summit|meetup|meet-up|expo|show|fair|event|convention|booth|stand|workshop|panel|keynote))?";

    /** The line without the phrase that names one of the targets ("at the Austin Rust meetup", "from Stripewell"); the phrases cut go to {@code cut}. */
    private static String withoutPhrase(String line, List<String> targets, List<String> cut) {
        String out = line;
        for (String x : targets) {
            Matcher m = Pattern.compile("\\s*,?\\s*\\b(?:at|during|after|from|in|on|through|via)\\s+(?:the\\s+|your\\s+|our\\s+|my\\s+)?"
                    + Pattern.quote(x) + "(?-i:(?:\\s+\\p{Lu}[\\p{L}\\p{N}'-]*)*)(?:'s)?" + EVENT_NOUNS + "\\b", F).matcher(out);
            if (m.find()) {
                cut.add(m.group().strip().replaceFirst("^,\\s*", ""));
                out = (out.substring(0, m.start()) + out.substring(m.end())).replaceAll("\\s{2,}", " ").replaceAll("\\s+([.,!?])", "$1");
            }
        }
        return out;
    }

    /** The line without a quoted phrase when what is left still reads as the sentence (it starts as before and keeps a subject); else empty. */
    private static String literalCut(String line, String phrase) {
        int at = Text.lower(line).indexOf(Text.lower(phrase));
        if (at < 0) {
            return line;
        }
        String out = (line.substring(0, at) + line.substring(at + phrase.length())).replaceAll("\\s{2,}", " ")
                .replaceAll("\\s+([.,!?])", "$1").strip();
        boolean sentence = at > 0 && out.split("\\s+").length >= 3 && ROLE_WORD.matcher(out).find() && !out.matches("(?s).*\\b(?:and|or|but|the|a|to|of|at|with)[.,!?]?$");
        return sentence ? out : "";
    }

    private static final Pattern THIRD_PERSON = Pattern.compile("\\b(?:they|them|their|theirs|themselves)\\b", F);
    private static final Pattern DEFINITE = Pattern.compile("\\b(?:the|that|this)\\s+([\\p{L}-]{3,})", F);

    /**
     * True when the line leans on words that were removed: "they"/"them" (a note speaks to "you", so
     * a third person is someone the removed words named), or "the talk" when only the removed words said which talk.
     */
    private static boolean refersTo(String line, String gone, List<Clause> kept) {
        String others = Text.lower(String.join(" ", kept.stream().filter(c -> !c.text().equals(line)).map(Clause::text).toList()));
        if (THIRD_PERSON.matcher(line).find()) {
            return true;
        }
        Matcher m = DEFINITE.matcher(line);
        while (m.find()) {
            String noun = Text.lower(m.group(1));
            if (Text.containsWord(Text.lower(gone), noun) && !Text.containsWord(others, noun)) {
                return true;
            }
        }
        return false;
    }

    /** What "X" refers to: X itself, and for "the conference" the event, for "the company" the employers, for "the school" the schools. */
    private static List<String> referents(String what, DraftRequest request) {
        List<String> out = new ArrayList<>();
        out.add(what.replaceFirst("(?i)^(?:the|a|an|our|my|her|his|their|your)\\s+", ""));
        String lower = Text.lower(what);
        Purpose purpose = purposeOf(request);
        if (EVENT_WORDS.stream().anyMatch(w -> Text.containsWord(lower, w))) {
            out.addAll(purpose.events());
            request.ground().stream().filter(g -> g.kind() == GroundKind.MET_AT_EVENT).forEach(g -> out.add(g.subject()));
        }
        if (COMPANY_WORDS.stream().anyMatch(w -> Text.containsWord(lower, w))) {
            request.ground().stream().filter(g -> g.kind() == GroundKind.WORKED_TOGETHER || g.kind() == GroundKind.SAME_EMPLOYER)
                    .forEach(g -> out.add(g.subject()));
        }
        if (SCHOOL_WORDS.stream().anyMatch(w -> Text.containsWord(lower, w))) {
            request.ground().stream().filter(g -> g.kind() == GroundKind.STUDIED_TOGETHER || g.kind() == GroundKind.ALUMNI)
                    .forEach(g -> out.add(g.subject()));
        }
        out.removeIf(String::isBlank);
        return out.stream().distinct().toList();
    }

    private static boolean mentions(Clause c, String x) {
        return c.levels().stream().anyMatch(l -> containsLoose(l, x)) || containsLoose(c.carries(), x) && c.role() != Role.REASON;
    }

    private static boolean containsLoose(String text, String x) {
        String a = Text.lower(text).replace('’', '\'').replace('“', '"').replace('”', '"');
        String b = Text.lower(x).replace('’', '\'').replace('“', '"').replace('”', '"').replaceAll("[.!?]+$", "").strip();
        return !b.isEmpty() && a.contains(b);
    }

    private static boolean saysWhy(NotePlan plan) {
        return plan.clauses().stream().anyMatch(c -> EnumSet.of(Role.REASON, Role.CONTEXT, Role.EXTRA, Role.LINK, Role.MENTION, Role.ASK)
                .contains(c.role()));
    }

    // ---- longer, shorter, personal ---------------------------------------------------------------

    private Refinement longer(NotePlan plan, DraftRequest request) {
        Purpose purpose = purposeOf(request);
        DraftRequest rich = request.withStyle(request.style().withLength(Style.Length.LONG).withQuestion(true));
        String before = written(plan, request);
        List<Clause> candidates = new ArrayList<>();
        for (NotePlan full : drafter.plans(rich)) {
            if (full.angle().equals(plan.angle()) || candidates.isEmpty()) {
                full.clauses().stream().filter(c -> c.role().optional() && !plan.has(c.role())).forEach(candidates::add);
            }
        }
        if (plan.has(Role.ASK)) {
            candidates.removeIf(c -> c.role() == Role.QUESTION);
        }
        // Then any other verified ground the note does not name yet, strongest first.
        String lowerBefore = Text.lower(before);
        for (CommonGround g : request.ground()) {
            String subject = Text.lower(Text.value(g.subject(), false));
            if (!subject.isEmpty() && !lowerBefore.contains(subject) && g.kind() != GroundKind.THEIR_NEED) {
                drafter.groundSentence(g, request).ifPresent(t -> candidates.add(new Clause(Role.EXTRA, Clause.Source.GROUND, List.of(t), g.subject())));
            }
        }
        NotePlan next = plan;
        List<String> added = new ArrayList<>();
        for (Clause c : candidates) {
            if (next.has(c.role()) || written(next, request).contains(c.text())) {
                continue;
            }
            NotePlan tried = next.with(c, after(c.role()));
            String text = written(tried, request);
            if (!text.isEmpty() && text.contains(c.text()) && rules.passes(text, context(request, text))) {
                next = tried;
                added.add(c.text());
            }
            if (Text.length(written(next, request)) >= Text.length(before) * 5 / 4) {
                break;
            }
        }
        if (added.isEmpty()) {
            return Refinement.unchanged(plan, purpose, TEXT.get("refine.longer.none"));
        }
        return Refinement.changed(next, purpose, TEXT.get("refine.longer", String.join("”, “", added)));
    }

    private static List<Role> after(Role role) {
        return switch (role) {
            case OPENER -> List.of(Role.REASON, Role.CONTEXT);
            case EXTRA, MENTION -> List.of(Role.WHO, Role.ASK, Role.QUESTION, Role.CLOSE, Role.SIGN);
            case WHO -> List.of(Role.MENTION, Role.ASK, Role.QUESTION, Role.CLOSE, Role.SIGN);
            case QUESTION -> List.of(Role.CLOSE, Role.SIGN);
            default -> List.of();
        };
    }

    /**
     * Shorter: the optional lines go first (a warm opener, a second detail, the why-now, who you are,
     * an added mention), then the user's words get plainer; the reason's point, the context, the
     * greeting and the sign-off stay, and of a question and a close only one goes. Says what went.
     */
    private Refinement shorter(NotePlan plan, DraftRequest request) {
        Purpose purpose = purposeOf(request);
        String before = written(plan, request);
        int target = Text.length(before) * 4 / 5;
        NotePlan next = plan;
        List<String> dropped = new ArrayList<>();
        List<Role> order = new ArrayList<>(List.of(Role.OPENER, Role.EXTRA, Role.WHY_NOW, Role.WHO, Role.MENTION, Role.REASON, Role.CONTEXT));
        // Of a question (or the user's ask) and a courtesy close, one is enough in a short note: the close goes; the last ending line stays.
        if (next.has(Role.CLOSE) && (next.has(Role.QUESTION) || next.has(Role.ASK))) {
            order.add(Role.CLOSE);
        }
        for (Role role : order) {
            if (Text.length(written(next, request)) <= target && !dropped.isEmpty()) {
                break;
            }
            Optional<Clause> c = next.first(role);
            if (c.isEmpty()) {
                continue;
            }
            boolean essential = role == Role.REASON || role == Role.CONTEXT || role == Role.WHY_NOW && !next.has(Role.REASON);
            NotePlan tried;
            if (essential) {
                // An essential line only gets plainer, never goes.
                if (c.get().levels().size() < 2) {
                    continue;
                }
                tried = next.replace(c.get(), c.get().withLevels(c.get().levels().subList(1, c.get().levels().size())));
            } else {
                tried = next.without(x -> x == c.get());
            }
            String text = written(tried, request);
            if (!text.isEmpty() && Text.length(text) < Text.length(written(next, request)) && rules.passes(text, context(request, text))) {
                dropped.add(essential ? shortened(c.get()) : c.get().text());
                next = tried;
            }
        }
        String after = written(next, request);
        if (dropped.isEmpty() || after.equals(before) || after.isEmpty()) {
            return Refinement.unchanged(plan, purpose, TEXT.get("refine.shorter.none"));
        }
        return Refinement.changed(next, purpose, TEXT.get("refine.shorter", String.join("”, “", dropped.stream().map(Refiner::bare).toList())));
    }

    /** What a plainer wording of the clause leaves out: the words of its richest level that its next level lacks. */
    private static String shortened(Clause c) {
        String rich = c.levels().get(0);
        String plain = c.levels().get(1).replaceAll("[.!?]+$", "");
        return rich.startsWith(plain) ? rich.substring(plain.length()).strip() : rich;
    }

    /** A quoted piece without its closing full stop, so the report does not end “….”. */
    private static String bare(String s) {
        return s.strip().replaceAll("\\.$", "");
    }

    /**
     * "keep the question", "keep my question about the talk": the note's question (about that) stays,
     * and is put back from the first draft when an earlier refinement dropped it.
     */
    private Refinement keepQuestion(NotePlan plan, DraftRequest request, String about) {
        Purpose purpose = purposeOf(request);
        java.util.function.Predicate<Clause> asks = c -> (c.role() == Role.QUESTION || c.role() == Role.ASK && c.text().endsWith("?"))
                && (about.isEmpty() || c.levels().stream().anyMatch(l -> containsLoose(l, about.replaceFirst("(?i)^(?:the|a|an|my|our)\\s+", ""))));
        Optional<Clause> there = plan.clauses().stream().filter(asks).findFirst();
        if (there.isPresent()) {
            return Refinement.unchanged(plan, purpose, TEXT.get("refine.question.kept", there.get().text()));
        }
        for (NotePlan p : drafter.plans(request.withStyle(request.style().withQuestion(true)))) {
            Optional<Clause> q = p.clauses().stream().filter(asks).findFirst();
            if (q.isPresent() && (p.angle().equals(plan.angle()) || !about.isEmpty())) {
                NotePlan next = plan.with(q.get(), after(Role.QUESTION));
                String text = written(next, request);
                if (!text.isEmpty() && rules.passes(text, context(request, text))) {
                    return Refinement.changed(next, purpose, TEXT.get("refine.question.back", q.get().text()));
                }
            }
        }
        return Refinement.unchanged(plan, purpose, about.isEmpty() ? TEXT.get("refine.question.none")
                : TEXT.get("refine.question.none-about", about));
    }

    /**
     * A tone change keeps every clause the user shaped and changes the tone words: the greeting and
     * the close are the ones the drafter writes in that tone. Says what changed, or that they already suit it.
     */
    private Refinement tone(NotePlan plan, DraftRequest request, Style.Tone tone) {
        Purpose purpose = purposeOf(request);
        String name = TEXT.get("refine.tone." + tone.name());
        DraftRequest toned = request.withStyle(request.style().withTone(tone).withLength(Style.Length.NORMAL));
        List<NotePlan> plans = drafter.plans(toned);
        NotePlan model = plans.stream().filter(p -> p.angle().equals(plan.angle())).findFirst().orElse(plans.isEmpty() ? null : plans.get(0));
        if (model == null) {
            return Refinement.unchanged(plan, purpose, TEXT.get("refine.tone.none", name));
        }
        NotePlan next = plan;
        List<String> said = new ArrayList<>();
        Optional<Clause> greeting = model.first(Role.GREETING);
        Optional<Clause> oldGreeting = plan.first(Role.GREETING);
        if (greeting.isPresent() && oldGreeting.isPresent() && !greeting.get().text().equals(oldGreeting.get().text())) {
            next = next.replace(oldGreeting.get(), greeting.get());
            said.add(TEXT.get("refine.tone.greeting", greeting.get().text()));
        }
        Optional<Clause> close = model.first(Role.CLOSE);
        Optional<Clause> oldClose = next.first(Role.CLOSE);
        if (close.isPresent() && !(oldClose.isPresent() && oldClose.get().text().equals(close.get().text()))) {
            next = oldClose.isPresent() ? next.replace(oldClose.get(), close.get()) : next.with(close.get(), List.of(Role.SIGN));
            said.add(TEXT.get("refine.tone.close", close.get().text()));
        }
        String text = written(next, request);
        if (said.isEmpty() || text.isEmpty() || !rules.passes(text, context(request, text))) {
            return Refinement.unchanged(plan, purpose, TEXT.get("refine.tone.none", name));
        }
        return Refinement.changed(next, purpose, TEXT.get("refine.tone", name, String.join(" and ", said)));
    }

    private Refinement personal(NotePlan plan, DraftRequest request) {
        Purpose purpose = purposeOf(request);
        NotePlan next = plan;
        Optional<Clause> reason = plan.first(Role.REASON);
        if (reason.isEmpty()) {
            Optional<ReasonWords.Said> said = drafter.said(purpose.text(), request);
            if (said.isPresent()) {
                List<String> levels = said.get().shortFact().isEmpty() ? List.of(said.get().fact())
                        : List.of(said.get().fact(), said.get().shortFact());
                reason = Optional.of(new Clause(Role.REASON, Clause.Source.USER, levels, purpose.text()));
                next = next.with(reason.get(), List.of());
            }
        }
        List<String> dropped = new ArrayList<>();
        if (reason.isPresent()) {
            next = next.leading(reason.get());
            for (Clause c : next.clauses()) {
                if (c.role() == Role.OPENER || c.role() == Role.WHY_NOW) {
                    dropped.add(c.text());
                }
            }
            next = next.without(c -> c.role() == Role.OPENER || c.role() == Role.WHY_NOW);
        }
        String before = written(plan, request);
        String after = written(next, request);
        if (reason.isEmpty() || after.isEmpty() || after.equals(before)) {
            return Refinement.unchanged(plan, purpose, TEXT.get("refine.personal.none"));
        }
        String tail = dropped.isEmpty() ? "." : TEXT.get("refine.personal.dropped", String.join(" ", dropped));
        return Refinement.changed(next, purpose, TEXT.get("refine.personal", reason.get().text(), tail));
    }

    // ---- corrections of fact ---------------------------------------------------------------------

    private Refinement correct(NotePlan plan, DraftRequest request, Purpose corrected, String fact) {
        DraftRequest fixed = new DraftRequest(request.me(), request.them(), corrected, request.ground(), request.verdict(),
                request.limit(), request.variants(), request.style());
        String before = written(plan, request);
        NotePlan best = null;
        for (NotePlan p : drafter.plans(fixed)) {
            NotePlan cleaned = withoutFalse(p, fixed);
            String text = written(cleaned, fixed);
            if (text.isEmpty() || !rules.passes(text, context(fixed, text))) {
                continue;
            }
            if (best == null || p.angle().equals(plan.angle())) {
                best = cleaned;
            }
        }
        if (best == null) {
            NotePlan cleaned = withoutFalse(plan, fixed);
            best = written(cleaned, fixed).isEmpty() ? plan : cleaned;
        }
        if (written(best, fixed).equals(before)) {
            return Refinement.unchanged(plan, corrected, TEXT.get("refine.corrected.none", fact));
        }
        return Refinement.changed(best, corrected, TEXT.get("refine.corrected", fact, TEXT.get("refine.redrafted")));
    }

    /** The plan without the clauses the truth rules find false for this request. */
    private NotePlan withoutFalse(NotePlan plan, DraftRequest request) {
        String text = written(plan, request);
        if (text.isEmpty()) {
            return plan;
        }
        List<Finding> wrong = rules.check(text, context(request, text)).stream()
                .filter(f -> f.rule().equals("false-time") || f.rule().equals("wrong-voice")).toList();
        NotePlan next = plan;
        for (Finding f : wrong) {
            String span = text.substring(f.start(), f.end());
            next = next.without(c -> c.role() != Role.GREETING && c.role() != Role.REASON && c.levels().stream().anyMatch(l -> l.contains(span)));
        }
        return next;
    }

    private static Purpose recast(Purpose p, Intent from, Intent to) {
        Set<Intent> intents = EnumSet.noneOf(Intent.class);
        intents.addAll(p.intents());
        intents.remove(from);
        intents.add(to);
        return new Purpose(p.text(), intents, p.people(), p.events(), p.posts(), p.offers());
    }

    /** The reason retold from the sender's visit, keeping its event, time and topic ("I visited her stand at PACK EXPO last month …"). */
    private static Purpose visited(Purpose p, String said) {
        Details d = p.details();
        StringBuilder text = new StringBuilder(Character.toUpperCase(said.charAt(0)) + said.substring(1));
        if (!d.event().isEmpty()) {
            text.append(" at ").append(d.event());
        }
        if (!d.when().isEmpty()) {
            text.append(" ").append(d.when());
        }
        if (!d.topic().isEmpty()) {
            text.append(" and we talked about ").append(d.topic());
        }
        Purpose read = PurposeReader.read(text.toString());
        Set<Intent> intents = EnumSet.noneOf(Intent.class);
        intents.addAll(p.intents());
        intents.addAll(read.intents());
        return new Purpose(read.text(), intents, p.people(), read.events(), p.posts(), p.offers(), read.stated());
    }

    private Purpose retimed(Purpose p, String when) {
        // The time the reason gives (read with its role) is the one corrected.
        String said = p.details().when();
        if (!said.isEmpty() && !said.equalsIgnoreCase(when)) {
            String text = p.text().replaceFirst(Pattern.quote(said), Matcher.quoteReplacement(when));
            return new Purpose(text, p.intents(), p.people(), p.events(), p.posts(), p.offers(), p.stated());
        }
        List<String> times = new ArrayList<>(List.of("a few years ago", "years ago", "a while ago", "long ago"));
        times.addAll(ruleSet.rule("false-time").map(r -> r.phrases("recent")).orElse(List.of()));
        String text = p.text();
        boolean replaced = false;
        for (String t : times) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(t) + "\\b", F).matcher(text);
            if (m.find()) {
                text = m.replaceFirst(Matcher.quoteReplacement(when));
                replaced = true;
                break;
            }
        }
        if (!replaced) {
            // A sentence of its own: the reason's first sentence, which notes are written from, stays as the user typed it.
            text = (text.isBlank() ? "" : sentence(text) + " ") + "It was " + when + ".";
        }
        return new Purpose(text, p.intents(), p.people(), p.events(), p.posts(), p.offers());
    }

    // ---- questions -------------------------------------------------------------------------------

    private String whatWouldMakeItOk(NotePlan plan, DraftRequest request) {
        String text = written(plan, request);
        List<Finding> findings = rules.check(text, context(request, text)).stream().filter(f -> f.severity() != Severity.INFO).toList();
        if (findings.isEmpty()) {
            return TEXT.get("refine.ok");
        }
        List<String> lines = new ArrayList<>();
        for (Finding f : findings.subList(0, Math.min(3, findings.size()))) {
            lines.add(TEXT.get("refine.ok.fix", f.rule(), f.message(), f.fix()));
        }
        return String.join("\n", lines);
    }

    private String why(NotePlan plan, DraftRequest request, String what) {
        Purpose purpose = purposeOf(request);
        for (Clause c : plan.clauses()) {
            if (c.levels().stream().noneMatch(l -> containsLoose(l, what))) {
                continue;
            }
            String first = request.them() == null ? "" : request.them().firstName();
            return switch (c.role()) {
                case GREETING -> TEXT.get("refine.why.greeting", c.text(), first);
                case CLOSE, QUESTION -> TEXT.get("refine.why.close", c.text(),
                        String.join(", ", purpose.intents().stream().map(Intent::id).sorted().toList()));
                default -> switch (c.source()) {
                    case USER -> TEXT.get("refine.why.user", c.text(), purpose.text());
                    case GROUND -> TEXT.get("refine.why.ground", c.text(), groundDetail(c, request));
                    case PROFILE -> TEXT.get("refine.why.profile", c.text(), profileDetail(request));
                    case CLOSE -> TEXT.get("refine.why.close", c.text(),
                            String.join(", ", purpose.intents().stream().map(Intent::id).sorted().toList()));
                };
            };
        }
        return TEXT.get("refine.why.none", what);
    }

    private static String groundDetail(Clause c, DraftRequest request) {
        return request.ground().stream().filter(g -> !c.carries().isBlank() && g.subject().equals(c.carries()))
                .map(CommonGround::detail).findFirst().orElse(c.carries());
    }

    private static String profileDetail(DraftRequest request) {
        Profile me = request.me();
        return me == null ? "" : me.positions().stream().filter(p -> p.dates().isCurrent())
                .map(p -> p.title() + ", " + p.company()).findFirst().orElse(me.headline());
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private String written(NotePlan plan, DraftRequest request) {
        return drafter.realise(plan, request).map(Note::text).orElse("");
    }

    private static NoteContext context(DraftRequest r, String text) {
        int limit = r.limit() > 0 ? r.limit() : OfflineDrafter.DEFAULT_LIMIT;
        return new NoteContext(r.me(), r.them(), r.purpose(), r.ground(), limit);
    }

    private static Purpose purposeOf(DraftRequest request) {
        return request.purpose() == null ? Purpose.NONE : request.purpose();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static String normal(String s) {
        return (s == null ? "" : s).strip().replace('’', '\'').replaceAll("\\s+", " ");
    }

    private static String unquote(String s) {
        String t = s == null ? "" : s.strip();
        t = t.replaceAll("^[\"“'‘]+|[\"”'’.!?]+$", "").strip();
        return t;
    }

    /** The words as one sentence; a question ("how many volunteers drive the vans") ends as one. */
    private static String sentence(String s) {
        String t = s.strip();
        if (t.isEmpty() || ".!?".indexOf(t.charAt(t.length() - 1)) >= 0) {
            return t;
        }
        return t + (ASKS.matcher(t).lookingAt() ? "?" : ".");
    }

    private static final java.util.regex.Pattern QUESTION_LABEL = java.util.regex.Pattern.compile("(?i)^(?:my|a|the)\\s+question\\s*:\\s*");
    private static final java.util.regex.Pattern ASKS = java.util.regex.Pattern.compile(
            "(?i)(?:how\\s+(?:many|much|long|often|do|does|did|is|are|was|were|can|could|would|should|have|has)"
                    + "|(?:what|why|when|where|who|which)\\s+(?:do|does|did|is|are|was|were|can|could|would|should|have|has|will)"
                    + "|(?:would|could|can|do|does|did|is|are|have|has|will)\\s+(?:you|your|we|it|there|they))\\b");

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
