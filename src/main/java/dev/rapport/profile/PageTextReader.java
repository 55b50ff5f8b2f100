package dev.rapport.profile;

import dev.rapport.profile.PageLines.Kind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads text copied from a LinkedIn profile page: name, headline and location on top, then the sections. */
final class PageTextReader implements ProfileReader {
    private static final String ACTIONS = "posted this|reposted this|reposted|commented on (?:a|this) post|commented|"
            + "shared this|liked this|replied|celebrated this|supports this|loves this|finds this \\w+";
    /** "Priya Raman posted this • 3w", "2w •", "3d • Edited • 🌐": the line that starts a post and says its age. */
    private static final Pattern POST_MARKER = Pattern.compile(
            "(?:.{1,80}?\\s(?:" + ACTIONS + ")\\s*)?[•·]?\\s*(?<age>\\d{1,2}\\s?(?:s|m|h|d|w|mo|mos|y|yr|yrs))\\s*(?:[•·].*)?",
            Pattern.CASE_INSENSITIVE);
    /** "Jordan Whitfield reposted this" on its own line, the age following on the next. */
    private static final Pattern POST_ACTOR = Pattern.compile("(?:.{1,80}?\\s)(?:" + ACTIONS + ")\\s*[•·]?\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PRONOUNS = Pattern.compile("\\(\\s*(?:she|he|they)\\s*/\\s*\\w+(?:\\s*/\\s*\\w+)?\\s*\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SKILL_NOISE = Pattern.compile(
            "\\d+\\s+(?:experiences?|endorsements?|educations?)\\b.*|.+\\s+at\\s+\\p{Lu}.*|endorsed\\b.*",
            Pattern.CASE_INSENSITIVE);

    private record Section(Kind kind, String heading, List<String> lines) {
    }

    @Override
    public Profile read(String text, String source) {
        List<String> lines = PageLines.of(text);
        if (lines.isEmpty()) {
            throw Messages.error("empty", source);
        }
        String name = name(lines.get(0));
        if (name.isEmpty()) {
            throw Messages.noName(source);
        }
        List<String> header = new ArrayList<>();
        String rest = afterTheBar(lines.get(0));
        if (!rest.isEmpty()) {
            header.add(rest); // "Ravi Kumar | Flash to HTML5 Conversion Expert | WordPress": the headline after the name
        }
        List<Section> sections = new ArrayList<>();
        String previous = lines.get(0);
        for (String line : lines.subList(1, lines.size())) {
            Kind kind = PageLines.heading(line);
            if (kind != null && isCauseAfterDates(sections, previous, line)) {
                kind = null;
            }
            previous = line;
            if (sections.isEmpty() && header.isEmpty() && name(line).equalsIgnoreCase(name)) {
                continue; // the name repeated for screen readers, once with pronouns and once without
            }
            if (sections.isEmpty() && header.isEmpty() && line.strip().startsWith("#") && kind != null) {
                // the photo frame's badge ("#OpenToWork") above the headline, not the section: read as one, it took the
                // headline with it and a reviewer's job seeker was introduced by a freelance title
                continue;
            }
            if (kind != null) {
                sections.add(new Section(kind, line, new ArrayList<>()));
            } else if (sections.isEmpty()) {
                header.add(line);
            } else {
                sections.get(sections.size() - 1).lines().add(line);
            }
        }
        Builder b = new Builder(name);
        readHeader(header, b);
        java.util.Set<String> singles = PageLines.singleEntryLogos(text);
        for (Section s : sections) {
            readSection(s, b, singles);
        }
        return b.build();
    }

    /** Volunteering shows its cause ("Education") right after the dates: that is not the Education heading. */
    private static boolean isCauseAfterDates(List<Section> sections, String previous, String line) {
        return !sections.isEmpty() && sections.get(sections.size() - 1).kind() == Kind.VOLUNTEERING
                && ProfileDates.rangeLine(previous) != null
                && Phrases.PAGE.causes().contains(line.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The first line, without pronouns, badges, emoji or the connection degree, and without a headline typed after a bar
     * ("Ravi Kumar | Flash to HTML5 Conversion Expert"); blank when it is a headline itself ("Payroll Manager at Harewood
     * Logistics", a page copied from below the name) or a section heading ("Skills"), which no name reads like.
     */
    static String name(String line) {
        String s = PRONOUNS.matcher(BAR.split(line, 2)[0]).replaceAll(" ");
        if (A_JOB_AT.matcher(s).find()) {
            return "";
        }
        s = s.replaceAll("\\s*[·•].*$", "");
        s = s.replaceAll("[\\p{So}\\p{Sk}\\p{Cs}\\uFE0F\\u200D✓✔]", " ").replaceAll("\\s+", " ").strip();
        // a section heading ("Skills", a paste cut below the name) is never a name: the front end asks for one instead
        if (s.length() > 80 || s.split(" ").length > 8 || !s.matches(".*\\p{L}.*") || PageLines.heading(s) != null
                || !PersonName.plausible(s)) {
            return "";
        }
        return s;
    }

    private static final Pattern BAR = Pattern.compile("\\s+[|｜]\\s*");
    private static final Pattern A_JOB_AT = Pattern.compile("\\s(?:at|@)\\s+\\p{Lu}|^\\S+\\s+@\\s*\\S");

    /** What follows the first bar of the first line, when the line gives a name before it. */
    private static String afterTheBar(String line) {
        String[] parts = BAR.split(line, 2);
        return parts.length == 2 && !name(line).isEmpty() ? parts[1].strip() : "";
    }

    private static void readHeader(List<String> header, Builder b) {
        if (!header.isEmpty()) {
            b.headline = header.get(0);
        }
        int next = 1;
        if (header.size() > 1) {
            String candidate = header.get(1);
            if (candidate.length() <= 80 && !candidate.endsWith(".")) {
                b.location = PageLines.location(candidate);
                next = 2;
            }
        }
        header.subList(Math.min(next, header.size()), header.size()).forEach(b::free);
    }

    private static void readSection(Section s, Builder b, java.util.Set<String> singles) {
        List<String> lines = s.lines();
        switch (s.kind()) {
            case ABOUT -> b.about.addAll(lines);
            case EXPERIENCE -> readExperience(lines, b, singles);
            case EDUCATION -> readEducation(lines, b);
            case VOLUNTEERING -> readVolunteering(lines, b);
            case SKILLS -> lines.forEach(line -> addSkills(line, b));
            case ACTIVITY -> readActivity(lines, b);
            case OPEN_TO_WORK -> {
                b.preferences.add(dev.rapport.profile.Preference.OPEN_TO_WORK);
                lines.forEach(line -> b.statements.add("Open to work: " + line));
            }
            case HIRING -> {
                b.preferences.add(dev.rapport.profile.Preference.HIRING);
                lines.forEach(line -> b.statements.add("Hiring: " + line));
            }
            case INTERESTS -> b.groups.addAll(lines);
            case CERTIFICATIONS, OTHER -> {
                b.free(s.heading());
                lines.forEach(b::free);
            }
            case IGNORED -> {
                // other people's names from the page's sidebars: not this person's profile
            }
        }
    }

    private static final Pattern SELF_EMPLOYED = Pattern.compile("(?i)\\s*(?:self[- ]employed|freelance)\\b");

    private static void readExperience(List<String> lines, Builder b, java.util.Set<String> singles) {
        for (DatedEntries.Entry e : DatedEntries.split(oneLineJobsSplit(lines), true, DatedEntries.TWO_WHEN_ROOM, singles)) {
            String title = e.header().get(0);
            String company;
            if (e.header().size() == 2 && !(e.group() != null && PageLines.isEmploymentType(e.header().get(1)))) {
                company = PageLines.company(e.header().get(1));
            } else if (e.header().size() == 2 && SELF_EMPLOYED.matcher(e.header().get(1)).lookingAt()) {
                // "Data Analyst (project-based) / Self-employed" below another employer's roles is no job there (a note said
                // "I am a data analyst (project-based) at Almacenes del Norte", where he had run the warehouse)
                company = "";
            } else {
                company = e.group() == null ? "" : e.group();
            }
            List<String> body = new ArrayList<>(e.body());
            String location = e.groupLocation() == null ? "" : e.groupLocation();
            if (!body.isEmpty() && PageLines.looksLikeLocation(body.get(0))) {
                location = PageLines.location(body.remove(0));
            }
            List<String> description = new ArrayList<>();
            for (String line : body) {
                if (line.regionMatches(true, 0, "Skills:", 0, 7)) {
                    addSkills(line.substring(7), b);
                } else {
                    description.add(line);
                }
            }
            b.positions.add(new Position(company, title, e.dates(), location, String.join("\n", description)));
        }
    }

    /**
     * A résumé's one-line job, "Procurement Analyst, City of San Marcos, Texas — 2021–present", laid out as the page lays
     * it out: the title, the company, the dates and the place, each on its line.
     */
    private static List<String> oneLineJobsSplit(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            Matcher job = ONE_LINE_JOB.matcher(line.strip());
            if (job.matches()) {
                out.add(job.group("title").strip());
                out.add(job.group("company").strip());
                out.add(job.group("from") + " - " + job.group("to"));
                if (job.group("place") != null) {
                    out.add(job.group("place").strip());
                }
            } else {
                out.add(line);
            }
        }
        return out;
    }

    private static final Pattern ONE_LINE_JOB = Pattern.compile(
            "(?<title>[^,|•·]{2,60}?),\\s+(?<company>[^,|•·—–]{2,60}?)(?:,\\s+(?<place>[^—–|]{2,40}?))?\\s+[—–-]\\s+"
            + "(?<from>(?:19|20)\\d{2})\\s*[–—-]\\s*(?<to>(?:19|20)\\d{2}|(?i:present|current|now|today))");

    private static void readEducation(List<String> lines, Builder b) {
        List<DatedEntries.Entry> entries = DatedEntries.split(lines, false, (all, d, floor) ->
                d - 2 >= floor && (PageLines.looksLikeDegree(all.get(d - 1)) || PageLines.looksLikeSchool(all.get(d - 2)))
                        ? 2 : 1);
        undatedSchools(DatedEntries.leading(lines, entries), b);
        for (DatedEntries.Entry e : entries) {
            String school = e.header().get(0);
            String degree = e.header().size() == 2 ? e.header().get(1) : "";
            List<String> activities = new ArrayList<>();
            List<String> rest = new ArrayList<>();
            for (String line : e.body()) {
                Matcher m = Pattern.compile("(?i)activities and societies:\\s*(.*)").matcher(line);
                if (m.matches()) {
                    activities.add(m.group(1));
                } else {
                    rest.add(line);
                }
            }
            b.education.add(new Education(school, degree, e.dates(), String.join("; ", activities)));
            undatedSchools(rest, b);
        }
    }

    /** Schools listed without years, and any other lines of the section, which stay searchable. */
    private static void undatedSchools(List<String> lines, Builder b) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (PageLines.looksLikeSchool(line) && !PageLines.looksLikeDegree(line)) {
                String degree = i + 1 < lines.size() && PageLines.looksLikeDegree(lines.get(i + 1)) ? lines.get(++i) : "";
                b.education.add(new Education(line, degree, DateRange.UNKNOWN, ""));
            } else {
                b.free(line);
            }
        }
    }

    private static void readVolunteering(List<String> lines, Builder b) {
        for (DatedEntries.Entry e : DatedEntries.split(lines, false, DatedEntries.TWO_WHEN_ROOM)) {
            String role = e.header().size() == 2 ? e.header().get(0) : "";
            String organisation = e.header().get(e.header().size() - 1);
            List<String> body = new ArrayList<>(e.body());
            String cause = "";
            if (!body.isEmpty() && Phrases.PAGE.causes().contains(body.get(0).toLowerCase(java.util.Locale.ROOT))) {
                cause = body.remove(0);
            }
            b.volunteering.add(new Volunteering(organisation, role, cause, e.dates(), String.join("\n", body)));
        }
    }

    private static void addSkills(String line, Builder b) {
        for (String part : line.split("[·•]")) {
            String skill = part.strip();
            if (!skill.isEmpty() && skill.length() <= 60 && !SKILL_NOISE.matcher(skill).matches()) {
                b.skills.add(skill);
            }
        }
    }

    private static void readActivity(List<String> lines, Builder b) {
        StringBuilder text = null;
        String when = "";
        for (String line : lines) {
            Matcher marker = POST_MARKER.matcher(line);
            if (marker.matches()) {
                addPost(text, when, b);
                text = new StringBuilder();
                when = marker.group("age").replace(" ", "");
            } else if (POST_ACTOR.matcher(line).matches()) {
                addPost(text, when, b);
                text = new StringBuilder();
                when = "";
            } else if (!line.equalsIgnoreCase(b.name)) {
                if (text == null) {
                    text = new StringBuilder();
                }
                text.append(text.length() == 0 ? "" : "\n").append(line);
            }
        }
        addPost(text, when, b);
    }

    private static void addPost(StringBuilder text, String when, Builder b) {
        if (text != null && !text.toString().isBlank()) {
            b.posts.add(new Post(text.toString(), when));
        }
    }

    /** Collects what the sections yield, then finds preferences and statements over the person's own words. */
    private static final class Builder {
        final String name;
        String headline = "";
        String location = "";
        final List<String> about = new ArrayList<>();
        final List<Position> positions = new ArrayList<>();
        final List<Education> education = new ArrayList<>();
        final List<Volunteering> volunteering = new ArrayList<>();
        final List<String> skills = new ArrayList<>();
        final List<Post> posts = new ArrayList<>();
        final List<String> groups = new ArrayList<>();
        final Set<Preference> preferences = EnumSet.noneOf(Preference.class);
        final List<String> statements = new ArrayList<>();
        final List<String> freeText = new ArrayList<>();

        Builder(String name) {
            this.name = name;
        }

        void free(String line) {
            freeText.add(line);
        }

        Profile build() {
            String aboutText = String.join("\n", about);
            List<String> ownWords = new ArrayList<>(List.of(headline, aboutText));
            posts.forEach(p -> ownWords.add(p.text()));
            positions.stream().filter(p -> p.dates().isCurrent()).forEach(p -> ownWords.add(p.description()));
            preferences.addAll(StatementFinder.preferences(ownWords));
            List<String> allStatements = new ArrayList<>(statements);
            allStatements.addAll(StatementFinder.statements(ownWords));
            // an Experience section with no dates read gives no position; the headline's "Title at Company" is the role now
            // (a fundraiser's "say who I am" was told her profile does not say what she does)
            List<Position> held = positions;
            if (held.isEmpty()) {
                held = ProseReader.headlineRole(headline).map(List::of).orElse(List.of());
            }
            return new Profile(name, headline, location, aboutText, held, education, volunteering,
                    skills.stream().distinct().toList(), posts, groups, preferences, allStatements,
                    String.join("\n", freeText), SourceFormat.LINKEDIN_PAGE);
        }
    }
}
