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
        // "Inès's", "James's": always 's, as the rule messages write "{them}'s" (one note said "Inès'", the next "Inès's")
        return first + "'s";
    }
}
