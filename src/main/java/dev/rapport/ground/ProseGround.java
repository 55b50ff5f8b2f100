package dev.rapport.ground;

import dev.rapport.profile.Education;
import dev.rapport.profile.Position;
import dev.rapport.profile.Profile;
import dev.rapport.profile.Volunteering;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Shared context that one profile states only in its prose: the other person's employer, school,
 * volunteering organisation or group named in a sentence of the first one's About or bio ("She has been
 * a member of Offentliga Inköpares Förening (OIF) since 2020" against a Volunteering entry "Board member,
 * OIF"; "I volunteer with the Maple Reads literacy programme"). Both directions are read. It is context,
 * never a relationship (no dates say the two were there together); the sentence is quoted. Pure.
 */
final class ProseGround {
    private static final int MIN_NAME_CHARS = 3;

    private ProseGround() {
    }

    /** The items, leaving out places the structured history already gave ({@code known} subjects). */
    static List<CommonGround> find(Profile me, Profile them, List<CommonGround> known) {
        List<CommonGround> out = new ArrayList<>();
        // a place the writer's own history lists in another way is theirs in that way: a professor's About naming the university
        // where the recipient studied is where she teaches, not where she studied ("I saw you also studied at Northfield
        // University" to her former PhD student)
        Map<String, GroundKind> mine = named(me);
        Map<String, GroundKind> theirs = named(them);
        Map<String, GroundKind> theirsAsListed = Map.copyOf(theirs);
        theirs.entrySet().removeIf(e -> mine.entrySet().stream().anyMatch(m -> m.getValue() != e.getValue() && OrganisationNames.same(m.getKey(), e.getKey())));
        mine.entrySet().removeIf(e -> theirsAsListed.entrySet().stream().anyMatch(t -> t.getValue() != e.getValue() && OrganisationNames.same(t.getKey(), e.getKey())));
        theirs.forEach((org, kind) -> inProse(me.about(), org).filter(sentence -> kind != GroundKind.SAME_EMPLOYER || atWork(sentence, org)).ifPresent(sentence ->
                out.add(item(kind, org, "prose.mine", Map.of("org", org, "sentence", sentence,
                        "possessive", Names.possessive(them))))));
        mine.forEach((org, kind) -> inProse(them.about(), org).filter(sentence -> kind != GroundKind.SAME_EMPLOYER || atWork(sentence, org)).ifPresent(sentence ->
                out.add(item(kind, org, "prose.theirs", Map.of("org", org, "sentence", sentence,
                        "possessive", Names.possessive(them))))));
        return out.stream().filter(g -> known.stream().noneMatch(k -> OrganisationNames.same(k.subject(), g.subject()))).toList();
    }

    // "When we went live on Epic in March 2022": a firm's product used is no work there or with it ("I have worked at Epic too" was
    // said by a nurse whose hospital uses the software); work is at, for or with the organisation
    private static final java.util.regex.Pattern WORK_BEFORE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:at|for|with|joined|join|joining|employed\\s+by|worked|work|working|interned|intern|consultant\\s+to|member\\s+of|"
                    + "volunteer(?:ed|ing)?\\s+(?:at|with|for)|partnered\\s+with|contract(?:ed|ing)?\\s+(?:for|with))\\s+(?:the\\s+)?(?:\\S+\\s+){0,2}$");

    private static boolean atWork(String sentence, String org) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(OrganisationNames.display(org))
                + "(?![\\p{L}\\p{N}])").matcher(sentence);
        while (m.find()) {
            if (WORK_BEFORE.matcher(sentence.substring(0, m.start())).find()) {
                return true;
            }
        }
        return false;
    }

    private static CommonGround item(GroundKind kind, String org, String key, Map<String, String> vars) {
        double strength = switch (kind) {
            case ALUMNI -> Strength.ALUMNI;
            case SAME_EMPLOYER -> Strength.SAME_GROUP;   // working with or at it, undated: context, not a shared job
            default -> Strength.SAME_GROUP;
        };
        return new CommonGround(kind, Templates.render(key, vars), strength, org, "");
    }

    /** A person's organisations from the structured parts, each with the kind of ground it gives when shared. */
    private static Map<String, GroundKind> named(Profile p) {
        Map<String, GroundKind> out = new LinkedHashMap<>();
        p.volunteering().stream().map(Volunteering::organisation).forEach(o -> out.putIfAbsent(o, GroundKind.SAME_GROUP));
        p.groups().forEach(g -> out.putIfAbsent(g, GroundKind.SAME_GROUP));
        p.education().stream().map(Education::school).forEach(s -> out.putIfAbsent(s, GroundKind.ALUMNI));
        p.positions().stream().map(Position::company).forEach(c -> out.putIfAbsent(c, GroundKind.SAME_EMPLOYER));
        out.keySet().removeIf(o -> o.isBlank());
        return out;
    }

    /**
     * The name is not a part of a longer one: "Marine Institute" (of "Marine Institute, Galway") in "the Catalina Island Marine
     * Institute" is another organisation (a note said "I have worked at Marine Institute, Galway too" to its diving director).
     */
    private static boolean standsAlone(String sentence, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(name)
                + "(?![\\p{L}\\p{N}])").matcher(sentence);
        while (m.find()) {
            java.util.regex.Matcher before = LAST_WORD.matcher(sentence.substring(0, m.start()));
            java.util.regex.Matcher after = FIRST_WORD.matcher(sentence.substring(m.end()));
            boolean longer = before.find() && Character.isUpperCase(before.group(1).codePointAt(0)) && m.start() > before.group(1).length() + 1
                    || after.lookingAt() && Character.isUpperCase(after.group(1).codePointAt(0));
            if (!longer) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern LAST_WORD = java.util.regex.Pattern.compile("(\\p{L}[\\p{L}'’-]*)\\s$");
    private static final java.util.regex.Pattern FIRST_WORD = java.util.regex.Pattern.compile("\\s(\\p{L}[\\p{L}'’-]*)");

    /**
     * The first sentence of the prose that names the organisation, by its full name or one part of it
     * ("OIF" of "Offentliga Inköpares Förening (OIF)"), written with its capitals and not under negation.
     */
    private static Optional<String> inProse(String prose, String org) {
        if (prose == null || prose.isBlank()) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        names.add(OrganisationNames.display(org));
        for (String part : org.split("[()\\[\\],|;]")) {
            String p = part.strip();
            if (p.length() >= MIN_NAME_CHARS && !names.contains(p)) {
                names.add(p);
            }
        }
        // the full name first: a sentence that spells it out quotes better than a line with the acronym
        for (String name : names) {
            for (String sentence : ProfileText.sentences(prose)) {
                boolean capitalised = !name.isEmpty() && Character.isUpperCase(name.codePointAt(0)) && sentence.contains(name);
                if (capitalised && ProfileText.mentions(sentence, name) && ProfileText.affirms(sentence, name) && standsAlone(sentence, name)) {
                    return Optional.of(sentence.strip());
                }
            }
        }
        return Optional.empty();
    }
}
