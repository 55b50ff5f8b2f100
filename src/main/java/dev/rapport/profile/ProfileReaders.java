package dev.rapport.profile;

import dev.rapport.RapportException;
import dev.rapport.io.InputFiles;
import dev.rapport.io.InputKind;
import dev.rapport.io.Utf8;
import dev.rapport.text.Sanitizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a profile from a path (file, LinkedIn export folder or .zip), from stdin ("-"), or from
 * pasted text, detecting the format from the content. Bad input raises a
 * {@link dev.rapport.RapportException} whose message is one line naming the source and the problem.
 */
public final class ProfileReaders {
    private ProfileReaders() {
    }

    /** {@code spec} is a path or "-" for {@code stdin}. */
    public static Profile read(String spec, InputStream stdin) {
        if ("-".equals(spec)) {
            try {
                return fromBytes(InputFiles.readStream(stdin, InputKind.PROFILE, "stdin"), "stdin");
            } catch (IOException e) {
                throw InputFiles.unreadable("stdin", e);
            }
        }
        return read(InputFiles.path(spec), spec);
    }

    public static Profile read(Path path) {
        return read(path, path.toString());
    }

    /** Text pasted or read already; {@code source} names it in error messages ("pasted text", a file name). */
    // a greeting, a name and a comma or a dash opening the text: an invitation note, not a profile
    private static final java.util.regex.Pattern A_NOTE = java.util.regex.Pattern.compile(
            "(?i:hi|hello|hey|dear|greetings)\\s+(?:(?:dr|prof|mr|mrs|ms)\\.?\\s+)?(?!(?i:everyone|everybody|all|there|world|friends|folks|team)\\b)\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)?\\s*[,!—–-]");

    public static Profile parse(String text, String source) {
        if (text == null) {
            throw Messages.error("empty", source);
        }
        if (text.length() > InputKind.PROFILE.maxBytes()) {
            throw InputFiles.tooLarge(source, InputKind.PROFILE);
        }
        String clean = Sanitizer.clean(text);
        if (clean.isBlank()) {
            throw Messages.error("empty", source);
        }
        java.util.regex.Matcher note = A_NOTE.matcher(clean.strip());
        if (note.lookingAt() && clean.strip().length() <= 1200 && !clean.contains("\nExperience") && !clean.contains("\nAbout")) {
            // "Hi Lorraine, I heard your keynote …": a note in a folder of profiles is no person (a batch greeted "Hello Hi")
            throw Messages.error("a.note", source, note.group().strip());
        }
        ProfileReader reader = switch (FormatDetector.detect(clean)) {
            case JSON_RESUME -> new JsonResumeReader();
            case LINKEDIN_PAGE -> new PageTextReader();
            case PROSE, LINKEDIN_EXPORT -> new ProseReader();
        };
        try {
            return ProfileCleaner.clean(reader.read(clean, source));
        } catch (UnnamedProfileException e) {
            // (not a paste that starts inside a profile's sections, "Skills …": whose it is cannot be told, so it is refused)
            if (reader instanceof PageTextReader && !isSectionHeading(clean.strip().lines().findFirst().orElse("").strip())) {
                // a page with a profile's section words ("Experience", "Education") that names no one where a profile page
                // does (an interview, a talk page) is read as prose, which finds a name in more places
                try {
                    return ProfileCleaner.clean(new ProseReader().read(clean, source));
                } catch (UnnamedProfileException again) {
                    throw e.withText(clean);
                }
            }
            throw reader instanceof JsonResumeReader ? e : e.withText(clean);
        }
    }

    /**
     * The profiles in one paste, for front ends that must never merge two: one text for an ordinary
     * paste, two or more when profile pages were pasted one after another, none when it holds several
     * that cannot be cut apart (the front end should ask for one at a time).
     */
    public static List<String> profilesIn(String text) {
        return text == null ? List.of() : PasteSplitter.split(Sanitizer.clean(text));
    }

    /** True for the heading of a profile page's section ("Skills", "About", "Experience"), which is never anyone's name. */
    public static boolean isSectionHeading(String word) {
        return word != null && PageLines.heading(word) != null;
    }

    /** A heuristic for front ends: does this pasted text look like a profile rather than a chat line? */
    public static boolean looksLikeProfile(String text) {
        return FormatDetector.looksLikeProfile(text);
    }

    /** Does this pasted paragraph read as a first-person bio rather than a reason to connect? */
    public static boolean looksLikeBio(String text) {
        return FormatDetector.looksLikeBio(text);
    }

    private static Profile read(Path path, String source) {
        switch (InputFiles.type(path)) {
            case FOLDER -> {
                return ProfileCleaner.clean(new LinkedInExportReader().read(ExportFiles.fromFolder(path, source)));
            }
            case MISSING -> throw Messages.error("not.found", source);
            default -> { }
        }
        InputFiles.requireFile(path, InputKind.ARCHIVE, source);
        if (ExportFiles.isZipFile(path)) {
            return ProfileCleaner.clean(new LinkedInExportReader().read(ExportFiles.fromZipFile(path, source)));
        }
        return fromBytes(InputFiles.readBytes(path, InputKind.PROFILE, source), source);
    }

    private static Profile fromBytes(byte[] bytes, String source) throws RapportException {
        if (ExportFiles.isZip(bytes)) {
            return ProfileCleaner.clean(new LinkedInExportReader().read(
                    ExportFiles.fromZip(new ByteArrayInputStream(bytes), source)));
        }
        return parse(Utf8.decode(bytes, source), source); // bytes were read under the PROFILE cap
    }
}
