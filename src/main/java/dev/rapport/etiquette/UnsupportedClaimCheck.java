package dev.rapport.etiquette;

import dev.rapport.profile.Profile;
import dev.rapport.purpose.Purpose;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every person, organisation, event, number and role a note names must be found in one of the two
 * profiles or in the sender's reason; a place the two "met at" must be an event or a place the
 * reason names, not an organisation the recipient belongs to. Silent until both profiles and the
 * reason are known: without them an unknown name proves nothing.
 */
final class UnsupportedClaimCheck implements NoteCheck {
    // "DevOpsDays Denver last week": past these words the phrase tells when, not what.
    private static final Set<String> TIME = Set.of("last", "this", "next", "every", "in", "on", "and", "with", "about", "where");

    @Override
    public List<Finding> check(Rule rule, NoteReading note) {
        NoteContext ctx = note.ctx;
        if (!Evidence.complete(ctx)) {
            return List.of();
        }
        Evidence evidence = note.evidence();
        Set<String> skip = NoteReading.lower(rule.phrases("not-claims"));
        Set<String> eventWords = NoteReading.lower(rule.phrases("event-words"));
        int from = Sentences.greeting(note.note, note.greeting()).end();
        List<Finding> out = new ArrayList<>();
        List<Span> reported = new ArrayList<>();
        for (NoteClaims.Claim c : NoteClaims.find(note.note, from, skip)) {
            if (reported.stream().anyMatch(s -> s.start() < c.span().end() && c.span().start() < s.end())) {
                continue;
            }
            Finding f = switch (c.kind()) {
                case NAME -> supportedName(c.text(), evidence) || shortForOne(c.text(), ctx) || evidence.expandsAcronym(c.text())
                        ? null : missing(rule, note, c);
                case NUMBER -> evidence.supportsNumber(c.text()) ? null : missing(rule, note, c);
                case ROLE -> supportedRole(c.text(), evidence) ? null : missing(rule, note, c);
                case EVENT -> event(rule, note, c, evidence, eventWords);
            };
            if (f != null) {
                out.add(f);
                reported.add(c.span());
            }
        }
        out.addAll(sharedMembership(rule, note, reported));
        return out;
    }

    // "fellow MIT alum here", "a fellow coral researcher": the sender claims to be one too
    private static final java.util.regex.Pattern FELLOW = java.util.regex.Pattern.compile(
            "(?i)\\bfellow\\s+((?:[\\p{L}&.'’-]+\\s+){0,3}?[\\p{L}&.'’-]+?)(?=\\s+(?:here|too|as well)\\b|[,.;!?]|\\s+(?:and|who|with|from|at|in|on)\\b|$)");
    // "where we studied together", "we were classmates": a time at one school, which the profiles or the reason must show
    private static final java.util.regex.Pattern STUDIED_TOGETHER = java.util.regex.Pattern.compile(
            "(?i)\\bwe\\s+(?:both\\s+)?studied\\s+together\\b|\\bwhere\\s+we\\s+(?:both\\s+)?studied\\b|\\bwe\\s+were\\s+(?:classmates|in\\s+the\\s+same\\s+class)\\b");
    private static final java.util.regex.Pattern WORKED_WITH_YOU_AT = java.util.regex.Pattern.compile(
            "(?i)\\b(?:working|worked)\\s+(?:with\\s+you|together)\\s+(?:back\\s+|over\\s+)?(?:at|in)\\s+((?-i:\\p{Lu})[\\p{L}&'’-]*(?:\\.(?=\\p{L})[\\p{L}.&'’-]*)?(?:\\s+(?-i:\\p{Lu})[\\p{L}&'’-]*){0,3})");
    private static final java.util.regex.Pattern WORKED_WITH_YOU = java.util.regex.Pattern.compile(
            "(?i)\\bwe\\s+(?:both\\s+)?worked\\s+together\\b|\\b(?:working|worked)\\s+with\\s+you\\b|\\bour\\s+(?:time|years|days)\\s+(?:together\\s+)?at\\s+\\p{Lu}");
    private static final Set<String> MEMBER_WORDS = Set.of("alum", "alums", "alumnus", "alumna", "alumni", "graduate", "grad", "graduates",
            "student", "students", "member", "members", "the", "a", "an", "of", "and", "&");

    /**
     * "fellow MIT alum here!" from a sender whose profile shows only the University of Washington, "a fellow coral researcher"
     * from one who studies mussels, "where we studied together" with no school in common: the sender claims to share what
     * their own profile does not show (a careers adviser's class notes were all scored send).
     */
    private static List<Finding> sharedMembership(Rule rule, NoteReading note, List<Span> reported) {
        NoteContext ctx = note.ctx;
        List<Finding> out = new ArrayList<>();
        String mine = Evidence.normal(ctx.me().searchableText() + " " + ctx.me().education().stream()
                .map(e -> e.school() + " " + e.degree()).collect(java.util.stream.Collectors.joining(" ")) + " " + ctx.me().headline());
        String reason = Evidence.normal(ctx.purpose() == null ? "" : ctx.purpose().text());
        java.util.regex.Matcher fellow = FELLOW.matcher(note.note);
        while (fellow.find()) {
            List<String> words = java.util.Arrays.stream(Evidence.normal(fellow.group(1)).split(" "))
                    .filter(w -> w.length() > 1 && !MEMBER_WORDS.contains(w)).toList();
            boolean shown = words.stream().allMatch(w -> dev.rapport.text.Words.containsWord(mine, stem(w))
                    || dev.rapport.text.Words.containsWord(mine, w) || dev.rapport.text.Words.containsWord(reason, w));
            Span span = new Span(fellow.start(), fellow.end());
            if (!words.isEmpty() && !shown && reported.stream().noneMatch(r -> r.start() < span.end() && span.start() < r.end())) {
                out.add(note.finding(rule, rule.severity(), span, "fellow-message", "fellow-fix", Map.of()));
            }
        }
        java.util.regex.Matcher together = STUDIED_TOGETHER.matcher(note.note);
        boolean schoolShared = ctx.ground().stream().anyMatch(g -> g.kind() == dev.rapport.ground.GroundKind.STUDIED_TOGETHER
                || g.kind() == dev.rapport.ground.GroundKind.ALUMNI)
                || ctx.purpose() != null && ctx.purpose().stated().stream().anyMatch(r -> r.kind().equals("studied-together"));
        if (together.find() && !schoolShared) {
            out.add(note.finding(rule, rule.severity(), new Span(together.start(), together.end()), "together-message", "together-fix", Map.of()));
        }
        // "it was great working with you at Mailchimp all those years", to someone whose profile has no Mailchimp and with no
        // word of it in the reason (a critique scored it send, twice)
        java.util.regex.Matcher worked = WORKED_WITH_YOU_AT.matcher(note.note);
        boolean found = worked.find();
        if (!found) {
            worked = WORKED_WITH_YOU.matcher(note.note);
            found = worked.find();
        }
        String org = found && worked.groupCount() > 0 && worked.group(1) != null ? worked.group(1) : "";
        // (a workplace named must be one the two share, or one the reason names; none named, any tie of work will do)
        boolean workShared = org.isEmpty() ? ctx.ground().stream().anyMatch(g -> g.kind() == dev.rapport.ground.GroundKind.WORKED_TOGETHER
                || g.kind() == dev.rapport.ground.GroundKind.SAME_EMPLOYER)
                || ctx.purpose() != null && (ctx.purpose().stated().stream().anyMatch(r -> r.kind().startsWith("worked"))
                        || WORKED_WITH_YOU.matcher(ctx.purpose().text()).find() || WORKED_WITH_YOU_AT.matcher(ctx.purpose().text()).find())
                : ctx.ground().stream().anyMatch(g -> (g.kind() == dev.rapport.ground.GroundKind.WORKED_TOGETHER
                        || g.kind() == dev.rapport.ground.GroundKind.SAME_EMPLOYER) && dev.rapport.ground.OrganisationNames.same(g.subject(), org))
                || ctx.purpose() != null && dev.rapport.text.Words.containsWord(Evidence.normal(ctx.purpose().text()), Evidence.normal(org))
                || ctx.me() != null && ctx.them() != null && listsAsEmployer(ctx.me(), org) && listsAsEmployer(ctx.them(), org);
        if (found && !workShared && ctx.me() != null && ctx.them() != null) {
            out.add(note.finding(rule, rule.severity(), new Span(worked.start(), worked.end()), "worked-message", "worked-fix", Map.of()));
        }
        return out;
    }

    private static boolean listsAsEmployer(dev.rapport.profile.Profile p, String org) {
        return p.positions().stream().anyMatch(x -> dev.rapport.ground.OrganisationNames.same(x.company(), org)
                || Evidence.normal(x.company()).startsWith(Evidence.normal(org) + " "));
    }

    /** "researchers" is said by "researcher", "nurses" by "nurse". */
    private static String stem(String w) {
        return w.length() > 4 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
    }

    /** "Sam" signing for Samantha, "Kat" for Katarzyna: a short form of either person's first name is theirs. */
    private static boolean shortForOne(String name, NoteContext ctx) {
        String word = name.strip();
        return !word.contains(" ") && java.util.stream.Stream.of(ctx.me(), ctx.them()).filter(java.util.Objects::nonNull)
                .anyMatch(p -> dev.rapport.text.GreetingName.isShortForm(word, p.firstName()));
    }

    private static boolean supportedName(String name, Evidence evidence) {
        if (evidence.supports(name)) {
            return true;
        }
        // "Prof Hsu" where the profiles say "Prof. Hsu's lab": the title is not part of the name
        String[] words = name.strip().split("\\s+", 2);
        if (words.length == 2 && dev.rapport.text.Honorifics.is(words[0]) && evidence.supports(words[1])) {
            return true;
        }
        // "Penn State PhD": a school and the degree taken there, each stated on its own ("PhD … Penn State")
        if (words.length == 2 && CREDENTIAL.matcher(words[1].replaceAll(".*\\s", "")).matches()) {
            String[] parts = name.strip().split("\\s+");
            String degree = parts[parts.length - 1];
            String school = name.strip().substring(0, name.strip().length() - degree.length()).strip();
            if (!school.isEmpty() && evidence.supports(school) && evidence.supports(degree)) {
                return true;
            }
        }
        // "Apache Kafka and Apache Flink": two names, each stated on its own; "Kōwhai in Nelson": a name and its place.
        String[] parts = name.split("\\s+(?:and|&|in)\\s+|,\\s*");
        if (parts.length > 1) {
            for (String p : parts) {
                if (!evidence.supports(p)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static final java.util.regex.Pattern CREDENTIAL = java.util.regex.Pattern.compile(
            "(?i)(?:.*\\s)?(?:PhD|DPhil|MBA|MSc|MA|MS|BSc|BA|BS|MD|MPhil|MEng|BEng|JD|LLM|MPH|DNP|BSN|MSN)");

    /** A role is found when it is stated, or when its head word ("engineer") is. */
    private static boolean supportedRole(String role, Evidence evidence) {
        String[] words = role.strip().split("\\s+");
        return evidence.supports(role) || evidence.supports(words[words.length - 1]);
    }

    private Finding missing(Rule rule, NoteReading note, NoteClaims.Claim c) {
        return note.finding(rule, rule.severity(), c.span(), "message", "fix", Map.of());
    }

    private static final Set<String> NOT_IN_A_NAME = Set.of("after", "before", "during", "at", "in", "on", "of", "for", "with",
            "your", "my", "our", "their", "his", "her", "the", "a", "an", "and", "to", "from", "by", "where", "when", "we", "you", "i");

    /**
     * "It was good to meet you at Southern Arizona Dental Society": the place they met must be an
     * event (its name says so, or the reason names it as where they met); an organisation from a
     * profile in its place turns an association into a meeting that never happened.
     */
    private static final Set<String> STAND_WORDS = Set.of("booth", "stand", "stall", "table");

    private Finding event(Rule rule, NoteReading note, NoteClaims.Claim c, Evidence evidence, Set<String> eventWords) {
        // "the Southern Arizona Dental Society spring meeting" in the note itself: the words after the name make it an event.
        // ("Electric & Hybrid Marine Expo": a name joined by "&" goes on past it)
        String following = note.note.substring(c.span().end()).replaceFirst("^((?:\\s+(?:&|[\\p{L}'-]+)){0,4}).*$", "$1");
        String[] next = Evidence.normal(following).split(" ");
        // the words of the event's own name only: "DevOpsDays Denver after your talk" is no event called "… after your talk"
        for (int i = 0; i < next.length && !TIME.contains(next[i]) && !NOT_IN_A_NAME.contains(next[i]); i++) {
            if (eventWords.contains(next[i])) {
                String event = c.text() + " " + String.join(" ", List.of(next).subList(0, i + 1));
                // ("the Tarnwell booth at SecureWorld": a booth named by an organisation the profiles list is that organisation's,
                // no event of its own; an SDR's note was told "Tarnwell" is in neither profile)
                if (i == 0 && STAND_WORDS.contains(next[i]) && evidence.supports(c.text())) {
                    return null;
                }
                return evidence.supports(event) ? null : missing(rule, note, c);
            }
        }
        String name = Evidence.normal(c.text());
        for (String w : name.split(" ")) {
            if (eventWords.contains(w)) {
                return evidence.supports(c.text()) ? null : missing(rule, note, c);
            }
        }
        Purpose purpose = note.ctx.purpose();
        // "the Southern Arizona Dental Society spring meeting": the reason names an event held by the organisation.
        java.util.regex.Matcher held = java.util.regex.Pattern.compile("(?i)\\b" + java.util.regex.Pattern.quote(c.text())
                + "(?:'s)?((?:\\s+[\\p{L}'-]+){1,3})").matcher(purpose == null ? "" : purpose.text());
        if (held.find()) {
            String[] after = Evidence.normal(held.group(1)).split(" ");
            // ("met Tim at PyCon after his talk": the words of a name only, so "after his talk" is no event held by PyCon)
            for (int i = 0; i < after.length && !TIME.contains(after[i]) && !NOT_IN_A_NAME.contains(after[i]); i++) {
                if (eventWords.contains(after[i])) {
                    String event = c.text() + " " + String.join(" ", List.of(held.group(1).strip().split("\\s+")).subList(0, i + 1));
                    return note.finding(rule, rule.severity(), c.span(), "event-message", "event-fix", Map.of("event", event));
                }
            }
        }
        List<String> events = purpose == null ? List.of() : purpose.events();
        // ("the Huila coffee field day": the note goes on with the rest of the event's name as the reason gives it)
        String fromHere = Evidence.normal(note.note.substring(c.span().start()));
        for (String e : events) {
            String said = Evidence.normal(e).replaceFirst("^the ", "");
            if (said.equals(name) || said.startsWith(name + " ") && (fromHere + " ").startsWith(said + " ")) {
                return null;
            }
        }
        String stated = events.stream().filter(e -> Evidence.normal(e).contains(name)).findFirst().orElse(null);
        if (stated != null) {
            return note.finding(rule, rule.severity(), c.span(), "event-message", "event-fix", Map.of("event", stated));
        }
        // "met jules at crux last night": the user's own word that they met at the place (a climbing gym, a shop) is the evidence
        boolean toldMeetingThere = purpose != null && java.util.regex.Pattern.compile("(?i)\\b(?:met|meet|chatted|talked|spoke|got talking)\\b[^.;]{0,40}?\\bat\\s+(?:the\\s+)?"
                + java.util.regex.Pattern.quote(c.text()) + "\\b").matcher(purpose.text()).find();
        if ((organisation(note.ctx.them(), name) || organisation(note.ctx.me(), name)) && !toldMeetingThere) {
            return note.finding(rule, rule.severity(), c.span(), "organisation-message", "organisation-fix", Map.of());
        }
        return evidence.supports(c.text()) ? null : missing(rule, note, c);
    }

    private static boolean organisation(Profile p, String name) {
        if (p == null) {
            return false;
        }
        List<String> orgs = new ArrayList<>();
        p.positions().forEach(x -> orgs.add(x.company()));
        p.volunteering().forEach(x -> orgs.add(x.organisation()));
        p.education().forEach(x -> orgs.add(x.school()));
        orgs.addAll(p.groups());
        return orgs.stream().map(Evidence::normal).anyMatch(o -> o.equals(name) || o.contains(name) && !name.isEmpty());
    }
}
