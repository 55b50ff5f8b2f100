package dev.rapport.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One person's profile, whatever it was read from. Lists are never null.
 * {@code freeText} keeps whatever a reader could not place (prose bios, unknown sections) so that
 * later stages can still search it; {@code about} is the person's own summary.
 * {@code statements} are the sentences in which the person says what they want or need
 * ("looking for help with accessibility audits", "no recruiters please").
 */
public record Profile(
        String name,
        String headline,
        String location,
        String about,
        List<Position> positions,
        List<Education> education,
        List<Volunteering> volunteering,
        List<String> skills,
        List<Post> posts,
        List<String> groups,
        Set<Preference> preferences,
        List<String> statements,
        String freeText,
        SourceFormat format) {

    public Profile {
        name = name == null ? "" : name.strip();
        headline = headline == null ? "" : headline.strip();
        location = location == null ? "" : location.strip();
        about = about == null ? "" : about.strip();
        positions = List.copyOf(positions == null ? List.of() : positions);
        education = List.copyOf(education == null ? List.of() : education);
        volunteering = List.copyOf(volunteering == null ? List.of() : volunteering);
        skills = List.copyOf(skills == null ? List.of() : skills);
        posts = List.copyOf(posts == null ? List.of() : posts);
        groups = List.copyOf(groups == null ? List.of() : groups);
        preferences = Set.copyOf(preferences == null ? Set.of() : preferences);
        statements = List.copyOf(statements == null ? List.of() : statements);
        freeText = freeText == null ? "" : freeText.strip();
    }

    /** The word of the name to greet by (titles, initials and abbreviations skipped); blank when the name is unknown. */
    public String firstName() {
        return dev.rapport.text.GreetingName.of(name);
    }

    public Optional<Position> currentPosition() {
        return positions.stream().filter(p -> p.dates().isCurrent()).findFirst()
                .or(() -> positions.stream().findFirst());
    }

    public boolean prefers(Preference preference) {
        return preferences.contains(preference);
    }

    /** Every piece of text the person wrote, for searches that must not miss unplaced content. */
    public String searchableText() {
        List<String> parts = new ArrayList<>();
        parts.add(headline);
        parts.add(about);
        positions.forEach(p -> {
            parts.add(p.title());
            parts.add(p.company());
            parts.add(p.description());
        });
        volunteering.forEach(v -> {
            parts.add(v.organisation());
            parts.add(v.cause());
            parts.add(v.description());
        });
        parts.addAll(skills);
        posts.forEach(p -> parts.add(p.text()));
        parts.addAll(groups);
        parts.addAll(statements);
        parts.add(freeText);
        return String.join("\n", parts.stream().filter(s -> !s.isBlank()).toList());
    }
}
