package dev.rapport.purpose;

import dev.rapport.text.RecentMap;
import dev.rapport.language.Language;
import dev.rapport.language.Sentence;
import dev.rapport.language.Token;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the details of a reason with their roles (see {@link Details}) from the language layer's
 * sentences, tokens and part-of-speech tags, with word lists for what marks an event, a role, a
 * project and a question, and the catalogue's list of words that are never a person's name
 * (months, weekdays, titles). Pure; the last few readings are kept, since a draft asks again.
 */
final class DetailReader {
    private static final String MONTHS = String.join("|", dev.rapport.language.CalendarWords.MONTHS);
    private static final String DAYS = String.join("|", dev.rapport.language.CalendarWords.WEEKDAYS);
    private static final Pattern WHEN = Pattern.compile("(?i)\\b(?:yesterday|today|tonight"
            + "|this (?:morning|afternoon|evening|week|weekend|month|year|spring|summer|autumn|fall|winter)"
            + "|last (?:night|week|weekend|month|year|spring|summer|autumn|fall|winter|quarter|term|" + DAYS + "|" + MONTHS + ")"
            + "|earlier (?:today|this (?:week|month|year))"
            + "|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|several|\\d+) (?:days|weeks|months|years) ago"
            + "|a (?:day|week|month|year) ago"
            + "|on (?:" + DAYS + ")"
            + "|(?:in|back in|during|since|early|late) (?:" + MONTHS + ")(?: (?:19|20)\\d\\d)?"
            + "|in (?:19|20)\\d\\d)\\b");
    private static final Set<String> EVENT_NOUNS = Set.of("conference", "summit", "meetup", "meet-up", "expo", "fair", "festival",
            "forum", "workshop", "hackathon", "dinner", "breakfast", "lunch", "party", "after-party", "wedding", "webinar", "session",
            "keynote", "talk", "panel", "convention", "congress", "week", "day", "days", "sprints", "contest", "retreat", "bootcamp",
            "symposium", "show", "gala", "event", "booth", "stand", "track", "ceremony", "camp", "offsite", "centre", "center",
            "reunion", "meeting", "seminar", "course", "class", "tournament", "race", "launch", "night", "mixer", "roundtable");
    private static final Set<String> MEETING_WORDS = Set.of("met", "meet", "meeting", "talked", "chatted", "spoke", "speaking", "sat",
            "ran", "bumped", "visited", "stopped", "saw", "heard", "attended", "booth", "stand", "gave", "presented", "hosted", "chat",
            "talk", "shared", "queued", "were", "was", "listened", "asked", "networked", "mingled");
    private static final Set<String> NOT_EVENT_BEFORE = Set.of("work", "works", "worked", "working", "studied", "study", "studying",
            "volunteer", "volunteers", "volunteered", "intern", "interned", "teach", "teaches", "taught", "live", "lives", "lived", "based",
            "job", "role", "position", "team", "manager", "lead", "engineer", "student", "member", "employed", "hired");
    private static final Set<String> INTRODUCING = Set.of("suggested", "introduced", "mentioned", "recommended", "referred", "told",
            "said", "read", "saw", "watched", "listened", "heard", "posted", "published", "wrote");
    private static final Set<String> NOT_OCCASION = Set.of("applied", "apply", "applying", "graduate", "graduating", "relocating",
            "moving", "laid", "interview", "renew", "evaluating", "market");
    private static final Set<String> TRIM_TAIL = Set.of("booth", "stand", "hallway", "track", "sprints", "after-party", "afterparty");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "our", "my", "his", "her", "their", "your", "this", "that", "its");
    private static final Pattern ROLE_TRIGGER = Pattern.compile("(?i)\\b(?:applied|applying|apply|application)\\s+(?:for|to)\\s+"
            + "|\\b(?:hiring|recruiting|sourcing|headhunting|head hunting)\\s+(?:for\\s+)?|\\b(?:looking|searching)\\s+for\\s+(?=an?\\s)"
            + "|\\bneed\\s+(?=an?\\s)|\\bopening\\s+for\\s+|\\binterview(?:ed|ing)?\\s+for\\s+|\\brecruit\\s+");
    private static final Set<String> EMPLOYMENT = Set.of("perm", "permanent", "temp", "temporary", "contract", "locum", "full-time",
            "part-time", "fixed-term", "interim", "freelance", "new", "open");
    private static final Set<String> ROLE_TAIL = Set.of("role", "position", "opening", "vacancy", "job", "post", "roles", "positions",
            "openings", "jobs");
    private static final Set<String> TOPIC_NOUNS = Set.of("talk", "talks", "post", "posts", "paper", "papers", "article", "articles",
            "session", "newsletter", "podcast", "thesis", "keynote", "panel", "workshop", "course", "book", "report", "blog", "piece",
            "thread", "advice", "research", "work", "views", "opinion", "webinar", "video", "presentation", "writing", "study", "question");
    private static final Set<String> INTO_VERBS = Set.of("moving", "move", "switching", "switch", "transitioning", "transition",
            "breaking", "break", "getting", "get", "go", "going", "went", "moved", "pivot", "pivoting", "jump", "career");
    // The heads of a named piece of work; a product for sale ("our expense management tool") is an offer, not a project.
    private static final Set<String> PROJECT_HEADS = Set.of("project", "study", "trial", "parser", "library", "game", "port",
            "prototype", "pilot", "grant", "bid", "charter", "initiative", "survey", "documentary", "rfc", "census", "platform");
    private static final Set<String> WH = Set.of("how", "whether", "what", "why", "which", "where", "who");
    // The words before a question the sender wants to ask ("ask her how …", "his opinion on whether …"); "find out"
    // and "know" are left out: they are a seller's research more often than a question to the recipient.
    private static final Set<String> ASKING = Set.of("ask", "asking", "understand", "hear", "opinion", "advice", "wondering", "curious",
            "question", "explain", "wonder", "on", "views", "thoughts", "him", "her", "them", "you");
    private static final int CACHE = 64;
    private static final Map<String, Details> RECENT = RecentMap.of(CACHE);

    private DetailReader() {
    }

    static Details read(String text, List<String> people, Set<String> notPersonWords) {
        if (text == null || text.isBlank()) {
            return Details.NONE;
        }
        String key = text + "\u0000" + people;
        return RecentMap.remember(RECENT, key, k -> readNow(text, people, notPersonWords));
    }

    private static Details readNow(String text, List<String> people, Set<String> notPersonWords) {
        String when = "";
        for (Sentence s : Language.english().sentences(text)) {
            Matcher w = WHEN.matcher(s.text());
            // the time of a meeting, a talk or an introduction; not when the sender applied, graduates or moves
            boolean occasion = s.tokens().stream().anyMatch(x -> MEETING_WORDS.contains(x.lower()) || EVENT_NOUNS.contains(x.lower())
                    || INTRODUCING.contains(x.lower()));
            boolean own = s.tokens().stream().anyMatch(x -> NOT_OCCASION.contains(x.lower()));
            if (when.isEmpty() && occasion && !own && w.find()) {
                when = w.group();
            }
        }
        String event = "";
        String topic = "";
        String role = role(text);
        String project = "";
        String question = "";
        String referrer = people.isEmpty() ? Names.referrer(text, notPersonWords, List.of()).orElse("") : people.get(0);
        for (Sentence s : Language.english().sentences(text)) {
            List<Token> t = s.tokens();
            String asked = question(text, t);
            if (event.isEmpty()) {
                // "ask how long charging takes at Bilbao": a place in the question is no place where they met
                int from = asked.isEmpty() ? -1 : text.indexOf(asked, t.get(0).start());
                event = event(text, t, notPersonWords, referrer, from, from + asked.length());
            }
            if (question.isEmpty()) {
                question = asked;
            }
            if (topic.isEmpty()) {
                topic = topic(text, t, question);
            }
            if (project.isEmpty()) {
                project = project(text, t);
            }
        }
        return new Details(event, when, topic, referrer, role, project, question);
    }

    /** "at the Grace Hopper career fair", "during PyCon Africa": a name or an occasion after "at"/"during", where people meet. */
    private static String event(String text, List<Token> t, Set<String> notPersonWords, String referrer,
                                int questionFrom, int questionTo) {
        boolean meeting = t.stream().anyMatch(x -> MEETING_WORDS.contains(x.lower()));
        for (int i = 0; i + 1 < t.size(); i++) {
            String p = t.get(i).lower();
            boolean inQuestion = t.get(i).start() >= questionFrom && t.get(i).start() < questionTo;
            if (!p.equals("at") && !p.equals("during") || inQuestion) {
                continue;
            }
            Token before = i > 0 ? t.get(i - 1) : null;
            // "I met Ana at ProMat": where the sender met the referrer, not the recipient
            if (before != null && !referrer.isEmpty() && referrer.toLowerCase(Locale.ROOT).contains(before.lower())) {
                continue;
            }
            int start = i + 1;
            while (start < t.size() && DETERMINERS.contains(t.get(start).lower())) {
                start++;
            }
            int end = nounRun(text, t, start, true);
            if (end <= start) {
                continue;
            }
            while (end - 1 > start && TRIM_TAIL.contains(t.get(end - 1).lower())) {
                end--;
            }
            List<Token> span = t.subList(start, end);
            // "at our booth at PACK EXPO": the booth is where, the expo is the event
            if (span.size() == 1 && TRIM_TAIL.contains(span.get(0).lower())) {
                continue;
            }
            boolean occasion = span.stream().anyMatch(x -> EVENT_NOUNS.contains(x.lower()));
            boolean named = span.stream().anyMatch(x -> x.is("PROPN") && Character.isUpperCase(x.text().codePointAt(0))
                    && !notPersonWords.contains(x.lower()));
            boolean notAnEvent = before != null && NOT_EVENT_BEFORE.contains(before.lower())
                    && !(before.is("NOUN") && EVENT_NOUNS.contains(before.lower()));
            if ((occasion || named && meeting) && !notAnEvent) {
                return text.substring(span.get(0).start(), span.get(span.size() - 1).end());
            }
        }
        return "";
    }

    /**
     * Where a run of noun-phrase words from {@code start} ends (exclusive): nouns, names, adjectives,
     * numbers, "&" and hyphens, with "of"/"for"/"in" inside when a name or noun follows. It stops at a
     * time ("last month", "in March") and, for an event, at a lower-case "in"/"for".
     */
    private static int nounRun(String text, List<Token> t, int start, boolean event) {
        int end = start;
        while (end < t.size()) {
            Token x = t.get(end);
            if (startsTime(text, x)) {
                break;
            }
            boolean word = x.is("NOUN", "PROPN", "ADJ", "NUM") || x.text().equals("&") || x.text().equals("-")
                    || x.is("VERB") && x.lower().endsWith("ing") && end > start
                    || x.is("X") || x.text().endsWith("'") || x.text().equals("'s")
                    // a name the tagger misreads ("PACK EXPO", EXPO as a preposition) is still part of the name
                    || end > start && x.isWord() && Character.isUpperCase(x.text().codePointAt(0)) && !x.lower().equals("i")
                    && t.get(end - 1).is("PROPN");
            boolean inner = end > start && end + 1 < t.size() && (x.lower().equals("of") || !event && (x.lower().equals("for")
                    || x.lower().equals("in") || x.lower().equals("to"))) && t.get(end + 1).is("NOUN", "PROPN", "ADJ")
                    && !startsTime(text, t.get(end + 1));
            if (!word && !inner) {
                break;
            }
            end++;
        }
        // a run does not end on a joining word
        while (end > start && (t.get(end - 1).text().equals("&") || t.get(end - 1).text().equals("-")
                || t.get(end - 1).is("ADP") && !Character.isUpperCase(t.get(end - 1).text().codePointAt(0)))) {
            end--;
        }
        return end;
    }

    private static boolean startsTime(String text, Token x) {
        Matcher m = WHEN.matcher(text);
        m.region(x.start(), text.length());
        if (m.lookingAt()) {
            return true;
        }
        return x.text().matches(MONTHS + "|" + DAYS);
    }

    /** The role applied for or hired for: "applied for the platform engineer role", "hiring a senior engineer for …". */
    private static String role(String text) {
        Matcher m = ROLE_TRIGGER.matcher(text);
        List<Token> all = Language.english().tokens(text);
        while (m.find()) {
            int at = firstTokenFrom(all, m.end());
            if (at < 0) {
                continue;
            }
            while (at < all.size() && (DETERMINERS.contains(all.get(at).lower()) || all.get(at).lower().equals("two")
                    || all.get(at).lower().equals("several") || all.get(at).lower().equals("some"))) {
                at++;
            }
            int end = nounRun(text, all, at, false);
            // "a project manager in Madrid": the place is not the role
            for (int k = at + 1; k < end; k++) {
                if (all.get(k).lower().equals("in") && k + 1 < end && all.get(k + 1).is("PROPN")) {
                    end = k;
                    break;
                }
            }
            while (end > at && ROLE_TAIL.contains(all.get(end - 1).lower())) {
                end--;
            }
            if (end > at && all.subList(at, end).stream().anyMatch(x -> x.is("NOUN", "PROPN"))) {
                String r = text.substring(all.get(at).start(), all.get(end - 1).end());
                // "hiring for our streaming team": a team, not a role
                if (!r.toLowerCase(Locale.ROOT).matches(".*\\b(?:team|company|startup|client)$|plan|process|budget|pipeline|freeze|spree|needs|decisions")) {
                    return r;
                }
            }
        }
        // "our UX research lead opening": the words before role, position, opening or vacancy
        for (int i = 1; i < all.size(); i++) {
            if (!ROLE_TAIL.contains(all.get(i).lower()) || all.get(i).lower().equals("post")) {
                continue;
            }
            int start = i;
            while (start > 0 && all.get(start - 1).is("NOUN", "PROPN", "ADJ") && !DETERMINERS.contains(all.get(start - 1).lower())) {
                start--;
            }
            // ("perm NICU night RN role at a DC hospital client, 52-61/hr": a recruiter's shorthand opens on the role; the kind of
            // contract is no part of the role's name)
            boolean opens = start == 0;
            while (opens && start < i && EMPLOYMENT.contains(all.get(start).lower())) {
                start++;
            }
            if (start < i && (opens || start > 0 && DETERMINERS.contains(all.get(start - 1).lower()))
                    && all.subList(start, i).stream().anyMatch(x -> x.is("NOUN", "PROPN"))) {
                return text.substring(all.get(start).start(), all.get(i - 1).end());
            }
        }
        return "";
    }

    private static int firstTokenFrom(List<Token> t, int offset) {
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).start() >= offset) {
                return i;
            }
        }
        return -1;
    }

    /** What was talked about or asked about: "into X" after a move, "about X", "on X" after a talk, post or paper. */
    private static String topic(String text, List<Token> t, String question) {
        String best = "";
        int rank = Integer.MAX_VALUE;
        for (int i = 1; i + 1 < t.size(); i++) {
            String p = t.get(i).lower();
            String before = t.get(i - 1).lower();
            int r = p.equals("into") && INTO_VERBS.contains(before) ? 0
                    : p.equals("about") ? 1
                    : (p.equals("on") || p.equals("in")) && TOPIC_NOUNS.contains(before) ? 2 : -1;
            if (r < 0 || r >= rank) {
                continue;
            }
            int start = i + 1;
            while (start < t.size() && DETERMINERS.contains(t.get(start).lower())) {
                start++;
            }
            if (start < t.size() && (t.get(start).lower().equals("moving") || t.get(start).lower().equals("switching"))) {
                continue;
            }
            int end = nounRun(text, t, start, false);
            if (end > start && t.subList(start, end).stream().anyMatch(x -> x.is("NOUN", "PROPN", "VERB"))) {
                String s = text.substring(t.get(start).start(), t.get(end - 1).end());
                if (question.isEmpty() || !question.contains(s)) {
                    best = s;
                    rank = r;
                }
            }
        }
        return best;
    }

    /** "our HR onboarding platform", "the coral reef monitoring project": a named piece of work. */
    private static String project(String text, List<Token> t) {
        for (int i = 1; i < t.size(); i++) {
            if (!PROJECT_HEADS.contains(t.get(i).lower()) || !t.get(i).is("NOUN", "PROPN")) {
                continue;
            }
            int start = i;
            while (start > 0 && t.get(start - 1).is("NOUN", "PROPN", "ADJ", "NUM") && !DETERMINERS.contains(t.get(start - 1).lower())
                    || start > 0 && t.get(start - 1).text().equals("-")) {
                start--;
            }
            boolean named = t.subList(start, i).stream().anyMatch(x -> x.is("NOUN", "PROPN"));
            if (start == i || start == 0 || !DETERMINERS.contains(t.get(start - 1).lower()) || !named) {
                continue;
            }
            int end = t.get(i).lower().equals("project") ? i : i + 1;
            return text.substring(t.get(start).start(), t.get(end - 1).end());
        }
        return "";
    }

    /** The question the sender wants to ask, from its "how"/"whether"/… to the end of its clause. */
    private static String question(String text, List<Token> t) {
        for (int i = 1; i < t.size() - 2; i++) {
            String w = t.get(i).lower();
            boolean wh = WH.contains(w) || w.equals("if") && t.get(i - 1).lower().equals("ask");
            if (!wh) {
                continue;
            }
            boolean asked = false;
            for (int k = Math.max(0, i - 3); k < i; k++) {
                String a = t.get(k).lower();
                asked |= ASKING.contains(a) && !a.equals("on") && !t.get(k).is("PRON")
                        || a.equals("on") && k > 0 && (t.get(k - 1).lower().equals("opinion") || t.get(k - 1).lower().equals("advice")
                        || t.get(k - 1).lower().equals("views") || t.get(k - 1).lower().equals("thoughts"));
            }
            if (!asked) {
                continue;
            }
            int end = i + 1;
            while (end < t.size()) {
                Token x = t.get(end);
                if (x.text().equals(";") || x.text().equals(".") || x.text().equals("!") || x.text().equals("?")) {
                    break;
                }
                if (x.text().equals(",") || x.lower().equals("and") || x.lower().equals("so")) {
                    Token n = end + 1 < t.size() ? t.get(end + 1) : null;
                    if (n == null || n.lower().equals("i") || n.lower().equals("i'd") || n.lower().equals("i'm") || n.lower().equals("we")
                            || n.lower().equals("so") || n.lower().equals("because")) {
                        break;
                    }
                }
                end++;
            }
            if (end - i >= 3) {
                return text.substring(t.get(i).start(), t.get(end - 1).end());
            }
        }
        return "";
    }
}
