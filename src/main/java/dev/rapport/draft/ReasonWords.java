package dev.rapport.draft;

import dev.rapport.language.Copyedit;
import dev.rapport.language.Gazetteer;
import dev.rapport.language.Language;
import dev.rapport.language.Sentence;
import dev.rapport.language.Token;
import dev.rapport.language.VerbForms;
import dev.rapport.profile.Profile;
import dev.rapport.text.Honorifics;
import dev.rapport.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The sender's own reason, turned to address the recipient: "we talked after her KubeCon talk"
 * becomes "we talked after your KubeCon talk", "I chatted with Monique at our booth" becomes
 * "thanks for chatting at our booth". It works on the language layer's tokens and tags: pronouns
 * and the recipient's name change person, a wish ("and I'd like her advice on …") is kept apart as
 * the ask, and a wish that only asks to connect is left to the close.
 */
final class ReasonWords {
    /**
     * The fact the reason states, a plainer cut of it, the wish (the ask), and one detail of what the two
     * talked about or what the recipient showed or told the sender when the fact does not carry it; each
     * blank when absent; and a later ask the user typed after a thanks or a congratulations ({@code also}),
     * said after the wish when there is room and the first thing to go when there is not; and the rest of the
     * story ({@code rest}): sentences none of the others carries, said when there is room.
     */
    record Said(String fact, String shortFact, String wish, String detail, String also, String rest) {
        Said(String fact, String shortFact, String wish, String detail, String also) {
            this(fact, shortFact, wish, detail, also, "");
        }

        Said withRest(String more) {
            return new Said(fact, shortFact, wish, detail, also, more);
        }

        Said(String fact, String shortFact, String wish, String detail) {
            this(fact, shortFact, wish, detail, "");
        }

        Said(String fact, String shortFact, String wish) {
            this(fact, shortFact, wish, "");
        }
    }

    private static final Set<String> WISH_STARTS = Set.of("i'd", "i", "i'm", "hoping", "would", "want", "keen");
    private static final Set<String> WISH_VERBS = Set.of("like", "love", "want", "wanted", "hope", "hoping", "think", "thought", "keen", "would");
    private static final java.util.regex.Pattern WOULD_BE_GOOD = java.util.regex.Pattern.compile(
            "(?i)^((?:and |so |but )?)(?:it )?(?:would|'d) be (?:amazing|great|lovely|good|nice|wonderful|fantastic|helpful|brilliant|awesome) to ");
    private static final Set<String> ACTS = Set.of("congratulate", "thank", "ask", "invite", "remind");
    private static final Set<String> JOINERS = Set.of("and", "so", ",", "but", ";", "-", "–", "—");
    private static final Set<String> THIRD = Set.of("she", "he", "her", "him", "his", "hers", "herself", "himself", "she's", "he's", "she'd", "he'd", "she'll", "he'll");
    private static final Set<String> WOULD_WISH = Set.of("like", "love", "prefer", "be", "appreciate", "rather", "welcome", "enjoy",
            "value", "want", "ask", "hope", "happily", "gladly");
    // "I'd very much like", "I'd really love": adverbs between "'d" and the wish; "I'd just sent" is still "I had"
    private static final Set<String> WOULD_ADVERBS = Set.of("just", "also", "really", "actually", "still", "very", "much", "greatly",
            "definitely", "certainly", "so", "truly");
    private static final Set<String> CLAUSE_SUBJECTS = Set.of("i", "you", "we", "she", "he", "they");
    private static final Set<String> CUT_BEFORE = Set.of("after", "about", "because", "since", "while", "when", "across", "on", "for");
    // A wish that only asks to be in touch says what the close already says.
    private static final Set<String> ONLY_CONNECTING = Set.of("i", "i'd", "'d", "would", "like", "love", "want", "to", "reconnect",
            "connect", "stay", "keep", "get", "be", "back", "in", "touch", "catch", "up", "with", "you", "again", "here", "on",
            "linkedin", "network", "hope", "hoping", "the", "her", "him", "and", "wanted", "introduce", "myself", "say", "hello");
    // Judgements about the recipient ("she looks like a fit", "think he'd be great") are not said to their face.
    private static final Set<String> JUDGING = Set.of("looks", "seems", "sounds", "think", "thought", "great", "fit", "perfect", "impressive");

    private final Map<String, String> gerunds;
    private final List<String> subjectless;

    /**
     * @param gerunds     past-tense meeting verbs and their -ing form ("chatted" to "chatting"), for "thanks for chatting"
     * @param subjectless words a reason with its "I am" left out starts with ("hiring", "moving")
     */
    ReasonWords(Map<String, String> gerunds, List<String> subjectless) {
        this.gerunds = Map.copyOf(gerunds);
        this.subjectless = List.copyOf(subjectless);
    }

    Optional<Said> of(String reason, Profile them) {
        return of(reason, them, List.of());
    }

    /**
     * As {@link #of(String, Profile)}, knowing who else the reason names ({@code others}, a referrer
     * such as "Ana"): a "she" after that name is that person, not the recipient ("I met Ana at ProMat
     * and she suggested I reach out" keeps its "she").
     */
    Optional<Said> of(String reason, Profile them, List<String> others) {
        return of(reason, null, them, others);
    }

    /**
     * As {@link #of(String, Profile, List)}, with the sender's profile too: the user's words are first
     * tidied ({@link Copyedit}) with both profiles' proper nouns, so that "harvest table" is written
     * "Harvest Table" as the profile spells it.
     */
    Optional<Said> of(String reason, Profile me, Profile them, List<String> others) {
        if (reason == null || reason.isBlank() || reason.contains("http") || Text.length(reason) > 240) {
            return Optional.empty();
        }
        // "Vikram-bhai": the tokenizer splits a hyphened particle off the name, which would become "you-bhai"
        reason = ReasonPoint.withoutNameParticles(reason, them);
        // "met all of them at the ICAI regional conference", a batch's reason: to each one, "them" (each batch note said "I met
        // all of them at …" to its one recipient)
        reason = ALL_OF_THEM.matcher(reason).replaceAll("$1 them");
        // "he asked me for the soil moisture data, promised to send it when its ready": after what they asked, the promise
        // with its subject left out is the sender's (a new user's note told the recipient they had promised it)
        reason = ASKED_THEN_PROMISED.matcher(reason).replaceAll("$1, and I promised");
        // (and the referrer the purpose read, "mike hale told me …": written as a name)
        reason = Copyedit.english().tidy(reason, properNouns(me, them, reason, others));
        if (reason.isBlank()) {
            return Optional.empty();
        }
        // The first sentence is the reason; later ones ("It was last month.") are context for the truth rules.
        reason = Language.english().sentences(reason).get(0).text();
        // "over coffee after she said …": the user's "after" is "afterwards", or the sentence has no main clause
        reason = SETTING_AFTER.matcher(reason).replaceFirst("$1 afterwards ");
        List<Token> tokens = Language.english().tokens(reason);
        if (tokens.size() < 3) {
            return Optional.empty();
        }
        int cut = wishStart(tokens);
        List<Token> fact = tokens.subList(0, cut < 0 ? tokens.size() : cut);
        List<Token> wish = cut < 0 ? List.of() : tokens.subList(cut, tokens.size());
        while (!wish.isEmpty() && JOINERS.contains(wish.get(0).lower())) {
            wish = wish.subList(1, wish.size());
        }
        Set<String> names = names(them);
        Set<String> otherNames = otherNames(others, names);
        String factText = meetingTogether(shift(reason, withoutRanges(trimPunct(fact)), names, otherNames));
        String wishText = wish.isEmpty() || judging(wish) || onlyConnecting(wish) ? "" : shift(reason, trimPunct(wish), names, otherNames);
        factText = joinedToI(Copyedit.english().finish(thanks(subject(factText))));
        // "Katarzyna was the sponsor from their side": the side of the one now called "you" is theirs (a reviewer: "speaks of
        // the recipient's own company as 'their'")
        factText = YOUR_SIDE.matcher(factText).replaceAll("$1 your side");
        if (others != null && !others.isEmpty()) {
            // "Priya Nair told me to talk to Siobhán …, they worked together there for years": "they" are the two of them
            String first = others.get(0).strip().split("\\s+")[0];
            factText = THEY_TOGETHER.matcher(factText).replaceAll(m -> (Character.isUpperCase(m.group(1).charAt(0)) ? "You" : "you")
                    + " and " + java.util.regex.Matcher.quoteReplacement(first) + " ");
        }
        String asked = wishText.isEmpty() ? "" : labelledQuestion(reason.substring(wish.get(0).start()), me, them, others);
        wishText = !asked.isEmpty() ? asked : Copyedit.english().finish(WishToAct.of(subjectOfWish(wishText)));
        if (wishText.startsWith("I want ")) {
            wishText = "I would like" + wishText.substring("I want".length());
        }
        // A memo with no verb ("deadline 15 Jan") is not pasted as a sentence.
        boolean itStory = IT_CAME_TO.matcher(factText).lookingAt();
        // ("thanks for stopping by our booth at …" is a whole courtesy, though the tagger may read "stopping" as a noun)
        boolean thanked = factText.matches("(?i)^(?:thanks|thank you) for (?:\\p{L}+ing|the|your|all the)\\b.*");
        if (!usable(factText, !otherNames.isEmpty()) || !statement(factText) && !itStory || !Copyedit.english().hasVerb(factText) && !thanked) {
            return Optional.empty();
        }
        String shortFact = shortCut(factText);
        if (shortFact.equals(factText)) {
            // "you did the sound design on … in 2023. You left Halfpenny … and moved over to Manchester.": the first
            // sentence is the plainer level, so a tight note keeps the user's ask instead of their second sentence
            List<Sentence> told = Language.english().sentences(factText);
            if (told.size() > 1 && Text.length(told.get(0).text()) >= 30) {
                shortFact = told.get(0).text().strip();
            }
        }
        return Optional.of(new Said(sentence(factText), shortFact.equals(factText) ? "" : sentence(shortFact),
                usable(wishText, !otherNames.isEmpty()) ? sentence(wishText) : ""));
    }

    /**
     * A piece of a reason that is only the sender's wish ("want to ask him how long the registration
     * took", "just want to say thank you"), said to the recipient and turned into the act; blank when
     * the piece is no wish, only asks to be in touch, judges the recipient or still names someone in
     * the third person.
     */
    /**
     * The question the user means to put, said to the recipient: "One question: does she allow the
     * second coder to add codes?" asks "Do you allow the second coder to add codes?"; an indirect one
     * ("question: which marker she used in the HPLC") becomes "I would like to ask which marker you
     * used in the HPLC."; blank when the piece holds no question for them.
     */
    String question(String piece, Profile me, Profile them, List<String> others) {
        if (piece == null || piece.isBlank() || Text.length(piece) > 240) {
            return "";
        }
        java.util.regex.Matcher label = QUESTION_LABEL.matcher(piece.strip());
        boolean labelled = label.find();
        String q = labelled ? piece.strip().substring(label.end()).strip() : piece.strip();
        boolean direct = q.endsWith("?");
        if (!labelled && !direct) {
            return "";
        }
        q = Copyedit.english().tidy(q, properNouns(me, them, q));
        List<Token> tokens = Language.english().tokens(q);
        if (tokens.size() < 3) {
            return "";
        }
        String first = tokens.get(0).lower();
        boolean inverted = QUESTION_AUX.contains(first);
        boolean wh = WH_WORDS.contains(first);
        if (!inverted && !wh && direct) {
            // "I run the maths club at Karura Hill, could she come one Thursday in Feb?": the sender's own
            // statement, then the question after the comma, each its own sentence
            for (int k = tokens.size() - 3; k >= 2; k--) {
                // ("one of our HAs is changing …, how would he expect the change to be justified?": a question word and its
                // auxiliary after the comma start the question too, and the sender's own side told before it stays)
                boolean auxFirst = QUESTION_AUX.contains(tokens.get(k).lower()) && tokens.get(k + 1).is("PRON", "PROPN");
                boolean whFirst = WH_WORDS.contains(tokens.get(k).lower()) && QUESTION_AUX.contains(tokens.get(k + 1).lower());
                if (tokens.get(k - 1).lower().equals(",") && (auxFirst || whFirst)) {
                    String asked = question(q.substring(tokens.get(k).start()), me, them, others);
                    String lead = q.substring(0, tokens.get(k - 1).start()).strip();
                    if (asked.isEmpty() || !SENDER_LEAD.contains(first) && !OWN_SIDE.matcher(lead).find()) {
                        return asked;
                    }
                    return Words.capitalise(saidToThem(lead, Language.english().tokens(lead), them, others).replaceAll("[.!?,;:]+$", ""))
                            + ". " + asked;
                }
            }
        }
        if (!inverted && !wh && labelled) {
            // "my question: the new branch need its own pharmacist?": typed in a statement's order, asked in a question's
            String ordered = QuestionOrder.of(q);
            if (!ordered.isEmpty()) {
                q = ordered + "?";
                tokens = Language.english().tokens(q);
                first = tokens.get(0).lower();
                inverted = true;
            }
        }
        if (!inverted && !wh) {
            return "";
        }
        String said = saidToThem(q, tokens, them, others).replaceAll("[.?!]+$", "");
        if (said.isEmpty() || THIRD_PERSON.matcher(said).find()) {
            return "";
        }
        if (first.equals("if")) {
            // "if I want to study marine biology should I take physics or chemistry": a condition, then the question
            List<Token> st = Language.english().tokens(said);
            for (int k = 2; k + 1 < st.size(); k++) {
                if (QUESTION_AUX.contains(st.get(k).lower()) && st.get(k + 1).is("PRON")) {
                    String condition = said.substring(0, st.get(k).start()).strip().replaceAll(",$", "");
                    return Words.capitalise(condition) + ", " + said.substring(st.get(k).start()) + "?";
                }
            }
        }
        if (direct || inverted) {
            return Words.capitalise(said) + "?";
        }
        return "I would like to ask " + Character.toLowerCase(said.charAt(0)) + said.substring(1) + ".";
    }

    /**
     * A question the user asks the recipient, typed about them ("how maharlika is treating him"), as said to them: their
     * pronouns are "you" and "your", with the verbs agreeing ("if she has tips" is "if you have tips"), and a name of the
     * pair typed in lower case spelled as the profiles spell it ("how Maharlika is treating you"). Blank when someone is
     * still named in the third person.
     */
    String toThem(String clause, Profile me, Profile them, List<String> others) {
        if (clause == null || clause.isBlank()) {
            return "";
        }
        Gazetteer proper = properNouns(me, them, clause);
        String q = Copyedit.english().tidy(clause.strip(), proper);
        List<Token> tokens = Language.english().tokens(q);
        if (tokens.isEmpty()) {
            return "";
        }
        String said = saidToThem(q, tokens, them, others).replaceAll("[.?!]+$", "");
        if (said.isEmpty() || THIRD_PERSON.matcher(said).find()) {
            return "";
        }
        // "maharlika" of "Maharlika Insurance", typed alone, is the firm, wherever it stands in the question
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Token t : Language.english().tokens(said)) {
            String spelled = t.text().equals(t.lower()) && !t.is("PRON", "AUX", "ADP", "CCONJ", "SCONJ", "DET") ? proper.shortForm(t.text()) : null;
            out.append(said, at, t.start()).append(spelled == null ? t.text() : spelled);
            at = t.end();
        }
        out.append(said.substring(at));
        List<String> people = java.util.stream.Stream.of(me, them).filter(java.util.Objects::nonNull).map(Profile::name).toList();
        return dev.rapport.language.TypedNames.capitalised(out.toString(), people);
    }

    // a statement of the sender's own before a question: "I run …, could you …?"
    private static final Set<String> SENDER_LEAD = Set.of("i", "we", "my", "our", "i'm", "i’m");
    private static final Set<String> TIME_AFTER_OBJECT = Set.of("afterwards", "afterward", "later", "yesterday", "today", "again",
            "once", "twice", "before", "recently", "briefly", "directly", "earlier", "then");
    private static final java.util.regex.Pattern OWN_SIDE = java.util.regex.Pattern.compile("(?i)\\b(?:our|my|we|I)\\b");
    static final java.util.regex.Pattern QUESTION_LABEL = java.util.regex.Pattern.compile(
            "(?i)\\b(?:question|one thing|a thing)(?: for (?:her|him|them|you))?\\s*(?:is)?\\s*:\\s*");
    private static final Set<String> QUESTION_AUX = Set.of("does", "do", "did", "is", "are", "was", "were", "can", "could",
            "would", "will", "should", "has", "have");
    private static final Set<String> WH_WORDS = Set.of("how", "what", "which", "why", "when", "where", "who", "whether", "if");
    static final java.util.regex.Pattern THIRD_PERSON = java.util.regex.Pattern.compile("(?i)\\b(?:she|he|her|him|his|hers)\\b");

    /**
     * "want ask him one question: the team use Python or mostly SQL?": a wish only to put a labelled question is that
     * question, asked ("Does the team use Python or mostly SQL?"), never announced with its question mark lost; blank
     * when the wish holds no label or no question can be read after it.
     */
    private String labelledQuestion(String wished, Profile me, Profile them, List<String> others) {
        return QUESTION_LABEL.matcher(wished).find() ? question(wished, me, them, others) : "";
    }

    String wish(String piece, Profile me, Profile them, List<String> others) {
        if (piece == null || piece.isBlank()) {
            return "";
        }
        piece = Copyedit.english().tidy(piece, properNouns(me, them, piece));
        if (piece.isBlank()) {
            return "";
        }
        // "would be amazing to pick her brain over a zoom": the user's wish, said as theirs
        piece = WOULD_BE_GOOD.matcher(piece).replaceFirst("$1I would love to ");
        List<Token> tokens = Language.english().tokens(piece);
        int start = 0;
        while (start < tokens.size() && (JOINERS.contains(tokens.get(start).lower()) || WISH_ADVERBS.contains(tokens.get(start).lower()))) {
            start++;
        }
        if (tokens.size() - start < 3) {
            return "";
        }
        String first = tokens.get(start).lower();
        // "I also want to tell him …": the adverb between "I" and the wish
        int at2 = start + 1;
        while (first.equals("i") && at2 + 1 < tokens.size() && WISH_ADVERBS.contains(tokens.get(at2).lower())) {
            at2++;
        }
        String second = tokens.get(at2).lower();
        // "want to …", "would love to …", "I'd like …", "I want …"; not any sentence that starts with "I"
        // ("love her posts about volunteer burnout" is praise, not a wish: "love" wishes only with its "to")
        boolean praise = (first.equals("love") || first.equals("i") && second.equals("love"))
                && !(first.equals("love") ? second : at2 + 1 < tokens.size() ? tokens.get(at2 + 1).lower() : "").equals("to");
        // "I'd sent her a sample chapter" is "I had", no wish: "'d" wishes only before "like", "love", "be glad" …
        int afterD = first.equals("i'd") ? start + 1 : first.equals("i") && second.equals("'d") ? at2 + 1 : -1;
        while (afterD >= 0 && afterD + 1 < tokens.size() && WOULD_ADVERBS.contains(tokens.get(afterD).lower())) {
            afterD++;
        }
        boolean wouldWish = afterD >= 0 && afterD < tokens.size() && WOULD_WISH.contains(tokens.get(afterD).lower());
        boolean wishes = !praise && (WISH_VERBS.contains(first) || first.equals("i") && WISH_VERBS.contains(second) || wouldWish);
        // "congratulate her on the new job", "thank him for the intro": the act with its "I want to" left out
        boolean act = ACTS.contains(first) && tokens.size() - start >= 2;
        if (!wishes && !act) {
            return "";
        }
        List<Token> wish = tokens.subList(start, tokens.size());
        if (judging(wish) || onlyConnecting(wish)) {
            return "";
        }
        String asked = labelledQuestion(piece.substring(wish.get(0).start()), me, them, others);
        if (!asked.isEmpty()) {
            return asked;
        }
        Set<String> names = names(them);
        Set<String> otherNames = otherNames(others, names);
        String said = shift(piece, trimPunct(wish), names, otherNames);
        // copy-edited as the fact is ("since we move to new WMS" is "since we moved to a new WMS")
        String text = Copyedit.english().finish(WishToAct.of(act ? "I want to " + said : said));
        if (ASKED_OF_THEM.matcher(text).lookingAt()) {
            // "would he be open to a short call sometime?": the user's question to them, asked ("I would you be open …" was written)
            text = Character.toUpperCase(text.charAt(0)) + text.substring(1).replaceAll("[.!]*$", "") + "?";
        } else if (text.startsWith("want ") || text.startsWith("would ")) {
            text = "I " + text;
        }
        if (text.startsWith("I want ")) {
            text = "I would like" + text.substring("I want".length());
        }
        // "I would like to ask you for 20 min: what should a junior planner learn first, …": the question after the colon asks
        text = COLON_QUESTION.matcher(text).replaceFirst("$1?");
        // "Thank you." is short and whole
        boolean thanks = text.startsWith("Thank you") || text.startsWith("Thanks");
        return thanks && text.split("\\s+").length < 3 || usable(text, !otherNames.isEmpty()) ? sentence(text) : "";
    }

    private static final java.util.regex.Pattern COLON_QUESTION = java.util.regex.Pattern.compile(
            "(?i)(:\\s*(?:what|how|which|why|when|where|who|should|would|could|can|do|does|is|are)\\b[^.?!:]*)\\.?$");

    /** Where the wish starts: "… and I'd like …", "…, so I want …"; -1 when there is none. */
    private static int wishStart(List<Token> t) {
        for (int i = 1; i < t.size() - 1; i++) {
            if (!JOINERS.contains(t.get(i).lower())) {
                continue;
            }
            int j = i + 1;
            String a = t.get(j).lower();
            String b = j + 1 < t.size() ? t.get(j + 1).lower() : "";
            String c = j + 2 < t.size() ? t.get(j + 2).lower() : "";
            boolean wish = a.equals("i") && (WISH_VERBS.contains(b) || b.equals("'d") || b.equals("'m") && c.equals("hoping")
                    || b.equals("am") && c.equals("hoping"))
                    || a.equals("i'd") || a.equals("hoping") || a.equals("think");
            // "… and want to ask if …", "… and promised to send …": the sender's "I" left out before the wish or the promise;
            // after a comma only a wish ("…, want to connect so we can …"), never a promise made in passing.
            boolean bare = (a.equals("want") || a.equals("wanted") || a.equals("promised") && !t.get(i).lower().equals(",")
                    && !someoneElseBefore(t, i) || a.equals("hoping")) && b.equals("to");
            if (bare) {
                return i;
            }
            boolean judgement = (a.equals("she") || a.equals("he"))
                    && t.subList(j, t.size()).stream().anyMatch(x -> JUDGING.contains(x.lower()));
            if (wish && WISH_STARTS.contains(a) || judgement || a.equals("think")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * "she showed me the clip and promised to …": the subject before {@code joiner} is someone other than the sender. A
     * pronoun is the subject only before its verb ("I showed you the dashboard": "you" is the object).
     */
    static boolean someoneElseBefore(List<Token> t, int joiner) {
        for (int k = joiner - 1; k >= 0; k--) {
            String w = t.get(k).lower();
            boolean beforeVerb = k + 1 < t.size() && (t.get(k + 1).is("VERB", "AUX") || t.get(k + 1).lower().matches("just|also|then|really"));
            if ((w.equals("i") || w.equals("we")) && beforeVerb) {
                return false;
            }
            if ((w.equals("she") || w.equals("he") || w.equals("they") || w.equals("you")) && beforeVerb) {
                return true;
            }
        }
        return false;
    }

    /** The tokens without a year range ("from 2014 to 2017", "2012–2016"): a note does not read dates back. */
    private static List<Token> withoutRanges(List<Token> t) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            Token a = t.get(i);
            boolean from = a.lower().equals("from") || a.lower().equals("between");
            if (from && i + 3 < t.size() && year(t.get(i + 1)) && (t.get(i + 2).lower().equals("to") || t.get(i + 2).lower().equals("and")
                    || dash(t.get(i + 2))) && year(t.get(i + 3))) {
                i += 3;
                continue;
            }
            if (year(a) && i + 2 < t.size() && dash(t.get(i + 1)) && year(t.get(i + 2))) {
                i += 2;
                continue;
            }
            out.add(a);
        }
        return out;
    }

    private static boolean dash(Token t) {
        return t.text().equals("-") || t.text().equals("–") || t.text().equals("—");
    }

    private static boolean year(Token t) {
        String s = t.text();
        return s.length() == 4 && (s.startsWith("19") || s.startsWith("20")) && Character.isDigit(s.charAt(2))
                && Character.isDigit(s.charAt(3));
    }

    private static boolean judging(List<Token> wish) {
        boolean asksWhat = false;
        for (int i = 0; i < wish.size(); i++) {
            String w = wish.get(i).lower();
            asksWhat |= w.equals("what") || w.equals("how");
            // "ask what the first year looks like" asks; "she looks perfect for it" judges
            boolean askedLike = asksWhat && i + 1 < wish.size() && wish.get(i + 1).lower().equals("like");
            if (JUDGING.contains(w) && !askedLike) {
                return true;
            }
        }
        return !wish.isEmpty() && (wish.get(0).lower().equals("she") || wish.get(0).lower().equals("he"));
    }

    private static boolean onlyConnecting(List<Token> wish) {
        return wish.stream().filter(Token::isWord).allMatch(t -> ONLY_CONNECTING.contains(t.lower()));
    }

    private static List<Token> trimPunct(List<Token> t) {
        int end = t.size();
        // a closing bracket stays with its opening one
        while (end > 0 && !t.get(end - 1).isWord() && !t.get(end - 1).text().equals(")")) {
            end--;
        }
        return t.subList(0, end);
    }

    /** The tokens' text with third-person words for the recipient (and their name) turned to "you". */
    /** Words typed about them, said to them ("if she has tips" as "if you have tips"), with the copyedit's finish. */
    private static String saidToThem(String text, List<Token> tokens, Profile them, List<String> others) {
        Set<String> names = names(them);
        return Copyedit.english().finish(shift(text, trimPunct(tokens), names, otherNames(others, names)));
    }

    private static String shift(String source, List<Token> tokens, Set<String> names, Set<String> others) {
        if (tokens.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        int at = tokens.get(0).start();
        boolean otherNamed = false;
        boolean capitalNext = false;
        boolean youSubject = false;
        boolean crowd = false;
        // "Petr … now he is SQE in her team … he said she expects my message and I can say his name": once the referrer's
        // own pronoun is known ("he"), that family stays his, and the other family is the recipient's
        String otherFamily = null;
        // "Yusuf told me Hessa is looking … for her exhibition and said write to her and use his name": once the
        // recipient's pronouns are known ("her"), the other family belongs to the other person named
        String recipientFamily = null;
        // "He already mentioned me to her by email last week", said of a referrer: a subject "he" beside an object "her" (or
        // "she" beside "him") are two people, and where a referrer is named the subject is the referrer and the object the
        // recipient (a note said "You already mentioned me to her", r186)
        if (!others.isEmpty()) {
            String subject = tokens.stream().map(Token::lower).filter(w -> w.equals("he") || w.equals("she")).findFirst().orElse(null);
            boolean otherAsObject = subject != null && tokens.stream().map(Token::lower)
                    .anyMatch(w -> (w.equals("him") || w.equals("her")) && !FAMILY.get(w).equals(FAMILY.get(subject)));
            // ("Wulan Sari referred Alfian to me, she said he is the best backend engineer she has worked with": the one who says is
            // the referrer, the one said of is the recipient; a note wrote "You said he are the best …")
            for (int k = 1; !otherAsObject && subject != null && k < tokens.size(); k++) {
                String w = tokens.get(k).lower();
                otherAsObject = (w.equals("he") || w.equals("she")) && !FAMILY.get(w).equals(FAMILY.get(subject))
                        && REPORTING.contains(tokens.get(k - 1).lower());
            }
            if (otherAsObject) {
                otherFamily = FAMILY.get(subject);
                recipientFamily = subject.equals("he") ? "f" : "m";
            }
        }
        if (recipientFamily == null) {
            recipientFamily = familyBeforeAnother(tokens, names);
        }
        boolean singularThey = others.isEmpty() && !GENDERED.matcher(source).find();
        boolean recipientNamed = false;
        // "their experience" made "your experience": a "they" after it in the sentence is the recipient's side too
        boolean theirsAsked = false;
        // the last subject was the recipient's "she"/"he", now "you": a verb after "or"/"and" agrees with it too
        boolean lastSubjectYou = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String lower = t.lower();
            // a new subject, or a reported or relative clause ("she said the team … needs", "a shop that sells"), has its own verb
            // ("covered that night shift … and takes": a "that" before its noun, or a thing found, starts no clause)
            // ("in March and takes": a name after a preposition is no new subject either)
            boolean newName = t.is("PROPN") && (i == 0 || !tokens.get(i - 1).is("ADP", "DET"));
            if (ENDS_YOU_SUBJECT.contains(lower) || newName || REPORTING.contains(lower) && !lower.equals("found")
                    || lower.equals("that") && !demonstrative(tokens, i)) {
                lastSubjectYou = false;
            }
            String family = FAMILY.get(lower);
            if (family != null && otherFamily != null) {
                otherNamed = family.equals(otherFamily);
            }
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            Token prev = i > 0 ? tokens.get(i - 1) : null;
            // "Dave Ortiz introduced me to Tim …, he said tim wants to know …": where a referrer is named and the two never
            // met, a "he"/"she" who says something is the referrer passing it on; a note said "You said …" to someone who had
            // told the sender nothing (a new user)
            if (!others.isEmpty() && (lower.equals("he") || lower.equals("she")) && next != null
                    && PASSED_ON.contains(next.lower()) && !MET_THEM.matcher(source).find()) {
                otherNamed = true;
                otherFamily = family;
            }
            // "on the welding course at Kelvinside 2015-16 he runs his own shop now": a date, then a new subject and its verb,
            // is a new sentence the user ran on
            if (prev != null && next != null && RUN_ON_SUBJECTS.contains(lower) && next.is("VERB", "AUX") && i > 3
                    && (YEARS.matcher(prev.text()).matches() || prev.is("NUM") && prev.text().matches("\\d{2,4}")) && !capitalNext) {
                out.append(source, at, prev.end()).append(".");
                at = prev.end();
                capitalNext = true;
                youSubject = false;
                crowd = false;
            }
            // A comma before a new subject and its verb ends a sentence ("we both work at X, I'm on …");
            // a comma before a bare past verb ("we met at X in June, talked about …") wants its "and".
            if (lower.equals(",") && next != null && i > 1) {
                Token after = i + 2 < tokens.size() ? tokens.get(i + 2) : null;
                boolean contracted = next.tag().startsWith("PRON+") && next.tag().contains("AUX");
                if (SUBJECTS.contains(next.lower()) && (contracted || after != null && after.is("VERB", "AUX")) || ownedSubject(tokens, i + 1)) {
                    out.append(".");
                    at = t.end();
                    capitalNext = true;
                    youSubject = false;
                    crowd = false;
                    continue;
                }
                // ("Linda Park, who coordinates his program, suggested I …": the comma closes the aside, and the verb after
                // it is the sentence's own)
                if (!closesAside(tokens, i) && next.is("VERB") && (next.lower().endsWith("ed") || IRREGULAR_PAST.contains(next.lower())
                        && after != null && (after.lower().equals("with") || after.lower().equals("to") || after.is("PRON")))) {
                    out.append(" and");
                    at = t.end();
                    continue;
                }
                // "…, would love to stay in touch": the wish after a comma has lost its "I"
                if (next.lower().equals("would") && after != null && (after.lower().equals("love") || after.lower().equals("like"))) {
                    out.append(". I");
                    at = t.end();
                    continue;
                }
            }
            out.append(source, at, t.start());
            at = t.end();
            // "they all spoke on the ward leaders panel at …": one reason for a whole panel, sent to each of them, is said to
            // each ("you spoke …", then "thanks for speaking …"); a new user's batch got "We met at …" for a talk she only heard
            if (i == 0 && lower.equals("they") && others.isEmpty() && next != null) {
                int verb = next.lower().equals("all") || next.lower().equals("both") ? i + 2 : i + 1;
                if (verb < tokens.size() && PANEL_DEEDS.contains(tokens.get(verb).lower())) {
                    out.append(t.text().equals("They") ? "You" : "you");
                    if (verb == i + 2) {
                        at = next.end();
                        i++;
                    }
                    continue;
                }
            }
            // "I met them at the Ocean Sciences poster session", "want to thank them for coming": with no "he" or "she" and no one
            // else named, "they" is the one person the note goes to (a batch's reason is written for many; new users' notes said
            // "I met them at …" and "thank them for coming" to the recipient)
            boolean theyTheOne = lower.equals("them") && prev != null && MET_THEM_VERBS.contains(prev.lower())
                    || lower.equals("they") && (prev == null || CLAUSE_BREAKS.contains(prev.lower())) && next != null
                    && MET_THEM_VERBS.contains((next.lower().equals("all") || next.lower().equals("both")) && i + 2 < tokens.size()
                            ? tokens.get(i + 2).lower() : next.lower());
            if (singularThey && theyTheOne && !crowd && !otherNamed) {
                String said = THEY_SAID.get(lower);
                out.append(capitalNext ? Character.toUpperCase(said.charAt(0)) + said.substring(1) : said);
                capitalNext = false;
                youSubject |= lower.equals("they");
                if ((lower.equals("they") || lower.equals("them")) && next != null && (next.lower().equals("all") || next.lower().equals("both"))) {
                    at = next.end();
                    i++;
                }
                continue;
            }
            // "told me to write to her, they are coauthors in the HS paper": the recipient and the referrer together, said to
            // the recipient ("you are coauthors …"; "they" would be a third person in a note to them)
            boolean theyTogether = lower.equals("they") && next != null && (next.lower().equals("are") || next.lower().equals("were"))
                    && i + 2 < tokens.size() && SHARED_ROLES.contains(tokens.get(i + 2).lower()) && (otherNamed || !others.isEmpty());
            if (capitalNext) {
                capitalNext = false;
                int mark = out.length();
                String said = theyTogether ? "you" : shiftOne(t, prev, next, names, others, otherNamed);
                if (otherNamed && (lower.equals("she") || lower.equals("he"))) {
                    otherFamily = family;
                }
                youSubject |= lower.equals("she") || lower.equals("he");
                if ((lower.equals("she") || lower.equals("he")) && !otherNamed && recipientFamily == null) {
                    recipientFamily = family;   // as below: "… Dewi, she was his master student"
                }
                out.append(said.isEmpty() ? said : Character.toUpperCase(said.charAt(0)) + said.substring(1));
                if (said.equals("your") && next != null && (next.text().equals("'s") || next.text().equals("’s"))) {
                    i++;
                    at = next.end();
                }
                otherNamed |= others.contains(lower);
                if (mark == out.length()) {
                    capitalNext = true;
                }
                continue;
            }
            if (others.contains(lower) && t.is("PROPN")) {
                otherNamed = true;
            } else if (otherNamed && recipient(t, names)) {
                // "Rodrigo told me to contact Daniela, she runs …": the last one named is who "she" is
                otherNamed = false;
            }
            // "contact Prof Vos" said to Vos is "contact you": the title goes with the name.
            // (and "Bu", too short for the title list, only right before the recipient's name: "met Bu Dewi" is "met you")
            // ("heard Prof Carmichael's keynote" is "heard your keynote", not "heard Prof your keynote": a new user's note)
            if ((Honorifics.is(lower) || lower.equals("bu") && t.text().equals("Bu")) && next != null && (recipient(next, names)
                    || ownedByThem(next, names))) {
                at = next.start();
                continue;
            }
            if (family != null && recipientFamily != null && !family.equals(recipientFamily)) {
                out.append(t.text());
                continue;
            }
            // "said write to her": reported as "said to write to you"
            if (prev != null && prev.lower().equals("said") && TOLD_TO_DO.contains(lower)) {
                out.append("to ");
            }
            // After the referrer is named, "she suggested …" is the referrer speaking: it stays.
            if (otherNamed && family != null && (otherFamily != null || lower.startsWith("she") || lower.startsWith("he") && !lower.equals("her")
                    && !lower.equals("hers"))) {
                otherFamily = family;
                out.append(t.text());
                continue;
            }
            // "Sir's session at the IRC bridge workshop …": the recipient named by the respect the sender owes them is "you" (a new
            // user's note greeted Debashish and went on about "Sir's session")
            if (TITLED_OWNER.contains(lower.replace('’', '\''))) {
                out.append("your");
                continue;
            }
            // The tokenizer keeps a possessive on its name ("Jasper's", tagged PROPN+PART): "your".
            String owner = lower.endsWith("'s") || lower.endsWith("’s") ? lower.substring(0, lower.length() - 2) : null;
            // (the tagger may call "Luis's" a noun; the capital and the name are enough)
            if (owner != null && names.contains(Words.fold(owner)) && (t.tag().startsWith("PROPN") || Character.isUpperCase(t.text().charAt(0)))) {
                // "Applebee's was our fish supplier", to Lucy Applebee: a name's possessive with a verb after it is the firm that
                // bears the name, not hers ("your was our fish supplier", a chef's note)
                if (next != null && next.is("AUX", "VERB") && !next.lower().endsWith("ing")) {
                    out.append(t.text());
                    continue;
                }
                out.append("your");
                continue;
            }
            // "wired megans kangaroo point job": the recipient's name with its apostrophe left out, before what they own
            if (lower.length() > 3 && lower.endsWith("s") && names.contains(Words.fold(lower.substring(0, lower.length() - 1)))
                    && next != null && next.isWord() && !next.is("VERB", "AUX", "ADP", "PRON", "DET", "CCONJ", "SCONJ", "PART")) {
                out.append("your");
                continue;
            }
            // "my whole Ausbildung at Hollmann": the surname after "at" or "from" is the family firm, not the person; so is
            // the surname that opens a longer name ("how Becker Logistics vets its carriers", to Jim Becker)
            boolean firmNamed = next != null && next.isWord() && Character.isUpperCase(next.text().codePointAt(0)) && !recipient(next, names);
            if (recipient(t, names) && (prev != null && FIRM_BEFORE.contains(prev.lower()) || firmNamed) && !firstName(t, names)) {
                out.append(t.text());
                continue;
            }
            if (recipient(t, names) || everydayNameAfterAPreposition(prev, t, names)) {
                recipientNamed = true;
                // "Monique Baptiste": the whole name becomes one "you" ("Dr", though in the profile's name, was skipped as a title)
                if (prev != null && recipient(prev, names) && !Honorifics.is(prev.lower())) {
                    continue;
                }
                boolean possessive = next != null && (next.text().equals("'s") || next.text().equals("’s"));
                // "I was at Henrike Voss talk": the name before a noun, after a preposition, owns it ("your talk")
                int end = i + 1;
                while (end < tokens.size() && recipient(tokens.get(end), names)) {
                    end++;
                }
                Token after = end < tokens.size() ? tokens.get(end) : null;
                // (the tagger may call "talk" a verb there, but a name after "at" is no subject)
                boolean owns = !possessive && after != null && (after.is("NOUN") || after.is("VERB") && !after.lower().endsWith("ed"))
                        && prev != null && OWNED_AFTER.contains(prev.lower());
                out.append(possessive || owns ? "your" : "you");
                // "Dana said Courtney needs a copywriter for their site pages": the subject of what was reported ("your site pages")
                youSubject |= !possessive && !owns && (prev == null || REPORTED.contains(prev.lower()));
                // "Lena covered that shift and takes students": the name opening a clause is the subject a later verb agrees with
                lastSubjectYou = !possessive && !owns && (prev == null || CLAUSE_BREAKS.contains(prev.lower()));
                if (possessive) {
                    i++;
                    at = next.end();
                }
                continue;
            }
            // "he did the talk on moving their nightly jobs": with the recipient the subject and no one else in the
            // sentence who could own them, "their" is the recipient's team, "your"; "the farmers and their crops" stays
            // "ask if their false-alarm threshold is set per gauge": asked straight after the ask, the recipient's side is theirs
            boolean askedOfThem = prev != null && ASKED.contains(prev.lower()) && i >= 2 && ASKING.contains(tokens.get(i - 2).lower());
            // "want learn their experience esp how they handle failed repayment": what the sender wants to learn is the
            // recipient's side's (r187 read "their experience" as the recipient's team spoken of in the third person)
            boolean learnedFromThem = prev != null && LEARN_FROM.contains(prev.lower()) && !crowd;
            // "I heard their talk at EGU 2025": a talk or a post the sender heard or read is the recipient's, with no one else named
            // who could give it (a batch reason for several people says "their"; every note of a new user's batch said "their talk")
            boolean theirWorkTaken = prev != null && TAKEN_IN.contains(prev.lower()) && next != null
                    && (WRITTEN.contains(next.lower()) || SPOKEN.contains(next.lower())) && !crowd;
            if (lower.equals("their") && (youSubject && !crowd || askedOfThem || learnedFromThem || theirWorkTaken) && !otherNamed) {
                out.append(capitalNext ? "Your" : "your");
                theirsAsked |= learnedFromThem;
                continue;
            }
            // "I heard them speak at EGU": the same, said of the speaker
            if (lower.equals("them") && prev != null && OBJECT_BEFORE_VERB.contains(prev.lower()) && next != null && SPEAKING.contains(next.lower())
                    && !crowd && !otherNamed) {
                out.append("you");
                continue;
            }
            if (lower.equals("they") && theirsAsked && !otherNamed) {
                out.append(capitalNext ? "You" : "you");
                capitalNext = false;
                continue;
            }
            // "she mentioned the trolleybus AVL data they share", "she did the solar fridge rollout … what they did when …": with
            // the recipient the subject and no one else before who could be "they", they are the recipient's team, "you"
            // (r157 read "the data they share" as the recipient spoken of in the third person)
            if (lower.equals("they") && youSubject && !crowd && !otherNamed && !theyTogether) {
                out.append(capitalNext ? "You" : "you");
                capitalNext = false;
                continue;
            }
            // (a plural noun is others who could be "they"; "trolleybus", "campus", "analysis" only look plural)
            if (t.is("NOUN") && (lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is")
                    || COLLECTIVE.contains(lower)) || lower.equals("they") || lower.equals("them")) {
                crowd = true;
            }
            if (theyTogether) {
                out.append("you");
                continue;
            }
            if (!THIRD.contains(lower)) {
                // (a "you" the user already typed, or an earlier reading gave, opening a clause is the recipient as subject too)
                youSubject |= lower.equals("you") && (prev == null || CLAUSE_BREAKS.contains(prev.lower()));
                // after the recipient's name, now "you", the verb agrees ("Pawel was my client" is "you were my client")
                boolean afterName = prev != null && recipient(prev, names);
                boolean coordinated = lastSubjectYou && prev != null && (prev.lower().equals("or") || prev.lower().equals("and")) && t.is("VERB");
                if (prev != null && (prev.lower().equals("she") || prev.lower().equals("he")) && !otherNamed || afterName && t.is("AUX", "VERB") || coordinated) {
                    out.append(agree(t));
                } else {
                    out.append(t.text());
                }
                continue;
            }
            youSubject |= lower.equals("she") || lower.equals("he");
            lastSubjectYou = lower.equals("she") || lower.equals("he");
            // "she was his master student": the recipient's pronoun, once it is the subject, leaves the other family to the other
            // person ("his" is the supervisor's), though the recipient is not named in the clause
            recipientFamily = recipientFamily == null && (recipientNamed || (lower.equals("she") || lower.equals("he")) && !otherNamed)
                    ? family : recipientFamily;
            out.append(switch (lower) {
                case "she", "he" -> "you";
                case "she's", "he's" -> "you're";
                case "she'd", "he'd" -> "you'd";
                case "she'll", "he'll" -> "you'll";
                case "his" -> "your";
                case "hers" -> "yours";
                case "herself", "himself" -> "yourself";
                case "him" -> "you";
                // "her talk" is "your talk"; "talk to her about" is "talk to you about" (the tagger may call "talk" a verb);
                // "heard her speak" is "heard you speak": after a verb of seeing, hearing or making, "her" is its object
                // "her post about …": a piece of writing is hers, whatever the tagger calls the word (it read "post" as a preposition)
                // "show her new cut later": after a verb of giving, "her" is who receives the thing, not its owner
                default -> prev != null && GIVE_TO.contains(prev.lower()) && next != null && next.is("ADJ") ? "you the"
                        // "so I can ask her stuff early": what is asked or given, not hers ("ask your stuff", a reviewer)
                        : prev != null && ASKED_OR_GIVEN_TO.contains(prev.lower()) && next != null && GIVEN.contains(next.lower()) ? "you"
                        : next != null && WRITTEN.contains(next.lower()) ? "your"
                        // "attended her webinar": a word the tagger calls a preposition and English has as none is her thing
                        : next != null && next.is("ADP") && next.isWord() && !PREPOSITIONS.contains(next.lower()) ? "your"
                        // "keep her posted on openings", "kept her informed": a participle that owns no noun after it says
                        // what she is kept, so "her" is the object ("her published paper" is hers)
                        : next != null && next.is("VERB", "ADJ") && next.lower().endsWith("ed") && i + 2 <= tokens.size()
                        && (i + 2 == tokens.size() || !tokens.get(i + 2).is("NOUN", "PROPN", "ADJ", "NUM")) ? "you"
                        // ("asked her afterwards how …": the tagger may call a word of time a noun; "your afterwards", a new
                        // user's session)
                        // (an English preposition after her, whatever the tagger calls it: "see her at/NOUN pick up" was "see your at")
                        : next == null || !next.isWord() || next.is("ADP", "DET", "PRON", "SCONJ", "CCONJ", "PART", "AUX", "ADV")
                        || PREPOSITIONS.contains(next.lower())
                        || TIME_AFTER_OBJECT.contains(next.lower())
                        || next.tag().startsWith("PRON") || prev != null && OBJECT_BEFORE_VERB.contains(prev.lower()) && next.is("VERB")
                        // "helped her colleague prepare": the tagger may call the noun a verb when a verb follows it
                        && !(i + 2 < tokens.size() && tokens.get(i + 2).is("NOUN", "VERB")) ? "you" : "your";
            });
        }
        // "chatted with you at our booth" is thanked for as "chatting at our booth"; "rowed with you at" keeps the "with you"
        String said = CHATTED_WITH_YOU.matcher(out.toString()).replaceAll("$1 at");
        // "she said connect on linkedin", said to her inside the invitation itself: "you suggested we connect here"
        said = CONNECT_HERE.matcher(said).replaceAll("$1suggested we connect here");
        // "she's just been named …" is "she has": "you've just been named …", not "you're just been"
        said = HAS_PERFECT.matcher(said).replaceAll("$1've$2");
        return YOU_AND_I.matcher(said).replaceAll(m -> m.group(1).equals("Y") ? "We" : "we").strip();
    }

    /** The comma at {@code i} closes an aside that a comma and "who" or "which" opened ("Linda Park, who coordinates …,"). */
    private static boolean closesAside(List<Token> tokens, int i) {
        for (int k = i - 1; k > 0; k--) {
            String w = tokens.get(k).lower();
            if (w.equals("who") || w.equals("which")) {
                return tokens.get(k - 1).text().equals(",");
            }
            if (w.equals(",")) {
                // "Magnus Ek, our front office manager at Nordhavn, worked a shift …": a name, then what they are, between
                // commas; the verb after is the name's own (a new user's note read "… at Nordhavn and worked a shift …")
                return k > 0 && tokens.get(k - 1).is("PROPN") && k + 1 < i
                        && Set.of("our", "my", "the", "a", "an", "his", "her", "their").contains(tokens.get(k + 1).lower());
            }
            if (w.equals(".") || w.equals(";")) {
                return false;
            }
        }
        return false;
    }

    // "Tina and I were both supervisors", said to Tina: "we were both supervisors"
    private static final java.util.regex.Pattern YOU_AND_I = java.util.regex.Pattern.compile("\\b([Yy])ou and I\\b");
    private static final Set<String> FIRM_BEFORE = Set.of("at", "from");
    private static final java.util.regex.Pattern ASKED_OF_THEM = java.util.regex.Pattern.compile(
            "(?:would|could|can|will|do|did|are|is|have) you\\b");
    private static final java.util.regex.Pattern GENDERED = java.util.regex.Pattern.compile("(?i)\\b(?:he|she|him|her|his|hers|himself|herself)\\b");
    private static final Map<String, String> THEY_SAID = Map.of("they", "you", "them", "you");
    // the verbs of meeting or thanking whose "them" (or whose subject "they") is the one person a note goes to
    private static final Set<String> MET_THEM_VERBS = Set.of("met", "meet", "meeting", "thank", "thanked", "thanking", "congratulate",
            "congratulated", "emailed", "messaged", "invite", "invited", "told", "tell", "asked", "contact", "contacted", "called",
            "interviewed", "hosted", "attended", "came", "joined", "stopped", "visited", "spoke", "presented", "commented", "replied");

    // words after which a name opens a reported clause, as its subject
    private static final Set<String> REPORTED = Set.of("said", "says", "mentioned", "mentions", "thinks", "thought", "that", "heard");

    // nouns for a group of people, whose "their" is theirs, not the recipient's
    private static final Set<String> COLLECTIVE = Set.of("team", "company", "firm", "group", "staff", "family", "department",
            "class", "crew", "board", "committee", "club", "people", "children", "students", "customers", "clients");

    private static final java.util.regex.Pattern NAME_SUFFIX = java.util.regex.Pattern.compile("(?i)-(?:" + dev.rapport.text.Honorifics.particles() + ")$");

    /** The recipient by name: "Vos", "Pawel" for "Paweł", "Kobayashi-san"; only where the tagger reads a proper noun. */

    /** "worked under Will on the Hinds farm": a name that is also an everyday word, capitalised after a preposition, is them. */
    private static boolean everydayNameAfterAPreposition(Token prev, Token t, Set<String> names) {
        String folded = Words.fold(t.text());
        // (by the word: the tagger reads "under Will" as a noun before a modal)
        return prev != null && BEFORE_A_NAME.contains(prev.lower()) && !t.text().isEmpty() && Character.isUpperCase(t.text().codePointAt(0))
                && names.contains(folded) && dev.rapport.language.TypedNames.EVERYDAY.contains(folded);
    }

    private static final Set<String> BEFORE_A_NAME = Set.of("under", "with", "for", "from", "to", "met", "thank", "congratulate", "told", "asked");

    private static boolean recipient(Token t, Set<String> names) {
        String folded = Words.fold(NAME_SUFFIX.matcher(t.text()).replaceFirst(""));
        // "Nurse Blake was my preceptor": the tagger may read a capitalised surname as a noun; their exact name is still them
        // (or an interjection: "Farhana and I worked together" tags the unknown name INTJ)
        if (!t.is("VERB", "AUX", "PRON", "PUNCT", "NUM", "ADP", "DET", "CCONJ", "SCONJ") && !t.text().isEmpty()
                && Character.isUpperCase(t.text().codePointAt(0)) && names.contains(folded)) {
            return true;
        }
        // "Mehdi was my manager": the tagger may call an unknown capitalised name a pronoun
        if (t.is("PRON") && !t.text().isEmpty() && Character.isUpperCase(t.text().codePointAt(0)) && names.contains(folded)
                && !dev.rapport.text.Words.PRONOUNS.contains(t.lower())) {
            return true;
        }
        // "I meet Kwame at the forum": the tagger may call an unknown capitalised name a verb
        if (t.is("VERB") && !t.text().isEmpty() && Character.isUpperCase(t.text().codePointAt(0)) && names.contains(folded)
                && !dev.rapport.language.TypedNames.EVERYDAY.contains(folded)) {
            return true;
        }
        // "met agnieszka at the fair": a name typed in lower case, unless the name is also an everyday word ("will", "grace")
        // (the tagger has no sure tag for an unknown lower-case name: "met youssef at" tags it a preposition)
        if (!t.is("VERB", "AUX", "PRON", "PUNCT", "NUM") && !t.text().isEmpty()
                && Character.isLowerCase(t.text().codePointAt(0))
                && folded.length() >= 4 && names.contains(folded) && !dev.rapport.language.TypedNames.EVERYDAY.contains(folded)) {
            return true;
        }
        if (!t.is("PROPN")) {
            return false;
        }
        if (names.contains(folded)) {
            return true;
        }
        // a short form of the first name: "Tina" for Cristina, "Tunde" for Babatunde, "Kat" for Katarzyna
        String first = names.isEmpty() ? "" : names.iterator().next();
        return dev.rapport.text.GreetingName.isShortForm(folded, first);
    }

    /** The token is the recipient's first name (or a short form of it), not their surname. */
    private static boolean firstName(Token t, Set<String> names) {
        String folded = Words.fold(t.text());
        return names.size() < 2 || !names.contains(folded) || names.iterator().next().equals(folded);
    }

    // "…, spoke with her briefly after": past verbs of meeting without -ed that join a clause the same way
    // (not "saw", "heard": "you ran with my group, saw my pace sign" is the sender seeing)
    /** What two people are to each other, said of "they" ("they are coauthors", "they were classmates"). */
    private static final Set<String> SHARED_ROLES = Set.of("coauthors", "co-authors", "colleagues", "classmates", "cofounders",
            "co-founders", "collaborators", "partners", "friends", "teammates", "neighbours", "neighbors");
    private static final Set<String> IRREGULAR_PAST = Set.of("spoke", "met", "sat", "went", "came", "gave", "ran", "took",
            "had", "wrote", "taught", "led", "built", "did", "got", "sang", "drove", "flew");
    private static final Set<String> WISH_ADVERBS = Set.of("just", "also", "really", "actually", "still", "specifically", "mainly", "mostly", "basically", "especially");
    private static final Set<String> OWNED_AFTER = Set.of("at", "from", "in", "on", "of", "about", "after", "during", "for");
    // English's prepositions and particles, the words after "her" that make it an object ("told her about", "gave her back")
    private static final Set<String> PREPOSITIONS = Set.of("about", "above", "across", "after", "against", "along", "among", "around",
            "as", "at", "before", "behind", "below", "beside", "besides", "between", "beyond", "by", "despite", "down", "during", "except",
            "for", "from", "in", "inside", "into", "like", "near", "of", "off", "on", "onto", "out", "outside", "over", "past", "per",
            "since", "than", "through", "throughout", "till", "to", "toward", "towards", "under", "until", "up", "upon", "via", "with",
            "within", "without", "back", "away", "re", "w", "abt", "thru");
    private static final Set<String> WRITTEN = Set.of("post", "posts", "article", "articles", "thread", "paper", "papers", "book",
            "column", "piece", "video", "podcast", "keynote", "presentation", "newsletter", "comment", "research", "study", "blog");
    /** What is heard, seen or read of someone: "heard their talk", "read their post". */
    private static final Set<String> TAKEN_IN = Set.of("heard", "hear", "saw", "see", "seen", "read", "attended", "attend", "watched", "watch",
            "enjoyed", "loved", "liked", "caught", "followed", "follow", "reading", "watching", "attending", "listened");
    private static final Set<String> SPOKEN = Set.of("talk", "talks", "session", "lecture", "lectures", "webinar", "workshop", "panel",
            "keynote", "poster", "seminar", "episode", "speech", "class");
    private static final Set<String> SPEAKING = Set.of("speak", "present", "talk", "lecture", "teach", "perform", "play", "sing");
    private static final Set<String> OBJECT_BEFORE_VERB = Set.of("hear", "heard", "see", "saw", "seen", "watch", "watched", "let",
            "make", "made", "help", "helped", "notice", "noticed");

    private static final Set<String> SUBJECTS = Set.of("i", "we", "she", "he", "they", "i'm", "we're", "she's", "he's", "they're",
            "i'll", "we'll", "i've", "we've");

    /** One token after a sentence break: a pronoun for the recipient turned to "you", anything else as it is. */
    private static final Set<String> GIVE_TO = Set.of("show", "send", "give", "bring", "lend", "hand");
    private static final Set<String> LEARN_FROM = Set.of("learn", "hear", "understand", "know");
    private static final Set<String> ASKED_OR_GIVEN_TO = Set.of("ask", "asking", "asked", "tell", "telling", "told", "give", "giving",
            "gave", "send", "sending", "sent", "show", "showing", "bring", "teach", "taught", "owe", "offer", "email", "text");
    private static final Set<String> GIVEN = Set.of("stuff", "things", "something", "anything", "questions", "question", "feedback",
            "advice", "details", "a", "an", "some", "more", "everything", "nothing");
    private static final Set<String> ASKING = Set.of("ask", "asking", "wondering", "know", "learn", "hear");
    private static final Set<String> ASKED = Set.of("if", "whether", "how", "why", "when", "where", "what", "which");
    private static final java.util.regex.Pattern THEY_TOGETHER = java.util.regex.Pattern.compile(
            "\\b([Tt]hey) (?=(?:worked|studied|served|played|were|have worked|used to work)\\b[^.!?]*\\btogether\\b)");
    private static final Set<String> RUN_ON_SUBJECTS = Set.of("she", "he", "they", "we", "i");
    private static final java.util.regex.Pattern YEARS = java.util.regex.Pattern.compile("(?:19|20)\\d\\d(?:[-–/](?:19|20)?\\d\\d)?");
    // what someone "said" to do, in the imperative a user types for reported speech ("said write to her")
    private static final Set<String> TOLD_TO_DO = Set.of("write", "contact", "message", "email", "reach", "call", "ask", "send",
            "mention", "use", "add", "connect", "ping", "text", "talk", "speak", "get", "drop");
    private static final Map<String, String> FAMILY = Map.ofEntries(Map.entry("she", "f"), Map.entry("her", "f"),
            Map.entry("hers", "f"), Map.entry("she's", "f"), Map.entry("she'd", "f"), Map.entry("she'll", "f"),
            Map.entry("he", "m"), Map.entry("him", "m"), Map.entry("his", "m"), Map.entry("he's", "m"), Map.entry("he'd", "m"),
            Map.entry("he'll", "m"));

    private static String shiftOne(Token t, Token prev, Token next, Set<String> names, Set<String> others, boolean otherNamed) {
        String lower = t.lower();
        if (otherNamed && (lower.equals("she") || lower.equals("he"))) {
            return t.text();
        }
        return switch (lower) {
            case "she", "he" -> "you";
            case "she's", "he's" -> "you're";
            case "she'd", "he'd" -> "you'd";
            case "his", "her" -> "your";
            default -> recipient(t, names) ? "you" : t.text();
        };
    }

    private static final java.util.regex.Pattern HAS_PERFECT = java.util.regex.Pattern.compile(
            "(?i)\\b(you)(?:'re|’re)((?: just| already| recently| finally| also| never)? (?:been|got|gotten|had|done|become|seen|taken|won|started|joined|left|finished|published|written|moved|gone|made|landed|launched|switched|changed|returned|opened|found|built|raised|passed)\\b)");

    /** "I met you at the field day" reads as the meeting it was: "we met at the field day". */
    private static final java.util.regex.Pattern SPLIT_QUESTION = java.util.regex.Pattern.compile(
            "^((?:(?:Would|Could|Can|Will|Do|Did|Is|Are|May|Might) [^.?!]+)|(?:[^.?!]*\\b(?:would|could|can|will) you [^.?!]+))\\. ([^.?!]+)\\?$");
    private static final java.util.regex.Pattern CONNECT_HERE = java.util.regex.Pattern.compile(
            "(?i)(\\byou\\b(?:[^.!?]*?\\band)? )(?:said|told me|asked me)(?: (?:that )?(?:I|we) should| to)? (?:connect|add you|add me|link up)(?: with you)?"
            + " (?:on|via|here on|through) linkedin\\b");
    private static final java.util.regex.Pattern CHATTED_WITH_YOU = java.util.regex.Pattern.compile(
            "(?i)\\b(chatted|talked|chatting|talking) with you at\\b");
    // "I built the dashboard with you": made together
    private static final java.util.regex.Pattern MADE_WITH_YOU = java.util.regex.Pattern.compile(
            "^(?:I )?(built|made|wrote|designed|ran|organi[sz]ed|launched|shipped|created|developed|delivered|published|co-wrote) ((?:[\\p{L}\\p{N}'’-]+ ){0,5}?[\\p{L}\\p{N}'’-]+) with you\\b");
    // "… together 2021": a year said bare after the deed
    private static final java.util.regex.Pattern BARE_YEAR = java.util.regex.Pattern.compile("^ ((?:19|20)\\d{2})\\b");
    // "I rowed with you at Zwanenburg": the two did it together
    private static final java.util.regex.Pattern DID_WITH_YOU = java.util.regex.Pattern.compile(
            "^I (\\p{L}+(?:ed|ran|sang|sat|swam|rode|played|taught|led|wrote)) with you\\b");

    // "you are engineer of Kessler who support us": who they are is on their profile; what they did is the point
    private static final java.util.regex.Pattern WHO_DID = java.util.regex.Pattern.compile(
            "^you (?:are|were|'re|’re) (?:a |an |the |our )?(?:[\\p{L}-]+ ){0,4}?(?:of|at|from|in|with) (?:[\\p{L}\\p{N}&.'’-]+ ){0,4}?who (?=\\p{L})");
    // "support us remote": the adjective a second-language writer uses for the adverb
    private static final java.util.regex.Pattern US_REMOTE = java.util.regex.Pattern.compile("\\b(us|me) remote\\b");

    // "she is brilliant", said to her face: praise of the person, the user's private judgement, is left out
    private static final java.util.regex.Pattern PRAISED = java.util.regex.Pattern.compile(
            "(?i)(?:,\\s*|(?<=[.!?])\\s*|^)you(?:'re|’re| are) (?:so |really |just |absolutely |truly |very )?"
            + "(?:brilliant|amazing|awesome|incredible|impressive|inspiring|a genius|a legend|the best|a star)\\b[^.!?,;]*[.!?]?");

    private static String meetingTogether(String fact) {
        String unpraised = PRAISED.matcher(fact).replaceAll("").strip();
        fact = unpraised.isEmpty() ? fact : unpraised;
        fact = US_REMOTE.matcher(WHO_DID.matcher(fact).replaceFirst("you ")).replaceAll("$1 remotely");
        // "I meet Kwame at the forum … in october", "you audit our factory last month": the present written for the past
        fact = Copyedit.english().toldInThePast(fact, true);
        java.util.regex.Matcher did = DID_WITH_YOU.matcher(fact);
        if (did.lookingAt() && !CHATTED_WITH_YOU.matcher(fact).find()) {
            return "we " + did.group(1) + " together" + BARE_YEAR.matcher(fact.substring(did.end())).replaceFirst(" in $1");
        }
        java.util.regex.Matcher made = MADE_WITH_YOU.matcher(fact);
        if (made.lookingAt()) {
            // "I built MoH dashboard with you 2021": the two built it, "we built MoH dashboard together in 2021"
            return "we " + made.group(1) + " " + made.group(2) + " together" + BARE_YEAR.matcher(fact.substring(made.end())).replaceFirst(" in $1");
        }
        for (String verb : List.of("met", "chatted with", "talked with", "spoke with")) {
            String start = "I " + verb + " you ";
            // ("I met you and Tom at the fair": someone else was met too, so the sender met them both)
            boolean others = fact.startsWith("and ", start.length()) || fact.startsWith("& ", start.length());
            if (fact.startsWith(start) && !others && !(verb.equals("met") && MY_STEP_AFTER.matcher(fact).find())) {
                // ("I met you at the training day and went to your session": the second step is the sender's alone)
                String v = verb.split(" ")[0];
                return "we " + v + " " + fact.substring(start.length());
            }
        }
        return fact;
    }

    /** "that night shift": a "that" before its noun (the tagger may call it a conjunction), not one that opens a clause. */
    private static boolean demonstrative(List<Token> tokens, int i) {
        return tokens.get(i).is("DET") || i + 1 < tokens.size() && tokens.get(i + 1).is("NOUN", "ADJ");
    }

    private static final Set<String> ENDS_YOU_SUBJECT = Set.of("i", "we", "they", ".", "!", "?", ";");
    private static final Set<String> OWNERS = Set.of("his", "her", "my", "our");
    private static final Set<String> CLAUSE_BREAKS = Set.of(",", "and", "but", ".", ";");
    private static final Set<String> BE_OR_HAS = Set.of("is", "was", "are", "were", "has", "'s");
    private static final Set<String> RECENTLY = Set.of("just", "recently");

    /**
     * "I read his interview, the part about Molly McGuire pushing him to grad school hit home because she was my advisor too": the
     * recipient's pronouns come first ("his", "him"); a person named by two capitalised words after them, and then a "she" or
     * "he" of the other family, is that person (a new user's note said "you were my advisor too" to the man in the interview).
     * Null when the words do not show it.
     */
    private static String familyBeforeAnother(List<Token> tokens, Set<String> names) {
        String first = null;
        boolean anotherNamed = false;
        for (int i = 0; i < tokens.size(); i++) {
            String lower = tokens.get(i).lower();
            String family = FAMILY.get(lower);
            if (first == null) {
                first = family;
                continue;
            }
            if (i + 1 < tokens.size() && tokens.get(i).is("PROPN") && tokens.get(i + 1).is("PROPN")
                    && Character.isUpperCase(tokens.get(i).text().codePointAt(0)) && Character.isUpperCase(tokens.get(i + 1).text().codePointAt(0))
                    && !names.contains(Words.fold(lower)) && !names.contains(Words.fold(tokens.get(i + 1).lower()))) {
                anotherNamed = true;
            }
            if (anotherNamed && family != null && !family.equals(first) && (lower.equals("she") || lower.equals("he"))) {
                return first;
            }
        }
        return null;
    }

    /** "Carmichael's": the recipient's name with its possessive kept on the token. */
    private static boolean ownedByThem(Token t, Set<String> names) {
        String lower = t.lower();
        String owner = lower.endsWith("'s") || lower.endsWith("’s") ? lower.substring(0, lower.length() - 2) : null;
        return owner != null && names.contains(Words.fold(owner)) && Character.isUpperCase(t.text().charAt(0));
    }

    /** "…, his new paper on head porters in Kumasi is exactly it": a possessive noun phrase and its "is" start a new sentence. */
    private static boolean ownedSubject(List<Token> tokens, int from) {
        if (from >= tokens.size() || !OWNERS.contains(tokens.get(from).lower())) {
            return false;
        }
        for (int k = from + 1; k < Math.min(tokens.size(), from + 10); k++) {
            String w = tokens.get(k).lower();
            if (CLAUSE_BREAKS.contains(w) || tokens.get(k).is("VERB") && !tokens.get(k).is("AUX")) {
                return false;
            }
            if (BE_OR_HAS.contains(w)) {
                return k > from + 1;
            }
        }
        return false;
    }

    /** The verb after "she"/"he", agreeing with "you". */
    private static String agree(Token verb) {
        // "she finishes" is "you finish"; a word the tagger did not call a verb keeps its "s" unless it is "is", "has", …
        return verb.is("VERB") || VerbForms.irregular(verb.text()) ? VerbForms.withYou(verb.text()) : verb.text();
    }

    /** "hiring a senior engineer for our team" gets its "I am" back. */
    private static final java.util.regex.Pattern YOUR_SIDE = java.util.regex.Pattern.compile("(?i)(\\byou (?:were|are) [^.!?]{2,40}? (?:from|on)) their side\\b");
    private static final java.util.regex.Pattern CHECKED_OURS = java.util.regex.Pattern.compile("(?i)^(?:audited|inspected|certified|assessed) our\\b");

    private static final java.util.regex.Pattern ASKED_THEN_PROMISED = java.util.regex.Pattern.compile(
            "(?i)(\\b(?:she|he|they)\\s+(?:asked|wanted|needed|requested)\\b[^,.;!?]{3,120}),\\s+promised\\b");
    private static final java.util.regex.Pattern DONE_BY_BOTH = java.util.regex.Pattern.compile("(?i)\\b(?:each other|one another|together)\\b");

    private String subject(String fact) {
        String first = fact.split("\\s+", 2)[0].toLowerCase(java.util.Locale.ROOT);
        // "applied for the Junior GIS Analyst job on your team" left out its "I": the applicant says they applied
        // ("Recruiting a Production Manager …": the sentence's capital goes with the "I" put before it)
        String rest = fact.isEmpty() ? fact : Character.toLowerCase(fact.charAt(0)) + fact.substring(1);
        if (subjectless.contains(first)) {
            return "I am " + rest;
        }
        // "now applying to implementation consultant jobs": the same, after a word of time
        String[] lead = fact.split("\\s+", 3);
        if (lead.length == 3 && NOW_WORDS.contains(first) && subjectless.contains(Text.lower(lead[1]))) {
            return "I am " + rest;
        }
        // "audited our FPI line 18-19 nov": an outsider's check of the sender's own thing was the recipient's
        if (CHECKED_OURS.matcher(fact).lookingAt()) {
            return "you " + rest;
        }
        if (DONE_BY_ME.contains(first)) {
            return "I " + rest;
        }
        // "took 3 days, turned out to be clock skew on the replica": what the work came to, its "it" left out
        if (IT_LEFT_OUT.matcher(fact).lookingAt()) {
            return "it " + fact;
        }
        // "just joined Kestrel Foods last month as ERP BA": the sender's own recent step, its "I" left out
        String[] two = fact.split("\\s+", 3);
        if (two.length == 3 && RECENTLY.contains(first)
                && (PAST_DONE.contains(Text.lower(two[1])) || DONE_BY_ME.contains(Text.lower(two[1])))) {
            return "I " + fact;
        }
        // "was at her talk on survey weighting last wk": the sender was there
        if (first.equals("was") && fact.split("\\s+").length > 2 && MEETING_PLACE.contains(fact.split("\\s+")[1].toLowerCase(java.util.Locale.ROOT))) {
            return "I " + fact;
        }
        // "met her at the boat show", "rowed w femke at Zwanenburg", "went to her session": the sender's own past, its "I" left out
        if (PAST_DONE.contains(first)) {
            String[] w = fact.split("\\s+", 4);
            if (w.length >= 3 && first.equals("met") && (w[1].equalsIgnoreCase("you") || MEETING_PLACE.contains(w[1].toLowerCase(java.util.Locale.ROOT)))) {
                int from = w[1].equalsIgnoreCase("you") ? 2 : 1;
                // "met you at the training day and went to your session": the second step is the sender's alone
                boolean mineAfter = w[1].equalsIgnoreCase("you") && MY_STEP_AFTER.matcher(fact).find();
                return (mineAfter ? "I met you " : "we met ") + String.join(" ", java.util.Arrays.copyOfRange(w, from, w.length));
            }
            if (w.length >= 4 && w[1].equalsIgnoreCase("with") && w[2].equalsIgnoreCase("you")) {
                return "we " + first + " together " + w[3];
            }
            // "did the 5-day anagama firing w Yuki in Kasama": "we did the 5-day anagama firing together in Kasama"
            java.util.regex.Matcher withYou = WITH_YOU_LATER.matcher(fact);
            if (withYou.lookingAt()) {
                // ("we shared the panel" is already the two of them)
                return "we " + Text.lower(first) + withYou.group(1).substring(w[0].length()) + (first.equals("shared") ? "" : " together")
                        + fact.substring(withYou.end());
            }
            // "sat next to each other on the flight", "worked together on the port project": done by the two of them
            return (DONE_BY_BOTH.matcher(fact).find() ? "we " : "I ") + first + fact.substring(w[0].length());
        }
        return fact;
    }

    private static final Set<String> MEETING_PLACE = Set.of("at", "in", "on", "during", "after", "through", "via");
    // Past-tense verbs a reason often starts with, its "I" left out; "met" and a verb "with you" are done together.
    private static final Set<String> PAST_DONE = Set.of("did", "met", "saw", "heard", "read", "went", "attended", "visited", "watched", "took",
            // "listened to her episode on the podcast": what the sender heard or followed of theirs
            "listened", "followed", "enjoyed", "loved", "noticed", "found",
            "rowed", "played", "sang", "worked", "studied", "volunteered", "trained", "coached", "taught", "mentored", "hosted",
            "ran", "led", "presented", "spoke", "talked", "chatted", "sat", "shared", "joined", "judged", "reviewed", "helped",
            // work the sender did for the recipient: "wired megans kangaroo point job in 2024"
            "wired", "built", "designed", "installed", "fixed", "supplied", "delivered", "plumbed", "painted", "photographed",
            "edited", "translated", "catered", "audited", "tutored", "supervised", "managed", "organised", "organized", "co-wrote");

    private static final java.util.regex.Pattern IT_CAME_TO = java.util.regex.Pattern.compile("(?i)it (?:took|turned out)\\b");
    private static final java.util.regex.Pattern IT_LEFT_OUT = java.util.regex.Pattern.compile(
            "(?i)(?:turned out (?:to be|it was)\\b|took (?:ages|a while|weeks|days|hours|months)\\b"
            // "went out wed and its already our most downloaded ep": an episode, a release, goes out
            + "|(?:went (?:out|live)|aired|premiered) (?:on |last |this |yesterday|today|\\p{Lu})"
            // "took 3 days", not "took a course": only a length of time, and not time away ("took a day off")
            + "|took (?:\\d+|a|an|a few|two|three|four|five|six|several|many) (?:minutes?|hours?|days?|weeks?|months?|years?|sprints?)\\b(?!\\s+(?:off|out|of)\\b))");
    private static final java.util.regex.Pattern MY_STEP_AFTER = java.util.regex.Pattern.compile(
            "(?i)\\b(?:and|,) (?:went|came|listened|attended) (?:to )?your\\b");
    // not across a relative clause: in "heard from a friend who worked with you" the friend did it with them
    private static final java.util.regex.Pattern WITH_YOU_LATER = java.util.regex.Pattern.compile(
            "(?i)(\\p{L}+ (?:(?!\\b(?:who|whom|whose|that|which)\\b)[^,.;!?]){3,60}?) with you\\b");
    private static final Set<String> DONE_BY_ME = Set.of("applied", "interviewed", "emailed", "messaged", "promised", "need");

    /** "I chatted at our booth" (the "with you" already gone) and "you stopped by our booth" become "thanks for chatting …". */
    private static final java.util.regex.Pattern THEIR_PLACE = java.util.regex.Pattern.compile("(?:at|by|to|into|in|past|over)\\s+your\\b");

    // "I applied for the job last week, saw your post": a second thing the sender did, joined to the first
    private static final java.util.regex.Pattern I_THEN_DID = java.util.regex.Pattern.compile(
            "^(I [^,;.!?]+), ((?:saw|met|went|got|heard|read|found|sent|applied|watched|visited|joined|noticed|spotted"
            // "I have 5 years Appium, built the mobile regression suite": what the sender did, joined (a reviewer's comma splice)
            + "|built|led|ran|wrote|designed|managed|shipped|launched|created|developed|migrated|finished|completed|passed)\\b[^,;]*)([.!]?)$");
    // "she ran with my group till km 19 and got her PB, saw her post thanking the pacer": the sender saw the recipient's post
    // (a reviewer read "You … got your PB and saw your post")
    private static final java.util.regex.Pattern YOU_THEN_I_SAW = java.util.regex.Pattern.compile(
            "\\b((?:You|you) [^,;.!?]+), ((?:saw|read|noticed|spotted|watched|found) your\\b[^,;.!?]*)");

    private static String joinedToI(String fact) {
        java.util.regex.Matcher m = I_THEN_DID.matcher(fact);
        String joined = m.matches() ? m.group(1) + " and " + m.group(2) + m.group(3) : fact;
        return YOU_THEN_I_SAW.matcher(joined).replaceAll("$1. I $2");
    }

    // "Phone screen with you yesterday for the … role, went well": a note to self about an exchange, thanked for
    private static final java.util.regex.Pattern EXCHANGE_WITH_YOU = java.util.regex.Pattern.compile(
            "(?i)^(?:(?:the|a|our|my)\\s+)?((?:[\\p{L}-]+\\s+){0,2}(?:call|chat|coffee|screen|interview|meeting|lunch|walk|catch-up|conversation|session|demo|tour))\\s+with you\\b(.*)$");
    private static final java.util.regex.Pattern WENT_WELL = java.util.regex.Pattern.compile(
            "(?i),\\s*(?:it\\s+)?(?:went|was)\\s+(?:really\\s+|very\\s+|so\\s+)?(?:well|great|good|fine|nice)\\s*([.!]?)$");

    private String thanks(String fact) {
        java.util.regex.Matcher exchange = EXCHANGE_WITH_YOU.matcher(fact.strip());
        if (exchange.matches()) {
            String rest = WENT_WELL.matcher(exchange.group(2)).replaceFirst("$1");
            return "thanks for the " + exchange.group(1).toLowerCase(java.util.Locale.ROOT) + rest;
        }
        String[] words = fact.split("\\s+", 3);
        if (words.length == 3 && (words[0].equals("I") || words[0].equalsIgnoreCase("you"))) {
            String ing = gerunds.get(words[1].toLowerCase(java.util.Locale.ROOT));
            // "I stopped at your stand" is the sender's own visit: nothing to thank the recipient for.
            boolean theirPlace = words[0].equals("I") && THEIR_PLACE.matcher(words[2]).lookingAt();
            // "I spoke at PyCon AU": the sender's own deed is nothing to thank them for; only a talk the two had ("I chatted at
            // your booth", its "with you" gone) or one with them ("I spoke with you at …") is (a maintainer's note thanked the
            // organiser for the talk the maintainer gave)
            boolean sendersOwn = words[0].equals("I") && !TO_YOU.matcher(words[2]).lookingAt()
                    && !MUTUAL.contains(words[1].toLowerCase(java.util.Locale.ROOT));
            if (ing != null && !words[2].startsWith("you") && !theirPlace && !sendersOwn) {
                // "you spoke at our career day and asked me to …": the second verb keeps its subject in a sentence of its own.
                List<Token> rest = Language.english().tokens(words[2]);
                // (only within the first sentence, and not a gerund: "… We talked about fake news and getting kids to …")
                for (int i = 1; i + 1 < rest.size() && !rest.get(i).text().matches("[.!?]"); i++) {
                    if (rest.get(i).lower().equals("and") && rest.get(i + 1).is("VERB") && !rest.get(i + 1).lower().endsWith("ing")
                            && words[0].equalsIgnoreCase("you")) {
                        return "thanks for " + ing + " " + words[2].substring(0, rest.get(i).start()).strip()
                                + ". You " + words[2].substring(rest.get(i + 1).start());
                    }
                }
                // "I talked to you at the Microsoft booth": the talk thanked for was with the sender ("thanks for talking to you"
                // in a careers adviser's student's note)
                String object = words[0].equals("I") ? TO_YOU.matcher(words[2]).replaceFirst("with me") : words[2];
                return "thanks for " + ing + " " + object;
            }
        }
        return fact;
    }

    private static final java.util.regex.Pattern ALL_OF_THEM = java.util.regex.Pattern.compile(
            "(?i)\\b(met|meet|thank|thanked|congratulate)\\s+(?:all\\s+of\\s+them|them\\s+all|all\\s+of\\s+you|each\\s+of\\s+them|everyone|everybody)\\b");
    private static final Set<String> NOW_WORDS = Set.of("now", "currently", "still", "also", "actively");
    private static final Set<String> MUTUAL = Set.of("chatted", "talked", "chatting", "talking");
    private static final java.util.regex.Pattern TO_YOU = java.util.regex.Pattern.compile("^(?:to|with)\\s+you\\b");

    /** Fit to say: no one left in the third person, not a bare word or two. */
    private static boolean usable(String s, boolean referrerNamed) {
        if (s.isBlank() || s.split("\\s+").length < 3) {
            return false;
        }
        for (String w : s.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}']+")) {
            // with a referrer named, the third person left after the shift is theirs ("he said …", "I can say his name")
            if (THIRD.contains(w) && !(referrerNamed && (w.equals("she") || w.equals("he") || w.equals("his") || w.equals("him")
                    || w.equals("her")))) {
                return false;
            }
        }
        return true;
    }

    /** A statement with someone in it ("we met …", "Ana suggested …", "thanks for …"), not a bare verb ("reconnect after years"). */
    private static boolean statement(String fact) {
        String first = fact.split("\\s+", 2)[0];
        return SETTING_FIRST.matcher(fact).lookingAt() || timeThenSpeaker(fact) || STATEMENT_STARTS.contains(first.toLowerCase(java.util.Locale.ROOT).replace('’', '\''))
                || Character.isUpperCase(first.charAt(0)) && !first.equals(first.toUpperCase(java.util.Locale.ROOT)) && !COMMON_STARTS.contains(first.toLowerCase(java.util.Locale.ROOT))
                        // ("May 24, sat next to you at pavilion talk": a date is no one who did anything, a new user's memo)
                        && !dev.rapport.language.CalendarWords.month(first.replaceAll("\\W+$", "")) && !dev.rapport.language.CalendarWords.weekday(first.replaceAll("\\W+$", ""))
                || first.equals("I");
    }

    // "over coffee you said …", "after the panel you told me to write": a short setting before the speaker
    private static final java.util.regex.Pattern SETTING_FIRST = java.util.regex.Pattern.compile(
            "(?i)(?!(?:at|in) the end\\b)(?:over|after|at|during|before|later|afterwards|yesterday|last (?:week|month|year|\\p{L}+day))\\b[^,.;!?]{0,40}?,?\\s\\b(?:you|we|I)\\s+(?:\\p{L}+ed|said|told|gave|met|spoke|came|went|sat|had)\\b");
    /**
     * "Last month I got my COREN registration", "In 2019 we ran the fair together": when it happened, then who did
     * what, the verb read from the tags rather than from a list of verbs (a dev note lost the news of "last month i got
     * my COREN registration" because "got" was not on the list).
     */
    private static boolean timeThenSpeaker(String fact) {
        List<Token> t = Language.english().tokens(fact);
        String opener = t.isEmpty() ? "" : t.get(0).lower();
        boolean dated = dev.rapport.language.CalendarWords.month(opener) || dev.rapport.language.CalendarWords.weekday(opener);
        if (t.size() < 4 || !(TIME_OPENERS.contains(opener) || dated) || AT_THE_END.matcher(fact).lookingAt()) {
            return false;
        }
        for (int i = 1; i < Math.min(t.size() - 1, 8); i++) {
            String w = t.get(i).lower();
            if (SPEAKERS.contains(w)) {
                return (i > 1 || WHOLE_TIMES.contains(t.get(0).lower())) && t.get(i + 1).is("VERB", "AUX");
            }
            // only words of time before the speaker ("this tool I use" is no time)
            if (!TIME_WORDS.contains(w) && !dev.rapport.language.CalendarWords.month(w) && !dev.rapport.language.CalendarWords.weekday(w)
                    && !w.matches("\\d{1,4}(?:st|nd|rd|th)?|[,]")) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> TIME_OPENERS = Set.of("last", "yesterday", "today", "recently", "earlier", "this", "in", "on", "back");
    private static final Set<String> SPEAKERS = Set.of("i", "we", "you");
    private static final Set<String> WHOLE_TIMES = Set.of("yesterday", "today", "recently", "earlier");
    private static final Set<String> TIME_WORDS = Set.of("year", "month", "week", "weekend", "morning", "afternoon", "evening", "night",
            "spring", "summer", "autumn", "fall", "winter", "semester", "term", "ago", "the", "early", "late", "mid", "of", "then", "in",
            "on", "last", "this", "back", "recently", "yesterday", "today", "earlier");
    private static final java.util.regex.Pattern AT_THE_END = java.util.regex.Pattern.compile("(?i)(?:at|in) the end\\b");
    private static final java.util.regex.Pattern SETTING_AFTER = java.util.regex.Pattern.compile(
            "(?i)^((?:over|at|during) (?:a |the )?\\p{L}+(?: \\p{L}+)?) after (?=(?:she|he|they|you|we|I)\\s)");
    private static final Set<String> STATEMENT_STARTS = Set.of("i", "we", "you", "thanks", "my", "our", "i'd", "i'm", "i've", "both", "your",
            "you're", "you've", "we're", "we've", "i'll", "we'll");

    /** A sentence of the user's cut as a fact is ("… you said Maré Alta needs translators."), or "" when it has no shorter cut. */
    static String shorterCut(String told) {
        String plain = told.strip().replaceAll("[.!?]+$", "");
        String cut = shortCut(plain);
        return cut.equals(plain) || cut.isBlank() ? "" : sentence(cut);
    }

    /** The fact up to its first "after", "about" … (when what is left still says something), for a shorter note. */
    private static String shortCut(String fact) {
        String cut = cutShort(fact);
        // a cut inside a bracket, or one with no verb left, is no sentence ("Prof Adjei-Boateng (my lecturer at UCC." of "…
        // (my lecturer at UCC for soil biology) told me in October I should contact you …", a dev note): the fact stays whole
        boolean openBracket = cut.chars().filter(c -> c == '(').count() > cut.chars().filter(c -> c == ')').count();
        if (openBracket || Language.english().tokens(cut).stream().noneMatch(t -> t.is("VERB", "AUX"))) {
            return fact;
        }
        // "… to match our timetable the monday after, caretaker was …": an "after" that ends its clause says when, and goes
        // with the cut (a reviewer: "'the Monday' is an unfinished phrase")
        java.util.regex.Matcher when = ENDS_ITS_CLAUSE.matcher(fact);
        if (!cut.equals(fact) && when.region(Math.min(cut.length(), fact.length()), fact.length()).lookingAt() && fact.startsWith(cut)) {
            return cut + " " + when.group(1);
        }
        return cut;
    }

    private static final java.util.regex.Pattern ENDS_ITS_CLAUSE = java.util.regex.Pattern.compile("\\s+(after|before)(?=[,;])");

    private static String cutShort(String fact) {
        List<Token> tokens = Language.english().tokens(fact);
        for (int i = 3; i < tokens.size(); i++) {
            // "… in Truganina on Thursday": a day is when it was, short and worth keeping
            if (i + 1 < tokens.size() && whenWord(tokens.get(i + 1).lower())) {
                // ... and the cut comes after it ("I applied … on Monday, in your post you say …")
                int day = Set.of("last", "this", "next").contains(tokens.get(i + 1).lower()) ? i + 2 : i + 1;
                if (day + 1 < tokens.size() && tokens.get(day + 1).text().equals(",") && tokens.get(i - 1).is("NOUN", "PROPN", "NUM")) {
                    return fact.substring(0, tokens.get(day).end()).strip();
                }
                continue;
            }
            if (CUT_BEFORE.contains(tokens.get(i).lower()) && tokens.get(i - 1).is("NOUN", "PROPN", "NUM") && whatWasSaid(tokens, i)) {
                // the sentences before the one that says what was asked are the short fact, when there are any
                int s = i - 1;
                while (s > 0 && !".!?".contains(tokens.get(s).text())) {
                    s--;
                }
                if (s > 2) {
                    return fact.substring(0, tokens.get(s).end()).strip();
                }
                continue;
            }
            // "your episode on the Diseño Latino podcast": where it was, by its name, is worth its words
            if (Set.of("on", "at").contains(tokens.get(i).lower()) && namedNext(tokens, i + 1)) {
                // ... and the cut comes after the name and its kind ("… podcast | about diary studies …")
                int j = tokens.get(i + 1).lower().equals("the") ? i + 2 : i + 1;
                while (j < tokens.size() && tokens.get(j).isWord() && Character.isUpperCase(tokens.get(j).text().codePointAt(0))) {
                    j++;
                }
                if (j < tokens.size() && tokens.get(j).isWord() && Character.isLowerCase(tokens.get(j).text().codePointAt(0))
                        && !CUT_BEFORE.contains(tokens.get(j).lower())) {
                    j++;
                }
                boolean day = j + 1 < tokens.size() && whenWord(tokens.get(j + 1).lower());
                if (j < tokens.size() && CUT_BEFORE.contains(tokens.get(j).lower()) && !day) {
                    return fact.substring(0, tokens.get(j).start()).strip().replaceAll("[,;:]$", "") + ".";
                }
                continue;
            }
            // "… your panel on yard congestion and we talked …": a cut never takes the contact the user tells
            if (CUT_BEFORE.contains(tokens.get(i).lower()) && CONTACT_AFTER.matcher(fact.substring(tokens.get(i).start())).find()) {
                continue;
            }
            if (CUT_BEFORE.contains(tokens.get(i).lower()) && tokens.get(i - 1).is("NOUN", "PROPN", "NUM")) {
                // "you read my CV and said my internship project": a report cut before its verb says nothing; cut before the report
                int r = i - 1;
                while (r > 0 && !REPORTING.contains(tokens.get(r).lower()) && !".!?".contains(tokens.get(r).text())) {
                    r--;
                }
                boolean dangling = r > 0 && REPORTING.contains(tokens.get(r).lower())
                        && tokens.subList(r + 1, i).stream().noneMatch(t -> t.is("VERB", "AUX"));
                if (!dangling) {
                    // "you supported us remotely when our new hot runner": a "when" clause cut before its verb goes with the cut
                    // "…, and your post last week about career changers was my life": a clause after "and" cut before its
                    // verb goes with the cut too
                    int sub = i - 1;
                    while (sub > 0 && !SUBORDINATORS.contains(tokens.get(sub).lower()) && !tokens.get(sub).lower().equals("and")) {
                        sub--;
                    }
                    if (sub > 2 && tokens.subList(sub + 1, i).stream().noneMatch(t -> t.is("VERB", "AUX"))) {
                        return fact.substring(0, tokens.get(sub).start()).strip().replaceAll("[,;:]$", "") + ".";
                    }
                    return fact.substring(0, tokens.get(i).start()).strip().replaceAll("[,;:]$", "");
                }
                if (dangling) {
                    // "… and said my internship project on cold storage slotting was interesting and I should apply …": the
                    // report, once its verb is said, ends at the next clause; that keeps what was said
                    for (int k = i + 1; k + 1 < tokens.size() && !".!?".contains(tokens.get(k).text()); k++) {
                        if (tokens.get(k).lower().equals("and") && CLAUSE_SUBJECTS.contains(tokens.get(k + 1).lower())
                                && tokens.subList(r + 1, k).stream().anyMatch(t -> t.is("VERB", "AUX"))) {
                            return fact.substring(0, tokens.get(k).start()).strip().replaceAll("[,;:]$", "") + ".";
                        }
                    }
                }
                if (r > 3 && Set.of("and", ",").contains(tokens.get(r - 1).lower())) {
                    return fact.substring(0, tokens.get(r - 1).start()).strip().replaceAll("[,;:]$", "") + ".";
                }
            }
        }
        // "we were both buyers in the purchasing team at Toyota Australia back around 2014, before the Altona plant closed, and
        // we haven't …": a long story's first clause, up to the comma before the next one, is its plainer cut (the whole of it
        // left no room for the user's ask)
        for (int i = 6; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).text().equals(",") && COMMA_CLAUSES.contains(tokens.get(i + 1).lower())
                    && tokens.subList(0, i).stream().anyMatch(t -> t.is("VERB", "AUX")) && Text.length(fact.substring(tokens.get(i).end())) >= 30) {
                return fact.substring(0, tokens.get(i).start()).strip() + ".";
            }
        }
        return fact;
    }

    private static final Set<String> COMMA_CLAUSES = Set.of("before", "after", "since", "while", "and", "but", "so", "which");

    /** A name starts at {@code i}, after an optional "the": "the Diseño Latino podcast", "KubeCon". */
    private static boolean namedNext(List<Token> tokens, int i) {
        int k = i < tokens.size() && tokens.get(i).lower().equals("the") ? i + 1 : i;
        return k < tokens.size() && tokens.get(k).isWord() && Character.isUpperCase(tokens.get(k).text().codePointAt(0))
                && !whenWord(tokens.get(k).lower());
    }

    /**
     * "I asked you at the break about how often …": the "about" after asking or talking is what was said, and a
     * cut before it leaves a sentence that says nothing ("I asked you at the break.").
     */
    private static boolean whatWasSaid(List<Token> tokens, int i) {
        if (!tokens.get(i).lower().equals("about")) {
            return false;
        }
        for (int k = i - 1; k >= 0 && !".!?;".contains(tokens.get(k).text()); k--) {
            if (tokens.get(k).is("VERB") && TALKING.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> RELATIVE_DAY = Set.of("last", "this", "next", "yesterday", "today");

    /** A word that says when: a weekday, a month, or "last", "this", "next", "yesterday", "today". */
    private static boolean whenWord(String lower) {
        return dev.rapport.language.CalendarWords.weekday(lower) || dev.rapport.language.CalendarWords.month(lower) || RELATIVE_DAY.contains(lower);
    }
    private static final java.util.regex.Pattern CONTACT_AFTER = java.util.regex.Pattern.compile(
            "(?i)\\b(?:we|you|I)\\s+(?:\\w+\\s+)?(?:talked|chatted|met|spoke|got talking|had (?:a )?(?:chat|coffee|lunch))\\b");
    private static final Set<String> TALKING = Set.of("asked", "ask", "talked", "chatted", "spoke", "told", "discussed", "argued",
            "joked", "wrote", "emailed", "messaged", "heard", "learned", "learnt");

    private static final Set<String> SUBORDINATORS = Set.of("when", "while", "because", "if", "after", "before", "since", "until", "where", "whenever");

    // verbs that report what someone said or thought, whose object is a clause of its own
    private static final Set<String> REPORTING = dev.rapport.text.Words.REPORTING;
    private static final Set<String> TITLED_OWNER = Set.of("sir's", "madam's", "ma'am's", "maam's");
    private static final Set<String> PANEL_DEEDS = Set.of("spoke", "presented", "talked", "gave", "ran", "hosted", "led", "chaired",
            "moderated", "organised", "organized", "taught");
    private static final Set<String> PASSED_ON = Set.of("said", "says", "told", "tells", "mentioned", "thinks", "thought", "reckons",
            "reckoned", "explained", "wrote");
    private static final java.util.regex.Pattern MET_THEM = java.util.regex.Pattern.compile(
            "(?i)\\b(?:met|meet|talked|chatted|spoke|called|call|meeting|visited|came by|stopped by|worked)\\b");

    private static String sentence(String s) {
        // "Would you share the parts list. We're setting up a sim room?": a comma splice cut after the question was
        // made leaves the question mark on the wrong sentence
        String t = SPLIT_QUESTION.matcher(s.strip()).replaceFirst("$1? $2.");
        if (t.isEmpty()) {
            return t;
        }
        // "I" and names keep their capital; anything else continues the greeting in lower case.
        boolean keep = t.startsWith("I ") || t.startsWith("I'") || Character.isUpperCase(t.charAt(0)) && t.length() > 1
                && Character.isUpperCase(t.split(" ")[0].charAt(t.split(" ")[0].length() - 1));
        String first = t.split(" ")[0];
        boolean name = first.length() > 1 && Character.isUpperCase(first.charAt(0)) && !COMMON_STARTS.contains(first.toLowerCase(java.util.Locale.ROOT));
        if (!keep && !name) {
            t = Character.toLowerCase(t.charAt(0)) + t.substring(1);
        }
        return ".!?".indexOf(t.charAt(t.length() - 1)) >= 0 ? t : t + ".";
    }

    private static final Set<String> COMMON_STARTS = Set.of("we", "you", "my", "our", "thanks", "she", "he", "met", "the", "a", "an",
            "saw", "heard", "read", "hiring", "moving", "looking", "both", "after", "at", "last", "this");

    /** The parts of the recipient's name, first name first. */
    private static Set<String> names(Profile them) {
        Set<String> out = new java.util.LinkedHashSet<>();
        if (them != null) {
            // "Ma. Cristina Dela Cruz": an abbreviation or a title is not the first name, so it goes last
            // ("John Aldridge, PhD": what follows a comma is a credential, never the person; "the PhD" was said "the you")
            List<String> parts = dev.rapport.text.GreetingName.nameWords(them.name());
            for (boolean shortened : new boolean[] {false, true}) {
                for (String w : parts) {
                    if (w.length() > 1 && (w.endsWith(".") || Honorifics.is(Words.fold(w))) == shortened) {
                        out.add(Words.fold(w));
                    }
                }
            }
        }
        return out;
    }

    /** "want to connect so we can …" (the "I" left out after a comma) said in full: "I'd like to connect so we can …". */
    private static String subjectOfWish(String wish) {
        for (String bare : List.of("want to ", "wanted to ", "would like to ", "like to ", "hoping to ")) {
            if (wish.toLowerCase(java.util.Locale.ROOT).startsWith(bare)) {
                String rest = wish.substring(bare.length());
                return (bare.startsWith("hoping") ? "I'm hoping to " : "I'd like to ") + rest;
            }
        }
        return wish;
    }

    /** The pair's proper nouns: both people's names, employers, schools, groups and places, and the capitalised runs of their texts. */
    static Gazetteer properNouns(Profile me, Profile them, String reason) {
        return properNouns(me, them, reason, List.of());
    }

    /** The same, with the other people the reason names ({@code others}, a referrer), each part of their names too. */
    static Gazetteer properNouns(Profile me, Profile them, String reason, List<String> others) {
        List<String> names = new ArrayList<>();
        for (String o : others == null ? List.<String>of() : others) {
            names.add(o);
            names.addAll(List.of(o.split("\\s+")));
        }
        List<String> texts = new ArrayList<>();
        for (Profile p : new Profile[] {me, them}) {
            if (p == null) {
                continue;
            }
            names.add(p.name());
            // each part of a person's name on its own too: "Pawel" alone is written "Paweł"
            names.addAll(List.of(p.name().split("\\s+")));
            names.add(p.location());
            // "Joondalup, Western Australia, Australia": each place on its own, so a typed "joondalup" is spelled
            names.addAll(List.of(Text.value(p.location(), false).split("\\s*,\\s*")));
            p.positions().forEach(x -> names.add(x.company()));
            p.education().forEach(x -> names.add(x.school()));
            p.volunteering().forEach(x -> names.add(x.organisation()));
            names.addAll(p.groups());
            // "kowhai" typed for Kōwhai Regional Airlines: a word of a name written with a diacritic is no everyday
            // English word, so it is spelled on its own too
            p.positions().forEach(x -> names.addAll(accented(x.company())));
            p.education().forEach(x -> names.addAll(accented(x.school())));
            p.volunteering().forEach(x -> names.addAll(accented(x.organisation())));
            // running text only: titles and headlines are written in title case ("Senior Data Analyst"), not as names
            texts.add(p.about());
            p.positions().forEach(x -> texts.add(x.description()));
            p.volunteering().forEach(x -> texts.add(x.description()));
            p.posts().forEach(x -> texts.add(x.text()));
            texts.add(p.freeText());
        }
        return Gazetteer.of(names, texts, reason);
    }

    /** The capitalised words of a name that carry a letter outside ASCII ("Kōwhai" of "Kōwhai Regional Airlines"). */
    private static List<String> accented(String name) {
        List<String> out = new ArrayList<>();
        for (String w : Text.value(name, false).split("\\s+")) {
            if (w.length() > 2 && Character.isUpperCase(w.codePointAt(0)) && w.chars().anyMatch(c -> c > 127 && Character.isLetter(c))) {
                out.add(w.replaceAll("[^\\p{L}]+$", ""));
            }
        }
        return out;
    }

    /** The words of the other people the reason names ("Ana Ruiz"), lower case, except those that are also the recipient's. */
    private static Set<String> otherNames(List<String> others, Set<String> names) {
        Set<String> out = new java.util.HashSet<>();
        for (String o : others == null ? List.<String>of() : others) {
            for (String w : o.split("\\s+")) {
                if (w.length() > 1 && !names.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                    out.add(w.toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return out;
    }
}
