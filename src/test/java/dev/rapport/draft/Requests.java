package dev.rapport.draft;

import dev.rapport.etiquette.Decision;
import dev.rapport.etiquette.Reason;
import dev.rapport.etiquette.Severity;
import dev.rapport.etiquette.Verdict;
import dev.rapport.ground.CommonGround;
import dev.rapport.ground.GroundKind;
import dev.rapport.profile.DateRange;
import dev.rapport.profile.Education;
import dev.rapport.profile.Position;
import dev.rapport.profile.Post;
import dev.rapport.profile.Preference;
import dev.rapport.profile.Profile;
import dev.rapport.profile.SourceFormat;
import dev.rapport.profile.Volunteering;
import dev.rapport.purpose.Intent;
import dev.rapport.purpose.Purpose;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Hand-built requests for the situations the example pairs describe, and helpers to vary them. */
final class Requests {
    private Requests() {
    }

    static final Verdict CONNECT = new Verdict(Decision.CONNECT, 80, List.of());
    static final Verdict FOLLOW = new Verdict(Decision.FOLLOW_FIRST, 35,
            List.of(new Reason("no-shared-history", Severity.WARNING, "You have not worked or studied together.")));

    static Verdict doNotConnect(String... ruleIds) {
        return new Verdict(Decision.DO_NOT_CONNECT, 5, Arrays.stream(ruleIds)
                .map(id -> new Reason(id, Severity.ERROR, "rule " + id + " fired")).toList());
    }

    static Profile person(String name, String headline, List<Position> positions, List<String> skills) {
        return new Profile(name, headline, "Denver, Colorado", "", positions, List.of(), List.of(), skills,
                List.of(), List.of(), Set.of(), List.of(), "", SourceFormat.LINKEDIN_PAGE);
    }

    static Profile named(String name) {
        return person(name, "", List.of(), List.of());
    }

    static Position job(String company, String title, int from, Integer to) {
        return new Position(company, title, DateRange.years(from, to), "", "");
    }

    static Purpose purpose(String text, Set<Intent> intents, List<String> people, List<String> events, List<String> posts) {
        return new Purpose(text, intents, people, events, posts, List.of());
    }

    static CommonGround ground(GroundKind kind, String subject, String period, double strength) {
        return new CommonGround(kind, "you share " + subject, strength, subject, period);
    }

    static DraftRequest request(Profile me, Profile them, Purpose purpose, List<CommonGround> ground, Verdict verdict, int limit) {
        return new DraftRequest(me, them, purpose, ground, verdict, limit, 3, Style.DEFAULT);
    }

    // --- the example pairs, by hand ---

    static DraftRequest formerColleagues() {
        Profile me = person("Daniel Okafor", "Engineering manager at Lumen Ledger",
                List.of(job("Lumen Ledger", "Engineering Manager", 2021, null), job("Stripewell", "Senior Engineer, Payments", 2014, 2021)),
                List.of("Payments", "Java"));
        Profile them = person("Priya Raman", "Staff engineer at Brightline",
                List.of(job("Brightline", "Staff Engineer", 2021, null), job("Stripewell", "Engineer, Payments", 2016, 2021)),
                List.of("Payments", "Risk"));
        return request(me, them, purpose("reconnect after years", Set.of(Intent.RECONNECT), List.of(), List.of(), List.of()),
                List.of(ground(GroundKind.WORKED_TOGETHER, "Stripewell", "2016–2021", 0.95),
                        ground(GroundKind.SHARED_TOPIC, "payments", "", 0.4),
                        ground(GroundKind.SAME_CITY, "Denver", "", 0.1)),
                CONNECT, 300);
    }

    static DraftRequest classmates() {
        Profile me = new Profile("Mei Chen", "Product lead", "Chicago", "", List.of(),
                List.of(new Education("Kellogg School of Management", "MBA", DateRange.years(2014, 2016), "")),
                List.of(), List.of(), List.of(), List.of(), Set.of(), List.of(), "", SourceFormat.JSON_RESUME);
        Profile them = new Profile("Tomás Herrera", "Operations director at Cobalt Freight", "Chicago", "",
                List.of(job("Cobalt Freight", "Operations Director", 2019, null)),
                List.of(new Education("Northwestern University - Kellogg School of Management", "MBA", DateRange.years(2015, 2017), "")),
                List.of(), List.of(), List.of(), List.of(), Set.of(), List.of(), "", SourceFormat.LINKEDIN_PAGE);
        return request(me, them, purpose("we were in the same MBA program, want to reconnect", Set.of(Intent.RECONNECT),
                        List.of(), List.of(), List.of()),
                List.of(ground(GroundKind.STUDIED_TOGETHER, "Kellogg School of Management", "2015–2016", 0.85)),
                CONNECT, 300);
    }

    static DraftRequest metAtMeetup() {
        Profile me = person("Sam Whitfield", "Site reliability engineer", List.of(job("Peak Cloud", "SRE", 2020, null)), List.of("Kubernetes"));
        Profile them = person("Maya Lindqvist", "Platform lead at Northwind Health",
                List.of(job("Northwind Health", "Platform Lead", 2018, null)), List.of("Incident response", "SRE"));
        return request(me, them, purpose("we met at DevOpsDays Denver last week after her talk on on-call fatigue",
                        Set.of(Intent.MET_IN_PERSON), List.of(), List.of("DevOpsDays Denver"), List.of("her talk on on-call fatigue")),
                List.of(ground(GroundKind.MET_AT_EVENT, "DevOpsDays Denver", "", 0.8),
                        ground(GroundKind.SHARED_TOPIC, "incident response", "", 0.35)),
                CONNECT, 300);
    }

    static DraftRequest referral() {
        Profile me = new Profile("Luis Ortega", "", "Denver", "", List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), Set.of(), List.of(), "I'm Luis Ortega, a data analyst at Front Range Credit Union in Denver.", SourceFormat.PROSE);
        Profile them = person("Grace Adeyemi", "Data engineer at Mile High Analytics",
                List.of(job("Mile High Analytics", "Senior Data Engineer", 2019, null)), List.of("Spark", "Airflow", "dbt"));
        return request(me, them, purpose("Ana Ruiz suggested I talk to her about moving into data engineering",
                        Set.of(Intent.REFERRAL, Intent.ADVICE), List.of("Ana Ruiz"), List.of(), List.of()),
                List.of(ground(GroundKind.MUTUAL_CONTACT, "Ana Ruiz", "", 0.8), ground(GroundKind.SAME_CITY, "Denver", "", 0.2)),
                CONNECT, 300);
    }

    static DraftRequest alumniAdvice() {
        Profile me = person("Jordan Blake", "Psychology graduate looking for UX research roles", List.of(), List.of("User interviews"));
        Profile them = new Profile("Aisha Karim", "UX Research Lead at Fernhill", "Portland", "Happy to mentor people new to research.",
                List.of(job("Fernhill", "UX Research Lead", 2020, null)),
                List.of(new Education("University of Oregon", "BA Psychology", DateRange.years(2008, 2012), "")),
                List.of(), List.of("UX research"), List.of(), List.of(), Set.of(), List.of("happy to mentor people new to research"), "",
                SourceFormat.LINKEDIN_PAGE);
        return request(me, them, purpose("I'd like advice on breaking into UX research", Set.of(Intent.ADVICE, Intent.JOB_SEEKING),
                        List.of(), List.of(), List.of()),
                List.of(ground(GroundKind.ALUMNI, "University of Oregon", "2008–2012", 0.5),
                        ground(GroundKind.THEIR_NEED, "mentoring people new to research", "", 0.45)),
                CONNECT, 300);
    }

    static DraftRequest coldAdmirer() {
        Profile me = person("Nina Petrov", "Front-end developer at Quarry Labs", List.of(job("Quarry Labs", "Front-end developer", 2021, null)),
                List.of("Accessibility", "React"));
        Profile them = new Profile("Rosa Delgado", "Accessibility consultant", "Austin", "", List.of(), List.of(), List.of(),
                List.of("Accessibility"), List.of(
                        new Post("Most accessibility audits fail because teams test with a screen reader only once, at the end. "
                                + "Build keyboard checks into every sprint instead.", "2w"),
                        new Post("Booked a sunny week in Lisbon, back online in August.", "1mo")),
                List.of(), Set.of(), List.of(), "", SourceFormat.LINKEDIN_PAGE);
        return new DraftRequest(me, them, purpose("I like her posts on accessibility", Set.of(Intent.CONTENT_INTEREST),
                List.of(), List.of(), List.of("her posts on accessibility")),
                List.of(ground(GroundKind.THEIR_POST, "accessibility audits", "", 0.3)), FOLLOW, 300, 3, Style.DEFAULT);
    }

    static DraftRequest volunteerColleague() {
        Profile me = new Profile("Hannah Vogel", "Data analyst", "Boulder", "", List.of(), List.of(),
                List.of(new Volunteering("Boulder Valley Food Bank", "Volunteer", "Hunger relief", DateRange.years(2018, 2022), "")),
                List.of("SQL"), List.of(), List.of(), Set.of(), List.of(), "", SourceFormat.LINKEDIN_EXPORT);
        Profile them = new Profile("Kwame Mensah", "Logistics coordinator", "Boulder", "", List.of(), List.of(),
                List.of(new Volunteering("Boulder Valley Food Bank", "Shift lead", "Hunger relief", DateRange.years(2020, null), "")),
                List.of(), List.of(), List.of(), Set.of(), List.of(), "", SourceFormat.LINKEDIN_PAGE);
        return request(me, them, purpose("collaborate on a volunteer data project", Set.of(Intent.COLLABORATION),
                        List.of(), List.of(), List.of()),
                List.of(ground(GroundKind.VOLUNTEERED_TOGETHER, "Boulder Valley Food Bank", "2020–2022", 0.85),
                        ground(GroundKind.SAME_CITY, "Boulder", "", 0.15)),
                CONNECT, 300);
    }

    static DraftRequest hiringOpenToWork() {
        Profile me = person("Olivia Grant", "Technical recruiter at Riverbank Data, hiring for streaming and Kafka roles",
                List.of(job("Riverbank Data", "Technical Recruiter", 2022, null)), List.of("Recruiting"));
        Profile them = new Profile("Lena Novak", "Senior data engineer | Open to work", "Remote", "",
                List.of(job("Tessellate", "Senior Data Engineer", 2018, 2026)), List.of(), List.of(),
                List.of("Kafka", "Flink", "Scala"), List.of(), List.of(), Set.of(Preference.OPEN_TO_WORK), List.of("open to work"), "",
                SourceFormat.LINKEDIN_PAGE);
        return request(me, them, purpose("hiring a senior engineer for our streaming team, she looks like a fit", Set.of(Intent.HIRING),
                        List.of(), List.of(), List.of()),
                List.of(ground(GroundKind.THEIR_NEED, "open to work", "", 0.6), ground(GroundKind.SHARED_TOPIC, "stream processing", "", 0.4)),
                CONNECT, 300);
    }

    static List<DraftRequest> connectPairs() {
        return List.of(formerColleagues(), classmates(), metAtMeetup(), referral(), alumniAdvice(), volunteerColleague(), hiringOpenToWork());
    }
}
