package dev.rapport.profile;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads a JSON Resume (jsonresume.org) with Jackson; fields rapport does not use are ignored. */
final class JsonResumeReader implements ProfileReader {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true)
            .configure(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, true);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Resume(Basics basics, List<Work> work, List<School> education, List<Volunteer> volunteer,
                  List<Skill> skills, List<Skill> interests) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Basics(String name, String label, String summary, Location location) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Location(String address, String city, String region, String countryCode) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Work(@JsonAlias("company") String name, String position, String location, String startDate,
                String endDate, @JsonAlias("description") String summary, List<String> highlights) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record School(String institution, String area, String studyType, String startDate, String endDate,
                  List<String> courses) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Volunteer(@JsonAlias("organisation") String organization, String position, String startDate,
                     String endDate, String summary, List<String> highlights) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Skill(String name, List<String> keywords) {
    }

    @Override
    public Profile read(String text, String source) {
        Resume r = parse(text, source);
        if (r == null || (r.basics() == null && r.work() == null && r.education() == null)) {
            throw Messages.error("bad.json", source, Messages.text("json.no.sections"));
        }
        Basics basics = r.basics() == null ? new Basics(null, null, null, null) : r.basics();
        if (basics.name() == null || basics.name().isBlank()) {
            // a JSON Resume has no "first line": the name goes in basics.name
            throw Messages.noName("no.name.json", source);
        }
        List<Position> positions = list(r.work()).stream().map(w -> new Position(w.name(), w.position(),
                ProfileDates.range(w.startDate(), w.endDate()), w.location(),
                join(w.summary(), w.highlights()))).toList();
        List<Education> education = list(r.education()).stream().map(e -> new Education(e.institution(),
                degree(e), ProfileDates.closedRange(e.startDate(), e.endDate()), "")).toList();
        List<Volunteering> volunteering = list(r.volunteer()).stream().map(v -> new Volunteering(v.organization(),
                v.position(), "", ProfileDates.range(v.startDate(), v.endDate()), join(v.summary(), v.highlights())))
                .toList();
        List<String> skills = list(r.skills()).stream()
                .flatMap(s -> Stream.concat(Stream.ofNullable(s.name()), list(s.keywords()).stream())).toList();
        List<String> interests = list(r.interests()).stream()
                .flatMap(s -> Stream.concat(Stream.ofNullable(s.name()), list(s.keywords()).stream())).toList();

        List<String> ownWords = new ArrayList<>();
        ownWords.add(blank(basics.label()));
        ownWords.add(blank(basics.summary()));
        positions.stream().filter(p -> p.dates().isCurrent()).forEach(p -> ownWords.add(p.description()));
        return new Profile(basics.name(), basics.label(), location(basics.location()), basics.summary(), positions,
                education, volunteering, skills, List.of(), interests, StatementFinder.preferences(ownWords),
                StatementFinder.statements(ownWords), "", SourceFormat.JSON_RESUME);
    }

    private static Resume parse(String text, String source) {
        try {
            return JSON.readValue(text, Resume.class);
        } catch (JsonProcessingException e) {
            String reason = shortReason(e);
            JsonLocation at = e.getLocation();
            if (at != null && at.getLineNr() > 0) {
                throw Messages.error("bad.json.at", source, reason, at.getLineNr(), at.getColumnNr());
            }
            throw Messages.error("bad.json", source, reason);
        }
    }

    /** Jackson's own reason, first line only and without the Java type names it appends. */
    static String shortReason(JsonProcessingException e) {
        // "Unexpected end-of-input: expected close marker for Object (start marker at [Source: REDACTED …])": the file stops
        // before its braces close, said in the user's words
        String message = e.getOriginalMessage() == null ? "malformed" : e.getOriginalMessage();
        if (e instanceof com.fasterxml.jackson.core.io.JsonEOFException || message.startsWith("Unexpected end-of-input")) {
            return Messages.text("json.ends.early");
        }
        // the parser's note of where its input came from is no help to someone who named the file
        message = message.replaceAll("\\s*\\([^()\\[]*\\[Source:[^\\]]*\\][^()]*\\)", "").replaceAll("\\s*\\[Source:[^\\]]*\\]", "");
        String first = message.lines().findFirst().orElse(message)
                .replaceAll("\\s*\\(token `[^`]*`\\)", "")
                .replaceAll("\\s*\\(although at least one Creator exists\\)", "")
                .replaceAll("\\s*\\(through reference chain.*$", "");
        // `dev.rapport.profile.JsonResumeReader$Work` → Work, `java.lang.String` → String
        first = Pattern.compile("`[\\w.$]*?([\\w]+)`").matcher(first).replaceAll("$1");
        return first.strip();
    }

    private static String degree(School e) {
        String type = blank(e.studyType());
        String area = blank(e.area());
        return type.isEmpty() ? area : area.isEmpty() ? type : type + ", " + area;
    }

    private static String location(Location l) {
        if (l == null) {
            return "";
        }
        return String.join(", ", Stream.of(l.city(), l.region(), l.countryCode())
                .filter(s -> s != null && !s.isBlank()).toList());
    }

    private static String join(String summary, List<String> highlights) {
        List<String> parts = new ArrayList<>();
        if (summary != null && !summary.isBlank()) {
            parts.add(summary.strip());
        }
        list(highlights).stream().filter(h -> h != null && !h.isBlank()).forEach(parts::add);
        return String.join("\n", parts);
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items.stream().filter(java.util.Objects::nonNull).toList();
    }
}
