package dev.rapport.ground;

import dev.rapport.profile.DateRange;
import dev.rapport.profile.Education;
import dev.rapport.profile.Position;
import dev.rapport.profile.Post;
import dev.rapport.profile.Preference;
import dev.rapport.profile.Profile;
import dev.rapport.profile.SourceFormat;
import dev.rapport.profile.Volunteering;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Builds hand-made profiles for tests, through the records' own constructors. */
final class People {
    private final String name;
    private String headline = "";
    private String location = "";
    private String about = "";
    private final List<Position> positions = new ArrayList<>();
    private final List<Education> education = new ArrayList<>();
    private final List<Volunteering> volunteering = new ArrayList<>();
    private final List<String> skills = new ArrayList<>();
    private final List<Post> posts = new ArrayList<>();
    private final List<String> groups = new ArrayList<>();
    private final Set<Preference> preferences = EnumSet.noneOf(Preference.class);
    private final List<String> statements = new ArrayList<>();

    private People(String name) {
        this.name = name;
    }

    static People named(String name) {
        return new People(name);
    }

    People headline(String h) {
        headline = h;
        return this;
    }

    People in(String loc) {
        location = loc;
        return this;
    }

    People about(String a) {
        about = a;
        return this;
    }

    People job(String company, String title, int from, Integer to) {
        positions.add(new Position(company, title, DateRange.years(from, to), "", ""));
        return this;
    }

    People jobIn(String company, String title, int from, Integer to, String location) {
        positions.add(new Position(company, title, DateRange.years(from, to), location, ""));
        return this;
    }

    People job(String company, String title, DateRange dates) {
        positions.add(new Position(company, title, dates, "", ""));
        return this;
    }

    People school(String school, String degree, int from, Integer to) {
        education.add(new Education(school, degree, DateRange.years(from, to), ""));
        return this;
    }

    People volunteered(String org, int from, Integer to) {
        volunteering.add(new Volunteering(org, "Volunteer", "Hunger relief", DateRange.years(from, to), ""));
        return this;
    }

    People skills(String... s) {
        skills.addAll(List.of(s));
        return this;
    }

    People post(String text, String when) {
        posts.add(new Post(text, when));
        return this;
    }

    People group(String g) {
        groups.add(g);
        return this;
    }

    People prefers(Preference p) {
        preferences.add(p);
        return this;
    }

    People says(String statement) {
        statements.add(statement);
        return this;
    }

    Profile build() {
        return new Profile(name, headline, location, about, positions, education, volunteering, skills, posts,
                groups, preferences, statements, "", SourceFormat.LINKEDIN_PAGE);
    }
}
