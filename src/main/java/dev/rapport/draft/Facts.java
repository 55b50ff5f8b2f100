package dev.rapport.draft;

import dev.rapport.text.Words;
import dev.rapport.ground.CommonGround;
import dev.rapport.ground.GroundKind;
import dev.rapport.profile.Position;
import dev.rapport.profile.Profile;
import dev.rapport.purpose.Intent;
import dev.rapport.purpose.Purpose;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** What a note may name, taken from the request once and cleaned for use inside a sentence. */
final class Facts {
    /**
     * The recipient as the user names them with a title or a respect word: "Dr. Sutter", "Professor Lindqvist",
     * "Ogata-san"; the note greets them so ("Dear Dr. Sutter,"). Empty when the reason uses no such form.
     */
    static String titled(String reason, dev.rapport.profile.Profile them) {
        // (built per draft: the name's own pattern only when the reason has a title or a respect word at all)
        if (them == null || them.name() == null || reason == null || !ANY_TITLE.matcher(reason).find()) {
            return "";
        }
        String[] parts = them.name().strip().split("\\s+");
        // a title goes with the surname ("Dr. Sutter", never "Dr. Priya"); "-san" with the name the user uses
        for (String part : parts.length > 1 ? new String[] {parts[parts.length - 1], parts[0]} : parts) {
            String name = part.replaceAll("[^\\p{L}'’-]", "");
            if (name.length() < 2) {
                continue;
            }
            java.util.regex.Matcher t = java.util.regex.Pattern.compile(
                    "\\b(Dr\\.?|Prof\\.?|Professor)\\s+" + java.util.regex.Pattern.quote(name) + "\\b(?!\\s+\\p{Lu})"
                    + "|\\b" + java.util.regex.Pattern.quote(name) + "-(" + dev.rapport.text.Honorifics.greetingParticles() + ")\\b").matcher(reason);
            boolean surname = parts.length == 1 || part.equals(parts[parts.length - 1]);
            // "Ibu Dewi", "Pak Budi": Indonesian respect said with the given name, as the user calls them ("Dear Ibu Dewi,");
            // not "Bu", which the title list leaves out as too short to be sure of (the greeting would read as a wrong name)
            java.util.regex.Matcher given = java.util.regex.Pattern.compile(
                    "\\b(Ibu|Bapak|Pak)\\s+" + java.util.regex.Pattern.quote(name) + "\\b").matcher(reason);
            if (!surname && given.find()) {
                return given.group(1) + " " + name;
            }
            if (t.find() && (t.group(1) == null || surname)) {
                if (t.group(1) != null) {
                    return titleWord(t.group(1)) + " " + name;
                }
                return name + "-" + t.group(2);
            }
        }
        return "";
    }

    /**
     * A recipient whose own page gives the title ("Dr. Eleni Karagianni", "Prof. Lindqvist") is greeted with it and the
     * surname by someone they have never met: the way the pair authors wrote to them ("Dear Dr. Karagianni," to a unit
     * head from a resident; reviewers: "'Hi Eleni' is too informal … to a senior consultant she has never met").
     */
    static String titledInProfile(Profile them) {
        if (them == null || them.name() == null) {
            return "";
        }
        java.util.regex.Matcher m = PROFILE_TITLE.matcher(them.name().strip());
        if (!m.matches()) {
            return "";
        }
        return titleWord(m.group(1)) + " " + m.group(2);
    }

    /** A title as a greeting writes it: "Dr.", "Prof.", "Professor", whatever case or dot it was typed with. */
    private static String titleWord(String typed) {
        String bare = typed.replace(".", "");
        String word = Character.toUpperCase(bare.charAt(0)) + bare.substring(1).toLowerCase(java.util.Locale.ROOT);
        return word.equals("Dr") || word.equals("Prof") ? word + "." : word;
    }

    // the title, any given names, the surname (letters, an apostrophe or a hyphen: "Maharaj-Clarke"); nothing after it
    private static final java.util.regex.Pattern PROFILE_TITLE = java.util.regex.Pattern.compile(
            "(?i)(dr|prof|professor)\\.?\\s+(?:[\\p{L}.'’-]+\\s+)+?([\\p{Lu}][\\p{L}'’-]+)");

    /** Nothing says the two have met or worked together: no shared past on the pages, no meeting in the reason. */
    private static boolean neverMet(DraftRequest request, Purpose purpose) {
        // (a talk heard from the audience is no acquaintance: "Dear Dr. Kinsella" stays for the speaker a student only listened to)
        boolean heard = dev.rapport.ground.GroundFinder.heardOnly(purpose.text());
        return request.ground().stream().noneMatch(g -> g.kind() != null && g.kind().isRelationship() && g.kind() != GroundKind.MUTUAL_CONTACT
                        && !(heard && g.kind() == GroundKind.MET_AT_EVENT))
                && !purpose.has(Intent.MET_IN_PERSON) && !purpose.has(Intent.RECONNECT) && !MET_OR_KNOWN.matcher(purpose.text()).find();
    }

    private static final java.util.regex.Pattern MET_OR_KNOWN = java.util.regex.Pattern.compile(
            // ("never met her", "we haven't met": a meeting denied is none)
            "(?i)(?<!never )(?<!not )(?<!n't )(?<!n’t )\\b(?:met|meet|talked|chatted|spoke|worked|studied|mentored|mentor|supervised|taught|came to|visited)\\b");

    private static final java.util.regex.Pattern ANY_TITLE = java.util.regex.Pattern.compile(
            "\\b(?:Dr\\.?|Prof\\.?|Professor|Ibu|Bapak|Pak)\\s|-(?:" + dev.rapport.text.Honorifics.greetingParticles() + ")\\b");
    private static final java.util.regex.Pattern GAVE_A_TALK = java.util.regex.Pattern.compile(
            "(?i)\\b(?:her|his|their|your) (?:talk|session|presentation|keynote|lecture|panel|workshop)\\b|\\b(?:she|he|they|you) (?:spoke|presented|gave a talk)\\b");
    private static final java.util.regex.Pattern OWN_WORDS =
            java.util.regex.Pattern.compile("(?i)\\b(?:i|i'm|i am|we|my|our|me)\\b");
    private final DraftRequest request;
    private final Profile them;
    private final Purpose purpose;
    private final boolean questions;
    // "University of Michigan", "London School of Economics": names that read with "the" in a sentence.
    private static final java.util.regex.Pattern OF_NAME = java.util.regex.Pattern.compile(
            "\\b(?:University|College|Institute|School|Academy|Conservatory) of\\b");
    // "Northwestern University - Kellogg School of Management": the part after the dash is what people call it.
    private static final java.util.regex.Pattern PART = java.util.regex.Pattern.compile("\\s+[-–—]\\s+");
    private final Map<String, String> base = new HashMap<>();
    private final String everything;
    private final Wording wording;

    /** The language helpers a note's values go through. */
    record Wording(Set<String> honorifics, SkillNames skills, SecondPerson secondPerson, String article) {
    }

    /** The point of the user's words, by the words read, for this one request (its angles and fallbacks ask the same). */
    final java.util.Map<String, java.util.Optional<ReasonWords.Said>> points = new java.util.HashMap<>();
    /** Each sentence of the reason read on its own, once per draft: every plan looks for the sender's own experience in them. */
    final java.util.Map<String, java.util.Optional<ReasonWords.Said>> sentencesRead = new java.util.HashMap<>();

    Facts(DraftRequest request, Wording wording) {
        this.request = request;
        this.wording = wording;
        Set<String> honorifics = wording.honorifics();
        this.them = request.them();
        this.purpose = voiced(request.purpose() == null ? Purpose.NONE : request.purpose());
        this.questions = request.style().question();
        // greeted as the sender calls them: "Hi Tunde" when the reason says Tunde and the profile Babatunde
        String first = firstName(them, honorifics);
        String called = dev.rapport.text.GreetingName.asCalledIn(first, this.purpose.text());
        // never the name of someone else the reason names ("Maria suggested I write" to Marianne)
        boolean someoneElse = this.purpose.people().stream().anyMatch(p -> Words.containsWord(p, called));
        base.put("first", someoneElse ? first : called);
        if (them != null) {
            them.positions().stream().filter(p -> p.dates().isCurrent()).map(Position::company)
                    .map(this::clean).filter(s -> !s.isEmpty()).findFirst()
                    .ifPresent(c -> base.put("company", c));
        }
        purpose.people().stream().map(this::clean).filter(s -> !s.isEmpty()).findFirst()
                .ifPresent(p -> base.put("person", p));
        purpose.events().stream().map(this::clean).filter(s -> !s.isEmpty()).findFirst()
                .ifPresent(e -> base.put("event", e));
        PurposeDetails d = PurposeDetails.of(purpose, questions);
        base.put("move", d.move());
        base.put("field", d.field());
        base.put("role", d.role());
        base.put("team", d.team());
        base.put("talk", d.talk());
        String titled = titled(this.purpose.text(), them);
        base.put("titled", titled.isEmpty() && neverMet(request, this.purpose) ? titledInProfile(them) : titled);
        // a talk they gave ("after her talk on …"), not only one the two had ("we talk about the fat testing machine")
        base.put("presented", GAVE_A_TALK.matcher(purpose.text()).find() ? "yes" : "");
        base.put("topic", d.topic());
        base.put("skills", skillsTheyNeed());
        this.everything = Text.lower(contextText());
    }

    // "I applied for the platform role on her team": the sender is the candidate, whatever else the reason's words suggest.
    private static final java.util.regex.Pattern CANDIDATE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:applied|applying)\\s+(?:for|to)\\b|\\b(?:i'm|i am)\\s+(?:the|a)\\s+candidate\\b|\\bmy\\s+(?:application|interview)\\b");

    /** The purpose as the drafter speaks it: a candidate never writes as the one hiring. */
    static Purpose voiced(Purpose p) {
        if (!p.has(Intent.HIRING) || !CANDIDATE.matcher(p.text()).find()) {
            return p;
        }
        java.util.Set<Intent> intents = java.util.EnumSet.noneOf(Intent.class);
        intents.addAll(p.intents());
        intents.remove(Intent.HIRING);
        intents.add(Intent.JOB_SEEKING);
        return new Purpose(p.text(), intents, p.people(), p.events(), p.posts(), p.offers());
    }

    boolean keepQuestionMarks() {
        return questions;
    }

    Purpose purpose() {
        return purpose;
    }

    String clean(String raw) {
        return Text.value(raw, questions);
    }

    private static final java.util.regex.Pattern POSTER_POSSESSIVE = java.util.regex.Pattern.compile("(?i)\\b(?:her|his)\\b(?=\\s+\\p{L})");
    private static final java.util.regex.Pattern THEIR_LEAD = java.util.regex.Pattern.compile("^(?i:their)\\b(?=\\s+\\p{L})");
    private static final java.util.regex.Pattern POSTER_SUBJECT = java.util.regex.Pattern.compile("(?i)\\b(?:she|he)\\b");

    /** The recipient as the note greets them with a title ("Dr. Sutter", "Ibu Dewi"), or empty for the first name. */
    String titled() {
        return base.getOrDefault("titled", "");
    }

    /** Values for one angle: the shared thing, and its period when the two were there together. */
    Map<String, String> values(CommonGround angle) {
        Map<String, String> v = new HashMap<>(base);
        String subject = shown(angle);
        if (angle.kind() == GroundKind.THEIR_POST) {
            // "she posted about her colleague passing …" is their own post: "your post about your colleague passing …";
            // "the airway trainer she built" is the one "you built"
            subject = POSTER_POSSESSIVE.matcher(subject).replaceAll("your");
            subject = POSTER_SUBJECT.matcher(subject).replaceAll("you");
            // "she talked about their query costs": the user's "their" at the head of the topic is her team's
            subject = THEIR_LEAD.matcher(subject).replaceFirst("your");
        }
        v.put("subject", subject);
        v.put("place", OF_NAME.matcher(subject).find() && !Text.lower(subject).startsWith(Text.lower(wording.article()))
                ? wording.article() + subject : subject);
        if (angle.kind() == GroundKind.THEIR_NEED) {
            wording.secondPerson().of(subject).ifPresent(said -> v.put("said", said));
        }
        // When the angle is the talk or post itself, saying it again in the why-now would only repeat it.
        if (!v.get("talk").isEmpty() && Text.lower(v.get("subject")).contains(Text.lower(v.get("talk")))) {
            v.put("talk", "");
        }
        // A period only means something for shared history; for alumni it would be the target's years, not "ours".
        if (angle.kind().isRelationship()) {
            v.put("period", clean(angle.period()));
        }
        return v;
    }

    /** The shared thing as it reads inside a sentence. */
    private String shown(CommonGround angle) {
        String subject = clean(angle.subject());
        if (angle.kind() == GroundKind.SHARED_TOPIC) {
            return wording.skills().inSentence(subject);
        }
        if (angle.kind() == GroundKind.STUDIED_TOGETHER || angle.kind() == GroundKind.ALUMNI) {
            String[] parts = PART.split(subject);
            String last = parts[parts.length - 1];
            if (parts.length > 1 && last.split(" ").length >= 2) {
                return last;
            }
        }
        return subject;
    }

    /** Which context phrasings suit this angle: a mutual contact who suggested writing reads differently from one both know. */
    String contextKey(CommonGround angle) {
        String subject = Text.lower(clean(angle.subject()));
        if (angle.kind() == GroundKind.MUTUAL_CONTACT
                && (purpose.has(Intent.REFERRAL)
                || purpose.people().stream().anyMatch(p -> !subject.isEmpty() && Text.lower(p).contains(subject)))) {
            return "mutual-contact-referral";
        }
        if (angle.kind() == GroundKind.THEIR_NEED && subject.matches(".*\\bopen to\\b.*")) {
            return "their-need-open";
        }
        // A need found as the person's own sentence ("I mentor a few students") is said back to them
        // ("you mentor a few students"); quoted only when it cannot be turned round cleanly.
        if (angle.kind() == GroundKind.THEIR_NEED && (subject.split(" ").length >= 5 || OWN_WORDS.matcher(subject).find())) {
            return wording.secondPerson().of(clean(angle.subject())).isPresent() ? "their-need-said" : "their-need-quote";
        }
        // Years that overlap at one employer, read off the profiles, show the two were there at the same time,
        // not that they worked together (a reviewer: "overstates it; they work for the same company").
        if (angle.kind() == GroundKind.WORKED_TOGETHER && !purpose.states(angle.subject())
                && !OfflineDrafter.statesKind(Text.lower(purpose.text()), GroundKind.WORKED_TOGETHER)) {
            return angle.period().endsWith("present") ? "worked-overlap-now" : "worked-overlap";
        }
        if (angle.kind() == GroundKind.STUDIED_TOGETHER && !purpose.states(angle.subject())
                && !OfflineDrafter.statesKind(Text.lower(purpose.text()), GroundKind.STUDIED_TOGETHER)) {
            return "studied-overlap";
        }
        // (a new user's batch note said "We met at NHS Safe Staffing Summit" to five panellists she had only listened to)
        if (angle.kind() == GroundKind.MET_AT_EVENT && dev.rapport.ground.GroundFinder.heardOnly(purpose.text())) {
            return "heard-at-event";
        }
                // a student writing to someone who studied at her university did not "go" there with them
        if (angle.kind() == GroundKind.ALUMNI && CommonGround.STUDYING.equals(angle.period())) {
            return "alumni-student";
        }
        return angle.kind().id();
    }

    /** True when the phrase is the talk or post the sender's reason names ("on-call fatigue"). */
    boolean isTheTalk(String phrase) {
        String talk = Text.lower(base.get("talk"));
        String p = Text.lower(clean(phrase));
        return !talk.isEmpty() && !p.isEmpty() && (talk.contains(p) || p.contains(talk));
    }

    /** True when the phrase occurs anywhere in what the request knows (profiles, purpose, ground). */
    boolean inContext(String phrase) {
        String p = Text.lower(phrase.strip());
        return !p.isEmpty() && everything.contains(p);
    }

    /** The target's listed skills that the sender's reason or profile also names: the honest "why you". */
    private String skillsTheyNeed() {
        if (them == null) {
            return "";
        }
        String need = purpose.text() + "\n" + (request.me() == null ? "" : request.me().searchableText());
        List<String> matched = new ArrayList<>();
        for (String skill : them.skills()) {
            String s = clean(skill);
            if (!s.isEmpty() && Text.length(s) <= 30 && mentions(need, s) && matched.size() < 2) {
                matched.add(s);
            }
        }
        return String.join(" and ", matched);
    }

    /** "Apache Kafka" is named by a text that says "Kafka": the last word carries the meaning. */
    private static boolean mentions(String text, String skill) {
        if (Words.containsWord(text, skill)) {
            return true;
        }
        String[] words = skill.split(" ");
        String last = words[words.length - 1];
        return words.length > 1 && Text.length(last) >= 4 && Words.containsWord(text, last);
    }

    private String contextText() {
        List<String> parts = new ArrayList<>();
        parts.add(purpose.text());
        parts.addAll(purpose.people());
        parts.addAll(purpose.events());
        parts.addAll(purpose.posts());
        for (CommonGround g : request.ground()) {
            parts.add(g.subject());
            parts.add(g.detail());
            parts.add(g.period());
        }
        for (Profile p : new Profile[] {request.me(), them}) {
            if (p != null) {
                parts.add(p.name());
                parts.add(p.location());
                parts.add(p.searchableText());
                p.education().forEach(e -> parts.add(e.school() + "\n" + e.degree() + "\n" + e.activities()));
            }
        }
        return parts.stream().filter(s -> s != null && !s.isBlank()).collect(Collectors.joining("\n"));
    }

    /** The name to greet with: the first real word of the name that is not a title; blank when unknown. */
    static String firstName(Profile p, Set<String> honorifics) {
        return p == null ? "" : dev.rapport.text.GreetingName.of(Text.value(p.name(), false), honorifics);
    }
}
