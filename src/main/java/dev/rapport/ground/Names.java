package dev.rapport.ground;

import dev.rapport.profile.Profile;

/** How the detail sentences refer to the other person: their first name, or a neutral phrase. */
final class Names {
    private Names() {
    }

    static String of(Profile p) {
        String first = p.firstName();
        return first.isBlank() ? Templates.text("someone") : first;
    }

    static String possessive(Profile p) {
        String first = p.firstName();
        if (first.isBlank()) {
            return Templates.text("someones");
        }
        return first.endsWith("s") ? first + "'" : first + "'s";
    }
}
