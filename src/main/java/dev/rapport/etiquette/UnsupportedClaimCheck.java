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
    @Override
    public List<Finding> check(Rule rule, NoteReading note) {
        NoteContext ctx = note.ctx;
        if (!Evidence.complete(ctx)) {
            return List.of();
        }
        Evidence evidence = Evidence.of(ctx);
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
                case NAME -> supportedName(c.text(), evidence) ? null : missing(rule, note, c);
                case NUMBER -> evidence.supportsNumber(c.text()) ? null : missing(rule, note, c);
                case ROLE -> supportedRole(c.text(), evidence) ? null : missing(rule, note, c);
                case EVENT -> event(rule, note, c, evidence, eventWords);
            };
            if (f != null) {
                out.add(f);
                reported.add(c.span());
            }
        }
        return out;
    }

    private static boolean supportedName(String name, Evidence evidence) {
        if (evidence.supports(name)) {
            return true;
        }
        // "Apache Kafka and Apache Flink": two names, each stated on its own.
        String[] parts = name.split("\\s+(?:and|&)\\s+|,\\s*");
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

    /** A role is found when it is stated, or when its head word ("engineer") is. */
    private static boolean supportedRole(String role, Evidence evidence) {
        String[] words = role.strip().split("\\s+");
        return evidence.supports(role) || evidence.supports(words[words.length - 1]);
    }

    private Finding missing(Rule rule, NoteReading note, NoteClaims.Claim c) {
        return note.finding(rule, rule.severity(), c.span(), "message", "fix", Map.of());
    }

    /**
     * "It was good to meet you at Southern Arizona Dental Society": the place they met must be an
     * event (its name says so, or the reason names it as where they met); an organisation from a
     * profile in its place turns an association into a meeting that never happened.
     */
    private Finding event(Rule rule, NoteReading note, NoteClaims.Claim c, Evidence evidence, Set<String> eventWords) {
        String name = Evidence.normal(c.text());
        for (String w : name.split(" ")) {
            if (eventWords.contains(w)) {
                return evidence.supports(c.text()) ? null : missing(rule, note, c);
            }
        }
        Purpose purpose = note.ctx.purpose();
        List<String> events = purpose == null ? List.of() : purpose.events();
        for (String e : events) {
            String said = Evidence.normal(e).replaceFirst("^the ", "");
            if (said.equals(name)) {
                return null;
            }
        }
        String stated = events.stream().filter(e -> Evidence.normal(e).contains(name)).findFirst().orElse(null);
        if (stated != null) {
            return note.finding(rule, rule.severity(), c.span(), "event-message", "event-fix", Map.of("event", stated));
        }
        if (organisation(note.ctx.them(), name) || organisation(note.ctx.me(), name)) {
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
