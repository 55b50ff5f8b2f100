package dev.rapport.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes many target profiles (LinkedIn page text) from a few templates, for batch tests and the
 * benchmark: former Stripewell colleagues of the example sender (connect), strangers with a post
 * and strangers who ask recruiters and vendors to stay away (both follow-first for a reconnecting sender). The sender is
 * examples/pairs/01-former-colleagues/me.txt (Daniel Okafor, Stripewell 2015-2021).
 */
public final class GeneratedTargets {
    public static final Path SENDER = Path.of("examples/pairs/01-former-colleagues/me.txt");
    public static final String WHY = "reconnect with people I worked with";

    private static final List<String> FIRST = List.of("Priya", "Marcus", "Ana", "Wei", "Fatima", "Jonas", "Lena",
            "Tomás", "Aisha", "Kenji", "Olga", "Samuel", "Ines", "Ravi", "Chloe", "Mateo", "Noor", "Elliot");
    private static final List<String> LAST = List.of("Raman", "Hale", "Ruiz", "Zhang", "Haddad", "Berg", "Novak",
            "Ortiz", "Bello", "Sato", "Ivanova", "Reid", "Costa", "Menon", "Dubois", "Silva", "Karimi", "Frost");
    private static final List<String> COMPANIES = List.of("Tallyport", "Brightpath Health", "Northwind Freight",
            "Quillstone Media", "Harbor Analytics", "Cedar Labs");

    private GeneratedTargets() {
    }

    /** The kind of target number {@code i}: 0 former colleague, 1 stranger with a post, 2 stranger with a no-pitches policy. */
    public static int kind(int i) {
        return i % 3;
    }

    public static String name(int i) {
        return FIRST.get(i % FIRST.size()) + " " + LAST.get((i / FIRST.size()) % LAST.size()) + " " + suffix(i);
    }

    /** Writes {@code n} profiles into {@code dir} (target-0000.txt ...), returns their paths in order. */
    public static List<Path> write(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> {
            Path p = dir.resolve(String.format(Locale.ROOT, "target-%04d.txt", i));
            try {
                Files.writeString(p, profile(i), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return p;
        }).toList();
    }

    static String profile(int i) {
        String name = name(i);
        String first = name.substring(0, name.indexOf(' '));
        String company = COMPANIES.get(i % COMPANIES.size());
        return switch (kind(i)) {
            case 0 -> """
                    %1$s
                    Staff Engineer at %2$s
                    Chicago, Illinois, United States · Contact info

                    About
                    I build payment and billing systems. I spent several good years at Stripewell on settlement and payouts.

                    Experience
                    Staff Engineer
                    %2$s · Full-time
                    Jan 2022 - Present · 4 yrs 11 mos
                    Senior Software Engineer
                    Stripewell · Full-time
                    Mar 2016 - Dec 2021 · 5 yrs 10 mos
                    Chicago, Illinois, United States

                    Skills
                    Payments
                    Go
                    """.formatted(name, company);
            case 1 -> """
                    %1$s
                    Product Designer at %2$s
                    Lisbon, Portugal · Contact info

                    About
                    I design tools for warehouse teams and write about research with people who work night shifts.

                    Activity
                    %3$s posted this • 1w
                    Night-shift workers read screens differently. We rebuilt our picking app around glanceable colour.
                    👍 88

                    Experience
                    Product Designer
                    %2$s · Full-time
                    Feb 2020 - Present · 6 yrs 10 mos

                    Education
                    University of Lisbon
                    Master of Design
                    2014 - 2016
                    """.formatted(name, company, first);
            default -> """
                    %1$s
                    Head of Procurement at %2$s
                    Denver, Colorado, United States · Contact info

                    About
                    I run purchasing for a regional logistics firm. No recruiters and no sales pitches, please: vendors go through our procurement portal.

                    Experience
                    Head of Procurement
                    %2$s · Full-time
                    Jun 2018 - Present · 8 yrs 6 mos
                    """.formatted(name, company);
        };
    }

    private static String suffix(int i) {
        // a distinct last word per index keeps every generated person a different person
        StringBuilder s = new StringBuilder();
        int n = i;
        do {
            s.append((char) ('A' + n % 26));
            n /= 26;
        } while (n > 0);
        return s.reverse().toString() + "son";
    }
}
