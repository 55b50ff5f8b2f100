package dev.rapport.profile;

import dev.rapport.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plain bio ("I'm Luis Ortega, a data analyst at Front Range Credit Union in Denver. I studied
 * statistics at CU Boulder…"). It picks out what it can; the whole text stays in {@code about} so that
 * nothing it misses is lost to later stages.
 */
final class ProseReader implements ProfileReader {
    /** A capitalised word: "Front", "CU", "O'Neil", "Jean-Luc". */
    private static final String CAP = "\\p{Lu}[\\p{L}\\p{N}&'’\\-]*";
    /** Capitalised words, with a few small joining words between them ("University of Denver"). */
    // (on one line: "… at FMS" over a paragraph that opens "My career began …" is FMS, not "FMS My")
    private static final String PROPER = CAP + "(?:[ \\t]+(?:(?:of|and|for|the|de|du|la|del|&)[ \\t]+)?" + CAP + ")*";
    // (a name stays on its line: "Name: Rogelio" and the headline under it are not "Rogelio Assistant Vice President")
    // (an initial may come first or between: "E. Kate Valcin", "John F. Kennedy"; a new user's page was refused for it)
    private static final String PERSON = "(?:\\p{Lu}\\.[ \\t]+)?\\p{Lu}[\\p{L}'’\\-]+(?:[ \\t]+(?:(?:de|da|van|von|der|del|la|le|bin|al)[ \\t]+)?(?:\\p{Lu}\\.[ \\t]+)?\\p{Lu}[\\p{L}'’\\-]+){1,3}";

    private static final Pattern INTRO = Pattern.compile(
            "\\b(?i:i['’]m|i am|my name is|this is|name:)\\s+(?:" + BioName.TITLE_PATTERN + ")?(?<name>" + PERSON + ")");
    // "Linda's Blog" over a blog's "About me" page (a new user's paste): whose page it is, not a name; the page's "My name
    // is Linda Belkner" names her
    private static final Pattern NICKNAME = Pattern.compile("(\\p{Lu}\\p{Ll}+)\\s+[\"“‘(]\\p{Lu}\\p{Ll}+[\"”’)]\\s+(\\p{Lu})");
    private static final Pattern DOCUMENT_LABEL = Pattern.compile(
            "(?i)(?:(?:short|long|official|artist|band|speaker|press|media)\\s+)?(?:bio(?:graphy)?|press kit|media kit|press release|fact sheet|about)"
            + "(?:\\s*\\((?:en|eng|english)\\))?");
    private static final Pattern NOT_A_PERSON = Pattern.compile("(?i)['’]s\\b|\\b(?:blog|page|website|site|portfolio|journal|diary|homepage)$");
    private static final Pattern INTRODUCING_TITLE = Pattern.compile(
            "(?i)(?:meet|introducing|spotlight|profile|in conversation with|a day in the life|q&a|interview|member of the month|rep of the month)\\b");
    private static final Pattern INTERVIEWED = Pattern.compile(
            "\\b(?:caught up|sat down|spoke|talked|chatted)\\s+(?:with|to)\\s+(?:" + BioName.TITLE_PATTERN + ")?(?<name>" + PERSON + "),");
    private static final Pattern NAME_LINE = Pattern.compile("(?<name>" + PERSON + ")(?:,\\s*\\p{Lu}[\\p{L}.]{1,7})*");
    private static final Pattern ROLE = Pattern.compile(
            "(?:\\b(?:a|an|the|as|is|am)\\s+|^|,\\s*)(?<title>[\\p{L}\\- /&]{2,60}?)\\s+(?<at>at|with|for)\\s+(?:the\\s+)?(?<company>" + PROPER + ")"
                    + "(?:\\s+in\\s+(?<place>" + PROPER + "(?:,\\s*" + PROPER + ")?))?",
            Pattern.MULTILINE);
    /** Words showing that "... at Somewhere" is not a job title ("I studied statistics at CU Boulder"). */
    private static final Pattern NOT_A_TITLE = Pattern.compile(
            "(?i)\\b(?:i|we|you|is|was|am|are|based|studied|study|graduated|met|spoke|speak|live|lived|grew|went|spent|years?|pictured|photographed)\\b");
    /** "a Registered Engineer with the Engineers Board of Kenya": a registration, not an employer ("a registered physio at …" is one). */
    private static final Pattern REGISTERED = Pattern.compile("(?i)^(?:registered|chartered|certified|licensed|accredited|member|fellow)\\b");
    /** "… after four years as a QA analyst at …", "Before buses he worked as a …": a past role, not who they are now. */
    private static final Pattern PAST_BEFORE = Pattern.compile(
            "(?i)\\b(?:was|were|had been|used to|formerly|previously|earlier|before|after|worked|years as|spent|most recently)\\b");
    private static final Pattern ROLE_OF = Pattern.compile(
            "\\b(?:is|I am|I['’]m)\\s+(?:[^.!?\\n]{0,80}?\\s+and\\s+)?the\\s+(?<title>(?:editor|editor-in-chief|founder|co-founder|director|owner|publisher"
                    + "|host|organi[sz]er|curator|president|chair|coordinator|head|principal)"
                    // "the owner and chef of Tasca Mourão": two titles for one place (a chef's prose bio gave no headline at all)
                    + "(?:\\s+(?:and|&)\\s+(?:head\\s+)?(?:chef|ceo|editor|director|designer|winemaker|brewer|baker|host|founder|owner|principal))?)"
                    + "\\s+of\\s+(?<company>" + PROPER + ")");
    /** "She volunteers as a tutor with …": the role is volunteering, read as such below, not a job. */
    private static final Pattern VOLUNTEERS_AS = Pattern.compile("(?i)\\bvolunteer\\w*\\s+(?:as\\s+)?(?:an?\\s+)?$");
    /**
     * "Wanjiku Mwangi is a junior data analyst in Nairobi.": a role said with no employer, in the bio's first
     * sentence; the last word must look like an occupation ("a mother of two" is no headline).
     */
    private static final Pattern ROLE_ALONE = Pattern.compile(
            "^[^.!?\\n]{0,60}?\\b(?:is|I am|I['’]m)\\s+(?:(?:working|employed)(?:\\s+(?:nights|days|weekends|full-time|part-time|now|here))?\\s+as\\s+)?an?\\s+(?<title>(?:\\p{Ll}[\\p{Ll}\\-]*\\s+){0,3}"
                    + "(?:\\p{Ll}+(?:ist|yst|ant|ent|ian|ect|er|or|urse)|"
                    + "student|graduate|intern|trainee|apprentice|lead|chef|clerk|coach|medic|officer|editor))"
                    + "(?:\\s+(?:in|from|based in)\\s+(?<place>" + PROPER + "))?(?:\\s*[.,;]|\\s+(?:with|who|and)\\s)");
    /**
     * "When your father is a college logistics professor, you grow up …": the first sentence's "is a …" said of someone else
     * (a relative, or a clause that sets a scene) is no role of the person (a by-hand session's sender was "a college logistics
     * professor").
     */
    private static final Pattern ANOTHERS_ROLE = Pattern.compile(
            "(?i)^(?:when|if|although|though|because|while|since|once|unless|whether)\\b|\\b(?:my|your|his|her|their|our)\\s+\\p{L}+\\s+(?:is|was)\\s+an?\\s");
    /**
     * "Now CEO of CJ Logistics America, Bowersox draws on …": a news profile's role now, said before the surname it goes
     * with; the title must end on an occupation.
     */
    private static final Pattern NOW_ROLE = Pattern.compile(
            "(?:^|[.!?]\\s+)Now\\s+(?:the\\s+)?(?<title>(?:\\p{L}[\\p{L}&\\-]*\\s+){0,3}?\\p{L}[\\p{L}\\-]*)\\s+(?:of|at)\\s+(?<company>" + PROPER + ")\\s*,",
            Pattern.MULTILINE);
    /** A last word that names an occupation: "Charge nurse", "Founder & CEO"; not "Oncology" or "Years in nursing". */
    private static final Pattern OCCUPATION = Pattern.compile(
            "(?i)(?:^|\\s)(?:\\p{L}+(?:ist|yst|ant|ent|ian|ect|er|or|urse)|student|graduate|intern|trainee|apprentice|lead|chef|clerk"
                    + "|coach|medic|officer|editor|founder|head|owner|partner|midwife|advocate|associate|candidate|fellow|secretary|attorney"
                    + "|ceo|cto|cfo|coo|cmo|vp)$");
    private static final Pattern ONE_NAME = Pattern.compile("\\p{Lu}\\p{Ll}[\\p{L}'’\\-]{1,20}");
    private static final Pattern SAID_OF_THEM = Pattern.compile(
            // ("such as her work with Pueblo Science", "as well as": an example, not a role said of them; a fresh-clone session
            // got the headline "Her work at Pueblo Science")
            // ("She has now been a UX Designer at Mercedes-Benz.io for a year": her role now, as a story page says it)
            "(?i)(?:\\b(?:is|am|are|i['’]m|(?<!had )been|became|(?<!such )(?<!as well )as)\\s+(?:now\\s+)?(?:an?\\s+|the\\s+)?|,\\s*an?\\s+)$");
    private static final int HEADLINE_MAX = 100;
    /** "Years in nursing: 44", "Specialty/department: I'm working as a …": a question-and-answer profile's field. */
    private static final Pattern FIELD_LINE = Pattern.compile("^(?<label>[\\p{L}/&'’ -]{2,40}):\\s+(?<value>\\S.*)$");
    /** A field that says what the person does. */
    private static final Pattern ROLE_LABEL = Pattern.compile(
            "(?i)\\b(?:specialty|speciality|department|role|title|position|occupation|job|profession|current work)\\b");
    private static final Pattern TWO_CAPITALS = Pattern.compile("\\p{Lu}\\S*\\s+\\p{Lu}");
    private static final Pattern PAST_EMPLOYER = Pattern.compile(
            "\\b(?i:before|previously|earlier)\\b[^.]*?\\bat\\s+(?<company>" + PROPER + ")");
    private static final Pattern PLACE = Pattern.compile(
            "\\b(?:based in|live in|living in|located in|work from|out of)\\s+(?<place>" + PROPER + "(?:,\\s*" + PROPER + ")?)");
    private static final Pattern STUDIED = Pattern.compile(
            "\\bstudied\\s+(?<area>[\\p{L} ]{2,40}?)\\s+at\\s+(?:the\\s+)?(?<school>" + PROPER + ")");
    private static final Pattern GRADUATED = Pattern.compile(
            "\\b(?:graduated from|graduate of|alumn\\w* of|went to|attended|degree from|MBA from|PhD from|"
                    + "master['’]s from|bachelor['’]s from)\\s+(?:the\\s+)?(?<school>" + PROPER + ")"
                    + "(?:\\s+with\\s+an?\\s+(?<degree>[\\p{L}'’ ]{2,50}?)(?=[.,;]|$| and))?");
    // "I received my BS in Math at MSU and then went on to a PhD at Yale": a degree, and where it was taken
    private static final Pattern DEGREE_AT = Pattern.compile(
            // ("earned a Ph.D. from Carnegie Mellon University's Engineering and Public Policy Department": a science bio's dotted
            // degrees, and the school before its possessive; a new user's lab-mate link was not found)
            "\\b(?:my|his|her|their|a|an)\\s+(?<degree>(?:BS|BA|BSc|BEng|MS|MA|MSc|MEng|MBA|MPhil|PhD|DPhil|MD|JD|LLB|LLM|Ph\\.D\\.|M\\.S\\.|B\\.S\\.|M\\.A\\.|B\\.A\\.|M\\.Sc\\.|B\\.Sc\\.|M\\.B\\.A\\.|[Bb]achelor['’]?s|[Mm]aster['’]?s|[Dd]octorate)"
                    + "(?:\\s+(?:degree\\s+)?in\\s+[\\p{L}&'’ ]{2,40}?)?)\\s+(?:at|from)\\s+(?:the\\s+)?(?<school>" + PROPER + ")");
    private static final Pattern VOLUNTEER = Pattern.compile(
            "\\bvolunteer(?:s|ed|ing)?\\s+(?:as\\s+an?\\s+(?<role>[\\p{L} ]{2,30}?)\\s+)?(?:with|at|for)\\s+(?:the\\s+)?(?<org>" + PROPER + ")");
    /**
     * Any short capitalised word with a stop, before the name on a bio's first line, is a title: "Eng. Joseph
     * Otieno Ouma" (a Kenyan engineer's); without the stop "Eng" may be a name ("Tan Eng Hock").
     */
    private static final String ABBREVIATED_TITLE = "\\p{Lu}\\p{Ll}{1,4}\\.\\s+";
    /** Honorifics are no part of a first name ("Dr. Amelia Stone" is Amelia). */
    private static final Pattern HONORIFIC = Pattern.compile("^(?:" + BioName.TITLE_PATTERN + "|" + ABBREVIATED_TITLE + ")+");
    /** "Ravi Kumar | Flash to HTML5 Conversion Expert | WordPress": the name, then the headline. */
    private static final Pattern NAME_BAR = Pattern.compile("\\s+[|·•–—]\\s+");
    private static final Pattern YEARS = Pattern.compile("^\\s*(?:in|\\(|,)?\\s*((?:19|20)\\d{2})(?:\\s*[-–—]\\s*((?:19|20)\\d{2}))?");

    /**
     * The role a question-and-answer profile gives in a labelled field ("Specialty/department: I'm working as a house
     * supervisor, …" is "House supervisor"; "Role: Charge nurse" is "Charge nurse"); "" when none says it.
     */
    private static String fieldRole(List<String> lines) {
        for (String line : lines) {
            Matcher field = FIELD_LINE.matcher(line);
            if (!field.matches() || !ROLE_LABEL.matcher(field.group("label")).find()) {
                continue;
            }
            String value = field.group("value").strip();
            Matcher said = ROLE_ALONE.matcher(value);
            if (said.find()) {
                return Words.capitalise(said.group("title"));
            }
            // ("Specialty/department: Oncology" names where they work, not what they are: "I'm an oncology" would follow)
            if (value.length() <= 60 && !value.matches("(?s).*[.!?].*") && !value.matches("(?i)^(?:i|we|my)\\b.*")
                    && OCCUPATION.matcher(value).find()) {
                return Words.capitalise(value);
            }
        }
        return "";
    }

    /** "Years in nursing: 44" is a question-and-answer field; "Founder & CEO: Tinyshelf" is a headline that has a colon. */
    private static boolean questionField(String line) {
        Matcher field = FIELD_LINE.matcher(line);
        return field.matches() && !OCCUPATION.matcher(field.group("label").strip()).find();
    }

    private record NameBelowTitle(String name, String headline) {
    }

    /**
     * "NHS 75th birthday staff stories" over "Mel Kendrew", "‹ Back" over "Prof Mary Abukutsa", "A Day in the Life – Roz
     * Ingram": a page's title or furniture above its subject's name (public pages a new user pasted gave a job title as the
     * name, or none). The name is a line of its own among the first few, or the last part of the title, that the page
     * names again below it; the short line under a name on its own line is the headline.
     */
    private static Optional<NameBelowTitle> nameBelowTitle(List<String> lines) {
        for (int k = 0; k < Math.min(4, lines.size()); k++) {
            String[] parts = NAME_BAR.split(lines.get(k));
            // (below the title, "Amrita Verma – Quest Dubbo": the name, then where they work)
            List<String> candidates = k == 0 ? java.util.Arrays.asList(parts).subList(1, parts.length)
                    : parts.length == 2 ? List.of(lines.get(k), parts[0]) : List.of(lines.get(k));
            for (String candidate : candidates) {
                String bare = HONORIFIC.matcher(candidate.strip()).replaceFirst("").strip();
                Matcher m = NAME_LINE.matcher(bare);
                if (bare.length() > 60 || !m.matches() || NOT_A_PERSON.matcher(bare).find() || OCCUPATION.matcher(bare).find()) {
                    continue;
                }
                String name = m.group("name");
                // ("Meet our nurses and midwives – Karen Moore", "A Day in the Life – Roz Ingram": a title that introduces the
                // person is enough, whether or not the page names them again)
                boolean introducedByTitle = k == 0 && INTRODUCING_TITLE.matcher(parts[0].strip()).lookingAt();
                // (a talk page's "Tim Lenzen" over an abstract in the first person: the one who writes "I" below is the one named)
                if (!introducedByTitle && !namedBelow(name, lines, k) && !(k > 0 && firstPersonBelow(lines, k))) {
                    continue;
                }
                String headline = "";
                if (k > 0 && parts.length == 2 && candidate.equals(parts[0])) {
                    return Optional.of(new NameBelowTitle(name, parts[1].strip()));
                }
                if (k > 0 && k + 1 < lines.size()) {
                    // (", University of Agriculture and Technology": a field whose first half the page left empty is no headline)
                    String next = lines.get(k + 1);
                    // (nor a talk's slot, "Wednesday 16:10 in Helium3")
                    if (next.length() <= 120 && !next.matches(".*[.!?]$") && !questionField(next) && !next.equalsIgnoreCase(name)
                            && !SLOT.matcher(next).find()
                            && next.length() > 2 && Character.isUpperCase(next.codePointAt(0))) {
                        headline = next;
                    }
                }
                return Optional.of(new NameBelowTitle(name, headline));
            }
        }
        return Optional.empty();
    }

    /**
     * "Laois haulier Ger Hyland has been elected …", "Martina Vrajitoru's relationship to her union …", "… winner Will Green
     * says": a news story or a profile article about one person, whom it names with a verb or a possessive after the name
     * and then goes on naming (public pages a new user pasted gave "no name found"). The person whose first or last name
     * the page uses most, at least three times in all; a name that is an organisation's or a place's is none.
     */
    /**
     * "As a graduate student in biology at Penn State, Drew Wham travelled to reefs …": the sentence from {@code from} on
     * tells of the past, so the role it opened with was then, not now.
     */
    private static boolean toldInThePast(String text, int from) {
        int end = from;
        while (end < text.length() && ".!?\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        List<dev.rapport.language.Token> rest = dev.rapport.language.Language.english().tokens(text.substring(from, end));
        for (dev.rapport.language.Token t : rest) {
            if (t.is("VERB", "AUX")) {
                String w = t.lower();
                return w.endsWith("ed") || w.equals("was") || w.equals("were") || w.equals("had") || dev.rapport.language.VerbForms.irregularPast(w);
            }
        }
        return false;
    }

    private static Optional<String> subjectOfTheStory(String text) {
        Matcher m = STORY_SUBJECT.matcher(text.substring(0, Math.min(text.length(), 1500)));
        String best = "";
        long most = 0;
        String opening = "";
        while (m.find()) {
            String name = m.group(1);
            // ("Martina Vrajitoru's relationship to her union …" opening a paragraph of a page that goes on about "she")
            if (opening.isEmpty() && (m.start() == 0 || text.charAt(m.start() - 1) == '\n')
                    && java.util.Arrays.stream(name.split(" ")).noneMatch(w -> NOT_NAME_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT)))) {
                opening = name;
            }
            String[] words = name.split(" ");
            // "Owner Brittany Mattingly was joined by …", "When Chris Salahub learned …": a news story's title, or the word that
            // opens the clause, before the name is no part of it
            if (words.length == 3 && WORD_BEFORE_NAME.contains(words[0].toLowerCase(java.util.Locale.ROOT))) {
                name = words[1] + " " + words[2];
                words = new String[] {words[1], words[2]};
                if (opening.equals(m.group(1))) {
                    opening = name;
                }
            }
            if (java.util.Arrays.stream(words).anyMatch(w -> NOT_NAME_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT)))) {
                continue;
            }
            long uses = java.util.stream.Stream.of(words[0], words[words.length - 1]).distinct()
                    .mapToLong(w -> Pattern.compile("(?<![\\p{L}])" + Pattern.quote(w) + "(?![\\p{L}])").matcher(text).results().count()).sum();
            if (uses > most) {
                most = uses;
                best = name;
            }
        }
        // (a person's story says "she" or "he"; a firm's page, "Green Valley Farms has grown …", says "it", "we" or "they")
        long pronouns = Pattern.compile("(?i)(?<![\\p{L}])(?:she|her|he|his|him)(?![\\p{L}])").matcher(text).results().count();
        // (a news story names its person by surname alone after the first time: "Daubenberger will have a key role …")
        // (a person's two names, not a firm's: "Green Valley Farms has grown …" names no one)
        if (most >= 3 && (pronouns >= 2 || best.split(" ").length == 2 && !best.matches("(?i).*\\b(?:farms?|foods?|group|works|studios?|labs?)\\b.*")
                && surnameAlone(best, text) >= 2)) {
            return Optional.of(best);
        }
        return !opening.isEmpty() && pronouns >= 3 ? Optional.of(opening) : Optional.empty();
    }

    /** How often the name's last word stands without its first ("Daubenberger also becomes …"). */
    private static long surnameAlone(String name, String text) {
        String[] words = name.split(" ");
        String last = words[words.length - 1];
        return Pattern.compile("(?<!" + Pattern.quote(words[0]) + " )(?<![\\p{L}])" + Pattern.quote(last) + "(?![\\p{L}])").matcher(text).results().count();
    }

    private static final Pattern STORY_SUBJECT = Pattern.compile(
            "(?<![\\p{L}])(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+|['’]\\p{Lu}\\p{Ll}+)?(?: \\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+|['’]\\p{Lu}\\p{Ll}+)?){1,2})"
            // ("Jennifer Nguyen (BMath '12) took her statistics …": a degree and a year in brackets after the name)
            + "(?: \\([^)\\n]{1,30}\\))?"
            + "(?:['’]s\\b| (?:has|had|is|was|says|said|joined|started|became|won|leads|runs|operates|works|worked|began|will|took|told|added|believes|explains"
            // ("When Chris Salahub learned he could explore …", an alumni story)
            + "|learned|learnt|decided|remembered|graduated|returned|helps|helped|wanted|found|knew"
            // (a story's own past: "Drew Wham travelled to reefs …", "Susana Nunes spent ten years as a nurse …")
            + "|travelled|traveled|spent|moved|studied|completed|chose|earned|received|founded|co-founded|served|grew|describes"
            // (a news story's lead: "Civil engineer Nancy Daubenberger takes over tomorrow as …")
            + "|takes|joins|heads|becomes|steps|retires|brings|shares|talks|leads)\\b)");
    private static final Pattern INTERVIEW_TITLE = Pattern.compile(
            "(?i)^(?:Q\\s*&\\s*A|Q\\s*and\\s*A|Interview|An interview|In conversation|A conversation|Conversation|Meet|Spotlight|Member spotlight)"
            + "\\s*(?:with|:|–|—|-)\\s+((?-i:\\p{Lu})[\\p{L}'’.-]+(?:\\s+(?-i:\\p{Lu})[\\p{L}'’.-]+){1,3})(?:\\s*[,|–—-]\\s*(.{2,80}))?$");
    // a title or a clause's opening word before a story's name ("Owner Brittany Mattingly", "When Chris Salahub")
    private static final Set<String> WORD_BEFORE_NAME = Set.of("owner", "co-owner", "founder", "co-founder", "ceo", "president", "director",
            "manager", "chef", "coach", "principal", "superintendent", "mayor", "pastor", "councilwoman", "councilman", "councillor",
            "senator", "representative", "commissioner", "chair", "chairman", "chairwoman", "professor", "dr", "author", "artist",
            "alumna", "alumnus", "student", "graduate", "homeowner", "resident", "volunteer",
            "when", "after", "before", "as", "since", "while", "once", "today", "now", "then", "and", "but", "so", "because");
    private static final Set<String> NOT_NAME_WORDS = Set.of("association", "group", "university", "college", "hospital", "council",
            "ltd", "limited", "inc", "company", "trust", "society", "institute", "school", "federation", "union", "ministry", "department",
            "award", "awards", "year", "day", "week", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "the", "this", "that", "our", "their", "his", "her", "deputy", "minister", "president", "chief", "director", "manager",
            "farmer", "winner", "management", "hotel", "industry", "national", "international", "international's",
            // ("Two Penn State alumni's paths …": a state university, a city or a firm, is no person)
            "state", "city", "county", "centre", "center", "bank", "foundation", "labs", "ventures", "partners", "capital", "news",
            "journal", "times", "magazine", "museum", "club", "fund", "network", "systems", "technologies", "health", "science");

    private static final Pattern PERSON_LABEL = Pattern.compile("(?i)(?:^|\\b)(?:speaker|presenter|keynote(?:\\s+speaker)?|guest(?:\\s+speaker)?"
            + "|interviewee|author|panel(?:l)?ist|instructor|lecturer|principal\\s+investigator)\\s*:\\s*(?:" + BioName.TITLE_PATTERN + ")?"
            + "(?<name>(?-i:" + PERSON + "))(?:\\s*,\\s*(?<headline>(?-i:\\p{Lu})[^.!?]{2,120}))?\\s*$");
    private static final Pattern INSIGHTS_FROM = Pattern.compile("(?i)\\b(?:insights|lessons|advice|tips|notes|thoughts|stories|a\\s+conversation|"
            + "an\\s+interview|q\\s*&\\s*a)\\s+(?:from|with)\\s+(?:" + BioName.TITLE_PATTERN + ")?(?<name>(?-i:" + PERSON + "))"
            + "(?:\\s*,\\s*(?<headline>(?-i:\\p{Lu})[^.!?]{2,120}))?\\s*$");
    private static final Pattern MEET_FIRST = Pattern.compile("^(?i:meet)\\s+(?<first>\\p{Lu}\\p{Ll}+)\\b");

    /**
     * The person a page labels in its first lines ("Speaker: …", "… Keynote: …", "Insights from …"), with what follows the name
     * as their headline, as a first line says it ("Name | headline"); or, under "Meet Andrea…", the page's "Andrea Kenney".
     */
    private static Optional<String> labelledPerson(List<String> lines) {
        for (String line : lines.subList(0, Math.min(6, lines.size()))) {
            Matcher m = PERSON_LABEL.matcher(line);
            if (!m.find()) {
                m = INSIGHTS_FROM.matcher(line);
                if (!m.find()) {
                    continue;
                }
            }
            String headline = m.group("headline");
            // ("EuroPython 2015 Keynote: Holger Krekel": with nothing after the name, what the label says of them)
            String label = line.substring(0, m.start("name")).replaceFirst("(?i)[:\\s]*(?:" + BioName.TITLE_PATTERN + ")?[:\\s]*$", "").strip();
            if (headline == null && m.pattern() == PERSON_LABEL && label.contains(" ")) {
                headline = label;
            }
            String name = m.group("name").strip();
            // ("Speaker: Dr Irwanda Laory": a title without its dot is no part of the name)
            String[] words = name.split("\\s+", 2);
            if (words.length == 2 && dev.rapport.text.Honorifics.onlyBeforeAName(words[0].toLowerCase(java.util.Locale.ROOT).replace(".", ""))) {
                name = words[1];
            }
            return Optional.of(name + (headline == null ? "" : " | " + headline.strip()));
        }
        for (String line : lines.subList(0, Math.min(4, lines.size()))) {
            Matcher meet = MEET_FIRST.matcher(line);
            if (meet.find()) {
                Matcher full = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(meet.group("first")) + "\\s+(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)(?![\\p{L}])")
                        .matcher(String.join("\n", lines));
                String all = String.join("\n", lines);
                while (full.find()) {
                    if (!NOT_NAME_WORDS.contains(full.group(1).toLowerCase(java.util.Locale.ROOT))) {
                        // ("Workforce Development Specialist Andrea Kenney sometimes needs …": the title a story puts before the name)
                        Matcher titled = Pattern.compile("((?:\\p{Lu}\\p{Ll}+[ \\t]+){1,5})$").matcher(all.substring(0, full.start()));
                        String title = titled.find() && OCCUPATION.matcher(titleHead(titled.group(1).strip())).find() ? " | " + titled.group(1).strip() : "";
                        return Optional.of(meet.group("first") + " " + full.group(1) + title);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** "This week we caught up with Rosalyn Ingram, Director of State Purchasing …": an interview's subject, named again below. */
    private static Optional<String> interviewed(String text) {
        Matcher m = INTERVIEWED.matcher(text.substring(0, Math.min(text.length(), 800)));
        if (!m.find()) {
            return Optional.empty();
        }
        // (named again below, or followed by what they are: "…, Director of Purchasing for …")
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 80)).strip();
        boolean titled = OCCUPATION.matcher(titleHead(after.split("[,.;]", 2)[0])).find();
        return titled || namedBelow(m.group("name"), List.of(text.substring(m.end())), -1) ? Optional.of(m.group("name")) : Optional.empty();
    }

    private static final Pattern SLOT = Pattern.compile("\\b\\d{1,2}[:.]\\d{2}\\b|^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern FIRST_PERSON = Pattern.compile("(?<![\\p{L}])(?:I|I'm|I’m|I've|my|My)(?![\\p{L}])");

    /** One of the three lines below line {@code k} speaks in the first person ("In this talk, I want to …"). */
    private static boolean firstPersonBelow(List<String> lines, int k) {
        return lines.subList(Math.min(k + 1, lines.size()), Math.min(k + 4, lines.size())).stream().anyMatch(l -> FIRST_PERSON.matcher(l).find());
    }

    // "Lily Mercer. I am an Account Executive at …": an interview's answer to "What's your name?"
    private static final Pattern NAME_THEN_I_AM = Pattern.compile("^(?<name>" + PERSON + ")\\.\\s+(?:I am|I'm|I’m|My name is)\\b");

    /** A line that gives a name and goes on "I am …": the person answering. */
    private static Optional<String> answeredWithTheirName(List<String> lines) {
        for (String line : lines.subList(0, Math.min(12, lines.size()))) {
            Matcher m = NAME_THEN_I_AM.matcher(line);
            if (m.find() && !NOT_A_PERSON.matcher(m.group("name")).find()) {
                return Optional.of(m.group("name"));
            }
        }
        return Optional.empty();
    }

    /** The first or last word of {@code name} is in a line below line {@code k}. */
    private static boolean namedBelow(String name, List<String> lines, int k) {
        String later = String.join("\n", lines.subList(Math.min(k + 1, lines.size()), lines.size()));
        String[] words = name.strip().split("\\s+");
        return java.util.stream.Stream.of(words[0], words[words.length - 1])
                .anyMatch(w -> Pattern.compile("(?<![\\p{L}])" + Pattern.quote(w) + "(?![\\p{L}])").matcher(later).find()
                        // (an interview's "ROZ INGRAM:" before each answer names her too)
                        || w.length() > 2 && later.contains(w.toUpperCase(java.util.Locale.ROOT) + ":"));
    }

    @Override
    public Profile read(String pasted, String source) {
        // a bio copied from a page's About box keeps its "…see more"; that is no part of the bio
        String text = pasted.lines().map(PageLines::withoutFurniture).collect(java.util.stream.Collectors.joining("\n"));
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty()) {
            throw Messages.error("empty", source);
        }
        // "Q & A with Gloria Hou, Masters Student": an interview's title names its person, then what they do
        Matcher qa = INTERVIEW_TITLE.matcher(lines.get(0));
        if (qa.matches()) {
            List<String> named = new ArrayList<>(lines);
            named.set(0, qa.group(1).strip() + (qa.group(2) == null ? "" : " | " + qa.group(2).strip()));
            lines = List.copyOf(named);
        } else {
            // a seminar's "Speaker: Dr Irwanda Laory, Associate Professor, …" under its title, a conference's "EuroPython 2015
            // Keynote: Holger Krekel", an article's "…: Insights from David Mall, Director of …": the page's person, labelled
            Optional<String> labelled = labelledPerson(lines);
            if (labelled.isPresent()) {
                // (the labelled line itself goes: its "Dr Irwanda Laory" would be read again as a name with its title)
                List<String> named = new ArrayList<>(lines);
                named.removeIf(l -> PERSON_LABEL.matcher(l).find());
                named.add(0, labelled.get());
                lines = List.copyOf(named);
            }
        }
        String name = "";
        String headline = "";
        // "On the job: Lynn Bivens", a newspaper profile's headline: the name is the labelled value
        Matcher labelled = FIELD_LINE.matcher(lines.get(0));
        // ("Principal Investigator: Dr. Martin Thiel", a lab page's first line: the title before the name is the page's)
        String top = labelled.matches() && NAME_LINE.matcher(HONORIFIC.matcher(labelled.group("value").strip()).replaceFirst("").strip()).matches()
                ? labelled.group("value").strip() : lines.get(0);
        String[] firstLine = NAME_BAR.split(HONORIFIC.matcher(top).replaceFirst(""), 2);
        // "Maria Lopez, Head of Procurement, Andes Foods": a speaker page's first line, the name and then the headline after a
        // comma (a fresh-clone session's public page gave no role at all); "Amara Okoye, PhD" keeps its credential with the name
        Matcher commaHeadline = NAME_COMMA_HEADLINE.matcher(firstLine[0].strip());
        if (firstLine.length == 1 && !NAME_LINE.matcher(firstLine[0].strip()).matches() && commaHeadline.matches()
                && OCCUPATION.matcher(titleHead(commaHeadline.group("headline").split(",")[0])).find()) {
            firstLine = new String[] {commaHeadline.group("name"), commaHeadline.group("headline")};
        }
        Matcher nameLine = NAME_LINE.matcher(firstLine[0].strip());
        // "LA MAREA ELÉCTRICA – press bio (EN)": a page's title, the band's name over its bio, not the person's (the note was
        // signed "LA"); the bio's "I'm Valentina Ospina" names her
        boolean pageTitle = firstLine.length > 1 && DOCUMENT_LABEL.matcher(firstLine[1].strip()).matches();
        // "Member Spotlight – Dee Halvorsen": the part of a title that the page names again is the name
        // ("Member Spotlight" over "… we caught up with Deirdre Halvorsen, Director of …": a title the page never names again)
        boolean titleOverName = nameLine.matches() && !namedBelow(nameLine.group("name"), lines, 0)
                && (firstLine.length > 1 && nameBelowTitle(lines).isPresent() || interviewed(text).isPresent());
        if (firstLine[0].length() <= 60 && nameLine.matches() && !NOT_A_PERSON.matcher(firstLine[0].strip()).find() && !pageTitle
                && !titleOverName && PersonName.plausible(nameLine.group("name"))) {
            name = nameLine.group("name");
            if (firstLine.length > 1) {
                headline = firstLine[1].strip();
            } else if (lines.size() > 1 && lines.get(1).length() <= 120 && !lines.get(1).matches(".*[.!?]$")
                    && !questionField(lines.get(1)) && Character.isLetterOrDigit(lines.get(1).codePointAt(0))) {
                // (", University of Agriculture and Technology": a field whose first half the page left empty is no headline)
                headline = lines.get(1);
            }
        }
        // (a nickname in quotes between the names, 'I'm Valentina "Vale" Ospina', is no part of the full name)
        Matcher intro = INTRO.matcher(NICKNAME.matcher(text).replaceAll("$1 $2"));
        if (name.isEmpty() && intro.find()) {
            name = intro.group("name");
        }
        if (name.isEmpty()) {
            Optional<NameBelowTitle> below = nameBelowTitle(lines);
            if (below.isPresent()) {
                name = below.get().name();
                headline = below.get().headline();
            }
        }
        if (name.isEmpty()) {
            name = interviewed(text).orElse("");
        }
        if (name.isEmpty()) {
            // the first line, or the sentence after a heading line ("About the author")
            name = BioName.of(String.join("\n", lines.subList(0, Math.min(3, lines.size()))));
        }
        Matcher named = FIELD_LINE.matcher(lines.get(0));
        boolean nameLabel = named.matches() && named.group("label").strip().equalsIgnoreCase("name");
        String one = nameLabel ? named.group("value").strip() : lines.get(0);
        if (name.isEmpty() && lines.size() > 1 && ONE_NAME.matcher(one).matches()
                && (nameLabel || OCCUPATION.matcher(lines.get(1).split(",")[0].strip()).find()
                        || OCCUPATION.matcher(lines.get(1).split("\\s+(?:at|@|\\||·)\\s+", 2)[0].strip()).find())) {
            // "Rogelio" over "Assistant Vice President and Chief Procurement Officer, University of Texas at Austin": a
            // one-word name is still the name when a headline follows it, or when a "Name:" label says so
            name = one;
            if (headline.isEmpty()) {
                headline = lines.get(1);
            }
        }
        if (name.isEmpty()) {
            name = subjectOfTheStory(text).orElse("");
        }
        if (name.isEmpty()) {
            name = answeredWithTheirName(lines).orElse("");
        }
        if (name.isEmpty() && ONE_NAME.matcher(one.strip()).matches()) {
            // "Haimantika" over a paragraph: one word alone may be a heading ("Summary"), so it is not taken for the name, and
            // the user is told why and what to add (a new user read "put the full name on its first line" with a name there)
            throw Messages.noName("no.name.one", source, one.strip());
        }
        if (name.isEmpty()) {
            throw Messages.noName(source);
        }
        // "Prof Mary Abukutsa", "Dr. Joost van der Berg": a doctor's or professor's title on the page goes with the name, as a
        // LinkedIn page gives it, so that someone who has never met them greets them with it (a new user's "Hello Mary")
        Matcher titled = Pattern.compile("(?<![\\p{L}])(Dr\\.?|Prof\\.?|Professor)\\s+" + Pattern.quote(name) + "(?![\\p{L}])")
                .matcher(text.substring(0, Math.min(text.length(), 400)));
        if (titled.find()) {
            name = titled.group(1) + " " + name;
        }

        List<Position> positions = new ArrayList<>();
        String location = "";
        Matcher role = ROLE.matcher(text);
        for (int from = 0; from < text.length() && role.find(from); from = role.start() + 1) {
            // "Maria Lopez is a nurse manager at …": the title is what follows the last article.
            String title = role.group("title").strip().replaceFirst("(?i)^.*\\b(?:a|an|as)\\s+", "").replaceFirst("(?i)^the\\s+", "");
            if (NOT_A_TITLE.matcher(title).find() || !role.group("at").equals("at") && REGISTERED.matcher(title).find()) {
                continue;
            }
            // "a recruiter with Northbound Talent Partners": "with" or "for" names an employer only when the name runs
            // two capitalised words together ("an analyst with Python and SQL" names tools)
            if (!role.group("at").equals("at") && !TWO_CAPITALS.matcher(role.group("company")).find()) {
                continue;
            }
            String before = text.substring(Math.max(0, role.start("title") - 40), role.start("title"));
            // (the whole sentence so far: "Before she turned to writing full time in 2020, Nadia spent nine years …, most
            // recently as Revenue Manager at …" is a past role however far back its "before" is)
            String sentenceSoFar = text.substring(Math.max(0, role.start("title") - 300), role.start("title")).replaceFirst("(?s)^.*[.!?\\n]\\s*", "");
            if (PAST_BEFORE.matcher(sentenceSoFar).find() || VOLUNTEERS_AS.matcher(sentenceSoFar).find()
                    || sentenceSoFar.matches("(?i)\\s*as\\s+an?\\s+") && toldInThePast(text, role.end())) {
                continue;
            }
            // a title is said of the person ("is a …", "I'm a …", "Luis Ortega, a …") or stands as a short headline line;
            // "… out of the Lee Valley Bus Company depot at Ballyvolane" and "She trained at …" are no titles
            int lineStart = text.lastIndexOf('\n', role.start("title")) + 1;
            int lineEnd = text.indexOf('\n', role.start("title"));
            String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip();
            // (a headline is no sentence: "Priya leads the data team at Northwind Freight in Leeds." is none)
            boolean headlineLine = lineStart == role.start("title") && line.length() <= HEADLINE_MAX && !line.matches("(?s).*[.!?]$");
            // "Pat Durai, Group Head of Procurement at Sky, also highlights …": the title set beside the name that opens the text
            // (a public page's bio; a new user's session read no role from it)
            // (or anywhere the text names them and then their title: "we caught up with Rosalyn Ingram, Director of State …")
            // (by the surname: the page's "Roz Ingram" is "Rosalyn Ingram, Director of …" there)
            String surname = name.substring(name.lastIndexOf(' ') + 1);
            boolean besideTheName = text.substring(0, role.start("title")).matches("(?s)\\s*" + Pattern.quote(name) + ",\\s*")
                    || name.contains(" ") && text.substring(0, role.start("title")).matches("(?s).*[^\\p{L}]\\p{Lu}[\\p{L}'’-]+\\s+" + Pattern.quote(surname) + ",\\s*");
            if (!SAID_OF_THEM.matcher(before).find() && !headlineLine && !besideTheName) {
                continue;
            }
            positions.add(new Position(role.group("company"), title, DateRange.UNKNOWN, "", ""));
            if (role.group("place") != null) {
                location = role.group("place");
            }
            if (headline.isEmpty()) {
                headline = Words.capitalise(title) + " at " + role.group("company");
            }
            break;
        }
        // "… is a Marrakech-based hospitality writer and the editor of Riad & Route, a fortnightly newsletter": the one who
        // runs a named thing is that thing's editor, founder or head now (a reviewer: the note gave her job of 2020)
        Matcher runs = ROLE_OF.matcher(text);
        if (headline.isEmpty() && runs.find()) {
            String title = Words.capitalise(runs.group("title"));
            positions.add(0, new Position(runs.group("company"), title, DateRange.UNKNOWN, "", ""));
            headline = title + " of " + runs.group("company");
        }
        // the bio's first sentence: after a first line that is only the name
        boolean nameLineOnly = firstLine.length == 1 && nameLine.matches();
        Matcher alone = ROLE_ALONE.matcher(HONORIFIC.matcher(lines.size() > 1 && nameLineOnly ? lines.get(1) : lines.get(0)).replaceFirst(""));
        Matcher now = NOW_ROLE.matcher(text);
        if (headline.isEmpty() && now.find() && OCCUPATION.matcher(now.group("title")).find()) {
            positions.add(0, new Position(now.group("company"), now.group("title"), DateRange.UNKNOWN, "", ""));
            headline = now.group("title") + " of " + now.group("company");
        }
        if (headline.isEmpty() && alone.find() && !ANOTHERS_ROLE.matcher(alone.group().substring(0, alone.start("title") - alone.start())).find()) {
            headline = Words.capitalise(alone.group("title"));
            if (alone.group("place") != null && location.isEmpty()) {
                location = alone.group("place");
            }
        }
        if (headline.isEmpty()) {
            headline = fieldRole(lines);
        }
        // "Senior Data Engineer at Quillset", "Consultant Cardiologist | Lagos University Teaching Hospital": a headline that
        // names the role and the employer is the role now, when no sentence of the bio said one (else "Previously at Acme
        // Corp" below would be the only position, and read as the current one)
        if (positions.isEmpty()) {
            headlineRole(headline).ifPresent(positions::add);
        }
        Matcher past = PAST_EMPLOYER.matcher(text);
        while (past.find()) {
            String company = past.group("company");
            if (positions.stream().noneMatch(p -> p.company().equals(company))) {
                positions.add(new Position(company, "", DateRange.UNKNOWN, "", ""));
            }
        }
        Matcher place = PLACE.matcher(text);
        if (location.isEmpty() && place.find()) {
            location = place.group("place");
        }
        List<Volunteering> volunteering = new ArrayList<>();
        Matcher v = VOLUNTEER.matcher(text);
        while (v.find()) {
            volunteering.add(new Volunteering(v.group("org"), v.group("role") == null ? "" : v.group("role"), "", DateRange.UNKNOWN, ""));
        }
        // "an MSc student in Horticulture at the University of Nairobi": a place of study, not an employer (a note to an alumna
        // of it said "Like you, I have worked at the University of Nairobi", a new user's session)
        List<Education> education = new ArrayList<>(schools(text));
        positions.removeIf(p -> {
            Matcher student = STUDENT.matcher(p.title());
            if (!student.matches()) {
                return false;
            }
            if (education.stream().noneMatch(e -> e.school().equals(p.company()))) {
                String degree = (student.group(1) == null ? "" : student.group(1).strip())
                        + (student.group(2) == null ? "" : " in " + student.group(2).strip());
                education.add(0, new Education(p.company(), degree.strip(), DateRange.UNKNOWN, ""));
            }
            return true;
        });
        return new Profile(name, headline, location, text, positions, education, volunteering, List.of(), List.of(),
                List.of(), StatementFinder.preferences(List.of(text)), StatementFinder.statements(List.of(text)), "",
                SourceFormat.PROSE);
    }

    /** The role and employer a headline names ("Title at Company", "Title, Company", "Title | Company"); empty when it names no both. */
    static java.util.Optional<Position> headlineRole(String headline) {
        Matcher at = HEADLINE_AT.matcher(headline.strip());
        Matcher sep = HEADLINE_SEPARATED.matcher(headline.strip());
        Matcher m = at.matches() ? at : sep.matches() ? sep : null;
        if (m == null || !OCCUPATION.matcher(titleHead(m.group("title"))).find()) {
            return java.util.Optional.empty();
        }
        // ("Marine biologist · Monterey, California": a place after the separator, with its region, is no employer)
        String company = m.group("company").strip();
        if (m == sep && (company.contains(",") || !TWO_CAPITALS.matcher(company).find())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Position(company, m.group("title").strip(), DateRange.UNKNOWN, "", ""));
    }

    /** The words of a title before what it is of ("Head" of "Head of Procurement"), where its occupation word is. */
    private static String titleHead(String title) {
        return title.strip().split("\\s+(?:of|for|in)\\s+", 2)[0];
    }

    private static final Pattern NAME_COMMA_HEADLINE = Pattern.compile("(?<name>" + PERSON + "),\\s+(?<headline>\\p{Lu}[^.!?]{2,90})");
    private static final Pattern HEADLINE_AT = Pattern.compile(
            "(?<title>[\\p{L}\\- /&,]{2,60}?)\\s+(?:at|@)\\s+(?:the\\s+)?(?<company>" + PROPER + ")");
    private static final Pattern HEADLINE_SEPARATED = Pattern.compile(
            "(?<title>[\\p{L}\\- /&]{2,60}?)\\s*(?:,|\\s[|·•–—]|\\s-)\\s+(?<company>\\p{Lu}[\\p{L}\\p{N}&'’. \\-,]{1,60})");

    /** "MSc student in Horticulture", "final-year PhD candidate", "student": a title that is study; group 1 the degree, 2 the field. */
    private static final Pattern STUDENT = Pattern.compile(
            "(?i)(?:(?:first|second|third|fourth|final)[- ]year\\s+)?((?:MSc|MA|MBA|BSc|BA|BEng|MEng|PhD|DPhil|doctoral|master'?s|bachelor'?s|graduate|postgraduate|undergraduate)\\s+)?"
            + "(?:student|candidate)(?:\\s+(?:in|of)\\s+(.{2,60}))?");

    private static List<Education> schools(String text) {
        List<Education> schools = new ArrayList<>();
        Matcher studied = STUDIED.matcher(text);
        while (studied.find()) {
            schools.add(new Education(studied.group("school"), studied.group("area"), years(text, studied.end()), ""));
        }
        Matcher graduated = GRADUATED.matcher(text);
        while (graduated.find()) {
            String school = graduated.group("school");
            if (schools.stream().noneMatch(e -> e.school().equals(school))) {
                schools.add(new Education(school, graduated.group("degree"), years(text, graduated.end()), ""));
            }
        }
        Matcher degree = DEGREE_AT.matcher(text);
        while (degree.find()) {
            String school = degree.group("school").replaceFirst("['’]s(?:\\s.*)?$", "");
            if (schools.stream().noneMatch(e -> e.school().equals(school))) {
                schools.add(new Education(school, degree.group("degree"), years(text, degree.end()), ""));
            }
        }
        return schools;
    }

    /** "(2012–2016)" or "in 2016" right after a school name. */
    private static DateRange years(String text, int from) {
        Matcher m = YEARS.matcher(text.substring(from, Math.min(text.length(), from + 20)));
        if (!m.find()) {
            return DateRange.UNKNOWN;
        }
        return m.group(2) == null ? ProfileDates.closedRange(m.group(1), m.group(1))
                : ProfileDates.closedRange(m.group(1), m.group(2));
    }

}
