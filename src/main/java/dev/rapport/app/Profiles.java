package dev.rapport.app;

import dev.rapport.profile.Profile;
import dev.rapport.profile.ProfileReaders;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Profiles for the faces: a file, folder, export or stdin ("-") read, a paste parsed, a paste cut
 * into the profiles it holds. The faces reach the profile readers only through here.
 */
public final class Profiles {
    private Profiles() {
    }

    /** {@code spec}: a file, a LinkedIn export (folder or zip), or "-" for {@code stdin}. */
    public static Profile read(String spec, InputStream stdin) {
        return ProfileReaders.read(spec, stdin);
    }

    public static Profile read(Path path) {
        return ProfileReaders.read(path);
    }

    /** The text of a profile that lacks only the name, to read again with the name the user gives; empty when more is amiss. */
    public static java.util.Optional<String> lackingOnlyTheName(dev.rapport.profile.UnnamedProfileException e) {
        return e.text();
    }

    /** Pasted text; {@code source} names it in error messages. */
    public static Profile parse(String text, String source) {
        return ProfileReaders.parse(text, source);
    }

    /** The profiles in one paste: one, several pasted one after another, or none when they cannot be cut apart. */
    public static List<String> in(String text) {
        return ProfileReaders.profilesIn(text);
    }

    /** Does this pasted text look like a profile rather than a chat line? */
    public static boolean looksLikeOne(String text) {
        return ProfileReaders.looksLikeProfile(text);
    }

    /** Does this pasted paragraph read as a first-person bio ("I'm a charge nurse at …") rather than a reason? */
    public static boolean looksLikeBio(String text) {
        return ProfileReaders.looksLikeBio(text);
    }

    /**
     * The same person given twice: the same name and the same headline or jobs (a hand session checked a profile
     * against itself and was told "you both worked at Naranja Logística"). Two people may share a name, rarely a history too.
     */
    public static boolean samePerson(Profile a, Profile b) {
        if (a == null || b == null || a.name() == null || a.name().isBlank()
                || !dev.rapport.text.Words.fold(a.name().strip()).equals(dev.rapport.text.Words.fold(b.name().strip()))) {
            return false;
        }
        return !a.headline().isBlank() && a.headline().strip().equals(b.headline().strip())
                || !a.positions().isEmpty() && a.positions().equals(b.positions());
    }
}
