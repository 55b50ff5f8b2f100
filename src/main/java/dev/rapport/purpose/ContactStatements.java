package dev.rapport.purpose;

import dev.rapport.text.BuiltIn;
import dev.rapport.text.Words;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rapport.language.Copyedit;
import dev.rapport.language.Language;
import dev.rapport.language.Negation;
import dev.rapport.language.Sentence;
import dev.rapport.language.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The sender's own statements of contact with the target, read from the reason with the language layer:
 * a verb of contact ("met", "chatted", "reviewed", "volunteered"), a thing the two shared ("the same
 * class") or a role between them ("I was his TA"), with both people as parties to it ("we" as the
 * subject; "I" and then the target; the target and then "me"/"us"), outside negation, not wished for
 * ("I'd love to meet her") and not asked ("can we talk?"). The trained classifier's met-in-person or
 * reconnect intent lets a plainer sentence count ("met @ devopsdays, talked k8s"). The words live in
 * {@code contact.yaml}. Pure.
 */
final class ContactStatements {
    private static final String RESOURCE = "/dev/rapport/purpose/contact.yaml";
    /** How far after a verb (in words) the other party may stand: "asked a question in her webinar". */
    private static final int PARTY_WINDOW = 5;
    /** How many words may stand between "the same" and the shared thing: "the same evening Spanish class". */
    private static final int SAME_WINDOW = 4;
    private static final Set<String> NOT_YET = Set.of("to", "would", "'d", "will", "'ll", "could", "can", "should",
            "might", "may", "must", "shall", "let", "if", "hope", "hoping", "wish");
    private static final Set<String> CLAUSE_BREAKS = Set.of(".", ";", ":", "!", "?", "but", "because", "so", "since",
            "though", "although", "while", "whereas", "if", "when", "whether", "—");
    private static final Set<String> PLACES = Set.of("uni", "school", "college", "high", "childhood");
    /** Verbs of writing or calling that, with "we" and no object, were to each other ("we emailed before"). */
    private static final Set<String> EACH_OTHER_VERBS = Set.of("emailed", "messaged", "texted", "dmed", "phoned", "wrote", "corresponded");
    private static final Set<String> RECIPROCAL_AFTER = Set.of("before", "already", "once", "twice", "earlier", "back", "about",
            "last", "in", "over", "regularly", "often", "since", "for", "during", "after", "when", "on", "twenty", "several", "many");
    private static final Set<String> ASKING = Set.of("asked", "ask", "asks");
    private static final Set<String> AT_OURS = Set.of("at", "to", "for", "in", "with");
    /** Words that open a reason before its verb and are no name typed small: "just hired me", "always supported me". */
    private static final Set<String> SMALL_NOT_NAMES = Set.of("just", "always", "never", "also", "then", "still", "once", "often",
            "even", "already", "soon", "later", "first", "again", "ever", "basically", "literally", "kinda", "sometimes", "well");
    /** Checks an outsider makes of the sender's own line, site or work: "audited our FPI line". */
    private static final Set<String> CHECKED_OURS = Set.of("audited", "inspected", "certified", "assessed", "examined");
    private static final Set<String> THEIR_OWN = Set.of("his", "her", "their");
    private static final Set<String> PAST_BE = Set.of("was", "were", "been");
    private static final Set<String> POSSESSIVES = Set.of("my", "our", "his", "her", "their", "your");
    // verbs of money given, and the bodies that give it in someone's name ("his foundation funded our classes")
    // verbs of coming to the sender's event as a guest ("he was at our webinar", "she joined my workshop"), and of running one
    // the sender on the target's programme: "I was a guest on his show", "a speaker at her meetup"
    private static final Set<String> GUESTS = Set.of("guest", "speaker", "panelist", "panellist");
    private static final Set<String> GUEST_VERBS = Set.of("attended", "joined", "came", "was", "were", "sat");
    private static final Set<String> HOSTING = Set.of("hosted", "ran", "gave", "presented", "held", "led", "organised", "organized", "did", "taught");
    private static final Set<String> MONEY = Set.of("grant", "gift", "donation", "funding", "sponsorship", "award", "cheque", "check",
            "scholarship", "bursary", "stipend");
    private static final Set<String> MONEY_GIVEN = Set.of("funded", "funds", "sponsored", "financed", "granted", "awarded", "donated", "gave");
    private static final Set<String> BODIES = Set.of("foundation", "fund", "trust", "company", "firm", "team", "charity", "bank",
            "council", "board", "agency", "organisation", "organization", "programme", "program", "institute", "endowment");
    private static final Set<String> THEIR_PEOPLE = Set.of("team", "crew", "colleagues", "staff", "people", "students", "volunteers");
    private static final Set<String> THANKING = Set.of("thanks", "thank", "thx", "grateful");
    /** What a guest does at the sender's event: "speaking at our career night", "the talk you gave at our meetup". */
    private static final Set<String> GIVING = Set.of("speaking", "presenting", "coming", "visiting", "gave", "ran", "did", "led",
            "hosting", "teaching", "judging", "demo", "visit", "keynote");
    private static final Set<String> ASKED_WHAT = Set.of("how", "what", "whether", "if", "why", "which", "about", "when", "where");
    private static final Set<String> OBJECTS = Set.of("him", "her", "them", "you");
    // service verbs in the present that are also nouns; they need their object right after them
    private static final Set<String> PRESENT_SERVICE = Set.of("support", "supports", "audit", "audits");
    private static final Set<String> BE = Set.of("was", "is", "were", "are", "am", "'s", "'re", "'m", "been", "be");
    /** Words before a contact word that make it a noun ("our weekly staff meeting", "in the chat", "her talk"). */
    private static final Set<String> NOMINAL_BEFORE = Set.of("the", "a", "an", "our", "my", "his", "her", "their", "your",
            "this", "that", "its");
    /** Past verbs a reason opens on with its "I" left out, capitalised as the first word: "Heard Salma present …" names no "Heard Salma". */
    private static final Set<String> OPENING_VERBS = Set.of("heard", "saw", "met", "watched", "read", "attended", "visited",
            "followed", "noticed", "asked", "thanked", "called", "emailed", "messaged", "found", "spotted", "caught");
    /** Words that open a telling without being part of it ("So Tomasz did …", "Basically she ran our audit"). */
    private static final Set<String> OPENERS = Set.of("so", "well", "ok", "okay", "basically", "anyway", "yeah", "right", "also", "actually");
    /** Words between a verb of meeting and the person met: "talked with Ana", "ran into Ana", "sat next to Ana". */
    private static final Set<String> AFTER_MEETING = Set.of("with", "to", "into", "next", "up", "briefly");
    /** Subject pronouns the tagger may mistake for nouns in another language ("nos conocimos", "wir haben"). */
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("nos", "nosotros", "wir", "nous", "on", "noi", "nós");
    /** Words that join a clause to a reply in the same sentence ("I asked ... and she answered"). */
    private static final Set<String> JOINS = Set.of("and", ",", "then");
    /** What may follow a verb of answering when the answer went to the sender: "replied that …", "replied and asked …". */
    private static final Set<String> ANSWER_GOES_ON = Set.of("that", "and", "with", "saying", "asking", "then", "within");
    /** Prepositions that put the target in a role on the sender's work ("the inspector on our job"). */
    private static final Set<String> ON_OURS = Set.of("on", "for", "at", "during");
    /** What one comes to as a guest: "came to my workshop", "came to our Second Bell workshop" is a meeting, not a job. */
    private static final Set<String> ATTENDED = Set.of("workshop", "talk", "session", "class", "course", "event", "booth", "stand",
            "launch", "webinar", "meetup", "party", "dinner", "presentation", "training", "seminar", "lecture", "panel", "open",
            "exhibition", "show", "reading", "screening", "concert", "gig", "tasting", "demo", "conference", "stall",
            // a host's programme ("she was on my podcast", "was my guest on the show")
            "podcast", "episode", "programme", "program", "livestream");

    /** Words after which "me" or "us" is a point of time or comparison, not the one served: "before me", "like us". */
    private static final Set<String> TIME_OR_LIKENESS = Set.of("before", "after", "like", "than", "unlike", "as");
    /** Verbs of speaking after the one heard ("heard Karen speak at …"), and the talks heard ("listened to her keynote"). */
    private static final Set<String> SPOKE = Set.of("speak", "speaking", "present", "presenting", "talk", "lecture");
    private static final Set<String> HEARD_TALKS = Set.of("talk", "keynote", "lecture", "presentation", "speech", "session", "panel");
    private static final Set<String> HEARD = Set.of("heard", "saw", "watched", "seen", "caught");
    /** How far after a verb of service (in words) the other party may stand: "did the drawing workshop in our room". */
    private static final int SERVICE_WINDOW = 10;
    /** How far after a verb of online exchange (in words) the place may stand: "replying to beginners in the r/bookbinding subreddit". */
    private static final int ONLINE_WINDOW = 10;
    /** Work across two organisations, one for the other: no shared employer to check. */
    static final String WORKED_WITH = "worked-with";
    /** Contact in an online place over time ("we both answer on the same forum"): they know each other's names or handles. */
    static final String MET_ONLINE = "met-online";
    /** Words of address after a name that stand between it and its verb: "Dr Gill madam came". */
    private static final Set<String> ADDRESS = Set.of("madam", "madame", "sir", "ji", "sahib", "ma'am", "maam");
    /** How far after the target's role (in words) the sender's work may stand. */
    private static final int ROLE_WINDOW = 12;

    private record ContactFile(Map<String, List<String>> verbs,
                               List<String> subjectless,
                               @JsonProperty("needs-target") List<String> needsTarget,
                               Map<String, List<String>> same,
                               Map<String, List<String>> roles,
                               @JsonProperty("target-words") List<String> targetWords,
                               @JsonProperty("sender-words") List<String> senderWords,
                               @JsonProperty("both-words") List<String> bothWords,
                               @JsonProperty("sender-objects") List<String> senderObjects,
                               @JsonProperty("target-subjects") List<String> targetSubjects,
                               @JsonProperty("from-target-only") List<String> fromTargetOnly,
                               @JsonProperty("answers-sender") List<String> answersSender,
                               @JsonProperty("we-only") List<String> weOnly,
                               @JsonProperty("contact-nouns") List<String> contactNouns,
                               List<String> former,
                               List<String> replies,
                               @JsonProperty("work-for-us") List<String> workForUs,
                               List<String> service,
                               @JsonProperty("online-verbs") List<String> onlineVerbs,
                               @JsonProperty("online-places") List<String> onlinePlaces,
                               @JsonProperty("sales-verbs") Map<String, List<String>> salesVerbs,
                               @JsonProperty("sales-objects") List<String> salesObjects,
                               @JsonProperty("client-verbs") List<String> clientVerbs,
                               @JsonProperty("client-nouns") List<String> clientNouns) {
    }

    private final Map<String, String> verbKind;
    private final Set<String> subjectless;
    private final Set<String> needsTarget;
    private final Map<String, String> sameKind;
    private final Map<String, String> roleKind;
    private final Set<String> targetWords;
    private final Set<String> senderWords;
    private final Set<String> bothWords;
    private final Set<String> senderObjects;
    private final Set<String> targetSubjects;
    private final Map<String, String> salesVerbs;
    private final Set<String> fromTargetOnly;
    private final Set<String> answersSender;
    private final Set<String> weOnly;
    private final Set<String> contactNouns;
    private final Set<String> former;
    private final Set<String> replies;
    private final Set<String> workForUs;
    private final Set<String> service;
    private final Set<String> onlineVerbs;
    private final Set<String> onlinePlaces;
    private final Set<String> salesObjects;
    private final Set<String> clientVerbs;
    private final Set<String> clientNouns;

    private static final class Holder {
        static final ContactStatements BUILT_IN = load();
    }

    private ContactStatements(ContactFile f) {
        this.verbKind = byWord(f.verbs());
        this.subjectless = Set.copyOf(f.subjectless());
        this.needsTarget = Set.copyOf(f.needsTarget());
        this.sameKind = byWord(f.same());
        this.roleKind = byWord(f.roles());
        this.targetWords = Set.copyOf(f.targetWords());
        this.senderWords = Set.copyOf(f.senderWords());
        this.bothWords = Set.copyOf(f.bothWords());
        this.senderObjects = Set.copyOf(f.senderObjects());
        this.targetSubjects = Set.copyOf(f.targetSubjects());
        this.salesVerbs = byWord(f.salesVerbs());
        this.fromTargetOnly = Set.copyOf(f.fromTargetOnly());
        this.answersSender = Set.copyOf(f.answersSender());
        this.weOnly = Set.copyOf(f.weOnly());
        this.contactNouns = Set.copyOf(f.contactNouns());
        this.former = Set.copyOf(f.former());
        this.replies = Set.copyOf(f.replies());
        this.workForUs = Set.copyOf(f.workForUs());
        this.service = Set.copyOf(f.service());
        this.onlineVerbs = Set.copyOf(f.onlineVerbs());
        this.onlinePlaces = Set.copyOf(f.onlinePlaces());
        this.salesObjects = Set.copyOf(f.salesObjects());
        this.clientVerbs = Set.copyOf(f.clientVerbs());
        this.clientNouns = Set.copyOf(f.clientNouns());
    }

    static ContactStatements builtIn() {
        return Holder.BUILT_IN;
    }

    /** Each sentence of the reason that states contact, with the relationship it evidences (one per kind). */
    List<Purpose.StatedRelationship> find(String text, Set<Intent> intents) {
        return find(text, intents, List.of(), Set.of());
    }

    /**
     * As {@link #find(String, Set)}, knowing who else the reason names: a named person who opens a clause
     * ("Arjun interviewed with us") is the target unless they are one of {@code referrers} or a word of
     * {@code notNames} (months, weekdays, titles).
     */
    List<Purpose.StatedRelationship> find(String text, Set<Intent> intents, List<String> referrers, Set<String> notNames) {
        Reading reading = new Reading(referrers, notNames);
        boolean classifierSaysMet = intents.contains(Intent.MET_IN_PERSON) || intents.contains(Intent.RECONNECT);
        List<Purpose.StatedRelationship> out = new ArrayList<>();
        for (Sentence typed : Language.english().sentences(text)) {
            // "i was at his workshop thursday, i ask him at the break": a second-language writer's present for what
            // the sentence dates in the past is read as told ("I asked him"); the quote keeps the words as typed
            Sentence sentence = toldInThePast(typed);
            // "went to his talk … and said hi after", "introduced myself after her panel": a greeting exchanged is a meeting
            // (a new user's was follow-first, "no shared history", until the reason said "talked")
            java.util.regex.Matcher hi = SAID_HI.matcher(sentence.text());
            // ("want to say hi before she reads my cv" is a wish, no greeting that happened: a returner's application was "You say
            // so yourself", connect, and her note "I enjoyed meeting you")
            if (hi.find() && !dev.rapport.language.Negation.isNegatedAt(sentence.text(), hi.start())
                    && !HI_WISHED.matcher(sentence.text().substring(0, hi.start())).find()
                    && !(hi.group().toLowerCase(java.util.Locale.ROOT).startsWith("say ") && sentence.text().substring(0, hi.start()).matches("(?is).*\\band\\s+$"))
                    && out.stream().noneMatch(r -> r.kind().equals("met-in-person"))) {
                out.add(new Purpose.StatedRelationship("met-in-person", typed.text().strip().replaceAll("[.!]+$", "")));
                continue;
            }
            // tagging costs the part-of-speech model: only sentences with a word of contact are tagged
            if (sentence.text().strip().endsWith("?") || sentence.words().stream().noneMatch(this::mayStateContact)) {
                continue;
            }
            reading.statement(sentence, classifierSaysMet).ifPresent(kind -> {
                // "ines was my boss …, she taught me everything about reefer paperwork": taught at work is a colleague's
                // mentoring, not a class (the profiles' common ground had called it studied-together)
                String said = kind.equals("studied-together") && TAUGHT.matcher(sentence.text()).find() && AT_WORK.matcher(text).find()
                        && !AT_SCHOOL.matcher(text).find() ? "worked-together" : kind;
                if (out.stream().noneMatch(r -> r.kind().equals(said))) {
                    Sentence quotedFrom = sentence.words().size() == typed.words().size() ? typed : sentence;
                    String quoted = reading.spansClauses ? quotedFrom.text() : clause(quotedFrom, reading.from, reading.at);
                    out.add(new Purpose.StatedRelationship(said, quoted));
                }
            });
        }
        // "sat in her session at SMRP Dallas, never actually spoke to her": the user's own word that the two never spoke outranks
        // being in the room (a seller's audience seat was read as a meeting, and the advice spoke of "the meeting")
        if (NEVER_SPOKE.matcher(text).find()) {
            out.removeIf(r -> r.kind().equals("met-in-person") && AUDIENCE.matcher(r.sentence()).find());
        }
        return out;
    }

    static final java.util.regex.Pattern NEVER_SPOKE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:never|didn'?t|did not|couldn'?t|could not|haven'?t|have not|wasn'?t able to)\\s+(?:actually\\s+|really\\s+|got\\s+to\\s+|get\\s+to\\s+|"
            + "managed\\s+to\\s+)?(?:spoke|speak|spoken|talk|talked|meet|met|chat|chatted)\\b");
    private static final java.util.regex.Pattern AUDIENCE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:sat|was|were|attended|attending|heard|watched|listened|went)\\s+(?:in|at|to|on)?\\s*(?:her|his|their|the|a)?\\s*\\S*\\s*"
            + "(?:session|talk|keynote|webinar|panel|class|workshop|lecture|presentation|audience)s?\\b|\\b(?:session|talk|keynote|webinar|panel|workshop|lecture)\\b");

    private static final java.util.regex.Pattern SAID_HI = java.util.regex.Pattern.compile(
            "(?i)\\b(?:said|say|says|saying) (?:hi|hello|hey)\\b(?!\\s+(?:to|from)\\s+(?:my|our)\\b)|\\bintroduced myself\\b|\\bshook (?:his|her|their) hand\\b");
    private static final Set<String> TALK_NOUNS = Set.of("interview", "call", "chat", "meeting", "conversation", "coffee", "lunch",
            "dinner", "talk", "zoom", "video", "catch-up");
    private static final java.util.regex.Pattern HI_WISHED = java.util.regex.Pattern.compile(
            "(?i)\\b(?:want|wants|wanted|wanna|like|love|hope|hoping|plan|planning|going|gonna|would|'d|try|trying|should|must|could|can)\\s+(?:to\\s+)?(?:just\\s+|quickly\\s+|come\\s+and\\s+)?$"
            + "|\\b(?:told|asked|reminded|wants|wanted)\\s+(?:me|us)\\s+to\\s+$");
    private static final java.util.regex.Pattern TAUGHT = java.util.regex.Pattern.compile("(?i)\\b(?:taught|teaching|tutored|trained)\\b");
    private static final java.util.regex.Pattern AT_WORK = java.util.regex.Pattern.compile(
            "(?i)\\b(?:boss|manager|supervisor|team ?lead|line manager|colleague|co-?worker|worked (?:for|with|under)|my (?:first )?job)\\b");
    private static final java.util.regex.Pattern AT_SCHOOL = java.util.regex.Pattern.compile(
            "(?i)\\b(?:class|classes|course|lecture|lectures|lecturer|professor|teacher|student|students|school|university|uni|college|module|seminar)\\b");

    /** The sentence with its dated present-for-past mended ({@link Copyedit#toldInThePast}); the sentence itself when nothing is. */
    private static Sentence toldInThePast(Sentence typed) {
        String past = Copyedit.english().toldInThePast(typed.text(), true);
        if (past.equals(typed.text())) {
            return typed;
        }
        List<Sentence> read = Language.english().sentences(past);
        return read.size() == 1 ? read.get(0) : typed;
    }

    /**
     * "I met Ana at ProMat and she suggested I reach out": true when the reason tells of meeting someone
     * and every such meeting was with one of the people who passed the name on (so none with the target).
     */
    boolean metOnlyReferrers(String text, List<String> referrers) {
        boolean any = false;
        for (Sentence sentence : Language.english().sentences(text)) {
            List<Token> ts = sentence.words();
            for (int i = 0; i < ts.size(); i++) {
                String kind = verbKind.get(ts.get(i).lower());
                if (!"met-in-person".equals(kind) && !MET_ONLINE.equals(kind)) {
                    continue;
                }
                // a meeting with someone: a name or the target's pronoun after the verb
                int j = i + 1;
                while (j < ts.size() && AFTER_MEETING.contains(ts.get(j).lower())) {
                    j++;
                }
                boolean someone = j < ts.size() && (Character.isUpperCase(ts.get(j).text().codePointAt(0))
                        && !ts.get(j).lower().equals("i") || OBJECTS.contains(ts.get(j).lower()));
                if (!someone) {
                    continue;
                }
                any = true;
                if (!namesAfter(ts, i, referrers)) {
                    return false;
                }
            }
        }
        return any;
    }

    /** One of the names stands after the verb, past "with", "to", "into", "next": "talked with Ana", "ran into Ana". */
    private static boolean namesAfter(List<Token> ts, int i, List<String> names) {
        int j = i + 1;
        while (j < ts.size() && AFTER_MEETING.contains(ts.get(j).lower())) {
            j++;
        }
        if (j >= ts.size()) {
            return false;
        }
        String first = ts.get(j).text();
        return names.stream().anyMatch(n -> n.equals(first) || n.startsWith(first + " "));
    }

    /**
     * True when some sentence states a sale as the sender's own aim: a sales verb, outside negation, with
     * the sender as its subject or opening the aim ("want to sell", "goal is to book a call to show ...").
     */
    boolean statesSalesAim(String text) {
        for (Sentence sentence : Language.english().sentences(text)) {
            List<Token> ts = sentence.tokens();
            for (int i = 0; i < ts.size(); i++) {
                String strength = salesVerbs.get(ts.get(i).lower());
                if (strength == null || !ts.get(i).is("VERB") || Negation.isNegated(sentence, i) || pitchesSomethingElse(ts, i)) {
                    continue;
                }
                // "we talked about small business owners selling or shutting down": others doing the selling, a topic
                if (i > 0 && ts.get(i).lower().endsWith("ing") && ts.get(i - 1).is("NOUN", "PROPN")) {
                    continue;
                }
                int subject = new Reading(List.of(), Set.of()).subjectBefore(ts, i);
                boolean senders = subject < 0 || senderWords.contains(base(ts.get(subject)))
                        || bothWords.contains(base(ts.get(subject)));
                if (senders && (strength.equals("strong") || salesObjectAfter(ts, i))) {
                    return true;
                }
            }
        }
        return winsAClient(text);
    }

    /**
     * "want to win his hospital as a client", "I'd love to land Licking Valley as an account": the sender's aim is to
     * gain the reader's organisation as a client, a sale whatever is sold. A verb of gaining, outside negation, with the
     * sender as its subject or opening the aim, and "as" with a word for a client within a few words after it.
     */
    boolean winsAClient(String text) {
        for (Sentence sentence : Language.english().sentences(text)) {
            List<Token> ts = sentence.tokens();
            for (int i = 0; i < ts.size(); i++) {
                if (!clientVerbs.contains(ts.get(i).lower()) || Negation.isNegated(sentence, i)) {
                    continue;
                }
                int subject = new Reading(List.of(), Set.of()).subjectBefore(ts, i);
                boolean senders = subject < 0 || senderWords.contains(base(ts.get(subject))) || bothWords.contains(base(ts.get(subject)));
                for (int j = i + 1; senders && j + 1 < ts.size() && j <= i + PARTY_WINDOW + 1; j++) {
                    String w = ts.get(j).lower();
                    if (CLAUSE_BREAKS.contains(w) || w.equals(",")) {
                        break;
                    }
                    int k = j + 1;
                    while (k < ts.size() && k <= j + 2 && ts.get(k).is("DET", "ADJ")) {
                        k++;
                    }
                    if (w.equals("as") && k < ts.size() && clientNouns.contains(ts.get(k).lower())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * "want to show him how Ledgerly gets it to 4", "tell her about Ledgerly": a verb of selling (strong or weak) with
     * the sender's own organisation named within a few words after it, outside negation, is a sale of theirs, however
     * the rest reads. {@code own} are the organisation names as their profile gives them.
     */
    boolean offersOwn(String text, java.util.Collection<String> own) {
        List<String> names = own.stream().filter(n -> n != null && n.strip().length() >= 3).map(n -> Words.fold(n.strip())).toList();
        if (names.isEmpty()) {
            return false;
        }
        for (Sentence sentence : Language.english().sentences(text)) {
            List<Token> ts = sentence.tokens();
            for (int i = 0; i < ts.size(); i++) {
                // (a sales verb opening the reason is its aim, however the tagger reads it: "introduce CarePath Staffing to Gregory")
                boolean verb = ts.get(i).is("VERB") || i == 0;
                if (!salesVerbs.containsKey(ts.get(i).lower()) || !verb || Negation.isNegated(sentence, i)) {
                    continue;
                }
                int end = Math.min(ts.size(), i + 1 + PARTY_WINDOW);
                if (end <= i + 1) {
                    continue;
                }
                String after = Words.fold(text.substring(ts.get(i + 1).start(), ts.get(end - 1).end()));
                if (names.stream().anyMatch(n -> Words.containsWord(after, n))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "I'd love to read it for Harbourlight and pitch it": the thing sold is "it" (the target's own work,
     * offered to a third party), not something of the sender's offered to the target.
     */
    private boolean pitchesSomethingElse(List<Token> ts, int i) {
        if (i + 1 >= ts.size() || !Set.of("it", "this", "that").contains(ts.get(i + 1).lower())) {
            return false;
        }
        return !partyAfter(ts, i + 1, targetWords);
    }

    private boolean salesObjectAfter(List<Token> ts, int i) {
        for (int j = i + 1; j < ts.size() && j <= i + PARTY_WINDOW; j++) {
            if (salesObjects.contains(ts.get(j).lower())) {
                return true;
            }
        }
        return false;
    }

    /** A verb of contact ("met", "talked", "emailed"): a name right after it is a person, not a thing. */
    boolean isContactVerb(String lower) {
        return verbKind.containsKey(lower);
    }

    private boolean mayStateContact(Token t) {
        String w = t.lower();
        String bare = w.startsWith("ex-") ? w.substring(3) : w;
        return verbKind.containsKey(w) || roleKind.containsKey(bare) || sameKind.containsKey(w)
                || contactNouns.contains(w) || w.equals("together") || w.equals("our") || w.equals("we")
                || replies.contains(w) || workForUs.contains(w) || service.contains(w)
                || onlineVerbs.contains(w) || SPOKE.contains(w) || HEARD_TALKS.contains(w) || GUEST_VERBS.contains(w) || GUESTS.contains(w)
                || Set.of("gave", "had", "ask").contains(w);
    }

    /** One reading of a reason: who besides the target it names, so a named subject can be told apart. */
    private final class Reading {
        private final List<String> referrers;
        private final Set<String> notNames;
        /** Where the last statement found starts (its subject, when that stands in an earlier clause) and its word of contact. */
        private int from;
        private int at;
        /** The last statement found is an exchange over two clauses ("I asked ... and she answered"): quoted whole. */
        private boolean spansClauses;

        Reading(List<String> referrers, Set<String> notNames) {
            this.referrers = referrers;
            this.notNames = notNames;
        }

        /** The name is (part of) someone who passed the recipient's name on: meeting them is no meeting with the recipient. */
        /** A referrer's name before the verb in its clause, with no "I" or "we" between them. */
        private boolean referrerOpensTheClause(List<Token> ts, int i) {
            if (referrers.isEmpty()) {
                return false;
            }
            for (int j = i - 1; j >= 0; j--) {
                String x = ts.get(j).lower();
                if (x.equals(";") || x.equals(".") || senderWords.contains(x) || bothWords.contains(x) || x.equals("but")) {
                    return false;
                }
                if (looksLikeName(ts.get(j)) && referredBy(ts.get(j).text())) {
                    return true;
                }
            }
            return false;
        }

        private boolean referredBy(String name) {
            return referrers.stream().anyMatch(r -> r.equals(name) || r.startsWith(name + " ") || r.endsWith(" " + name));
        }

        private Optional<String> statement(Sentence sentence, boolean classifierSaysMet) {
            spansClauses = false;
            List<Token> ts = sentence.tokens();
            for (int i = 0; i < ts.size(); i++) {
                if (Negation.isNegated(sentence, i)) {
                    continue;
                }
                String w = ts.get(i).lower();
                Optional<String> found = Optional.empty();
                // "I read her Women Talk Design interview": a verb written with a capital inside a sentence is a word of a name
                // (a by-hand session's reading of an interview was taken for a meeting)
                boolean inAName = i > 0 && Character.isUpperCase(ts.get(i).text().codePointAt(0))
                        && (capitalisedWord(ts.get(i - 1)) || i + 1 < ts.size() && capitalisedWord(ts.get(i + 1)));
                if (GUEST_VERBS.contains(w)) {
                    found = cameToOurs(ts, i);
                }
                // ("she took my pitch on …", "he took our call": accepting something of the sender's is no class taken together)
                boolean tookOurs = (w.equals("took") || w.equals("taking")) && i + 1 < ts.size()
                        && Set.of("my", "our").contains(ts.get(i + 1).lower());
                if (found.isEmpty() && verbKind.containsKey(w) && !inAName && !tookOurs) {
                    found = verb(ts, i, classifierSaysMet);
                }
                if (found.isEmpty() && (SPOKE.contains(w) || HEARD_TALKS.contains(w))) {
                    found = heardThemSpeak(ts, i);
                }
                if (found.isEmpty() && roleKind.containsKey(w)) {
                    found = role(ts, i);
                }
                if (found.isEmpty() && GUESTS.contains(w)) {
                    found = guestOnTheirs(ts, i);
                }
                if (found.isEmpty() && w.equals("had")) {
                    found = hadMeOn(ts, i);
                }
                // "i ask question in zoom chat and she answer it": the second-language present of a question the target answered
                // (only so: "I want to connect and ask her …" is a wish)
                if (found.isEmpty() && w.equals("ask") && i > 0 && senderWords.contains(base(ts.get(i - 1))) && repliedTo(ts, i)) {
                    found = Optional.of("met-in-person");
                }
                if (found.isEmpty() && roleKind.containsKey(w.startsWith("ex-") ? w.substring(3) : w)) {
                    found = formerRole(ts, i);
                }
                if (found.isEmpty() && sameKind.containsKey(w)) {
                    found = shared(ts, i);
                }
                if (found.isEmpty() && w.equals("together")) {
                    found = together(ts, i);
                }
                if (found.isEmpty() && w.equals("both")) {
                    found = bothInOneRole(ts, i);
                }
                if (found.isEmpty() && (service.contains(w) || w.equals("gave") && moneyAfter(ts, i))) {
                    found = service(ts, i);
                }
                if (found.isEmpty() && onlineVerbs.contains(w)) {
                    found = online(ts, i);
                }
                if (found.isEmpty() && contactNouns.contains(w)) {
                    found = contactNoun(ts, i);
                }
                if (found.isEmpty() && w.equals("our")) {
                    found = thankedForComingToOurs(ts, i);
                }
                if (found.isEmpty() && (w.equals("our") || w.equals("we"))) {
                    from = i;
                    found = targetOnOurWork(ts, i);
                } else {
                    from = i;
                }
                if (found.isPresent()) {
                    at = i;
                    return found;
                }
            }
            return Optional.empty();
        }

        /**
         * "I heard Karen speak at the …", "saw her present at …", "listened to Karen's keynote": being in the room while they
         * spoke, as "I attended her talk" is (a by-hand session got follow-first for the one and connect for the other). The
         * one heard is a pronoun or one or two capitalised words (or their possessive before the talk) between the verb of
         * hearing, with "I" or "we" before it, and the verb of speaking or the talk.
         */
        private Optional<String> heardThemSpeak(List<Token> ts, int i) {
            Optional<String> attended = attendedTheirTalk(ts, i);
            if (attended.isPresent()) {
                return attended;
            }
            boolean talk = HEARD_TALKS.contains(ts.get(i).lower());
            int name = i - 1;
            if (name >= 1 && looksLikeName(ts.get(name)) && looksLikeName(ts.get(name - 1)) && !HEARD.contains(ts.get(name - 1).lower())) {
                name--;
            }
            String last = name >= 0 ? ts.get(i - 1).lower() : "";
            boolean party = name >= 1 && (talk ? Set.of("her", "his", "their", "your").contains(last) && name == i - 1
                    || (last.endsWith("'s") || last.endsWith("’s")) && Character.isUpperCase(ts.get(i - 1).text().codePointAt(0))
                    : targetWords.contains(last) && name == i - 1 || looksLikeName(ts.get(name)));
            int heard = name >= 2 && ts.get(name - 1).lower().equals("to") && ts.get(name - 2).lower().startsWith("listen") ? name - 2 : name - 1;
            if (!party || heard < 0 || !HEARD.contains(ts.get(heard).lower()) && !ts.get(heard).lower().startsWith("listen")
                    || !atAPlace(ts, i)) {
                return Optional.empty();
            }
            int subject = subjectBefore(ts, heard);
            String who = subject < 0 ? "" : who(ts, subject);
            return senderWords.contains(who) || bothWords.contains(who) || subject < 0 && opensClause(ts, heard)
                    ? Optional.of("met-in-person") : Optional.empty();
        }

        /**
         * "I went to her Morning Buzz session on AI … at DevLearn 2023", "I was in the audience for her talk at …", "attended his
         * keynote at …": the sender was in the room where the target spoke (a new user's were follow-first, while "I attended her
         * session at DevLearn 2023" was connect).
         */
        private Optional<String> attendedTheirTalk(List<Token> ts, int i) {
            if (!HEARD_TALKS.contains(ts.get(i).lower())) {
                return Optional.empty();
            }
            int owner = i - 1;
            // the talk's own title between "her" and "session" ("her Morning Buzz session")
            while (owner > 0 && owner >= i - 4 && !Set.of("her", "his", "their", "your").contains(ts.get(owner).lower())
                    && ts.get(owner).isWord() && Character.isUpperCase(ts.get(owner).text().codePointAt(0))) {
                owner--;
            }
            if (owner < 1 || !Set.of("her", "his", "their", "your").contains(ts.get(owner).lower())) {
                return Optional.empty();
            }
            String before = ts.get(owner - 1).lower();
            String twoBefore = owner >= 2 ? ts.get(owner - 2).lower() : "";
            boolean inTheRoom = before.equals("attended") || before.equals("to") && Set.of("went", "go", "came").contains(twoBefore)
                    || before.equals("for") && twoBefore.equals("audience") || before.equals("in") && twoBefore.equals("sat");
            if (!inTheRoom || !atAPlace(ts, i, 14)) {
                return Optional.empty();
            }
            int verb = before.equals("attended") ? owner - 1 : owner - 2;
            int subject = subjectBefore(ts, verb);
            String who = subject < 0 ? "" : who(ts, subject);
            return senderWords.contains(who) || subject < 0 && opensClause(ts, verb) || twoBefore.equals("audience")
                    ? Optional.of("met-in-person") : Optional.empty();
        }

        /** "… at the nursing conference", "during the congress", and not "on YouTube" or "the recording": a talk heard in a room. */
        private static boolean atAPlace(List<Token> ts, int i) {
            return atAPlace(ts, i, 6);
        }

        private static boolean atAPlace(List<Token> ts, int i, int within) {
            boolean at = false;
            for (int k = i + 1; k < ts.size() && k <= i + within; k++) {
                at |= Set.of("at", "during").contains(ts.get(k).lower());
            }
            return at && ts.stream().map(Token::lower).noneMatch(REMOTE::contains);
        }

        private static final Set<String> REMOTE = Set.of("online", "youtube", "recording", "recorded", "video", "podcast", "webinar",
                "livestream", "stream", "streamed", "zoom", "virtual", "virtually", "remotely");

        private static final Set<String> TALKS = Set.of("talk", "talks", "keynote", "session", "panel", "presentation", "webinar", "speech",
                "demo", "address", "plenary");

        /** A talk within the four words after the verb ("attended her keynote on …"). */
        private static boolean talkAfter(List<Token> ts, int i) {
            for (int k = i + 1; k < ts.size() && k <= i + 4; k++) {
                if (TALKS.contains(ts.get(k).lower())) {
                    return true;
                }
            }
            return false;
        }

        /** A verb of contact with both people as its parties. */
        private Optional<String> verb(List<Token> ts, int i, boolean classifierSaysMet) {
            Token verb = ts.get(i);
            String w = verb.lower();
            String kind = verbKind.get(w);
            // ("our CEO Mark Feld worked with him at Sanctum and said I should say hi", "Lisa Novak, my nurse manager, worked with
            // Grace …": what the one who passed the name on did with the recipient is no tie of the sender's)
            if (referrerOpensTheClause(ts, i)) {
                return Optional.empty();
            }
            int subject = subjectBefore(ts, i);
            // "Met her at the consultation …": a sentence that opens on the verb, its "I" left out (the tagger may call "Met" a name)
            boolean opensOnIt = subject < 0 && opensClause(ts, i) && past(w) && i + 1 < ts.size()
                    && (OBJECTS.contains(ts.get(i + 1).lower()) || looksLikeName(ts.get(i + 1)) || dev.rapport.text.Honorifics.onlyBeforeAName(ts.get(i + 1).lower()));
            boolean verbal = verb.is("VERB", "AUX") || subject >= 0 && onlyAuxiliariesBetween(ts, subject, i)
                    || !isEnglishTagged(verb) || opensOnIt;
            if (!verbal || nominal(ts, i) || wishedOrAsked(ts, i, subject)) {
                return Optional.empty();
            }
            // "We are forming an advisory board …, meeting twice a year starting in March": a form in -ing tells of a contact only as
            // a past in progress ("we were talking after the panel"), not a plan or what a thing will do (a professor's invitation to
            // strangers was read as a meeting)
            // ("we just started working together" is the two at work now, and stays)
            if (w.endsWith("ing") && subject >= 0 && (ts.subList(subject + 1, i).stream().anyMatch(t -> t.lower().equals(","))
                    || onlyAuxiliariesBetween(ts, subject, i) && ts.subList(subject + 1, i).stream().noneMatch(t -> PAST_BE.contains(t.lower())))) {
                return Optional.empty();
            }
            String who = who(ts, subject);
            // "I attend her talk at the World Science Forum": a talk heard in person is no class taken with her (a new user's
            // note was drafted as to a classmate); it is being there, which the event reader says as hearing them speak
            if (kind != null && kind.equals("studied-together") && w.startsWith("attend") && talkAfter(ts, i)) {
                kind = "met-in-person";
            }
            if (fromTargetOnly.contains(w)) {
                boolean toSender = partyAfter(ts, i, senderObjects) || answersSender.contains(w) && answeredSender(ts, i);
                return targetSubjects.contains(who) && toSender ? Optional.of(kind) : Optional.empty();
            }
            if (weOnly.contains(w) && !bothWords.contains(who) && !(subject < 0 && opensClause(ts, i))) {
                return Optional.empty();
            }
            boolean targetAfter = (kind.equals("studied-together") ? objectAfter(ts, i) : partyAfter(ts, i, targetWords))
                    || properNounAfter(ts, i, kind.equals("met-in-person") || kind.equals(WORKED_WITH)) && !namesAfter(ts, i, referrers);
            if (bothWords.contains(who)) {
                // "we both studied nursing at Iowa" says alumni, not classmates; "we both worked at DHL (in different
                // countries)" says the same employer, not colleagues, unless the clause says together or the same team
                boolean both = subject + 1 < ts.size() && ts.get(subject + 1).lower().equals("both");
                boolean parallel = both && (kind.equals("studied-together")
                        || kind.equals("worked-together") && !togetherAfter(ts, i));
                return parallel || needsTarget.contains(w) && !objectAfter(ts, i) && !toEachOther(ts, i) ? Optional.empty() : Optional.of(kind);
            }
            if (senderWords.contains(who) && targetAfter) {
                return Optional.of(kind);
            }
            if (senderWords.contains(who) && repliedTo(ts, i)) {
                spansClauses = true;
                return Optional.of(kind);
            }
            if (targetSubjects.contains(who) && partyAfter(ts, i, senderObjects)) {
                return Optional.of(kind);
            }
            // "she asked how we do risk checks for foreign subrecipients": asked the sender, about what "we" do
            if (targetSubjects.contains(who) && ASKING.contains(w) && askedAboutUs(ts, i)) {
                return Optional.of(kind);
            }
            if (opensOnIt && targetAfter && !referredBy(ts.get(i + 1).text())) {
                return Optional.of(kind);
            }
            // "audited our FPI line 18-19 nov": a check of the sender's own thing, its subject left out, was the target's
            if (subject < 0 && opensClause(ts, i) && i + 1 < ts.size() && ts.get(i + 1).lower().equals("our") && CHECKED_OURS.contains(w)) {
                return Optional.of(WORKED_WITH);
            }
            // "met @ devopsdays"; a listed foreign verb has no English subject to find ("rencontré au salon")
            if (subject < 0 && opensClause(ts, i) && (subjectless.contains(w) || !isEnglishTagged(verb))) {
                return Optional.of(kind);
            }
            if (classifierSaysMet && subject < 0 && targetAfter) {
                return Optional.of(kind);
            }
            return Optional.empty();
        }

        /**
         * "we emailed before", "we only messaged a few times": "we" writing with no one else as the object wrote to each other
         * (a verb of writing or calling, then nothing, a word of time or how often).
         */
        private boolean toEachOther(List<Token> ts, int i) {
            if (!EACH_OTHER_VERBS.contains(ts.get(i).lower())) {
                return false;
            }
            if (i + 1 >= ts.size() || CLAUSE_BREAKS.contains(ts.get(i + 1).lower()) || ts.get(i + 1).lower().equals(",")) {
                return true;
            }
            String next = ts.get(i + 1).lower();
            String after = i + 2 < ts.size() ? ts.get(i + 2).lower() : "";
            return RECIPROCAL_AFTER.contains(next) || next.equals("a") && (after.equals("few") || after.equals("couple") || after.equals("lot"));
        }

        /** "asked how we …", "asked about our …": a question word or "about" right after the verb, then "we" or "our" soon after. */
        private boolean askedAboutUs(List<Token> ts, int i) {
            if (i + 2 >= ts.size() || !ASKED_WHAT.contains(ts.get(i + 1).lower())) {
                return false;
            }
            for (int j = i + 2; j < ts.size() && j <= i + 4; j++) {
                String w = ts.get(j).lower();
                if (w.equals("we") || w.equals("our") || w.equals("us")) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Work one did for the other across two organisations: the sender for the target ("I translated
         * Celso's novel", "ran the demo for Marta", "handing over patients to Jen") or the target for the
         * sender ("he fixed our ticket", "she did the workshop in our children's room", "came to our farm").
         * The two need not share an employer, so the kind is {@code worked-with}, which no employment
         * history can contradict.
         */
        private Optional<String> service(List<Token> ts, int i) {
            // the present "support" is also a noun ("moving from support into product"): only with its object right after it
            if (PRESENT_SERVICE.contains(ts.get(i).lower()) && (i + 1 >= ts.size() || !ts.get(i).is("VERB")
                    || !(senderObjects.contains(ts.get(i + 1).lower()) || OBJECTS.contains(ts.get(i + 1).lower())))) {
                return Optional.empty();
            }
            // "came across her profile", "came upon his post": found their page, which is no contact at all (a new user's
            // "came across her profile, impressed by her background" was read as work together and scored connect)
            if (i + 1 < ts.size() && (ts.get(i + 1).lower().equals("across") || ts.get(i + 1).lower().equals("upon"))) {
                return Optional.empty();
            }
            int subject = subjectBefore(ts, i);
            if (wishedOrAsked(ts, i, subject)) {
                return Optional.empty();
            }
            String who = MONEY_GIVEN.contains(ts.get(i).lower()) && theirBody(ts, i) ? "she" : who(ts, subject);
            boolean senderActs = subject < 0 ? opensClause(ts, i) : senderWords.contains(who);
            for (int j = i + 1; j < ts.size() && j <= i + SERVICE_WINDOW; j++) {
                String w = ts.get(j).lower();
                // (nor across a bracket's end: "(same one he did) after selling my salon" did nothing for the sender)
                if (CLAUSE_BREAKS.contains(w) || w.equals(",") || w.equals("(") || w.equals(")")) {
                    break;
                }
                // "she did the same certificate before me": a sender named after a word of time or likeness was not served
                boolean served = !TIME_OR_LIKENESS.contains(ts.get(j - 1).lower());
                if (targetSubjects.contains(who) && senderObjects.contains(w) && served) {
                    // "came to my workshop", "came to our booth": they attended what the sender ran, so the two met;
                    // "came to our farm" to do a job is work with
                    boolean attended = ts.get(i).lower().equals("came") && ts.subList(j + 1, Math.min(ts.size(), j + 5)).stream()
                            .takeWhile(x -> x.isWord()).anyMatch(x -> ATTENDED.contains(x.lower()));
                    return Optional.of(attended ? "met-in-person" : WORKED_WITH);
                }
                // ("I wrote about her book": a verb that is contact only with the target doing it, contact.yaml's from-target-only)
                if (senderActs && targetAt(ts, j) && !fromTargetOnly.contains(ts.get(i).lower())) {
                    return Optional.of(WORKED_WITH);
                }
            }
            return Optional.empty();
        }

        /**
         * "he was at our webinar", "michael was on my slotting webinar", "they all attended my … webinar", "she joined our open
         * day", "Michael attended the Pickwell webinar I hosted": the target came to what the sender ran, so the two met (a
         * seller's webinar attendees were read as studying together, or as no contact unless the words were "attended my").
         */
        private Optional<String> cameToOurs(List<Token> ts, int i) {
            String w = ts.get(i).lower();
            int k = i + 1;
            if (BE.contains(w) || w.equals("came") || w.equals("sat")) {
                if (k >= ts.size() || !Set.of("at", "on", "in", "to", "for").contains(ts.get(k).lower())) {
                    return Optional.empty();
                }
                k++;
                if (w.equals("sat") && k < ts.size() && ts.get(k).lower().equals("on")) {
                    k++;
                }
            }
            if (k >= ts.size()) {
                return Optional.empty();
            }
            String owner = ts.get(k).lower();
            boolean ours = owner.equals("my") || owner.equals("our");
            if (!ours && !Set.of("the", "a", "an", "that", "this").contains(owner)) {
                return Optional.empty();
            }
            int event = -1;
            for (int j = k + 1; j < ts.size() && j <= k + 5 && event < 0; j++) {
                if (CLAUSE_BREAKS.contains(ts.get(j).lower()) || ts.get(j).lower().equals(",")) {
                    break;
                }
                if (ATTENDED.contains(ts.get(j).lower()) && !ts.get(j).lower().equals("open")) {
                    event = j;
                }
            }
            // "the Pickwell webinar I hosted": the sender's own by what follows it
            boolean hosted = event >= 0 && event + 2 < ts.size() && senderWords.contains(ts.get(event + 1).lower())
                    && HOSTING.contains(ts.get(event + 2).lower());
            if (event < 0 || !ours && !hosted) {
                return Optional.empty();
            }
            int subject = subjectBefore(ts, i);
            return subject >= 0 && targetSubjects.contains(who(ts, subject)) && !wishedOrAsked(ts, i, subject)
                    ? Optional.of("met-in-person") : Optional.empty();
        }

        /**
         * "I was a guest on his show How I Write in 2022", "I was a speaker at her meetup": the sender on the target's own
         * programme, which the target ran (a podcast guest's thanks to its host was follow-first).
         */
        private Optional<String> guestOnTheirs(List<Token> ts, int i) {
            if (i < 3 || !Set.of("a", "an", "the").contains(ts.get(i - 1).lower()) || !BE.contains(ts.get(i - 2).lower())
                    || i + 2 >= ts.size() || !Set.of("on", "at", "in", "for").contains(ts.get(i + 1).lower())
                    || !THEIR_OWN.contains(ts.get(i + 2).lower())) {
                return Optional.empty();
            }
            int subject = subjectBefore(ts, i - 2);
            boolean programme = ts.subList(i + 3, Math.min(ts.size(), i + 6)).stream().anyMatch(t -> ATTENDED.contains(t.lower()));
            return programme && subject >= 0 && senderWords.contains(base(ts.get(subject))) ? Optional.of(WORKED_WITH) : Optional.empty();
        }

        /** "he had me on his podcast", "she had us on the panel": the target's guest, by the target's own invitation. */
        private Optional<String> hadMeOn(List<Token> ts, int i) {
            Optional<String> talk = hadATalkWithThem(ts, i);
            if (talk.isPresent()) {
                return talk;
            }
            if (i + 2 >= ts.size() || !senderObjects.contains(ts.get(i + 1).lower()) || !Set.of("on", "at", "in", "as").contains(ts.get(i + 2).lower())) {
                return Optional.empty();
            }
            int subject = subjectBefore(ts, i);
            boolean programme = ts.subList(i + 3, Math.min(ts.size(), i + 7)).stream()
                    .anyMatch(t -> ATTENDED.contains(t.lower()) || t.lower().equals("guest") || t.lower().equals("speaker"));
            return programme && subject >= 0 && targetSubjects.contains(who(ts, subject)) ? Optional.of(WORKED_WITH) : Optional.empty();
        }

        /**
         * "had the first interview with her yesterday", "we had a call with him last week": a conversation the sender had with them,
         * named by its noun (an applicant's thanks after an interview was "no shared history" unless the page said more).
         */
        private Optional<String> hadATalkWithThem(List<Token> ts, int i) {
            int subject = subjectBefore(ts, i);
            String who = who(ts, subject);
            if (!(senderWords.contains(who) || bothWords.contains(who)) ) {
                return Optional.empty();
            }
            int j = i + 1;
            while (j < ts.size() && j <= i + 4 && !TALK_NOUNS.contains(ts.get(j).lower())) {
                if (!ts.get(j).is("DET", "ADJ", "NUM") && !ts.get(j).lower().matches("first|second|third|final|short|quick|long|great|good|lovely")) {
                    return Optional.empty();
                }
                j++;
            }
            if (j >= ts.size() || j > i + 4 || j + 2 >= ts.size() || !ts.get(j + 1).lower().equals("with")) {
                return Optional.empty();
            }
            return targetWords.contains(ts.get(j + 2).lower()) || looksLikeName(ts.get(j + 2)) && !referredBy(ts.get(j + 2).text())
                    ? Optional.of("met-in-person") : Optional.empty();
        }

        /** "gave us a grant", "gave our shelter $5,000": the money named within a few words after the verb. */
        private boolean moneyAfter(List<Token> ts, int i) {
            return ts.subList(i + 1, Math.min(ts.size(), i + 6)).stream()
                    .anyMatch(t -> MONEY.contains(t.lower()) || t.text().startsWith("$") || t.text().startsWith("£") || t.text().startsWith("€"));
        }

        /**
         * "his foundation funded our classes", "Marcus's foundation gave us a grant": money given by the body the target speaks
         * for is given by the target (a grantee's thanks to a funder they never met was follow-first).
         */
        private boolean theirBody(List<Token> ts, int i) {
            if (i < 2 || !BODIES.contains(ts.get(i - 1).lower())) {
                return false;
            }
            String before = ts.get(i - 2).lower();
            return THEIR_OWN.contains(before) || before.matches(".+['’]s") && person(ts.get(i - 2))
                    || (before.equals("'s") || before.equals("’s")) && i >= 3 && person(ts.get(i - 3));
        }

        /** "we both answer people on the solder forums": "we" exchanging in an online place. */
        private Optional<String> online(List<Token> ts, int i) {
            int subject = subjectBefore(ts, i);
            if (subject < 0 || !bothWords.contains(who(ts, subject)) || wishedOrAsked(ts, i, subject)) {
                return Optional.empty();
            }
            // side by side, not a firm's "we help people on forums": "we both ...", "the same forum"
            boolean both = ts.get(subject).lower().contains("both") || subject + 1 < ts.size()
                    && ts.subList(subject + 1, i).stream().anyMatch(t -> t.lower().equals("both"));
            for (int j = i + 1; j < ts.size() && j <= i + ONLINE_WINDOW; j++) {
                String w = ts.get(j).lower();
                if (CLAUSE_BREAKS.contains(w) || w.equals(",")) {
                    break;
                }
                both |= w.equals("same");
                if (onlinePlaces.contains(w)) {
                    return both ? Optional.of(MET_ONLINE) : Optional.empty();
                }
            }
            return Optional.empty();
        }

        /** The target at {@code j}: "for/to" and a name or a pronoun, or a name's or a pronoun's thing ("Celso's novel"). */
        private boolean targetAt(List<Token> ts, int j) {
            String w = ts.get(j).lower();
            if ((w.equals("for") || w.equals("to")) && j + 1 < ts.size()) {
                Token next = ts.get(j + 1);
                return OBJECTS.contains(next.lower()) || person(next) && !namesAfter(ts, j, referrers);
            }
            boolean owns = j + 1 < ts.size() && Set.of("'s", "’s").contains(ts.get(j + 1).lower())
                    || w.endsWith("'s") || w.endsWith("’s");
            return person(ts.get(j)) && owns && !namesAfter(ts, j - 1, referrers)
                    || Set.of("his", "her", "their", "your").contains(w) && j + 1 < ts.size() && ts.get(j + 1).is("NOUN");
        }

        /** A capitalised name, also with its possessive ending ("Dmitri's"), that is no month, weekday or title. */
        private boolean person(Token t) {
            String bare = t.lower().replaceAll("['’]s$", "");
            return (looksLikeName(t) || t.tag().startsWith("PROPN")) && Character.isUpperCase(t.text().codePointAt(0))
                    && !notNames.contains(bare);
        }

        /** "I was his TA", "she was my manager", "we were neighbours". */
        private static final Set<String> HYPOTHETICAL = Set.of("could", "would", "might", "may", "will", "'d", "’d", "'ll", "’ll", "should");

        private Optional<String> role(List<Token> ts, int i) {
            String kind = roleKind.get(ts.get(i).lower());
            int subject = subjectBefore(ts, i);
            if (subject < 0 || !beBetween(ts, subject, i)) {
                return Optional.empty();
            }
            boolean owned = false;
            for (int j = subject + 1; j < i; j++) {
                // "Aditya is my BMCC batchmate", "Katie was my charge nurse": after the possessive, a name or a noun says which
                // kind of the role, as an adjective does
                boolean modifier = owned && ts.get(j).is("NOUN", "PROPN");
                owned |= POSSESSIVES.contains(ts.get(j).lower()) || ts.get(j).lower().matches(".+['’]s");
                // (a possessive is one whatever the tagger calls it: "Jaclyn was my/VERB source")
                if (!modifier && ts.get(j).is("NOUN", "PROPN", "ADP", "VERB") && !BE.contains(ts.get(j).lower()) && !POSSESSIVES.contains(ts.get(j).lower())) {
                    return Optional.empty();   // "he'd be open to a role with my client": the role is not between them
                }
                // "ask if she could be my clinical supervisor when I start": a role hoped for, not held (a new user's reason
                // was given worked-together ground)
                // (not "she'd been my mentor": that 'd is had)
                if (HYPOTHETICAL.contains(ts.get(j).lower()) && !(j + 1 < i && ts.get(j + 1).lower().equals("been"))) {
                    return Optional.empty();
                }
            }
            String who = who(ts, subject);
            // ("we was both panelist in the webinar": with "both" before it the role is shared, however its number is typed)
            boolean bothBefore = ts.subList(subject + 1, i).stream().anyMatch(t -> t.lower().equals("both"));
            if (bothWords.contains(who) && !ts.get(i).lower().endsWith("s") && !bothBefore) {
                return Optional.empty();       // "we need a country manager"
            }
            String owner = i > 0 ? ts.get(i - 1).lower() : "";
            String ownerBefore = i > 1 ? ts.get(i - 2).lower() : "";
            // "I was Tomas's recruiter": the target named with a possessive owns the role as "his" does
            boolean named = i > 0 && owner.matches(".+['’]s") && person(ts.get(i - 1)) && !referredBy(ts.get(i - 1).text().replaceAll("['’]s$", ""));
            boolean theirs = targetWords.contains(owner) || targetWords.contains(ownerBefore) || named;
            // "Kenji was our lecturer at the JICA course": the sender was one of the group it served
            boolean mine = owner.equals("my") || ownerBefore.equals("my") || owner.equals("our") || ownerBefore.equals("our")
                    // "Tyler was a candidate of mine", "a colleague of ours": the double possessive after the role
                    || i + 2 < ts.size() && ts.get(i + 1).lower().equals("of") && (ts.get(i + 2).lower().equals("mine") || ts.get(i + 2).lower().equals("ours"));
            if (senderWords.contains(who) && theirs || targetSubjects.contains(who) && mine || bothWords.contains(who)) {
                return Optional.of(kind);
            }
            // "Katarzyna was the sponsor from their side": a role on one side of the work the two did, the sender's the other
            if (targetSubjects.contains(who) && kind.equals(WORKED_WITH) && onTheirSide(ts, i)) {
                return Optional.of(kind);
            }
            return Optional.empty();
        }

        /** "from their side", "on the client side", "on the bank's side": right after the role. */
        private boolean onTheirSide(List<Token> ts, int i) {
            int end = Math.min(ts.size(), i + 5);
            for (int j = i + 1; j < end; j++) {
                String w = ts.get(j).lower();
                if (w.equals("side")) {
                    return j > i + 1 && (ts.get(i + 1).lower().equals("from") || ts.get(i + 1).lower().equals("on"));
                }
                if (!ts.get(j).isWord() && !w.equals("'s")) {
                    return false;
                }
            }
            return false;
        }

        /** The target named by a past, shared role: "old colleague", "ex boss", "my former student, now an engineer". */
        private Optional<String> formerRole(List<Token> ts, int i) {
            String role = ts.get(i).lower().startsWith("ex-") ? ts.get(i).lower().substring(3) : ts.get(i).lower();
            String kind = roleKind.get(role);
            boolean marked = ts.get(i).lower().startsWith("ex-");
            for (int j = i - 1; j >= 0 && j >= i - 2; j--) {
                String w = ts.get(j).lower();
                // a place ("college student") marks only a peer ("college roommate"), not what the sender is
                boolean place = PLACES.contains(w);
                marked |= former.contains(w) && (!place || kind.equals("met-in-person")) || w.startsWith("ex-");
            }
            if (!marked || subjectBefore(ts, i) >= 0) {
                return Optional.empty();
            }
            // "my old professor Helen told me to write": the role names someone else, who acts
            boolean named = i + 1 < ts.size() && ts.get(i + 1).is("PROPN");
            boolean acts = i + 1 < ts.size() && ts.get(i + 1).is("VERB", "AUX")
                    || i + 2 < ts.size() && ts.get(i + 1).isWord() && ts.get(i + 2).is("VERB");
            return named || acts ? Optional.empty() : Optional.of(kind);
        }

        /** "we did our MBA together", "we went through residency together". */
        private Optional<String> together(List<Token> ts, int i) {
            int subject = subjectBefore(ts, i);
            if (subject < 0 || !bothWords.contains(who(ts, subject)) || wishedOrAsked(ts, i, subject)) {
                return Optional.empty();
            }
            for (int j = subject + 1; j < i; j++) {
                String kind = sameKind.get(ts.get(j).lower());
                if (kind != null) {
                    return Optional.of(kind);
                }
            }
            return Optional.of("met-in-person");
        }

        /** A noun of contact heading the sentence: "great chat at the Product Camp lunch", "coffee chat last wk". */
        private Optional<String> contactNoun(List<Token> ts, int i) {
            if (i > 2) {
                return Optional.empty();
            }
            for (int j = 0; j < i; j++) {
                if (!ts.get(j).is("ADJ", "NOUN", "ADV")) {
                    return Optional.empty();
                }
            }
            return Optional.of("met-in-person");
        }

        /**
         * "Daniel and I were both buyers in the purchasing team at Toyota Australia", "we are both nurses on ward 7": the two
         * held one kind of post in one place, which is working together (a founder's former colleague was read as a stranger
         * and his question as lead generation). A kind the role words give ("both speakers at …") is theirs; members, alumni,
         * parents or customers of one thing are no colleagues.
         */
        private Optional<String> bothInOneRole(List<Token> ts, int i) {
            int subject = subjectBefore(ts, i);
            if (subject < 0 || !who(ts, subject).equals("we") && !bothWords.contains(base(ts.get(subject))) || !beBetween(ts, subject, i)
                    || wishedOrAsked(ts, i, subject)) {
                return Optional.empty();
            }
            for (int j = i + 1; j < Math.min(ts.size() - 1, i + 4); j++) {
                Token t = ts.get(j);
                if (!t.isWord() || t.is("VERB", "AUX", "ADP", "PRON")) {
                    return Optional.empty();
                }
                String noun = t.lower();
                if (t.is("NOUN") && noun.length() > 3 && noun.endsWith("s") && !noun.endsWith("ss")
                        && Set.of("at", "in", "on", "for", "with").contains(ts.get(j + 1).lower())) {
                    if (NOT_COLLEAGUES.contains(noun)) {
                        return Optional.empty();
                    }
                    return Optional.of(roleKind.getOrDefault(noun, noun.startsWith("volunteer") ? "volunteered-together" : "worked-together"));
                }
            }
            return Optional.empty();
        }

        private static final Set<String> NOT_COLLEAGUES = Set.of("members", "parents", "fans", "customers", "users", "subscribers",
                "followers", "attendees", "alumni", "alums", "graduates", "guests", "readers", "listeners", "residents", "citizens",
                "patients", "visitors", "delegates", "participants", "investors", "shareholders", "applicants", "candidates");

        /**
         * A thing the two shared, with "we" as the subject: "we were on the same team", "we took the same
         * evening Spanish class", "we were both in the Techstars 2023 cohort".
         */
        private Optional<String> shared(List<Token> ts, int i) {
            int subject = subjectBefore(ts, i);
            if (subject >= 0 && senderWords.contains(base(ts.get(subject))) && i > 0
                    && Set.of("his", "her", "their", "your").contains(ts.get(i - 1).lower()) && beBetween(ts, subject, i)
                    // ("I'd love to be considered for a … job on his team": a place wished for, not one held)
                    && !wishedBetween(ts, subject, i)) {
                return Optional.of(sameKind.get(ts.get(i).lower()));   // "I was in his workshop"
            }
            if (subject >= 0 && Set.of("she", "he", "they").contains(who(ts, subject)) && i > 0
                    && Set.of("my", "our").contains(ts.get(i - 1).lower()) && beBetween(ts, subject, i) && !wishedBetween(ts, subject, i)) {
                return Optional.of(sameKind.get(ts.get(i).lower()));   // "Abena was in my cohort 9": a teacher's own group
            }
            if (subject < 0 && opensWithSame(ts, i)) {
                return Optional.of(sameKind.get(ts.get(i).lower()));   // "same project 2019, she was tech lead"
            }
            if (subject < 0 || !bothWords.contains(who(ts, subject)) || wishedOrAsked(ts, i, subject)) {
                return Optional.empty();
            }
            boolean same = false;
            for (int j = i - 1; j > subject && j >= i - SAME_WINDOW; j--) {
                same |= ts.get(j).lower().equals("same");
            }
            boolean inIt = false;
            for (int j = subject + 1; j < i - 1; j++) {
                if (BE.contains(ts.get(j).lower())) {
                    int k = j + 1;
                    while (k < i && Set.of("both", "all").contains(ts.get(k).lower())) {
                        k++;
                    }
                    inIt |= k < i && Set.of("in", "on").contains(ts.get(k).lower());
                }
            }
            return same || inIt ? Optional.of(sameKind.get(ts.get(i).lower())) : Optional.empty();
        }

        /** The nearest subject word before {@code i} in its clause ("I", "we", "she"), or -1. */
        private int subjectBefore(List<Token> ts, int i) {
            for (int j = i - 1; j >= 0; j--) {
                String w = base(ts.get(j));
                if (CLAUSE_BREAKS.contains(w)) {
                    return -1;
                }
                if (senderWords.contains(w) || bothWords.contains(w) && !w.equals("us") || targetSubjects.contains(w)
                        || namedSubject(ts, j, i)) {
                    return j;
                }
                if (w.equals("who") && j > 0) {
                    return antecedent(ts, j);
                }
            }
            return -1;
        }

        /**
         * "Julia is the engineer at Kessler who supported us": a relative "who" stands for the clause's own
         * subject when that is the target (a name or "she"); anyone else ("I met an engineer who …") is no one known.
         */
        private int antecedent(List<Token> ts, int who) {
            for (int j = who - 1; j >= 0; j--) {
                String w = base(ts.get(j));
                if (CLAUSE_BREAKS.contains(w) || senderWords.contains(w) || bothWords.contains(w)) {
                    return -1;
                }
                if (targetSubjects.contains(w) || namedSubject(ts, j, who)) {
                    return j;
                }
            }
            return -1;
        }

        /**
         * Who the subject at {@code subject} is, as a word of the lists: "we" for "Marc-André and I" or
         * "she and I", "she" for a named person who is the target, else the word itself ("" for none).
         */
        private String who(List<Token> ts, int subject) {
            if (subject < 0) {
                return "";
            }
            String w = base(ts.get(subject));
            if (senderWords.contains(w) && subject >= 2 && ts.get(subject - 1).lower().equals("and")
                    && (ts.get(subject - 2).is("PROPN") || capitalisedName(ts.get(subject - 2))
                        || targetSubjects.contains(base(ts.get(subject - 2))))
                    && opensClause(ts, firstOfName(ts, subject - 2))) {
                return "we";   // "Marc-André and I co-wrote", not "... to Mexico and I'm working"
            }
            // ("our CEO Mark Feld worked with him at Sanctum and said I should say hi": the one who passed the name on is neither of
            // the two, and what they did with the recipient is no tie of the sender's)
            if (looksLikeName(ts.get(subject)) && referredBy(ts.get(subject).text())) {
                return "";
            }
            return (looksLikeName(ts.get(subject)) || typedSmall(ts, subject)) && !notNames.contains(ts.get(subject).lower())
                    && !senderWords.contains(w) && !bothWords.contains(w) ? "she" : w;
        }

        /**
         * "lindqvist supervised my erasmus thesis at SLU": a name typed small, opening the reason, right before a past verb done to
         * the sender (a bare common noun would need its article there). The tagger calls an unknown small name anything
         * ("lindqvist/ADV", "okafor/ADJ", "priya/INTJ"); a noun is a word it knows.
         */
        private boolean typedSmall(List<Token> ts, int j) {
            Token t = ts.get(j);
            return j == 0 && ts.size() > 2 && t.is("PROPN", "ADV", "ADJ", "INTJ", "X") && !t.lower().endsWith("ly")
                    && !SMALL_NOT_NAMES.contains(t.lower()) && Character.isLowerCase(t.text().codePointAt(0))
                    && ts.get(1).is("VERB") && past(ts.get(1).lower()) && senderObjects.contains(ts.get(2).lower());
        }

        /** "Farhana and I": the tagger may call a name it does not know an interjection; capitalised, it is still a name. */
        private boolean capitalisedName(Token t) {
            return Character.isUpperCase(t.text().codePointAt(0)) && !notNames.contains(t.lower())
                    && !t.is("PRON", "DET", "ADP", "AUX", "VERB", "CCONJ", "SCONJ", "PUNCT", "NUM");
        }

        /**
         * A person's name opening a clause right before its verb ("Arjun interviewed with us", "Marcus
         * trained me"): the target, unless the reason names them as the one who referred the sender, or
         * the word is no name at all (a month, a weekday, a title).
         */
        private boolean namedSubject(List<Token> ts, int j, int verb) {
            Token t = ts.get(j);
            if (!looksLikeName(t) && !typedSmall(ts, j) || notNames.contains(t.lower())
                    || senderWords.contains(base(t))) {
                return false;
            }
            int k = j + 1;
            // "Darnell and his crew saved our keynote livestream": the named person with their own team is the subject
            if (k + 2 < verb && ts.get(k).lower().equals("and") && THEIR_OWN.contains(ts.get(k + 1).lower())
                    && THEIR_PEOPLE.contains(ts.get(k + 2).lower())) {
                k += 3;
            }
            while (k < verb && (ts.get(k).is("ADV", "PART") || ADDRESS.contains(ts.get(k).lower()))) {
                k++;
            }
            if (k >= ts.size() || !ts.get(k).is("VERB", "AUX")) {
                return false;           // a name the verb does not follow ("at ProMat and ...") is no subject
            }
            int first = firstOfName(ts, j);
            // "So Tomasz did the sound design …": a word that only opens the telling stands before the subject
            boolean opener = first == 1 && OPENERS.contains(ts.get(0).lower());
            if (first > 0 && ts.get(first - 1).isWord() && !ts.get(first - 1).is("CCONJ") && !opener) {
                return false;
            }
            String name = ts.get(first).text();
            return referrers.stream().noneMatch(r -> r.startsWith(name) || name.startsWith(r));
        }

        /**
         * "thanks for the hamstring workshop at our school", "thank you for speaking at our career night": the target came to
         * the sender's own event or place to give it, read at "our" (a thanks for a talk elsewhere, "loved the workshop at
         * the conference", names no meeting).
         */
        private Optional<String> thankedForComingToOurs(List<Token> ts, int i) {
            if (i < 3 || !AT_OURS.contains(ts.get(i - 1).lower())) {
                return Optional.empty();
            }
            boolean given = false;
            for (int j = i - 2; j >= 0 && j >= i - 9; j--) {
                String w = ts.get(j).lower();
                if (CLAUSE_BREAKS.contains(w) && !w.equals("—")) {
                    return Optional.empty();
                }
                given |= ATTENDED.contains(w) || GIVING.contains(w);
                // ("thanks for", "thank you for", "thank her for": a wish to thank still tells the talk was given)
                if (w.equals("for") && j > 0 && (THANKING.contains(ts.get(j - 1).lower())
                        || j > 1 && ts.get(j - 2).lower().equals("thank") && (OBJECTS.contains(ts.get(j - 1).lower()) || looksLikeName(ts.get(j - 1))))) {
                    return given ? Optional.of("met-in-person") : Optional.empty();
                }
            }
            return Optional.empty();
        }

        /**
         * The target in a role on the sender's own work, read at "our" or "we": "Nadia was the inspector
         * on our flats job", "she was the client lead when we redesigned the stores", "Tomás did our
         * front of house on the tour". A relationship of work, on the sender's word.
         */
        private Optional<String> targetOnOurWork(List<Token> ts, int i) {
            int subject = subjectBefore(ts, i);
            boolean when = false;
            if (ts.get(i).lower().equals("we")) {
                // "... when we redesigned": the subject is the one before "when"
                if (i == 0 || !Set.of("when", "while", "as").contains(ts.get(i - 1).lower())) {
                    return Optional.empty();
                }
                subject = subjectBefore(ts, i - 1);
                when = true;
                from = Math.max(subject, 0);
            }
            if (subject < 0 || !targetSubjects.contains(who(ts, subject)) || wishedOrAsked(ts, i, subject)) {
                return Optional.empty();
            }
            int verb = subject + 1;
            while (verb < i && !ts.get(verb).is("VERB", "AUX")) {
                verb++;
            }
            if (verb >= i || i - subject > ROLE_WINDOW) {
                return Optional.empty();
            }
            String v = base(ts.get(verb));
            if (BE.contains(v)) {
                // a role noun, then "on/for/at our ..." or "when we ..."
                // (a role: "the inspector on our job", "the client lead when we …"; not "a perfect fit for our client", a
                // recruiter's pitch that was read as a shared past)
                boolean role = false;
                for (int j = verb + 1; j < i; j++) {
                    String w = ts.get(j).lower();
                    role |= ts.get(j).is("PROPN") || ts.get(j).is("NOUN") && (roleKind.containsKey(w) || PERSON_NOUN.matcher(w).matches());
                    // ("a perfect fit for Lead AppSec Engineer at our client": what a recruiter thinks of someone is no role held)
                    if (NO_ROLE_HELD.contains(w)) {
                        return Optional.empty();
                    }
                }
                boolean placed = when || i >= 1 && ON_OURS.contains(ts.get(i - 1).lower());
                return role && placed ? Optional.of("worked-together") : Optional.empty();
            }
            return !when && workForUs.contains(v) && i - verb <= 2 ? Optional.of("worked-together") : Optional.empty();
        }
    }

    private static final Set<String> NO_ROLE_HELD = Set.of("fit", "match", "candidate", "option", "choice", "hire", "addition");

    /** A noun that names a person by what they do ("inspector", "engineer", "lead", "sponsor", "chemist"). */
    private static final java.util.regex.Pattern PERSON_NOUN = java.util.regex.Pattern.compile(
            "\\p{L}+(?:er|or|ist|ian|ant|ent|ee|lead|head|chief|officer|manager|sponsor)");

    /** A capitalised proper noun, or a capitalised word the tagger took for a common noun ("Lukas interviewed me"). */
    private static boolean looksLikeName(Token t) {
        // ("Will was my boss at Dairy Holdings": the tagger reads a name that is also an everyday word as a modal)
        // ("Hélène was my mentor": the tagger may call a name it does not know a pronoun)
        // ("Pascale was my client at the Fondation": a name it does not know may be called an adjective; with its capital and no
        // ending of an adjective it is read as the name, a translator's former client was no tie)
        return (t.is("PROPN", "NOUN") || t.is("AUX", "VERB") && dev.rapport.language.TypedNames.EVERYDAY.contains(t.lower())
                || t.is("PRON") && !dev.rapport.text.Words.PRONOUNS.contains(t.lower())
                || t.is("ADJ", "X") && t.text().length() > 2 && !t.lower().matches(".*(?:al|ic|ive|ous|ful|less|able|ible|ish|ian|ese|ern|ed|est|er|ly)$"))
                && !t.text().isEmpty() && Character.isUpperCase(t.text().codePointAt(0));
    }

    /** The first token of the name that ends at {@code j} ("Marc- André", "Tomás"). */
    private static int firstOfName(List<Token> ts, int j) {
        int first = j;
        while (first > 0) {
            if (ts.get(first - 1).text().equals("-") && first >= 2 && ts.get(first - 2).is("PROPN")) {
                first -= 2;     // "Serge-Alain": both halves are the name
            } else if (ts.get(first).is("PROPN") && ts.get(first - 1).is("PROPN")
                    && !(first - 1 == 0 && OPENING_VERBS.contains(ts.get(0).lower()))) {
                first--;
            } else if (dev.rapport.text.Honorifics.is(ts.get(first - 1).text())) {
                first--;        // "Nurse Blake", "Coach Rivera": a title of address is part of how the person is named
            } else {
                break;
            }
        }
        return first;
    }

    /** Tokens that always end a clause. */
    private static final Set<String> HARD_BREAKS = Set.of(";", ":", "—", "–", "(", ")", "!", "?", ".");
    /** Tokens that end a clause when a new clause follows them ("..., we did the rollout", "... and she said"). */
    private static final Set<String> SOFT_BREAKS = Set.of(",", "and", "but", "so", "because", "though", "although",
            "while", "whereas", "then", "which");

    /**
     * The clause of a sentence that holds tokens {@code from} to {@code to}: cut at hard breaks and at a
     * comma or conjunction that opens a new clause (a subject and a verb, or a verb, after it; on the left
     * only once a verb has come before it, so "Marc-André and I co-wrote" stays whole). The stated relationship
     * is quoted by this clause, not by the user's whole reason.
     */
    static String clause(Sentence sentence, int from, int to) {
        List<Token> ts = sentence.tokens();
        if (ts.isEmpty()) {
            return sentence.text();
        }
        int a = Math.max(0, Math.min(from, ts.size() - 1));
        int b = Math.max(a, Math.min(to, ts.size() - 1));
        while (a > 0) {
            Token t = ts.get(a - 1);
            // "... and ended up sitting at her table": a verb sharing the subject before it is no new clause
            boolean subjectless = ts.get(a).is("VERB", "AUX") && !t.lower().equals(",");
            if (HARD_BREAKS.contains(t.lower())
                    || SOFT_BREAKS.contains(t.lower()) && opensClauseAt(ts, a) && !subjectless && verbBefore(ts, a - 1)) {
                break;
            }
            a--;
        }
        while (b + 1 < ts.size()) {
            Token t = ts.get(b + 1);
            if (HARD_BREAKS.contains(t.lower()) || SOFT_BREAKS.contains(t.lower()) && opensClauseAt(ts, b + 2)) {
                break;
            }
            b++;
        }
        String text = sentence.text();
        int start = ts.get(a).start() - sentence.start();
        int end = ts.get(b).end() - sentence.start();
        String cut = start >= 0 && end <= text.length() && start < end ? text.substring(start, end).strip() : text;
        return cut.replaceAll("[,;:\\s]+$", "");
    }

    /** A clause opens at {@code k}: a subject (pronoun or name) and a verb within two words, or a verb. */
    private static boolean opensClauseAt(List<Token> ts, int k) {
        if (k >= ts.size()) {
            return false;
        }
        if (ts.get(k).is("VERB", "AUX") || ts.get(k).tag().startsWith("PRON+")) {
            return true;    // a verb, or a contracted subject and verb ("I'd", "she'll")
        }
        if (!ts.get(k).is("PRON", "PROPN") && !looksLikeName(ts.get(k))) {
            return false;
        }
        for (int j = k + 1; j < ts.size() && j <= k + 3; j++) {
            if (ts.get(j).is("VERB", "AUX") || ts.get(j).lower().contains("'")) {
                return true;
            }
            if (!ts.get(j).is("PROPN", "ADV", "PART") && !looksLikeName(ts.get(j))) {
                return false;
            }
        }
        return ts.get(k).text().contains("'");   // "she'll", "I'm"
    }

    private static boolean verbBefore(List<Token> ts, int k) {
        for (int j = k - 1; j >= 0; j--) {
            if (HARD_BREAKS.contains(ts.get(j).lower())) {
                return false;
            }
            if (ts.get(j).is("VERB", "AUX")) {
                return true;
            }
        }
        return false;
    }

    /** "same project 2019 banking app": a shared thing that opens the reason or a clause, with no subject. */
    private static boolean opensWithSame(List<Token> ts, int i) {
        for (int j = i - 1; j >= 0 && j >= i - SAME_WINDOW; j--) {
            if (ts.get(j).lower().equals("same")) {
                int before = j - 1;
                if (before >= 0 && ts.get(before).lower().equals("the")) {
                    before--;
                }
                return before < 0 || !ts.get(before).isWord();
            }
        }
        return false;
    }

    /** A contact word used as a noun: "our weekly staff meeting", "in the chat", "her talk". */
    private static boolean nominal(List<Token> ts, int i) {
        if (i == 0) {
            return false;
        }
        Token before = ts.get(i - 1);
        // a capitalised word before it is rather a name as the subject: "Lukas interviewed me"
        return !SUBJECT_PRONOUNS.contains(before.lower()) && (NOMINAL_BEFORE.contains(before.lower())
                || before.is("NOUN", "ADJ", "NUM") && !before.lower().equals("both") && !looksLikeName(before));
    }

    /**
     * The sender acted and the target answered in the same sentence: "I asked in the chat how to invoice
     * ... and she said she'll answer it in a post".
     */
    private boolean repliedTo(List<Token> ts, int i) {
        for (int j = i + 1; j + 1 < ts.size(); j++) {
            String w = ts.get(j).lower();
            if (w.equals(".") || w.equals(";")) {
                return false;
            }
            if (JOINS.contains(w) && targetSubjects.contains(base(ts.get(j + 1)))) {
                int k = j + 2;
                while (k < ts.size() && ts.get(k).is("AUX", "ADV")) {
                    k++;
                }
                if (k < ts.size() && replies.contains(ts.get(k).lower())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "together", "the same team", "with each other" later in the clause: the two did it side by side. */
    private static boolean togetherAfter(List<Token> ts, int i) {
        for (int j = i + 1; j < ts.size() && !HARD_BREAKS.contains(ts.get(j).text()); j++) {
            String w = ts.get(j).lower();
            if (w.equals("together") || w.equals("same") || w.equals("each") && j + 1 < ts.size() && ts.get(j + 1).lower().equals("other")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A verb of answering with no other party after it: "he replied that I should connect", "she
     * replied." or "he answered and asked me to connect" can only be an answer to the sender.
     */
    private static boolean answeredSender(List<Token> ts, int i) {
        int j = i + 1;
        while (j < ts.size() && (ts.get(j).is("ADV") || ts.get(j).lower().equals("back"))) {
            j++;
        }
        if (j >= ts.size() || !ts.get(j).isWord()) {
            return true;
        }
        return ANSWER_GOES_ON.contains(ts.get(j).lower());
    }

    /** "to meet", "would love to chat", "can we talk", "let's talk": a wish, a plan or a question, not contact. */
    /** A wish between the subject and the word ("I'd love to be considered for a job on his team", "hope to be in her lab"). */
    private static boolean wishedBetween(List<Token> ts, int subject, int i) {
        for (int j = subject; j < i; j++) {
            String w = ts.get(j).lower();
            if (w.endsWith("'d") || w.endsWith("’d") || w.endsWith("'ll") || WISHING.contains(w)
                    || w.equals("to") && j + 1 < i && ts.get(j + 1).lower().equals("be")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> WISHING = Set.of("would", "will", "could", "might", "should", "hope", "hoping", "want", "wanted",
            "wants", "love", "like", "considered", "apply", "applying", "join", "joining");

    private static boolean wishedOrAsked(List<Token> ts, int i, int subject) {
        for (int j : new int[] {i - 1, i - 2, subject - 1}) {
            String w = j >= 0 && j < i ? ts.get(j).lower() : "";
            if (w.equals("to") && j > 0 && ts.get(j - 1).lower().equals("used")) {
                continue;   // "we used to work together": a past habit, not a wish
            }
            if (NOT_YET.contains(w) || w.endsWith("'d") || w.endsWith("'ll")) {
                return true;
            }
        }
        return false;
    }

    /** The target as an object ("with her", "taught him"), not as the owner of something read ("her paper"). */
    private static boolean objectAfter(List<Token> ts, int i) {
        for (int j = i + 1; j < ts.size() && j <= i + 2; j++) {
            String w = ts.get(j).lower();
            boolean owner = j + 1 < ts.size() && ts.get(j + 1).is("NOUN", "ADJ", "PROPN", "NUM");
            if (OBJECTS.contains(w) && !(w.equals("her") && owner)) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlyAuxiliariesBetween(List<Token> ts, int from, int to) {
        for (int j = from + 1; j < to; j++) {
            if (!ts.get(j).is("AUX", "ADV", "PART") && !BE.contains(ts.get(j).lower())) {
                return false;
            }
        }
        return true;
    }

    private boolean partyAfter(List<Token> ts, int i, Set<String> words) {
        for (int j = i + 1; j < ts.size() && j <= i + PARTY_WINDOW; j++) {
            String w = ts.get(j).lower();
            if (words.contains(w)) {
                return true;
            }
            if (CLAUSE_BREAKS.contains(w) || w.equals(",") || w.equals("and")) {
                return false;
            }
        }
        return false;
    }

    /** A person named after "with" ("I chatted with Monique") or "under" ("I worked under Will"), or right after a verb of meeting ("I met Ana"). */
    private static boolean properNounAfter(List<Token> ts, int i, boolean direct) {
        int j = i + 1;
        if (j < ts.size() && (ts.get(j).lower().equals("with") || ts.get(j).lower().equals("under"))) {
            j++;
        } else if (!direct) {
            return false;
        }
        // "I meet Kwame at the forum": the tagger may call an unknown name a verb; its capital still tells it
        return j < ts.size() && (ts.get(j).is("PROPN") || ts.get(j).isWord() && (!ts.get(j).is("ADP", "DET", "PRON", "AUX") || looksLikeName(ts.get(j)))
                && Character.isUpperCase(ts.get(j).text().codePointAt(0))) && !ts.get(j).lower().equals("i");
    }

    private static final Set<String> IRREGULAR_PAST = Set.of("met", "taught", "led", "ran", "sat", "spoke", "rode", "swam",
            "sang", "wrote", "drove", "flew", "saw", "knew", "shook");

    /** A past form of a verb ("met", "trained"): what the sender did, told after the fact. */
    private static boolean past(String w) {
        return IRREGULAR_PAST.contains(w) || w.length() > 4 && w.endsWith("ed");
    }

    private static boolean opensClause(List<Token> ts, int i) {
        return i == 0 || !ts.get(i - 1).isWord();
    }

    private static boolean beBetween(List<Token> ts, int from, int to) {
        // ("we're neighbors", "she's my realtor": the tokenizer keeps the verb on its subject)
        if (from >= 0 && from < ts.size() && ts.get(from).lower().replace('’', '\'').matches(".+'(?:re|m|s)")) {
            return true;
        }
        for (int j = from + 1; j < to; j++) {
            if (BE.contains(ts.get(j).lower())) {
                return true;
            }
        }
        return false;
    }

    /** A word written with a capital that is not the pronoun "I": a word of a name. */
    private static boolean capitalisedWord(Token t) {
        return t.isWord() && Character.isUpperCase(t.text().codePointAt(0)) && !t.lower().equals("i") && !t.lower().startsWith("i'");
    }

    /** The word without a contracted verb: "we've" is "we", "I'm" is "i". */
    private static String base(Token t) {
        String w = t.lower().replace('’', '\'');
        int apostrophe = w.indexOf('\'');
        return apostrophe > 0 ? w.substring(0, apostrophe) : w;
    }

    /** A foreign word ("conocimos") gets no reliable English tag; its listing is the evidence. */
    private static boolean isEnglishTagged(Token t) {
        return t.text().chars().allMatch(c -> c < 128);
    }

    private static Map<String, String> byWord(Map<String, List<String>> byKind) {
        Map<String, String> out = new HashMap<>();
        if (byKind != null) {
            byKind.forEach((kind, words) -> words.forEach(w -> out.putIfAbsent(w.toLowerCase(java.util.Locale.ROOT), kind)));
        }
        return Map.copyOf(out);
    }

    private static ContactStatements load() {
        return new ContactStatements(BuiltIn.read(RESOURCE, ContactFile.class));
    }
}
