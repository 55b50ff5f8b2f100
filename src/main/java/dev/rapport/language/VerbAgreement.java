package dev.rapport.language;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A verb that agrees with neither its subject nor its time, as second-language writers type it, mended from the
 * part-of-speech tags rather than from phrases: English grammar, not our examples, says what is wrong.
 * <ul>
 * <li>A singular subject with a plain verb is wrong whatever was meant: "Prof Arenal know her" takes the third person
 * ("knows"), "the director meet him after his panel", in a sentence that tells of the past, the past ("met").</li>
 * <li>A plain verb in a clause that names a time gone by ("I already apply for it last week") takes the past.</li>
 * <li>"already" before a plain verb ("if you already try cationised cotton") takes the present perfect ("if you have
 * already tried").</li>
 * <li>"… and you say you will share" after a past takes the past, and what was said its "would".</li>
 * </ul>
 * A verb the tagger did not call one, a subject it cannot find, or a clause that looks ahead or tells a habit is left
 * as typed: a missed mend costs less than a wrong one.
 */
final class VerbAgreement {
    private static final Set<String> SINGULAR_PRONOUNS = Set.of("he", "she", "it");
    private static final Set<String> OTHER_SUBJECTS = Set.of("i", "you", "we", "they");
    private static final Set<String> OWNERS = Set.of("my", "your", "his", "her", "our", "their", "its");
    // adverbs a writer puts between the subject and its verb
    private static final Set<String> BETWEEN = Set.of("already", "just", "also", "still", "first", "then", "finally", "recently",
            "really", "even", "only", "personally", "actually");
    // where a subject may begin: the start, a mark, a joining word
    private static final Set<String> OPENERS = Set.of(",", ";", ":", "(", "-", "–", "—", "and", "but", "so", "or", "that", "who", "which",
            "when", "if", "because", "while", "whether", "where");
    // words that open a clause before "he" or "we", but before a noun are mostly prepositions ("after her talk")
    private static final Set<String> PRONOUN_OPENERS = Set.of("since", "after", "before", "once", "as", "until", "till", "unless");
    // a clause that states a condition keeps the present ("when the hospital allows me to share it")
    private static final Set<String> CONDITIONS = Set.of("if", "when", "once", "until", "till", "unless", "whether", "before", "after");
    // verbs that take what they tell with "to" before the one told ("explained to me the model")
    private static final Set<String> TOLD_TO = Set.of("explain", "describe", "suggest", "introduce", "mention", "recommend", "propose",
            "present", "report", "announce");
    // verbs that report what someone said or asked: "X tell me in November …" is told after it happened
    private static final Set<String> REPORTING = Set.of("tell", "ask", "say", "invite", "encourage", "recommend", "advise", "suggest",
            "introduce", "refer", "remind", "promise", "explain", "mention", "warn");
    // verbs after which a pronoun and a plain verb are no clause ("I heard you present", "let him know")
    private static final Set<String> PERCEIVING = Set.of("heard", "hear", "saw", "see", "watched", "watch", "let", "make", "made", "help",
            "helped", "had", "felt", "noticed", "bid", "have");
    private static final Set<String> ENDS = Set.of(".", "!", "?");
    private static final Set<String> FREQUENCY = Set.of("ever", "never", "always", "usually", "often", "sometimes");
    // words after which "you" opens a clause of its own ("ask if you still …", "how you run …")
    private static final Set<String> YOU_OPENERS = Set.of("how", "what", "why", "whether", "where", "when", "said", "says", "hear", "heard",
            "think", "thought", "know", "knew", "saw", "see", "noticed");
    private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ".", "!", "?", "and", "but", "so", "because");
    // a time that may still lie ahead, or a habit: the present stays
    private static final Set<String> PRESENT_CUES = Set.of("next", "tomorrow", "will", "'ll", "soon", "upcoming", "now", "currently",
            "still", "today", "nowadays", "every", "each", "usually", "often", "always", "sometimes", "going", "plan", "planning");
    // states that go on: said in the present even in a story ("Prof Arenal knows her from the congress")
    private static final Set<String> STATES = Set.of("know", "like", "love", "want", "need", "have", "think", "believe", "remember",
            "understand", "own", "live", "work", "mean", "seem", "prefer", "hope", "wish", "miss", "belong", "lead", "run", "teach", "manage");
    // verbs of telling after which "will" is "would" and "can" is "could"
    private static final Set<String> TELLING = Set.of("say", "tell", "promise", "mention", "explain", "agree", "offer", "write", "reply",
            "answer", "confirm", "suggest");
    private static final Set<String> NOT_VERBS = Set.of("be", "am", "are", "is", "can", "could", "will", "would", "should", "must", "may",
            "might", "shall", "do", "does", "did", "let", "please", "thank", "thanks", "pls", "plz");
    // collective nouns agree either way in British English ("the team meet on Fridays")
    private static final Set<String> COLLECTIVE = Set.of("team", "staff", "family", "government", "company", "group", "committee", "board",
            "council", "police", "crew", "class", "department", "club", "band", "management", "couple", "people", "data", "media");
    private static final Pattern GONE_BY = Pattern.compile(
            "(?i)\\b(?:last (?:week|month|year|night|time|spring|summer|autumn|fall|winter|weekend|\\p{L}+day)|yesterday|ago|the other day"
                    + "|earlier this (?:week|month|year))\\b");

    private VerbAgreement() {
    }

    /** The text with its verbs mended where the tags are sure; as typed otherwise. */
    static String mend(String text, java.util.function.Predicate<String> pastForm) {
        if (text == null || text.isBlank()) {
            return text == null ? "" : text;
        }
        List<Token> t = Language.english().tokens(text);
        List<String> out = Copyedit.texts(t);
        boolean changed = false;
        // first the sure pasts (a date, a meeting, "already"), so that the rest can see a story told in the past
        for (int pass = 0; pass < 2; pass++) {
            for (int j = 1; j < t.size(); j++) {
                changed |= mendAt(t, out, j, pass == 0, pastForm);
            }
        }
        // "he explained me the model": what is explained goes to someone ("explained to me the model")
        for (int j = 0; j + 2 < t.size(); j++) {
            String w = out.get(j) == null ? "" : out.get(j).toLowerCase(java.util.Locale.ROOT);
            String told = w.contains(" ") ? "" : VerbForms.baseOfPast(w).orElse(VerbForms.base(w));
            String who = t.get(j + 1).lower();
            if (TOLD_TO.contains(told) && t.get(j).is("VERB") && (who.equals("me") || who.equals("us")) && t.get(j + 2).is("DET", "NOUN", "ADJ", "PRON")
                    && !t.get(j + 2).lower().equals("to")) {
                out.set(j, out.get(j) + " to");
                changed = true;
            }
        }
        return changed ? Copyedit.rebuild(text, t, out) + text.substring(t.get(t.size() - 1).end()) : text;
    }

    /**
     * "May I ask if you still needs a coach", "if you ever wants a sounding board": a third person's verb left after "she" was
     * said "you" (new users found it in several notes); "you" opening a clause takes the plain verb ("is" is "are"). Mends
     * {@code out}, the tokens' words as the copyeditor will write them, on the tokens it has already read; true when it did.
     */
    static boolean agreeWithYou(List<Token> t, List<String> out) {
        boolean changed = false;
        for (int j = 0; j + 1 < t.size(); j++) {
            if (!t.get(j).lower().equals("you") || j > 0 && !(OPENERS.contains(t.get(j - 1).lower()) || YOU_OPENERS.contains(t.get(j - 1).lower()))) {
                continue;
            }
            int k = j + 1;
            while (k < t.size() && (BETWEEN.contains(t.get(k).lower()) || FREQUENCY.contains(t.get(k).lower()))) {
                k++;
            }
            if (k >= t.size() || out.get(k) == null || !out.get(k).equals(t.get(k).text())) {
                continue;
            }
            String v = t.get(k).text();
            String agreed = VerbForms.irregular(v) ? VerbForms.withYou(v)
                    : t.get(k).is("VERB") && v.length() > 3 && v.endsWith("s") && !v.endsWith("ss") ? VerbForms.base(v) : v;
            if (!agreed.equals(v)) {
                out.set(k, agreed);
                changed = true;
            }
        }
        return changed;
    }

    /**
     * "her pipeline work at Crate looks like a great fit": a finite verb later in the same clause, with nothing that starts
     * another clause between, is the clause's verb, and the "verb" at {@code j} is a noun the tagger misread (it became
     * "your pipeline works at Crate looks …").
     */
    private static boolean finiteVerbLater(List<Token> t, int j) {
        for (int i = j + 1; i < t.size(); i++) {
            Token x = t.get(i);
            String w = x.lower();
            if (!x.isWord() && !w.equals("-") || CLAUSE_STARTS.contains(w)) {
                return false;
            }
            if (x.is("VERB", "AUX") && (Set.of("is", "was", "has", "does").contains(w) || x.is("VERB") && w.length() > 3
                    && w.endsWith("s") && !w.endsWith("ss"))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> CLAUSE_STARTS = Set.of("and", "but", "or", "so", "that", "which", "who", "because", "when", "if",
            "while", "since", "after", "before", "as", "where", "though", "although", "whether", "what", "how");

    /** Mends the verb at {@code j} when it is a plain verb after a subject; on the first pass only the sure pasts. */
    private static boolean mendAt(List<Token> t, List<String> out, int j, boolean surePastsOnly, java.util.function.Predicate<String> pastForm) {
        Token verb = t.get(j);
        String v = verb.lower();
        // ("he guest lectured": a noun the tagger read as a verb before the verb itself)
        // ("try cationized cotton": a participle before a noun is the noun's adjective)
        boolean beforeAVerb = j + 1 < t.size() && t.get(j + 1).is("VERB", "AUX") && !(j + 2 < t.size() && t.get(j + 2).is("NOUN", "PROPN"));
        if (!verb.is("VERB") || !plain(v, pastForm) || !out.get(j).equals(verb.text()) || !verb.text().equals(v) || beforeAVerb) {
            return false;
        }
        int k = j - 1;
        int adverb = -1;
        if (BETWEEN.contains(t.get(k).lower()) && k > 0) {
            adverb = k;
            k--;
        }
        Subject found = subject(t, k);
        Kind subject = found.kind();
        // ("our Black Friday sale": after a noun, a "verb" that ends its clause is mostly the last word of a name)
        boolean ends = j + 1 >= t.size() || !t.get(j + 1).isWord();
        if (subject == Kind.NONE || ends && !t.get(k).is("PRON") || finiteVerbLater(t, j)) {
            return false;
        }
        int[] clause = clause(t, j);
        int[] sentence = sentence(t, j);
        String next = j + 1 < t.size() ? t.get(j + 1).lower() : "";
        // (what a verb of telling introduces is what was said: "you say you will share" looks ahead only in what was said)
        int lookUntil = TELLING.contains(v) ? j + 1 : clause[1];
        boolean ahead = t.subList(clause[0], lookUntil).stream().anyMatch(x -> PRESENT_CUES.contains(x.lower())) || Copyedit.habitualClause(t, j);
        boolean dated = GONE_BY.matcher(words(t, clause[0], clause[1])).find();
        boolean already = adverb >= 0 && t.get(adverb).lower().equals("already") && !STATES.contains(v);
        boolean condition = found.start() > 0 && CONDITIONS.contains(t.get(found.start() - 1).lower());
        boolean toUs = next.equals("me") || next.equals("us");
        String mended = null;
        boolean past = false;
        // "he take newcomers before for a trial day": "before" with nothing after it that it is before is "until now"
        boolean until = false;
        for (int i = j + 1; i < clause[1]; i++) {
            until |= t.get(i).lower().equals("before") && (i + 1 >= t.size() || !t.get(i + 1).isWord() || t.get(i + 1).is("ADP"));
        }
        if (already && !dated && !ahead) {
            // "if you already try …": the present perfect, "has" for one
            out.set(adverb, (subject == Kind.SINGULAR ? "has " : "have ") + t.get(adverb).text());
            mended = VerbForms.participle(verb.text());
        } else if (until && !dated && !ahead && !STATES.contains(v) && !surePastsOnly) {
            mended = (subject == Kind.SINGULAR ? "has " : "have ") + VerbForms.participle(verb.text());
        } else if (ahead || condition && !dated) {
            // a habit, a plan or a condition of one person still takes the third person ("he teach CPR classes on weekends")
            mended = subject == Kind.SINGULAR && !already ? VerbForms.thirdPerson(v) : null;
        } else if (v.equals("meet") && !dated && Set.of("you", "him", "her", "them", "me", "us").contains(next)) {
            // meeting someone is a one-off, told after it happened unless the sentence looks ahead
            past = t.subList(sentence[0], sentence[1]).stream().noneMatch(x -> PRESENT_CUES.contains(x.lower()));
        } else if (dated && !(STATES.contains(v) && subject != Kind.SINGULAR)) {
            past = true;
        } else if (subject == Kind.SINGULAR) {
            // "Marieke tell me in November …", "my director ask me to contact him": what someone told us is told after it
            past = !STATES.contains(v) && (REPORTING.contains(v) && toUs || toldAsPast(t, out, sentence, j, pastForm));
            mended = past ? null : VerbForms.thirdPerson(v);
        } else if (TELLING.contains(v) && k > 0 && t.get(k - 1).lower().equals("and")
                && toldAsPast(t, out, new int[] {sentence[0], k - 1}, -1, pastForm)) {
            // "you talked about the checklist and you say you will share": the second telling of the same story
            past = true;
        }
        if (past) {
            mended = VerbForms.past(verb.text());
        }
        if (mended == null || surePastsOnly && !dated && !already && !v.equals("meet")) {
            return false;
        }
        out.set(j, mended);
        if (TELLING.contains(v) && past) {
            wouldAfter(t, out, j + 1);
        }
        if (past) {
            // "she stay on the call until 11pm and find the wrong setting": the second verb of the same telling too
            for (int i = j + 1; i + 1 < sentence[1]; i++) {
                if (t.get(i).lower().equals("and") && t.get(i + 1).is("VERB") && plain(t.get(i + 1).lower(), pastForm)
                        && out.get(i + 1).equals(t.get(i + 1).text())) {
                    out.set(i + 1, VerbForms.past(t.get(i + 1).text()));
                    break;
                }
                if (t.get(i).is("PRON") && OTHER_SUBJECTS.contains(t.get(i).lower()) || SINGULAR_PRONOUNS.contains(t.get(i).lower())) {
                    break;
                }
            }
        }
        return true;
    }

    private enum Kind { SINGULAR, OTHER, NONE }

    /** A subject: what kind, and the token it starts at. */
    private record Subject(Kind kind, int start) {
        static final Subject NONE = new Subject(Kind.NONE, -1);
    }

    /** The subject ending at {@code k}: "he", "you", "Prof Javier Arenal", "the director", "my supervisor"; NONE when it is none. */
    private static Subject subject(List<Token> t, int k) {
        Token head = t.get(k);
        String h = head.lower();
        if (head.is("PRON")) {
            if (!opens(t, k) && !(k > 0 && PRONOUN_OPENERS.contains(t.get(k - 1).lower())) && !(k > 0 && t.get(k - 1).is("SCONJ"))
                    || k > 0 && PERCEIVING.contains(t.get(k - 1).lower())) {
                return Subject.NONE;
            }
            return SINGULAR_PRONOUNS.contains(h) ? new Subject(Kind.SINGULAR, k) : OTHER_SUBJECTS.contains(h) ? new Subject(Kind.OTHER, k)
                    : Subject.NONE;
        }
        // ("Arenal" the tagger may call an auxiliary; a capitalised word that is no auxiliary is a name)
        boolean name = head.is("PROPN") || head.is("AUX") && Character.isUpperCase(head.text().charAt(0)) && !NOT_VERBS.contains(h);
        if (!name && !head.is("NOUN")) {
            return Subject.NONE;
        }
        if (COLLECTIVE.contains(h) || h.endsWith("s") || !head.isWord()) {
            return Subject.NONE;   // a plural, or a name in "-s" that may be one ("Nordic Airways"): left as typed
        }
        int s = k;
        while (s > 0 && k - s < 6 && nounPhrase(t.get(s - 1)) && !pastWord(t.get(s - 1).lower())) {
            s--;
        }
        if (!opens(t, s) || t.get(s).is("PRON") && !OWNERS.contains(t.get(s).lower())) {
            return Subject.NONE;
        }
        // "Ana and Ben meet": two subjects
        if (s >= 2 && t.get(s - 1).is("CCONJ") && t.get(s - 2).is("NOUN", "PROPN", "PRON")) {
            return Subject.NONE;
        }
        return new Subject(Kind.SINGULAR, s);
    }

    private static boolean nounPhrase(Token x) {
        return x.is("NOUN", "PROPN", "ADJ", "DET", "NUM") && !x.lower().equals("and") || x.is("PRON") && OWNERS.contains(x.lower())
                || x.is("AUX") && Character.isUpperCase(x.text().charAt(0));
    }

    /** Token {@code s} begins a clause: the text's start, after a mark or a joining word. */
    private static boolean opens(List<Token> t, int s) {
        return s == 0 || OPENERS.contains(t.get(s - 1).lower()) || ENDS.contains(t.get(s - 1).text());
    }

    /** "Heard Salma present …": a capitalised past the tagger put in a name is no part of the subject. */
    private static boolean pastWord(String w) {
        return VerbForms.irregularPast(w) || w.length() > 4 && w.endsWith("ed") || Set.of("heard", "saw", "met", "told", "said").contains(w);
    }

    /** The plain form of a verb: not a past, a gerund, a third person's form or an auxiliary. */
    private static boolean plain(String v, java.util.function.Predicate<String> pastForm) {
        return v.length() > 1 && v.chars().allMatch(Character::isLetter) && !NOT_VERBS.contains(v) && !v.endsWith("ing")
                && !pastForm.test(v) && !VerbForms.irregularPast(v) && !(v.endsWith("s") && !v.endsWith("ss"));
    }

    /** Some other verb of the sentence (or of the range) is told in the past: "asked me to contact him, director meet him …". */
    private static boolean toldAsPast(List<Token> t, List<String> out, int[] range, int except, java.util.function.Predicate<String> pastForm) {
        for (int i = range[0]; i < range[1]; i++) {
            Token x = t.get(i);
            // a finite past has its subject before it ("he told me", "Mr Okello asked"); "try cationized cotton" has none
            String before = i > 0 && out.get(i - 1) != null ? out.get(i - 1).toLowerCase(java.util.Locale.ROOT) : "";
            boolean perfect = before.startsWith("have ") || before.startsWith("has ");
            boolean finite = i > 0 && !perfect && (t.get(i - 1).is("PRON", "NOUN", "PROPN") && !OWNERS.contains(t.get(i - 1).lower())
                    || BETWEEN.contains(t.get(i - 1).lower()));
            String w = out.get(i) == null ? "" : out.get(i).toLowerCase(java.util.Locale.ROOT);
            if (i != except && x.is("VERB", "AUX") && finite && (pastForm.test(w) || VerbForms.irregularPast(w))) {
                return true;
            }
        }
        return GONE_BY.matcher(words(t, range[0], range[1])).find();
    }

    /** "you said you will share": what was said then takes "would" ("can" "could") within the next few words. */
    private static void wouldAfter(List<Token> t, List<String> out, int from) {
        for (int i = from; i < Math.min(t.size(), from + 4); i++) {
            String w = t.get(i).lower();
            if (ENDS.contains(w)) {
                return;
            }
            if (w.equals("will") || w.equals("can")) {
                out.set(i, w.equals("will") ? "would" : "could");
                return;
            }
        }
    }

    private static int[] clause(List<Token> t, int at) {
        return around(t, at, x -> CLAUSE_ENDS.contains(x.lower()));
    }

    private static int[] sentence(List<Token> t, int at) {
        return around(t, at, x -> ENDS.contains(x.text()));
    }

    /** The tokens around {@code at} up to (not taking) the nearest ones that {@code end} on either side. */
    private static int[] around(List<Token> t, int at, java.util.function.Predicate<Token> end) {
        int start = at;
        while (start > 0 && !end.test(t.get(start - 1))) {
            start--;
        }
        int stop = at + 1;
        while (stop < t.size() && !end.test(t.get(stop))) {
            stop++;
        }
        return new int[] {start, stop};
    }

    private static String words(List<Token> t, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append(t.get(i).text()).append(' ');
        }
        return b.toString();
    }
}
