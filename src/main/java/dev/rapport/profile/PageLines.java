package dev.rapport.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Text copied from a LinkedIn profile page, one tidy line per entry: blank lines, page chrome, counters and
 * reaction tallies dropped, and the lines LinkedIn repeats for screen readers ("Stripewell\nStripewell") collapsed.
 */
final class PageLines {
    /** The kinds of section a profile page has, named by its heading line. */
    enum Kind { ABOUT, EXPERIENCE, EDUCATION, VOLUNTEERING, SKILLS, ACTIVITY, OPEN_TO_WORK, HIRING, CERTIFICATIONS,
        INTERESTS, OTHER, IGNORED }

    private static final Pattern NOISE = Pattern.compile(
            "(?:" + String.join("|", Phrases.PAGE.noise()) + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Furniture at the end of a line of content: "…see more", "… see more", "…more", "· 2nd", "• 3rd+". */
    private static final Pattern TRAILING_FURNITURE = Pattern.compile(
            "\\s*(?:(?:…|\\.\\.\\.)\\s*(?:see\\s+)?more|[·•]\\s*(?:1st|2nd|3rd\\+?)(?: degree connection)?)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "University of Michigan logo": the alt text of an organisation's picture. */
    private static final Pattern LOGO = Pattern.compile("(?<name>.{2,80}?)\\s+logo", Pattern.CASE_INSENSITIVE);
    /** An organisation's name: capitalised words, with a few small joining words ("University of Michigan"). */
    private static final Pattern ORGANISATION = Pattern.compile(
            // ("Wellington Institute of Technology (WelTec)": a short form in brackets is part of the name)
            "[\\p{Lu}\\p{N}][^\\s.!?]*(?:\\s+(?:(?:of|and|for|the|de|du|la|&|-)\\s+)*\\(?[\\p{Lu}\\p{N}][^\\s.!?]*){0,7}");
    /** How many lines after a logo line the page repeats the organisation's name. */
    private static final int LOGO_REACH = 3;
    /** Reaction counts and emoji tallies ("👍❤️ 214", "342"): no letter at all. */
    private static final Pattern NO_LETTERS = Pattern.compile("[^\\p{L}]*");

    private PageLines() {
    }

    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        String[] raws = text.split("\n");
        for (int i = 0; i < raws.length; i++) {
            String line = withoutFurniture(raws[i]);
            if (line.isEmpty() || isNoise(line)) {
                continue;
            }
            java.util.regex.Matcher logo = LOGO.matcher(line);
            if (logo.matches() && ORGANISATION.matcher(logo.group("name")).matches()) {
                String name = logo.group("name");
                if (repeatedSoon(raws, i, name)) {
                    continue; // the name follows on its own line (or as "Name · Full-time")
                }
                line = name;
            }
            if (!out.isEmpty() && out.get(out.size() - 1).equalsIgnoreCase(line)) {
                continue;
            }
            out.add(line);
        }
        return out;
    }

    /** The line with spaces tidied and the page's trailing furniture removed. */
    static String withoutFurniture(String raw) {
        String line = raw.replace('\u00A0', ' ').replaceAll("[ \t]+", " ").strip();
        // a web page's own controls and trail ("Skip to main content", "Home » … » Meet our nurses", "Reading Time: 4
        // minutes"), copied with its text, are no part of the person's profile (a new user's pages gave them as headlines)
        if (PAGE_CHROME.matcher(line).matches() || BREADCRUMB.matcher(line).matches()) {
            return "";
        }
        return TRAILING_FURNITURE.matcher(line).replaceFirst("").strip();
    }

    private static final Pattern PAGE_CHROME = Pattern.compile(
            "(?i)(?:skip to (?:main )?content|toggle (?:high )?contrast|(?:‹|<|←)?\\s*back(?: to (?:top|news|all [\\p{L} ]+))?|arrow in this section"
            + "|in this section|reading time:? \\d+ min(?:ute)?s?|\\d+ min(?:ute)? read|share this (?:article|page|story)|print(?: this page)?"
            + "|main menu|menu|search)");
    // "Home » 2020 Year of the Nurse » Meet our nurses – Karen Moore", "Farmers Weekly NZ › People": a trail of links
    private static final Pattern BREADCRUMB = Pattern.compile("[^.!?]{1,120}?\\s[›»]\\s[^.!?]{1,120}");

    /**
     * The organisations whose logo line starts a single entry ("Acme logo / Sales Executive / Acme / Feb 2016 - …"): the
     * name comes back after the title, not on the next line as a grouped company's does. After a grouped company, such
     * a name before the dates starts another employer's entry, not one more role in the group.
     */
    static java.util.Set<String> singleEntryLogos(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        String[] raws = text.split("\n");
        for (int i = 0; i < raws.length; i++) {
            java.util.regex.Matcher logo = LOGO.matcher(withoutFurniture(raws[i]));
            if (!logo.matches() || !ORGANISATION.matcher(logo.group("name")).matches()) {
                continue;
            }
            String name = logo.group("name");
            int next = i + 1;
            while (next < raws.length && raws[next].isBlank()) {
                next++;
            }
            if (next < raws.length && !raws[next].strip().regionMatches(true, 0, name, 0, name.length()) && repeatedSoon(raws, i, name)) {
                out.add(name.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static boolean repeatedSoon(String[] raws, int at, String name) {
        for (int j = at + 1; j < raws.length && j <= at + LOGO_REACH; j++) {
            if (raws[j].strip().regionMatches(true, 0, name, 0, name.length())) {
                return true;
            }
        }
        return false;
    }

    static boolean isNoise(String line) {
        if (ProfileDates.rangeLine(line) != null || heading(line) != null) {
            return false;
        }
        return NOISE.matcher(line).matches() || NO_LETTERS.matcher(line).matches();
    }

    /** The section a heading line opens, or null when the line is not a heading. */
    static Kind heading(String line) {
        String key = line.strip().toLowerCase(Locale.ROOT);
        for (Map.Entry<String, List<String>> e : Phrases.PAGE.sections().entrySet()) {
            if (e.getValue().contains(key)) {
                return Kind.valueOf(e.getKey().toUpperCase(Locale.ROOT).replace('-', '_'));
            }
        }
        return null;
    }

    static boolean looksLikeLocation(String line) {
        String s = line.strip();
        if (s.length() > 80 || s.endsWith(".") || s.regionMatches(true, 0, "Skills:", 0, 7) || s.contains(":")) {
            return false;
        }
        return s.contains(",")
                || s.matches("(?iu).*\\b(area|remote|hybrid|on-site|onsite|region|metropolitan|greater)\\b.*");
    }

    /** "Chicago, Illinois, United States · Hybrid" becomes "Chicago, Illinois, United States". */
    static String location(String line) {
        String s = line.replaceAll("(?i)\\s*·\\s*contact info\\s*$", "").strip();
        int dot = s.indexOf('·');
        String place = dot < 0 ? s : s.substring(0, dot).strip();
        return place.isEmpty() ? s : place;
    }

    static boolean looksLikeSchool(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        return line.length() <= 120 && !line.endsWith(".")
                && Phrases.PAGE.schoolWords().stream().anyMatch(w -> Pattern.compile("(?<!\\p{L})" + Pattern.quote(w) + "(?!\\p{L})").matcher(lower).find());
    }

    static boolean looksLikeDegree(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        return line.length() <= 160
                && Phrases.PAGE.degreeWords().stream().anyMatch(w -> Pattern.compile("(?<!\\p{L})" + Pattern.quote(w) + "(?!\\p{L})").matcher(lower).find());
    }

    static boolean isEmploymentType(String line) {
        return Phrases.PAGE.employmentTypes().contains(line.strip().toLowerCase(Locale.ROOT));
    }

    /** "Ledgerline · Full-time" or "Full-time · Ledgerline": true when one part is an employment type. */
    static boolean hasEmploymentType(String line) {
        for (String part : line.split("·")) {
            if (isEmploymentType(part)) {
                return true;
            }
        }
        return false;
    }

    /** The company of a "Company · Full-time" line. */
    static String company(String line) {
        for (String part : line.split("·")) {
            String p = part.strip();
            if (!p.isEmpty() && !isEmploymentType(p)) {
                return p;
            }
        }
        return line.strip();
    }
}
