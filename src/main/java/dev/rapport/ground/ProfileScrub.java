package dev.rapport.ground;

import dev.rapport.profile.Education;
import dev.rapport.profile.Position;
import dev.rapport.profile.Post;
import dev.rapport.profile.Profile;
import dev.rapport.profile.Volunteering;
import dev.rapport.text.RecentMap;
import dev.rapport.text.Sanitizer;
import java.util.Map;

/**
 * A copy of a profile without the text that tries to give orders. Profile text is data: an entry
 * whose name gives orders is dropped whole, such sentences are cut from prose and descriptions,
 * so nothing a profile commands can turn into common ground.
 */
final class ProfileScrub {
    // A REPL session, a batch's one sender and a draft's many checks scrub the same profiles again.
    private static final Map<Profile, Profile> RECENT = RecentMap.of(16);

    private ProfileScrub() {
    }

    static Profile scrub(Profile p) {
        return RecentMap.remember(RECENT, p, ProfileScrub::read);
    }

    private static Profile read(Profile p) {
        return new Profile(
                clean(p.name()),
                prose(p.headline()),
                clean(p.location()),
                prose(p.about()),
                p.positions().stream().filter(ProfileScrub::harmless)
                        .map(x -> new Position(x.company(), x.title(), x.dates(), x.location(), prose(x.description())))
                        .toList(),
                p.education().stream().filter(ProfileScrub::harmless)
                        .map(x -> new Education(x.school(), x.degree(), x.years(), prose(x.activities()))).toList(),
                p.volunteering().stream().filter(ProfileScrub::harmless)
                        .map(x -> new Volunteering(x.organisation(), x.role(), x.cause(), x.dates(), prose(x.description())))
                        .toList(),
                p.skills().stream().filter(s -> !ProfileText.isInstruction(s)).map(ProfileScrub::clean).toList(),
                p.posts().stream().filter(post -> !ProfileText.isInstruction(post.text()))
                        .map(post -> new Post(clean(post.text()), post.when())).toList(),
                p.groups().stream().filter(g -> !ProfileText.isInstruction(g)).map(ProfileScrub::clean).toList(),
                p.preferences(),
                p.statements().stream().filter(s -> !ProfileText.isInstruction(s)).map(ProfileScrub::clean).toList(),
                prose(p.freeText()),
                p.format());
    }

    private static boolean harmless(Position p) {
        return !ProfileText.isInstruction(p.company()) && !ProfileText.isInstruction(p.title());
    }

    private static boolean harmless(Education e) {
        return !ProfileText.isInstruction(e.school()) && !ProfileText.isInstruction(e.degree());
    }

    private static boolean harmless(Volunteering v) {
        return !ProfileText.isInstruction(v.organisation()) && !ProfileText.isInstruction(v.role());
    }

    private static String prose(String text) {
        return clean(ProfileText.withoutInstructions(text));
    }

    private static String clean(String text) {
        return Sanitizer.clean(text).strip();
    }
}
