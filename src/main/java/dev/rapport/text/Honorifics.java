package dev.rapport.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Titles written before a name ("Dr.", "Prof", "Ms"), from the one gazetteer resource
 * {@code honorifics.txt}: never a first name to greet, never part of the name a bio is about.
 */
public final class Honorifics {
    private static final List<String> WORDS = read();
    private static final Set<String> SET = Set.copyOf(WORDS);

    private Honorifics() {
    }

    /** The titles, lower case and without a dot ("dr", "prof"). */
    public static List<String> words() {
        return WORDS;
    }

    /** Each title bare and with its dot ("dr", "dr."), for lists matched word for word. */
    public static List<String> forms() {
        List<String> out = new ArrayList<>();
        for (String w : WORDS) {
            out.add(w);
            out.add(w + ".");
        }
        return List.copyOf(out);
    }

    // the short forms that only ever stand before a name ("dr achieng"); "coach", "father" or "chef" are also everyday nouns
    private static final Set<String> BEFORE_A_NAME_ONLY = Set.of("dr", "prof", "mr", "mrs", "ms");

    /** Is {@code word} a short title that can only stand before a name ("dr", "Prof.", "ms"), so the next word is one? */
    public static boolean onlyBeforeAName(String word) {
        return word != null && BEFORE_A_NAME_ONLY.contains(word.replace(".", "").strip().toLowerCase(Locale.ROOT));
    }

    /** Is {@code word} a title, whatever its case and with or without its dot? */
    public static boolean is(String word) {
        return word != null && SET.contains(word.replace(".", "").strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The respect particles written after a name ("-san", " ji", "-ssi", " Bey"), from {@code name-particles.txt}, as a
     * regular-expression alternation ("san|sama|…"): the reason reader, the drafter and the greeting all use this one list.
     */
    public static String particles() {
        return Particles.ALL;
    }

    /** The particles a note may greet with, as the user calls the recipient ("Dear Ogata-san,"), as an alternation. */
    public static String greetingParticles() {
        return Particles.GREETING;
    }

    private static final class Particles {
        private static final List<String> LINES = read("name-particles.txt");
        static final String ALL = String.join("|", LINES.stream().map(l -> l.replaceFirst("\\s+greet$", "")).toList());
        static final String GREETING = String.join("|", LINES.stream().filter(l -> l.endsWith(" greet"))
                .map(l -> l.replaceFirst("\\s+greet$", "")).toList());
    }

    private static List<String> read() {
        return read("honorifics.txt");
    }

    private static List<String> read(String resource) {
        try (InputStream in = Honorifics.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("built-in " + resource + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.toLowerCase(Locale.ROOT)).toList();
        } catch (IOException e) {
            throw new IllegalStateException("built-in " + resource + ": " + e.getMessage(), e);
        }
    }
}
