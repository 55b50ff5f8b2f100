package dev.rapport.draft;

import dev.rapport.draft.Clause.Role;
import dev.rapport.text.Words;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The realiser: joins a plan's clauses into a note and shortens it by dropping or plainer-wording
 * clauses until it fits: first down to the style's budget (which may be smaller than the limit),
 * then, if the essential clauses alone are still too long, down to the hard limit.
 */
final class NoteComposer {
    private record Step(Role role, boolean drop, boolean usersOwn, boolean lighterOnly, boolean readBackOnly) {
        Step(Role role, boolean drop) {
            this(role, drop, false, false, false);
        }

        Step(Role role, boolean drop, boolean usersOwn) {
            this(role, drop, usersOwn, false, false);
        }

        /** Only the step from a level to the same words made lighter: without their bracketed aside, or the favour asked plainly. */
        static Step lighter(Role role) {
            return new Step(role, false, false, true, false);
        }

        /** The close dropped, only when the note ends on a question of its own (its usersOwn flag marks the step). */
        static Step closeBesideAQuestion() {
            return new Step(Role.CLOSE, true, true, false, false);
        }

        /** A line of {@code role} that tells the recipient what they are or do now ({@link #readsThemBack}), dropped. */
        static Step readBack(Role role) {
            return new Step(role, true, false, false, true);
        }

        boolean takes(Clause c) {
            if (readBackOnly) {
                return c.role() == role && readsThemBack(c.text());
            }
            return c.role() == role && (c.role() != Role.EXTRA || usersOwn == (c.source() == Clause.Source.USER));
        }
    }

    /**
     * A line that tells the recipient what they are or do now, as their profile says it ("You are finishing your BSN at
     * Capital University in May.", "Your work with Critical Care is close to what the role needs."): a statement whose
     * subject is "you" or "your …" and whose verb is in the present. It tells them nothing they do not know, so a tight
     * limit leaves it out before the user's own detail, who writes and the name (a hand session kept it and lost those).
     * What the two did ("You came by our booth") is told in the past, and a question asks; neither is a read-back.
     */
    static boolean readsThemBack(String line) {
        String t = line == null ? "" : line.strip();
        if (t.isEmpty() || t.endsWith("?")) {
            return false;
        }
        List<dev.rapport.language.Token> words = dev.rapport.language.Language.english().tokens(t).stream()
                .filter(dev.rapport.language.Token::isWord).toList();
        if (words.size() < 3 || !SECOND_PERSON.contains(words.get(0).lower())) {
            return false;
        }
        // the subject's verb: the first verb or auxiliary after "you" (or after "your" and its noun phrase)
        for (int i = 1; i < Math.min(words.size(), 8); i++) {
            dev.rapport.language.Token w = words.get(i);
            if (w.is("AUX", "VERB")) {
                return PRESENT_AUX.contains(w.lower()) || w.is("VERB") && !w.lower().endsWith("ed") && !w.lower().endsWith("en")
                        && !Words.containsWord(PAST_FORMS, w.lower());
            }
        }
        return false;
    }

    private static final java.util.Set<String> SECOND_PERSON = java.util.Set.of("you", "your", "you're", "you've");
    private static final java.util.Set<String> PRESENT_AUX = java.util.Set.of("are", "'re", "is", "'s", "have", "'ve", "do");
    // past forms without -ed that follow "you" in a user's story ("you came by our booth", "you gave a talk")
    private static final String PAST_FORMS = "was were did had came went met gave ran took spoke taught led built wrote got sat told said"
            + " made found saw heard left brought sent thought";

    /** A bracketed aside in the user's words ("(monthly zoom calls)"): the first thing a tight limit leaves out of them. */
    static final java.util.regex.Pattern BRACKETED = java.util.regex.Pattern.compile("\\s*\\([^()]{1,80}\\)");

    private static final java.util.regex.Pattern DASH_ASIDE = java.util.regex.Pattern.compile("\\s+[—–-]\\s+[^—–.!?]{3,120}?([.!?]*)$");

    /** The sentence without the aside a dash opens at its end ("…, fall 2018 — very careful student."), or as it is. */
    static String withoutDashAside(String sentence) {
        java.util.regex.Matcher aside = DASH_ASIDE.matcher(sentence);
        return aside.find() && aside.start() > 20 ? sentence.substring(0, aside.start()) + aside.group(1) : sentence;
    }

    /** The clause's next level is its present one without the whole sentences after the first ("we met at …. You came by …"). */
    private static boolean nextLeavesASentence(Draft d, int i) {
        List<String> levels = d.clauses.get(i).levels();
        int at = d.level[i];
        if (at + 1 >= levels.size()) {
            return false;
        }
        String now = levels.get(at);
        String next = levels.get(at + 1).strip();
        return next.matches("(?s).*[.!?]$") && now.startsWith(next) && now.length() > next.length()
                && Character.isWhitespace(now.charAt(next.length()));
    }

    private static boolean nextIsLighter(Draft d, int i) {
        List<String> levels = d.clauses.get(i).levels();
        int at = d.level[i];
        if (at + 1 >= levels.size() || levels.get(at).equals(levels.get(at + 1))) {
            return false;
        }
        String next = levels.get(at + 1);
        // (or the same yes-or-no question without its other half: "…, or can that be after?")
        return next.equals(BRACKETED.matcher(levels.get(at)).replaceAll("")) || next.equals(withoutDashAside(levels.get(at)))
                || next.equals(WishToAct.plainAsk(levels.get(at)))
                || next.endsWith("?") && levels.get(at).startsWith(next.substring(0, next.length() - 1) + ", or ");
    }

    // Optional detail goes first; the shared context and the greeting are what make the note worth sending.
    // The why-now and the user's own reason are only made plainer to reach a short style's budget.
    private static final List<Step> SOFT = List.of(
            // a note that ends on its question needs no courtesy line after it: the close goes before the question does
            // ("warmer" put "No pressure at all, and thank you!" in place of a recruiter's "Would a move like that interest you?")
            // the rest of the user's story is said only when there is room for it, but before a stock opener or a line
            // read off the profiles: reviewers ask for what the user typed ("he guest lectured in my MSc …" lost to "I saw
            // that we both went to Universitat de València", a hand session)
            new Step(Role.OPENER, true), new Step(Role.CLOSE, false), Step.closeBesideAQuestion(), new Step(Role.QUESTION, true),
            new Step(Role.EXTRA, true),
            // an aside in brackets costs the reader less than a sentence of the user's own story ("(shelter management
            // committees)" went before "Ministry asked me for a lessons learned report by March.")
            Step.lighter(Role.REASON),
            new Step(Role.MORE, false), new Step(Role.MORE, true),
            // "Would you be open to doing it again?" said plainly costs less than the sign-off or who writes
            Step.lighter(Role.ASK),
            // a line that reads their profile back to them tells them least (even one the user asked for: "mention that she is
            // finishing her BSN" at a new limit of 200 kept it and lost who writes, the user's ask and the name, a hand session)
            Step.readBack(Role.CONTEXT), Step.readBack(Role.MENTION),
            new Step(Role.SIGN, true),
            // who the sender says they are keeps its role when the place makes it too long ("I'm a diabetes educator.")
            new Step(Role.WHO, false),
            // a courtesy close goes before who writes ("Grateful for any thoughts you have." had kept its place in a referred
            // stranger's note and "I'm a freelance photographer." had not)
            new Step(Role.CLOSE, true),
            new Step(Role.WHO, true),
            // an aside in brackets costs the reader less than a clause of the user's own
            Step.lighter(Role.REASON),
            // a courtesy close costs the reader less than what the two talked about ("warmer" traded "We talked about 13th month
            // pay errors at the 3 plants …" for "Great meeting you!", a hand session)
            new Step(Role.CLOSE, true),
            // what the two talked about, in the user's words, places the sender better than their job title does
            new Step(Role.EXTRA, true, true),
            new Step(Role.WHY_NOW, false), new Step(Role.WHY_NOW, false),
            new Step(Role.WHY_NOW, false), new Step(Role.WHY_NOW, false),
            // a thanks with a question after it keeps the thanks and the user's account of what happened before the question
            new Step(Role.ASK, false), new Step(Role.REASON, false));
    // When the user's own words fill the limit, the shared context is said shorter, then the reason, and then the light
    // close goes, before any of the user's ask is dropped: the point of the note is what they typed, not the courtesy line.
    private static final List<Step> HARD = List.of(
            new Step(Role.CONTEXT, false), new Step(Role.CONTEXT, false), new Step(Role.CONTEXT, false),
            new Step(Role.REASON, false), new Step(Role.CLOSE, true),
            // the profiles' shared context goes before the user's own ask when the user's words already say how the two
            // are linked ("you say in your About to message you …"): a note without its question loses its point
            new Step(Role.CONTEXT, true), new Step(Role.ASK, true), new Step(Role.WHY_NOW, true));

    /** A plan being shortened: which level each clause is at, and which are dropped. */
    private static final class Draft {
        final List<Clause> clauses;
        final int[] level;
        final boolean[] dropped;

        Draft(NotePlan plan) {
            // the user's "I need a …" said as "I'm looking for a …" once, as the plan is taken up, not at every measure of it
            dev.rapport.language.Copyedit edit = dev.rapport.language.Copyedit.english();
            this.clauses = plan.clauses().stream().map(c -> new Clause(c.role(), c.source(), c.levels().stream()
                    .map(l -> c.source() == Clause.Source.USER ? edit.saidAsTheAuthorsSayIt(l) : l).map(edit::inTheService).toList(),
                    c.carries())).toList();
            this.level = new int[clauses.size()];
            this.dropped = new boolean[clauses.size()];
        }

        boolean present(int i) {
            return !dropped[i] && !clauses.get(i).levels().isEmpty();
        }

        boolean apply(int i, boolean drop) {
            if (!present(i)) {
                return false;
            }
            if (drop) {
                dropped[i] = true;
                return true;
            }
            if (level[i] + 1 >= clauses.get(i).levels().size()) {
                return false;
            }
            level[i]++;
            return true;
        }

        String text() {
            List<String> parts = new ArrayList<>();
            boolean afterGreeting = false;
            Role lastRole = null;
            for (int i = 0; i < clauses.size(); i++) {
                if (!present(i)) {
                    continue;
                }
                Clause c = clauses.get(i);
                String t = c.levels().get(level[i]);
                if (c.role() == Role.GREETING) {
                    afterGreeting = true;
                } else if (!afterGreeting) {
                    t = Words.capitalise(t);
                } else {
                    afterGreeting = false;
                    // Our own phrasings continue the greeting in lower case ("Hi Priya, how are things …"); the user's words stay as typed.
                    boolean ours = EnumSet.of(Role.QUESTION, Role.CLOSE, Role.WHY_NOW, Role.OPENER).contains(c.role())
                            // the rest of the user's story, when it comes first, continues the greeting only with a pronoun ("Hi Ana, we …")
                            || EnumSet.of(Role.MORE, Role.EXTRA, Role.MENTION).contains(c.role()) && PRONOUNS.contains(t.split("\\s", 2)[0])
                            || (c.role() == Role.ASK || c.role() == Role.REASON) && ACT_WORDS.contains(t.split("[\\s,!]", 2)[0])
                            // the user's story opened by when it happened continues the greeting ("Hi Nuno, on May 24 we sat …")
                            || (c.role() == Role.REASON || c.role() == Role.MORE) && TIME_OPENERS.contains(t.split("[\\s,]", 2)[0])
                            // who writes, told as a time ("Until November 2026 I was …"), continues the greeting too
                            || c.role() == Role.WHO && TIME_WORDS.contains(t.split("[\\s,]", 2)[0])
                            // "Hello Rory, we both work on Python.", "Hi Meghan, it's been a while": a sentence that opens on a
                            // pronoun continues the greeting, whoever's words it is ("Hello Rory, We both …" was written)
                            || OPENING_PRONOUNS.contains(t.split("[\\s,]", 2)[0]);
                    // ("May 24 we sat …" is the month, not the "May I …" of a question)
                    if (ours && !t.startsWith("I ") && !t.startsWith("I'") && t.length() > 1 && !DATED.matcher(t).lookingAt()
                            && Character.isUpperCase(t.charAt(0)) && Character.isLowerCase(t.charAt(1))) {
                        t = Character.toLowerCase(t.charAt(0)) + t.substring(1);
                    }
                }
                if (c.role() == Role.SIGN && !parts.isEmpty() && lastRole == Role.CLOSE
                        && dev.rapport.text.SignOff.isValediction(parts.get(parts.size() - 1))) {
                    // "Best wishes. Darren" is a letter's sign-off set in one line: "Best wishes, Darren"
                    String v = parts.remove(parts.size() - 1);
                    t = v.substring(0, v.length() - 1) + ", " + t;
                }
                parts.add(t);
                lastRole = c.role();
            }
            // "… 18-19 Nov. you asked for rev F …": a pronoun the shift to "you" put at a sentence's start is capitalised
            return SENTENCE_START_PRONOUN.matcher(String.join(" ", parts)).replaceAll(m -> m.group(1) + Words.capitalise(m.group(2)));
        }
    }

    private static final java.util.Set<String> TIME_OPENERS = java.util.Set.of("On", "In", "At", "Last", "This", "After", "Before",
            "During", "Yesterday", "Today", "Earlier", "Recently", "Back");
    private static final java.util.regex.Pattern DATED = java.util.regex.Pattern.compile("May \\d");
    private static final java.util.regex.Pattern SENTENCE_START_PRONOUN = java.util.regex.Pattern.compile(
            "([.!?] )(?<!\\b(?:e\\.g|i\\.e|etc|approx|vs|cf)[.!?] )(you|your|we|our|my|she|he|they|it)\\b");

    // The drafter's own wording of the user's point ("Congratulations on …", "Could you …") continues the greeting like any of ours.
    private static final java.util.Set<String> ACT_WORDS = java.util.Set.of("Congratulations", "Thank", "Thanks", "Would", "Could",
            "Can", "How", "What", "When", "Where", "Which", "Why", "Who", "Do", "Does", "Did", "Is", "Are", "Was", "Were", "Have", "Has",
            "Will", "Should", "May", "As");

    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("We", "You", "My", "Our", "Your");
    private static final java.util.Set<String> OPENING_PRONOUNS = java.util.Set.of("We", "You", "It's", "It’s", "It", "We're", "We’re",
            "We've", "We’ve", "You're", "You’re", "Your", "Our");

    private static final java.util.Set<String> TIME_WORDS = java.util.Set.of("Until", "Till", "Since", "After", "Before", "From");

    private NoteComposer() {
    }

    /** The note within {@code limit} code points, as close to {@code budget} as dropping clauses allows; empty when even the essentials do not fit. */
    static Optional<String> compose(NotePlan plan, int budget, int limit) {
        return compose(plan, budget, limit, false);
    }

    /** As {@link #compose(NotePlan, int, int)}; {@code applicant}: who writes outranks the tail of the user's sentence. */
    static Optional<String> compose(NotePlan plan, int budget, int limit, boolean applicant) {
        Draft d = new Draft(plan);
        shorten(d, SOFT, budget);
        restore(d, Role.WHO, budget);
        detailBeforeWho(d, budget);
        if (applicant) {
            whoBeforeTail(d, budget);
        }
        restore(d, Role.SIGN, budget);
        shorten(d, HARD, limit);
        // the sign-off went before the hard cuts made room (the profiles' context dropped): it comes back if it fits now
        restore(d, Role.SIGN, budget);
        // the rest of the user's story went before who writes did; when who writes went too, the story comes back if it fits
        // ("I've been home with my kids since 2019 and going back to work now.", a reviewer asked for it with room to spare)
        restore(d, Role.MORE, budget);
        // a line read off the profiles goes before the rest of the user's story; when the story went too, it comes back if it fits
        restore(d, c -> c.role() == Role.EXTRA && c.source() != Clause.Source.USER, budget);
        saysWhatItPointsAt(d, budget);
        // a clause made plainer on the way to the target, while a later step dropped another, gets its words back
        // when they fit again ("… last Thursday (the Methods Hub one).")
        richer(d, Role.REASON, budget);
        richer(d, Role.ASK, budget);
        richer(d, Role.WHO, budget);
        nameBeforeDetail(d, budget);
        // (a who-line that gave way to the name may leave room for the words a plainer cut took)
        richer(d, Role.REASON, budget);
        nameBeforeValediction(d, budget);
        String text = INTRODUCED_TO_A_ROLE.matcher(ASKED_WITH_A_STOP.matcher(d.text()).replaceAll("$1?")).replaceAll("$1");
        return Text.length(text) <= limit ? Optional.of(text) : Optional.empty();
    }

    // "I would like to introduce myself to the hiring manager", in a note to the hiring manager: the note is that introduction
    // (a new user's note told its reader about "the hiring manager")
    private static final java.util.regex.Pattern INTRODUCED_TO_A_ROLE = java.util.regex.Pattern.compile(
            "(?i)\\b(introduce myself)\\s+to\\s+(?:the|a)\\s+(?:hiring\\s+manager|recruiter|hiring\\s+team|team\\s+lead|manager|lead)\\b");

    // "Would you like to swap notes after harvest." (a new user's question lost its mark when a correction redrafted the
    // note from his words): a sentence that opens on an auxiliary and "you" asks, whichever path wrote it
    private static final java.util.regex.Pattern ASKED_WITH_A_STOP = java.util.regex.Pattern.compile(
            "(?<=^|[.!?]\\s|,\\s)((?:Would|Could|Can|Will|Do|Did|May|Have|Are|Were|Is) you\\b[^.!?]*)\\.(?=\\s|$)");

    /**
     * "Does the new branch need its own superintendent pharmacist …?" with the user's "We are opening 2nd branch in Bodija."
     * cut for room: a reviewer read "the new branch" as coming out of nowhere. When a line the note says leans on a thing
     * ("the new branch", "the role") that nothing else in the note names, and a line of the user's that the limit cut (or
     * made plainer) names it, that line comes back, in place of who writes when there is no other room.
     */
    private static void saysWhatItPointsAt(Draft d, int target) {
        String note = d.text();
        for (int r = 0; r < d.clauses.size(); r++) {
            if (!d.present(r) || !EnumSet.of(Role.ASK, Role.REASON, Role.WHY_NOW, Role.MENTION).contains(d.clauses.get(r).role())) {
                continue;
            }
            String said = d.clauses.get(r).levels().get(d.level[r]);
            java.util.regex.Matcher m = THE_THING.matcher(said);
            while (m.find()) {
                String thing = Text.lower(m.group(1));
                String elsewhere = Text.lower(note.replace(said, " "));
                if (Words.containsWord(elsewhere, thing) || Words.containsWord(elsewhere, thing + "s")) {
                    continue;
                }
                for (int i = 0; i < d.clauses.size(); i++) {
                    Clause c = d.clauses.get(i);
                    if (i == r || c.source() != Clause.Source.USER || !EnumSet.of(Role.MORE, Role.EXTRA).contains(c.role())) {
                        continue;
                    }
                    int richest = -1;
                    for (int l = c.levels().size() - 1; l >= 0; l--) {
                        if (names(Text.lower(c.levels().get(l)), thing)) {
                            richest = l;
                            break;
                        }
                    }
                    if (richest < 0 || d.present(i) && d.level[i] <= richest) {
                        continue;
                    }
                    boolean wasDropped = d.dropped[i];
                    int wasLevel = d.level[i];
                    d.dropped[i] = false;
                    d.level[i] = richest;
                    List<Integer> whoGone = new ArrayList<>();
                    for (int w = 0; w < d.clauses.size() && Text.length(d.text()) > target; w++) {
                        if (d.clauses.get(w).role() == Role.WHO && d.present(w)) {
                            d.dropped[w] = true;
                            whoGone.add(w);
                        }
                    }
                    if (Text.length(d.text()) <= target) {
                        return;
                    }
                    d.dropped[i] = wasDropped;
                    d.level[i] = wasLevel;
                    whoGone.forEach(w -> d.dropped[w] = false);
                }
            }
        }
    }

    /** The line names the thing: its word, or for a job ("the role") a post that is open ("they're hiring 3 adjusters"). */
    private static boolean names(String line, String thing) {
        return Words.containsWord(line, thing) || Words.containsWord(line, thing + "s")
                || JOB.matcher(thing).matches() && OPEN_POST.matcher(line).find();
    }

    private static final java.util.regex.Pattern JOB = java.util.regex.Pattern.compile("role|job|position|opening|vacancy|post");
    private static final java.util.regex.Pattern OPEN_POST = java.util.regex.Pattern.compile(
            "\\b(?:hiring|recruiting|vacanc(?:y|ies)|opening|roles?|jobs?|positions?)\\b");

    // "the new branch", "the role", "the series": a thing the reader is to know already (its head word)
    private static final java.util.regex.Pattern THE_THING = java.util.regex.Pattern.compile(
            "(?i)\\bthe (?:new |same |next |second |other )?(\\p{Ll}{4,})\\b(?! of\\b)");

    /** The plan written out in full, every clause at its richest level. */
    static String join(NotePlan plan) {
        return new Draft(plan).text();
    }

    /**
     * A clause of {@code role} dropped on the way to the target comes back when it fits again: who writes, when
     * dropping it did not make the note fit and a later, longer clause went too; and the sign-off, which goes before
     * who the sender is as the cheaper clause to lose — a note from someone the reader may not place should at least
     * say whose it is.
     */
    private static void restore(Draft d, Role role, int target) {
        restore(d, c -> c.role() == role, target);
    }

    private static void restore(Draft d, java.util.function.Predicate<Clause> which, int target) {
        for (int i = 0; i < d.clauses.size(); i++) {
            if (which.test(d.clauses.get(i)) && d.dropped[i] && !d.clauses.get(i).levels().isEmpty()) {
                d.dropped[i] = false;
                if (Text.length(d.text()) > target) {
                    d.dropped[i] = true;
                }
                return;
            }
        }
    }

    /**
     * Every first note ends with the sender's name: when the limit has taken it, a who-line cut down to its role's head
     * noun goes for it, and else the reason's detail told in a sentence of its own ("You came by our booth and we talked
     * about …": "a 200 limit drops the talk and keeps the meeting"), after which who writes comes back if it fits too
     * (a hand session's "start over" at 200 kept the talk and lost both who writes and "Dana").
     */
    private static void nameBeforeDetail(Draft d, int target) {
        int sign = -1;
        int who = -1;
        int reason = -1;
        for (int i = 0; i < d.clauses.size(); i++) {
            Role role = d.clauses.get(i).role();
            if (role == Role.SIGN && d.dropped[i] && !d.clauses.get(i).levels().isEmpty() && sign < 0) {
                sign = i;
            } else if (role == Role.WHO && d.present(i) && d.level[i] > 0 && who < 0) {
                who = i;
            } else if (role == Role.REASON && d.present(i) && nextLeavesASentence(d, i) && reason < 0) {
                reason = i;
            }
        }
        if (sign < 0) {
            return;
        }
        // who writes said plainer makes room for the name first ("I'm a diabetes educator at a small rural hospital in
        // Montana." kept its place and the note went unsigned)
        for (int i = 0; i < d.clauses.size(); i++) {
            if (d.clauses.get(i).role() == Role.WHO && d.present(i) && d.level[i] + 1 < d.clauses.get(i).levels().size()) {
                int was = d.level[i];
                d.dropped[sign] = false;
                for (int level = was + 1; level < d.clauses.get(i).levels().size(); level++) {
                    d.level[i] = level;
                    if (Text.length(d.text()) <= target) {
                        return;
                    }
                }
                d.level[i] = was;
                d.dropped[sign] = true;
            }
        }
        // a stock close gives way to the name before who writes does ("Grateful for any thoughts you have." had kept its
        // place in a referred stranger's note, and "I am a photographer." had not)
        int close = -1;
        for (int i = 0; i < d.clauses.size(); i++) {
            if (d.clauses.get(i).role() == Role.CLOSE && d.clauses.get(i).source() == Clause.Source.CLOSE && d.present(i)) {
                close = i;
            }
        }
        if (who >= 0 && close >= 0 && traded(d, close, sign, target) || who >= 0 && traded(d, who, sign, target)) {
            return;
        }
        // (only what the two did together, "we talked about …": "I was the one who asked …" or "You said you'd share the audit
        // tool" places the sender or carries what the ask refers to, and stays)
        if (reason >= 0 && noOtherStory(d, reason) && togetherDetail(d, reason)) {
            d.level[reason]++;
            d.dropped[sign] = false;
            if (Text.length(d.text()) > target) {
                d.level[reason]--;
                d.dropped[sign] = true;
                return;
            }
            restore(d, Role.WHO, target);
            richer(d, Role.WHO, target);
        }
    }

    /** Clause {@code out} left out and {@code in} put back, kept when the note then fits {@code target}; undone otherwise. */
    private static boolean traded(Draft d, int out, int in, int target) {
        d.dropped[out] = true;
        d.dropped[in] = false;
        if (Text.length(d.text()) <= target) {
            return true;
        }
        d.dropped[out] = false;
        d.dropped[in] = true;
        return false;
    }

    /** The reason's sentence that its next level leaves out tells what the two did together (its words say "we"). */
    private static boolean togetherDetail(Draft d, int reason) {
        List<String> levels = d.clauses.get(reason).levels();
        String now = levels.get(d.level[reason]);
        String detail = now.substring(levels.get(d.level[reason] + 1).strip().length());
        return Words.containsWord(Text.lower(detail), "we");
    }

    /** No clause of the user's own story besides the reason is in the note (their detail, the rest of their story). */
    private static boolean noOtherStory(Draft d, int reason) {
        for (int i = 0; i < d.clauses.size(); i++) {
            Clause c = d.clauses.get(i);
            if (i != reason && d.present(i) && (c.role() == Role.EXTRA || c.role() == Role.MORE) && c.source() == Clause.Source.USER) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Kind regards." with no name after it reads as a letter left unsigned: when the limit has taken the sign-off but
     * left a valediction close, the close goes instead and the name comes back (every first note is signed), as long
     * as the note is no longer for it.
     */
    private static void nameBeforeValediction(Draft d, int target) {
        int sign = -1;
        int close = -1;
        for (int i = 0; i < d.clauses.size(); i++) {
            Role role = d.clauses.get(i).role();
            if (role == Role.SIGN && d.dropped[i] && !d.clauses.get(i).levels().isEmpty() && sign < 0) {
                sign = i;
            } else if (role == Role.CLOSE && d.present(i) && dev.rapport.text.SignOff.isValediction(d.clauses.get(i).levels().get(d.level[i]))) {
                close = i;
            }
        }
        if (sign < 0 || close < 0) {
            return;
        }
        int was = Text.length(d.text());
        d.dropped[sign] = false;
        d.dropped[close] = true;
        if (Text.length(d.text()) > Math.max(target, was)) {
            d.dropped[sign] = true;
            d.dropped[close] = false;
        }
    }

    /**
     * The user's own detail, dropped for room, in place of a who-line read off the profile, at the plainest level of the detail
     * that fits: what the two share places the sender better than a job title ("We are planning the career evening … on 23
     * Jan." had gone for "I'm a programme officer at Pathway Lanka.", a development note at 200 characters).
     */
    private static void detailBeforeWho(Draft d, int target) {
        int detail = -1;
        int who = -1;
        for (int i = 0; i < d.clauses.size(); i++) {
            Clause c = d.clauses.get(i);
            // (the rest of the user's story too: "We used your intake checklist … and 43 families came in" says more to a speaker
            // than the sender's job title, which a bio now read gave the note in its place)
            // (only a part of the story about them: "My master thesis is about refuge chambers." tells a stranger less than who writes)
            boolean aboutThem = c.role() == Role.MORE && !c.levels().isEmpty() && dev.rapport.language.Language.english().tokens(c.levels().get(0)).stream()
                    .anyMatch(t -> SECOND_PERSON.contains(t.lower()));
            if ((c.role() == Role.EXTRA || aboutThem) && c.source() == Clause.Source.USER && d.dropped[i] && !c.levels().isEmpty()
                    && detail < 0) {
                detail = i;
            } else if (c.role() == Role.WHO && c.source() == Clause.Source.PROFILE && d.present(i) && who < 0) {
                who = i;
            }
        }
        if (detail < 0 || who < 0 || saidElsewhere(d.clauses.get(detail).levels().get(0), d.text())) {
            return;
        }
        d.dropped[who] = true;
        d.dropped[detail] = false;
        for (int level = 0; level < d.clauses.get(detail).levels().size(); level++) {
            d.level[detail] = level;
            if (Text.length(d.text()) <= target) {
                return;
            }
        }
        d.level[detail] = 0;
        d.dropped[detail] = true;
        d.dropped[who] = false;
    }

    /** A third or more of the detail's longer words are in the note already ("I promised I'd send you our 30-60-90 checklist" beside "As promised, I'll send you our 30-60-90 checklist …"). */
    private static boolean saidElsewhere(String detail, String note) {
        java.util.Set<String> there = new java.util.HashSet<>(java.util.Arrays.asList(Text.lower(note).split("[^\\p{L}\\p{N}-]+")));
        List<String> words = java.util.Arrays.stream(Text.lower(detail).split("[^\\p{L}\\p{N}-]+")).filter(w -> w.length() >= 4).toList();
        long said = words.stream().filter(there::contains).count();
        return !words.isEmpty() && said * 3 >= words.size();
    }

    /**
     * An applicant's experience, to a reader who does not know them, is worth more than the tail of their own sentence
     * ("…, in your post you say applicants can send message or connect"): when only the reason's plainer cut leaves room
     * for who writes, that cut.
     */
    private static void whoBeforeTail(Draft d, int target) {
        int who = -1;
        int reason = -1;
        for (int i = 0; i < d.clauses.size(); i++) {
            Role role = d.clauses.get(i).role();
            if (role == Role.WHO && d.dropped[i] && who < 0) {
                who = i;
            } else if (role == Role.REASON && d.present(i) && reason < 0) {
                reason = i;
            }
        }
        if (who < 0 || reason < 0 || d.level[reason] + 1 >= d.clauses.get(reason).levels().size()) {
            return;
        }
        // (only a tail cut off: the plainer cut is the same sentence up to a comma, nothing of it said otherwise)
        String now = d.clauses.get(reason).levels().get(d.level[reason]);
        String cut = d.clauses.get(reason).levels().get(d.level[reason] + 1).replaceAll("[.!?]+$", "");
        if (!now.startsWith(cut + ",")) {
            return;
        }
        d.level[reason]++;
        d.dropped[who] = false;
        if (Text.length(d.text()) > target) {
            d.level[reason]--;
            d.dropped[who] = true;
        }
    }

    private static void richer(Draft d, Role role, int target) {
        for (int i = 0; i < d.clauses.size(); i++) {
            if (d.clauses.get(i).role() != role || !d.present(i)) {
                continue;
            }
            while (d.level[i] > 0) {
                d.level[i]--;
                if (Text.length(d.text()) > target) {
                    d.level[i]++;
                    break;
                }
            }
        }
    }

    private static boolean hasPresent(Draft d, Role role) {
        for (int i = 0; i < d.clauses.size(); i++) {
            if (d.clauses.get(i).role() == role && d.present(i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The note asks a question of its own: the drafter's, or the user's ask or a line they asked for that ends on one
     * ("Could you consider nights in the ICU?"); a courtesy close after it is the first thing to go.
     */
    private static boolean asksAQuestion(Draft d) {
        for (int i = 0; i < d.clauses.size(); i++) {
            Role role = d.clauses.get(i).role();
            if (d.present(i) && (role == Role.QUESTION
                    || (role == Role.ASK || role == Role.MENTION) && d.clauses.get(i).levels().get(d.level[i]).strip().endsWith("?"))) {
                return true;
            }
        }
        return false;
    }

    private static void shorten(Draft d, List<Step> steps, int target) {
        for (Step step : steps) {
            if (Text.length(d.text()) <= target) {
                return;
            }
            // the profiles' context is dropped only beside the user's own account and ask (judged once per step)
            if (step.role() == Role.CONTEXT && step.drop() && !(hasPresent(d, Role.REASON) && hasPresent(d, Role.ASK))) {
                continue;
            }
            if (step.equals(Step.closeBesideAQuestion()) && !asksAQuestion(d)) {
                continue;
            }
            // a read-back the user asked to mention gives way only to who writes (the trade a new limit of 200 made in a hand
            // session); otherwise it is the user's word and stays
            if (step.readBackOnly() && step.role() == Role.MENTION && !hasPresent(d, Role.WHO)) {
                continue;
            }
            for (int i = 0; i < d.clauses.size(); i++) {
                boolean which = !step.lighterOnly() || d.present(i) && nextIsLighter(d, i);
                if (step.takes(d.clauses.get(i)) && which && d.apply(i, step.drop())) {
                    break;
                }
            }
        }
    }
}
