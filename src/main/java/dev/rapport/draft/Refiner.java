package dev.rapport.draft;

import dev.rapport.text.QuotedBack;
import dev.rapport.text.Words;
import dev.rapport.draft.Clause.Role;
import dev.rapport.etiquette.Finding;
import dev.rapport.etiquette.NoteContext;
import dev.rapport.etiquette.NoteRules;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.etiquette.Severity;
import dev.rapport.ground.CommonGround;
import dev.rapport.ground.GroundKind;
import dev.rapport.language.Language;
import dev.rapport.profile.Profile;
import dev.rapport.purpose.Details;
import dev.rapport.purpose.Intent;
import dev.rapport.purpose.Purpose;
import dev.rapport.purpose.PurposeReader;
import dev.rapport.text.Bundle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Offline refinements as a pure function on a note's plan: (plan, instruction, request) to a new
 * plan and a report of what changed, or of why nothing did. "mention X" adds a clause from the
 * user's words, the profiles or the ground; "don't mention X" and {@code remove "…"} remove every
 * clause that carries X or what X refers to; longer and shorter add or drop optional clauses;
 * "more personal" leads with the user's words; corrections of fact change the purpose and redraft;
 * "what would make this OK?" and "why …?" are answered from the rules and the evidence.
 */
public final class Refiner {
    private static final Bundle TEXT = new Bundle("dev.rapport.draft.messages");
    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    // ("ok then ask how …", "actually, drop the last line": a new user's were not understood for their first words)
    private static final String POLITE = "^(?:(?:please|pls|ok|okay|now|can you|could you|would you|also|and|maybe|just|try to|then|actually"
            + "|so|hmm|well|right|yeah|yes|alright|great|cool|oh"
            // "instead of that question, ask how …": the new question takes the old one's place anyway
            + "|instead of (?:that|the|this|your|my) (?:question|one)|in place of (?:that|the) question)(?:,\\s*|\\s+))*";
    private static final Pattern CANDIDATE = Pattern.compile(
            "\\b(?:i'?m|i am)\\s+(?:the|a|an)\\s+(?:candidate|applicant|job seeker)\\b|\\bi'?m not (?:the one )?hiring\\b|\\bi am not (?:the one )?hiring\\b"
            + "|\\bi(?:'?m| am) (?:looking|applying) for (?:a|the|my next) (?:job|role)\\b", F);
    private static final Pattern HIRER = Pattern.compile(
            "\\b(?:i'?m|i am)\\s+(?:the one\\s+)?hiring\\b|\\b(?:i'?m|i am) not (?:the|a) candidate\\b", F);
    /** The month names, lower case, as one alternation: the corrected time and its capital read the same list. */
    private static final class Months {
        static final String NAMES = "january|february|march|april|may|june|july|august|september|october|november|december";
    }
    private static final Pattern WHEN = Pattern.compile(
            "\\b(?:it was|we met|that was|this was|met|actually)\\s+(?:only\\s+|just\\s+)?(last (?:week|month|year)|yesterday|this (?:week|month|year)"
            + "|(?:a|two|three) (?:few )?(?:days|weeks|months) ago|a couple of (?:days|weeks|months) ago|recently"
            // "it was in June, not May": a month, with or without its year
            + "|in (?:" + Months.NAMES + ")(?: (?:19|20)\\d\\d)?"
            // "actually it was june": the month without its "in" (a new user's was not understood)
            // ("it was november 13 actually": with its day, and "actually" after it)
            + "|(?:" + Months.NAMES + ")(?: \\d{1,2}(?:st|nd|rd|th)?)?(?: (?:19|20)\\d\\d)?(?=\\s*(?:$|[,.!]|not\\b|actually\\b))"
            // "it was on Monday, not yesterday": a weekday (a hand session got "I did not understand")
            + "|(?:on |last )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\\b", F);
    // the words of a time that keep their capital: months and weekdays
    private static final Pattern CAPITALISED_TIME = Pattern.compile("\\b(?:" + Months.NAMES + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
    // "I visited his stand": the sender went to the recipient's stand, not the other way round.
    private static final Pattern VISITED = Pattern.compile(
            "\\bi\\s+(?:visited|stopped\\s+(?:at|by)|came\\s+(?:to|by)|went\\s+to|was\\s+at)\\s+(?:his|her|their)\\s+(stand|booth|table|stall)\\b", F);
    private static final Pattern OK = Pattern.compile(
            "\\bwhat would make (?:this|it|the note) (?:ok|okay|better|work|sendable|acceptable)\\b|\\bwhat'?s wrong with (?:this|it|the note)\\b"
            + "|\\bhow (?:do|can) i (?:fix|improve) (?:this|it|the note)\\b", F);
    // "why does it say X?", and "why is the ref in it?" (a hand session got the verdict's reasons for that)
    private static final Pattern WHY = Pattern.compile(
            "^(?:why|how come)\\b.*?\\b(?:say|says|said|mention|mentions|write|writes|wrote|put|use|uses|add|include|includes)\\s+(?:that\\s+)?(.+?)\\??$"
            + "|^(?:why|how come)\\s+(?:is|are)\\s+(?:the\\s+|my\\s+|that\\s+)?(.+?)\\s+(?:still\\s+)?(?:in (?:it|there|the note|my note)|there|included|mentioned)\\??$", F);
    private static final Pattern PERSONAL = Pattern.compile(
            "\\b(?:less like a template|less (?:generic|templated|canned|stock|formulaic|robotic)|more personal|more specific|sounds? (?:like )?a template"
            + "|like a form letter|more like me|in my (?:own )?words)\\b", F);
    private static final Pattern AVOID = Pattern.compile(
            POLITE + "(?:don'?t|do not|dont|never|no need to|stop|not|no)\\s+(?:mention(?:ing)?|name|bring up|talk about|refer to|say anything about"
            // ("not say about price", "no write about the exam": a second-language writer's "don't mention")
            + "|say about|write about|tell about|say|write)\\s+(.+)$"
            + "|" + POLITE + "(?:leave out|omit|without|take out|cut out|remove|drop|delete|lose|cut)\\s+(?:the (?:part|bit|line|sentence|mention) (?:about|of|on)\\s+|any mention of\\s+|the mention of\\s+)?(.+)$", F);
    // "don't repeat we have same problem", "don't say the thanks twice", "it repeats itself", "no repetition"
    private static final Pattern REPEAT = Pattern.compile(
            POLITE + "(?:(?:don'?t|do not|dont|no need to|stop|never)\\s+(?:repeat(?:ing)?\\s*(.*)|say(?:ing)?\\s+(.+?)\\s+(?:twice|again|two times))"
            + "|(?:it\\s+|the note\\s+)?(?:repeats|says)\\s+(.+?)\\s+twice|no repetitions?|(?:remove|drop|cut) the (?:repetition|repeat|repeated (?:line|sentence|bit|words))"
            + "|(?:it|the note) (?:repeats|is repeating) (?:itself|something))$", F);
    private static final Pattern SELF = Pattern.compile("(?:yourself|itself|it|that|this|the same thing|things|sentences|words|lines)?", F);
    private static final Pattern SELF_DESCRIBED = Pattern.compile(
            "(?:that\\s+)?(?:i'?m|i am|i’m)\\s+(an?|the)\\s+(.+?)(?:,?\\s+(?:not|rather than|instead of)\\s+(?:an?\\s+|the\\s+)?[^,]+)$", F);
    private static final Pattern SELF_AT_WORK = Pattern.compile(
            "(?:that\\s+)?(?:i'?m|i am|i’m)\\s+((?:now\\s+|currently\\s+|also\\s+)?(?:training|studying|working|qualifying|retraining)\\s+(?:as|at|in|for)\\b.+)$", F);
    // "mention that I run the data team at my company": who writes, by the work they lead, not by a title
    private static final Pattern SELF_IN_CHARGE = Pattern.compile(
            "(?:that\\s+)?i\\s+((?:now\\s+|currently\\s+|also\\s+)?(?:run|lead|manage|head|oversee|work\\s+(?:at|for))\\s+"
            + "(?:.+\\s(?:at|for|in)\\s.+|.*\\b(?:team|department|group|division|unit|practice|function|desk|office)s?))$", F);
    private static final Pattern WHO_I_AM = Pattern.compile(
            "(?:who i am|who i'?m|what i do|my (?:job|role|job title|title)|where i work|myself)\\.?", F);
    private static final Pattern MENTION = Pattern.compile(
            // ("put that we meet in Jakarta fair", "write that I come from Brazil": second-language writers' "mention")
            POLITE + "(?:mention|include|add|say|bring up|work in|tell (?:her|him|them) about|put(?= that\\b)|write(?= that\\b))\\s+(?:that\\s+)?(.+)$", F);
    private static final Pattern KEEP_QUESTION = Pattern.compile(
            POLITE + "(?:keep|put back|bring back|restore|leave in|leave)\\s+(?:my|the|a|its|that)?\\s*(?:closing |final |own )?question(?:\\s+(?:about|on|of)\\s+(.+?))?(?:\\s+in)?$", F);
    private static final Pattern ADD_QUESTION = Pattern.compile(
            POLITE + "(?:add|ask|include|end with|finish with|close with|with)\\s+(?:a |the )?(?:closing |final )?question(?: at the end)?$", F);
    private static final Pattern DROP_QUESTION = Pattern.compile(
            POLITE + "(?:drop|remove|lose|skip|delete|cut|without|no|don'?t (?:ask|end with|add|include)|do not (?:ask|end with|add|include))\\s+(?:the |a |any )?(?:closing |final )?questions?(?: at the end)?$", F);
    // "sign it with my name", "add my name": the sign-off.
    private static final Pattern SIGN = Pattern.compile(
            POLITE + "(?:sign (?:it|the note|off|it off)(?: with my (?:first |full )?name)?|(?:add|put|include) my (?:first |full )?name(?: at the end| to it| on it| under it)?"
            + "|end (?:it )?with my (?:first |full )?name)$", F);
    // "sign it Hannah Whitcombe", "sign off as Hannah": the name given (never "my …", a "please", nor a valediction)
    private static final Pattern SIGN_AS = Pattern.compile(
            // ("use my nickname Sam", "call me Sam": the name to sign with, a new user's "not understood")
            POLITE + "(?:sign (?:it|the note|off|it off)(?:\\s+(?:with|as))?|use my (?:nickname|short name|first name)|call me|sign (?:it )?with my nickname)\\s+(?!(?:with\\s+)?my\\b"
            + "|(?:please|pls|now|again|too|best|kind|warm|regards|cheers|thanks|thank|many|all|yours|sincerely)\\b)"
            + "(\\p{L}[\\p{L}'.-]*(?:\\s+\\p{L}[\\p{L}'.-]*){0,3})$", F);
    // "drop the last line": the last line before the sign-off.
    private static final Pattern LAST_LINE = Pattern.compile(
            POLITE + "(?:drop|remove|delete|cut|lose|take out|leave out|skip|without)\\s+(?:the )?(?:last|final|closing) (?:line|sentence|bit|part)$", F);
    // "start with the talk", "open with 'Thanks for the chat'": that line leads.
    private static final Pattern START_WITH = Pattern.compile(POLITE + "(?:start|open|begin|lead)(?: it| the note)?\\s+with\\s+(.+)$", F);
    // "ask if we can bring 25 students", "ask her how she splits the areas", "end with a question about how …": the user's
    // own question, put to them.
    private static final Pattern REPLACES_THE_QUESTION = Pattern.compile(
            "(?:instead of|in place of|rather than)\\s+(?:that|the|this|your|my)\\s+(?:question|one|last question)", F);
    private static final Pattern ENDS_WITH = Pattern.compile(POLITE + "(?:end|finish|close) with\\b", F);
    private static final Pattern ASK_IF = Pattern.compile(
            POLITE + "(?:ask(?:\\s+(?:him|her|them|you))?|(?:end|finish|close) with (?:a |one )?(?:closing |final )?question"
                    // "add a question about her new clinic" (a new user's was pasted in as "A question about her new clinic.")
                    + "|(?:add|include|put in|put|write|have) (?:a |one )?(?:short |quick )?question)\\s+((?:if|whether|how|what|when|where|why|who|which|about)\\s+.+)$", F);
    // "please correct my english", "fix the grammar": what the offline copyedit does to the user's words, said honestly.
    private static final Pattern CORRECT_ENGLISH = Pattern.compile(POLITE + "(?:correct|fix|check|improve|proofread|clean up|polish|repair)"
            + "\\s+(?:the |my |its |all )?(?:english|grammar|spelling|language|writing|mistakes|errors|typos)"
            + "(?:\\s+(?:in|of) (?:it|the note|my note|the text))?$", F);
    // "you dropped my question", "you forgot to mention the booth": what the note lost, asked back.
    private static final Pattern MISSED = Pattern.compile(
            "^(?:you|it|the note)\\s+(?:dropped|left out|lost|forgot|skipped|missed|removed|cut|omitted)\\s+(?:to (?:mention|say|include|add)\\s+)?(.+)$", F);
    // "use Hi instead of Hello", "replace 'Hello' with 'Hi'", "change Hello to Hi": one wording for another.
    // "it was 2019 when I left, not 2018", "no, 12 students not 15": a year, a number or a month the user puts right
    private static final Pattern NOT_THAT = Pattern.compile("^(?:no,?\\s+)?(.+?),?\\s+not\\s+(?:in\\s+)?(\\S+?)[.!]*$", F);
    // "actually it was 2022, sorry", "it was 2022 actually": the right year alone; the wrong one is the year the reason gave
    private static final Pattern YEAR_PUT_RIGHT = Pattern.compile("^(?:(?:actually|no|oh|oops|sorry|wait)[,!]?\\s+)*"
            + "(?:it was|it's|it is|that was|that's|we left in|we met in|we started in)\\s+(?:in\\s+)?((?:19|20)\\d\\d)"
            + "(?:\\s+when\\s+[^,]+)?(?:,?\\s+(?:actually|sorry|then|instead))*$", F);
    // "the pub quiz line", "that bit": a line named by its words
    private static final Pattern NAMED_LINE = Pattern.compile("^(?:the\\s+|that\\s+|this\\s+)?(?!(?:the|that|this|a|an)\\s)(.+?)\\s+(?:line|bit|part|sentence)$", F);
    private static final Pattern FACT_WORD = Pattern.compile("(?<![\\p{L}\\p{N}])(?:(?:19|20)\\d\\d|\\d+(?:[.,]\\d+)?|" + Months.NAMES + ")(?![\\p{L}\\p{N}])", F);
    private static final Pattern GREET_WITH = Pattern.compile(
            POLITE + "(?:use|say|start with|open with|begin with|greet (?:her|him|them) with)\\s+([\"“]?(?:Dear|Hi|Hello|Hey|Good (?:morning|afternoon|evening))\\s+[^\"”]{2,40}[,\"”]*)$", F);
    private static final Pattern INSTEAD = Pattern.compile(
            POLITE + "(?:use|say|write|put|start with|open with|begin with|end with|sign with|sign off with)\\s+(.+?)\\s+(?:instead of|not|rather than)\\s+(.+)$", F);
    // "congratulate her on the controller role at Otley Brewing instead of announcing it", "thank him for the talk": the act
    // itself, said to the recipient
    private static final Pattern ACT = Pattern.compile(
            POLITE + "(?:say\\s+)?(congratulate|congrats|congratulations|thank|thanks)(?:\\s+(?:her|him|them|to\\s+(?:her|him|them)))?"
            + "(?:\\s+(on|for)\\s+(.+?))?(?:,?\\s+(?:instead of|rather than|not)\\s+.+)?$", F);
    private static final Pattern REPLACE = Pattern.compile(
            POLITE + "(?:replace|change|swap|switch)\\s+(.+?)\\s+(?:with|to|for|into)\\s+(.+)$", F);
    // Words that ask for nothing on their own ("…, thanks", "no, I visited her stand").
    private static final Pattern PLEASANTRY = Pattern.compile("^(?:please|pls|thanks|thank you|thx|ok|okay|cheers|great|perfect|nice|good|cool|no|nope|yes|yeah|actually|sorry|hmm|well|oh)$", F);
    // A line that reads the recipient's own profile back to them ("your profile says you are open to work").
    private static final Pattern READ_BACK = Pattern.compile("\\b(?:your profile (?:says|mentions|notes)|on your profile|in your profile|I read (?:on|in) your)\\b", F);
    // Tone words, "less X" before the plain ones so that "less formal" is not read as "formal".
    private static final List<java.util.Map.Entry<Pattern, Style.Tone>> TONES = List.of(
            java.util.Map.entry(Pattern.compile("\\b(?:less casual|less chatty|less relaxed)\\b", F), Style.Tone.FORMAL),
            java.util.Map.entry(Pattern.compile("\\b(?:less formal|less stiff|less professional)\\b", F), Style.Tone.CASUAL),
            java.util.Map.entry(Pattern.compile("\\b(?:less warm|less friendly|neutral|plainer|tone it down)\\b", F), Style.Tone.NEUTRAL),
            java.util.Map.entry(Pattern.compile("\\b(?:more formal|formal|more professional|professional|more polite|politer|businesslike|stiffer)\\b", F), Style.Tone.FORMAL),
            java.util.Map.entry(Pattern.compile("\\b(?:more casual|casual|informal|more relaxed|relaxed|laid[- ]back|chattier|more conversational)\\b", F), Style.Tone.CASUAL),
            java.util.Map.entry(Pattern.compile("\\b(?:warmer|warm(?:er)? it up|more warm|friendlier|more friendly|friendly|kinder|more human|less cold|nicer|more heartfelt)\\b", F), Style.Tone.WARM));
    // ("dont mention sensors, makes it sound salesy", "lowercase cold chain pls, its not a name": the reason, its subject left out)
    private static final Pattern ASIDE = Pattern.compile("(?:because|since|as|cause|cos|coz|makes|sounds|reads|looks|feels|seems|its)\\b"
            + "|(?:she|he|they|it|that|this)(?:'s|’s|'re|’re|\\s+(?:is|are|was|were|knows|know|has|have|gets|get|got|already|doesn't|does|did|will|would|'ll|can|cannot|can't|hates|likes|prefers|reads|sees))\\b", F);
    private static final Pattern PARTS = Pattern.compile("\\s*(?:,|;|\\band then\\b|\\band\\b|\\bbut\\b|\\bplus\\b)\\s*", F);
    private static final Pattern QUESTION_WORDS = Pattern.compile("^(?:the |a |any )?(?:closing |final )?questions?$", F);
    private static final Pattern MY_THING = Pattern.compile("(?i)(?:my|our|his|her|their|your)\\s+(?!(?:\\w+\\s+)?(?:is|are|was|were|has|have|had|will)\\b)");
    private static final Pattern ROLE_WORD = Pattern.compile("(?i)\\b(?:we|i|i'm|i've|i'd|my|our|she|he|her|his|you|your)\\b");
    private static final Set<String> EVENT_WORDS = Set.of("conference", "event", "meetup", "meet-up", "summit", "expo", "booth", "show",
            "meeting", "talk", "panel", "keynote", "session", "workshop", "fair", "convention");
    private static final Set<String> COMPANY_WORDS = Set.of("company", "employer", "job", "firm", "workplace", "office");
    private static final Pattern ALSO_AFTER = Pattern.compile("^((?:I|We)(?:'d| would| will| can)?) also\\b");
    /** "don't mention the application": the sentence that tells the act ("I applied last week") is about it too. */
    private static final Map<String, List<String>> ACT_OF = Map.of(
            "application", List.of("applied", "apply", "applying"),
            "referral", List.of("referred", "refer "),
            "introduction", List.of("introduced", "introduce "),
            "interview", List.of("interviewed"));
    /** "don't mention the job" when the note says "a senior sous role" (a new user's session): the words for a post, as the head. */
    private static final Set<String> JOB_WORDS = Set.of("job", "role", "position", "opening", "vacancy", "post");
    /** "Could you look at my application?": the phrase after these verbs is their object, and goes only with its sentence. */
    private static final Pattern VERB_TAKING_IT = Pattern.compile(
            "(?i)\\b(?:look|looks|looked|looking|glance|comment|commented|vote|voted|focus|focused|rely|count|apply|applied|applying)$");
    private static final Set<String> SCHOOL_WORDS = Set.of("school", "university", "college", "program", "programme", "degree", "alma mater");

    private final OfflineDrafter drafter;
    private final NoteRules rules;
    private final RuleSet ruleSet;

    public Refiner(OfflineDrafter drafter, RuleSet rules) {
        this.drafter = drafter;
        this.ruleSet = rules;
        this.rules = new NoteRules(rules);
    }

    /** True when the offline refiner knows what to do with these words, or with a part of them (the rest is reported as not understood). */
    public static boolean understands(String instruction) {
        return parts(instruction).stream().anyMatch(Refiner::understandsOne);
    }

    /** True when the words correct a fact of the reason (the time, who visited whom, who is hiring): every note follows the correction. */
    public static boolean corrects(String instruction) {
        String t = normal(instruction);
        if (AVOID.matcher(t).lookingAt() || MENTION.matcher(t).lookingAt()) {
            return false;
        }
        return CANDIDATE.matcher(t).find() || HIRER.matcher(t).find() || VISITED.matcher(t).find() || WHEN.matcher(t).find()
                || factPutRight(t.replaceAll("[.!]+$", "")).isPresent() || YEAR_PUT_RIGHT.matcher(t.replaceAll("[.!]+$", "")).matches()
                // "it was sheridan county, not campbell county": a name put right holds for every note (a new user's second
                // note kept the wrong county)
                || NAME_PUT_RIGHT.matcher(t.replaceAll("[.!]+$", "")).matches();
    }

    /** "it was 2019 when I left, not 2018": the wrong word and the right one, when both are a year, a number or a month. */
    private static Optional<String[]> factPutRight(String t) {
        Matcher m = NOT_THAT.matcher(t);
        if (!m.matches() || !FACT_WORD.matcher(m.group(2)).matches()) {
            return Optional.empty();
        }
        String wrong = m.group(2);
        List<String> right = FACT_WORD.matcher(m.group(1)).results().map(r -> r.group())
                .filter(w -> kind(w).equals(kind(wrong)) && !w.equalsIgnoreCase(wrong)).toList();
        return right.size() == 1 ? Optional.of(new String[] {wrong, right.get(0)}) : Optional.empty();
    }

    private static String kind(String factWord) {
        return factWord.matches("(?:19|20)\\d\\d") ? "year" : Character.isDigit(factWord.charAt(0)) ? "number" : "month";
    }

    /**
     * The requests in the words, in order: "shorter and warmer", "shorter and sign it with my name".
     * A part that only negates the one before ("it was last month, not years ago") and a part that is
     * no request of its own after a "mention …" ("mention that we met and talked") belong to the part
     * before; "please" and "thanks" ask for nothing.
     */
    private static boolean inANumber(String t, int start, int end) {
        return start > 0 && end < t.length() && t.substring(start, end).equals(",") && Character.isDigit(t.charAt(start - 1))
                && Character.isDigit(t.charAt(end));
    }

    static List<String> parts(String instruction) {
        String t = normal(instruction).replaceAll("[.!]+$", "");
        if (t.isEmpty()) {
            return List.of();
        }
        if (WHO_PUT_RIGHT.matcher(t).matches()) {
            return List.of(t); // "I'm not a professor, I'm the CEO of …": one correction, its comma no joint
        }
        if (WHY.matcher(t).find()) {
            // "why does it say X and Y?": one question; what follows its question mark is the user's aside to us
            int mark = t.indexOf('?');
            return List.of(mark > 0 && mark < t.length() - 1 ? t.substring(0, mark + 1) : t);
        }
        List<String> out = new ArrayList<>();
        Matcher m = PARTS.matcher(t);
        int from = 0;
        String joint = "";
        while (true) {
            boolean found = m.find();
            // ("use "Good morning Chef Penna," instead of "Hello Mark,"": a comma inside quotes is part of what is quoted)
            // ("20,000 downloads": a comma between digits is a number's)
            while (found && (insideQuotes(t, m.start()) || inANumber(t, m.start(), m.end()))) {
                found = m.find();
            }
            String part = t.substring(from, found ? m.start() : t.length()).strip();
            // "instead of that question, ask how …": the words before the comma say what the new question replaces, which it
            // does anyway; they are no request of their own
            if (found && REPLACES_THE_QUESTION.matcher(part).matches()) {
                from = m.end();
                continue;
            }
            // "don't mention Rotterdam, she knows where it was", "more formal, she's a VP": why the user asks, told to us;
            // the request is done, the reason for it is not a request (nor part of what not to mention)
            if (!out.isEmpty() && ASIDE.matcher(part).lookingAt()) {
                if (!found) {
                    break;
                }
                joint = m.group();
                from = m.end();
                continue;
            }
            if (!part.isEmpty() && !PLEASANTRY.matcher(part).matches()) {
                int last = out.size() - 1;
                boolean belongs = last >= 0 && (part.matches("(?i)^not\\b.*") || opensArgument(out.get(last)) && !understandsOne(part));
                if (belongs) {
                    out.set(last, out.get(last) + joint + part);
                } else {
                    out.add(part);
                }
            }
            if (!found) {
                break;
            }
            joint = m.group();
            from = m.end();
        }
        return out;
    }

    /** Whether {@code at} falls between an opening and a closing quote mark ("…", “…”). */
    private static boolean insideQuotes(String t, int at) {
        boolean open = false;
        for (int i = 0; i < at && i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '"') {
                open = !open;
            } else if (c == '“') {
                open = true;
            } else if (c == '”') {
                open = false;
            }
        }
        return open;
    }

    /** "mention …", "don't mention …", "start with …": a request whose words run on to the end. */
    private static boolean opensArgument(String part) {
        return MENTION.matcher(part).lookingAt() || AVOID.matcher(part).lookingAt() || START_WITH.matcher(part).lookingAt()
                || ASK_IF.matcher(part).lookingAt() || INSTEAD.matcher(part).lookingAt() || REPLACE.matcher(part).lookingAt();
    }

    private static boolean understandsOne(String instruction) {
        String t = normal(instruction).replaceAll("[.!]+$", "");
        return KEEP_QUESTION.matcher(t).matches() || ADD_QUESTION.matcher(t).matches() || DROP_QUESTION.matcher(t).matches()
                || CORRECT_ENGLISH.matcher(t).matches()
                || ASK_IF.matcher(t).matches() || MISSED.matcher(t).matches() || INSTEAD.matcher(t).matches() || GREET_WITH.matcher(t).matches() || REPLACE.matcher(t).matches()
                || asksToAct(t)
                || SIGN.matcher(t).matches() || SIGN_AS.matcher(t).matches() || LAST_LINE.matcher(t).matches() || START_WITH.matcher(t).matches()
                || styleChange(t).isPresent()
                || CANDIDATE.matcher(t).find() || HIRER.matcher(t).find() || VISITED.matcher(t).find() || WHEN.matcher(t).find() || OK.matcher(t).find()
                || WHO_PUT_RIGHT.matcher(t).matches() || factPutRight(t).isPresent() || YEAR_PUT_RIGHT.matcher(t).matches() || NAME_PUT_RIGHT.matcher(t).matches()
                || WHY.matcher(t).find() || PERSONAL.matcher(t).find() || REPEAT.matcher(t).matches() || AVOID.matcher(t).find() || MENTION.matcher(t).find();
    }

    /** The one tone or length the words ask for ({@link StyleWords}, the list the chat parser reads too), in a short request. */
    private static Optional<StyleWords.Change> styleChange(String t) {
        List<StyleWords.Change> changes = StyleWords.in(t);
        boolean editable = changes.size() == 1 && changes.get(0).length() != Style.Length.NORMAL;
        return editable && t.split("\\s+").length <= 8 ? Optional.of(changes.get(0)) : Optional.empty();
    }

    /** The plan changed as the instruction asks, or unchanged with the reason; never a change that is not one. */
    public Refinement refine(NotePlan plan, String instruction, DraftRequest request) {
        return refine(plan, instruction, request, List.of());
    }

    /**
     * The same, knowing the user's earlier accepted edits of this note ({@code earlier}, in order): a
     * correction of fact that redrafts applies them again where they still hold and says which did
     * not. The result's {@link Refinement#edits()} are the edits the new note carries.
     */
    public Refinement refine(NotePlan plan, String instruction, DraftRequest request, List<String> earlier) {
        Refinement r = refineParts(plan, instruction, request, earlier);
        if (!r.changed() || corrects(instruction)) {
            return r; // a correction says it redrafted
        }
        DraftRequest after = new DraftRequest(request.me(), request.them(), r.purpose(), request.ground(), request.verdict(),
                request.limit(), request.variants(), request.style());
        Unsaid.Changes unsaid = Unsaid.in(written(plan, request), written(r.plan(), after), r.report(), swappedClose(plan, r.plan()));
        if (unsaid.none()) {
            return r;
        }
        StringBuilder report = new StringBuilder(r.report());
        unsaid.added().forEach(a -> report.append(' ').append(TEXT.get("refine.also.added", bare(a))));
        unsaid.removed().forEach(a -> report.append(' ').append(TEXT.get("refine.also.removed", bare(a))));
        return new Refinement(r.plan(), r.purpose(), true, r.answer(), report.toString(), r.edits());
    }

    /** The old close's wordings when the new plan closes differently, else none. */
    private static java.util.Set<String> swappedClose(NotePlan before, NotePlan after) {
        List<String> was = before.clauses().stream().filter(c -> c.role() == Role.CLOSE).flatMap(c -> c.levels().stream()).toList();
        List<String> now = after.clauses().stream().filter(c -> c.role() == Role.CLOSE).flatMap(c -> c.levels().stream()).toList();
        return now.isEmpty() || now.equals(was) ? java.util.Set.of() : java.util.Set.copyOf(was.stream().map(String::strip).toList());
    }

    private Refinement refineParts(NotePlan plan, String instruction, DraftRequest request, List<String> earlier) {
        List<String> parts = parts(instruction);
        if (parts.size() <= 1) {
            String one = parts.isEmpty() ? instruction : parts.get(0);
            Refinement r = checked(plan, apply(plan, one, request, earlier), request);
            return r.withEdits(editsAfter(earlier, instruction, r));
        }
        NotePlan now = plan;
        DraftRequest at = request;
        boolean changed = false;
        List<String> reports = new ArrayList<>();
        List<String> edits = earlier;
        // "shorter, warmer": a later change of tone keeps the room the shorter note saved, so it adds no close the
        // shortening left out (a hand session: "Thank you so much for writing it!" put back, 206 characters became 214)
        boolean shortened = false;
        for (String part : parts) {
            if (!understandsOne(part)) {
                reports.add(TEXT.get("refine.part.unknown", QuotedBack.of(part)));
                continue;
            }
            Optional<StyleWords.Change> style = styleChange(normal(part).replaceAll("[.!]+$", ""));
            Refinement r = checked(now, shortened && style.isPresent() && style.get().tone() != null
                    ? tone(now, at, style.get().tone(), false) : apply(now, part, at, edits), at);
            reports.add(r.report());
            edits = editsAfter(edits, part, r);
            if (r.changed()) {
                changed = true;
                now = r.plan();
                shortened |= style.isPresent() && style.get().length() == Style.Length.SHORT;
            }
            at = new DraftRequest(at.me(), at.them(), r.purpose(), at.ground(), at.verdict(), at.limit(), at.variants(), at.style());
        }
        int was = written(plan, request).length();
        int after = written(now, at).length();
        if (changed && after > was && parts.stream().anyMatch(p -> styleChange(normal(p).replaceAll("[.!]+$", ""))
                .filter(c -> c.length() == Style.Length.SHORT).isPresent())) {
            // what else was asked took more room than "shorter" saved: said, not left for the user to count
            reports.add(TEXT.get("refine.shorter.undone", was, after));
        }
        String report = String.join(" ", reports);
        return (changed ? Refinement.changed(now, at.purpose(), report) : Refinement.unchanged(plan, at.purpose(), report)).withEdits(edits);
    }

    /** The edits a note carries after this one: a correction keeps those it re-applied, any other change adds itself. */
    private static List<String> editsAfter(List<String> earlier, String instruction, Refinement r) {
        if (r.edits() != null) {
            return r.edits(); // a correction said which earlier edits still hold
        }
        if (!r.changed()) {
            return earlier;
        }
        List<String> out = new ArrayList<>(earlier);
        out.add(asEdit(instruction));
        return List.copyOf(out);
    }

    /**
     * The edit as the note carries it: a complaint about tone or length ("too casual", "too long") is kept as what it
     * asked for ("more formal", "shorter"), so that the edits said to still hold read as edits; any other words as typed.
     */
    private static String asEdit(String instruction) {
        Optional<StyleWords.Change> change = styleChange(normal(instruction).replaceAll("[.!]+$", ""));
        if (change.isEmpty()) {
            return instruction;
        }
        String name = change.get().tone() != null ? TEXT.get("refine.tone." + change.get().tone().name())
                : TEXT.get("refine.length." + change.get().length().name());
        return Text.lower(instruction).contains(Text.lower(name)) ? instruction : name;
    }

    private Refinement checked(NotePlan plan, Refinement out, DraftRequest request) {
        if (out.changed()) {
            DraftRequest after = new DraftRequest(request.me(), request.them(), out.purpose(), request.ground(), request.verdict(),
                    request.limit(), request.variants(), request.style());
            String now = written(out.plan(), after);
            if (now.isEmpty() || now.equals(written(plan, request))) {
                return Refinement.unchanged(plan, out.purpose(), TEXT.get("refine.same"));
            }
        }
        return out;
    }

    private Refinement apply(NotePlan plan, String instruction, DraftRequest request, List<String> earlier) {
        String t = normal(instruction);
        String bare = t.replaceAll("[.!]+$", "");
        Purpose purpose = request.purpose() == null ? Purpose.NONE : request.purpose();
        Matcher m;
        if ((m = KEEP_QUESTION.matcher(bare)).matches()) {
            return keepQuestion(plan, request, m.group(1) == null ? "" : unquote(m.group(1)));
        }
        if (ADD_QUESTION.matcher(bare).matches()) {
            return keepQuestion(plan, request, "");
        }
        if (DROP_QUESTION.matcher(bare).matches()) {
            return remove(plan, request, "question", false);
        }
        if (CORRECT_ENGLISH.matcher(bare).matches()) {
            return Refinement.answered(plan, purpose, TEXT.get("refine.english"));
        }
        if (SIGN.matcher(bare).matches()) {
            return sign(plan, request, Text.lower(bare).contains("full name") ? fullName(request) : "");
        }
        if ((m = SIGN_AS.matcher(bare)).matches()) {
            return signAs(plan, request, m.group(1));
        }
        if ((m = MISSED.matcher(bare)).matches()) {
            String what = unquote(m.group(1));
            String plain = what.replaceFirst("(?i)^(?:my|the|our|a)\\s+", "");
            return QUESTION_WORDS.matcher(plain).matches() || plain.equalsIgnoreCase("ask")
                    ? keepQuestion(plan, request, "") : mention(plan, request, what);
        }
        if (asksToAct(bare) && (m = ACT.matcher(bare)).matches()) {
            return act(plan, request, Text.lower(m.group(1)).startsWith("congrat"), m.group(3) == null ? "" : unquote(m.group(3)));
        }
        if ((m = INSTEAD.matcher(bare)).matches()) {
            return reword(plan, request, unquote(m.group(2)), unquote(m.group(1)));
        }
        if ((m = GREET_WITH.matcher(bare)).matches()) {
            // "use Dear Prof Abukutsa": the greeting, said without the one it replaces (a new user's was not understood)
            Optional<Clause> greeting = plan.first(Role.GREETING);
            if (greeting.isPresent()) {
                return reword(plan, request, greeting.get().text(), unquote(m.group(1)).replaceAll("[,\\s]+$", "") + ",");
            }
        }
        if ((m = REPLACE.matcher(bare)).matches()) {
            return reword(plan, request, unquote(m.group(1)), unquote(m.group(2)));
        }
        if ((m = ASK_IF.matcher(bare)).matches()) {
            Refinement asked = ask(plan, request, m.group(1));
            // "end with a question about …": the question is the note's last line, so a courtesy close after it goes (a hand
            // session's "Grateful for any thoughts you have." stayed after the question it was asked to end on)
            if (ENDS_WITH.matcher(bare).lookingAt() && asked.changed()
                    && asked.plan().clauses().stream().anyMatch(c -> c.role() == Role.CLOSE && c.source() == Clause.Source.CLOSE)) {
                return new Refinement(asked.plan().without(c -> c.role() == Role.CLOSE && c.source() == Clause.Source.CLOSE),
                        asked.purpose(), true, false, asked.report(), asked.edits());
            }
            return asked;
        }
        if (LAST_LINE.matcher(bare).matches()) {
            return dropLastLine(plan, request);
        }
        // "don't mention that I'm looking for a role", "mention that I'm the candidate": a request about the note, not a fact
        // put right (a new user's "don't mention …" was answered as a correction that changed nothing)
        boolean aboutTheNote = AVOID.matcher(t).lookingAt() || MENTION.matcher(t).lookingAt();
        if (CANDIDATE.matcher(t).find() && !aboutTheNote) {
            return correct(plan, request, recast(purpose, Intent.HIRING, Intent.JOB_SEEKING), TEXT.get("refine.correction.candidate"), earlier);
        }
        if (HIRER.matcher(t).find() && !aboutTheNote) {
            return correct(plan, request, recast(purpose, Intent.JOB_SEEKING, Intent.HIRING), TEXT.get("refine.correction.hiring"), earlier);
        }
        if ((m = WHO_PUT_RIGHT.matcher(t)).matches() && !aboutTheNote) {
            return whoPutRight(plan, request, m.group("right") != null ? m.group("right") : m.group("right2"),
                    m.group("wrong") != null ? m.group("wrong") : m.group("wrong2"));
        }
        if ((m = VISITED.matcher(t)).find()) {
            return correct(plan, request, visited(purpose, m.group(0)), TEXT.get("refine.correction.visit", m.group(1).toLowerCase(Locale.ROOT)), earlier);
        }
        // "it was in november not december": the month put right where the reason says it, before "in November" is read as a
        // time of its own (which left the reason's "last december" as it was, and the note with it, a new user's session)
        Optional<String[]> putRight = factPutRight(bare);
        if (putRight.isPresent()) {
            return putRight(plan, request, putRight.get()[0], putRight.get()[1], earlier);
        }
        if ((m = WHEN.matcher(t)).find()) {
            // lower case, but a month or a weekday keeps its capital ("in June", "on Monday")
            String said = m.group(1).toLowerCase(Locale.ROOT);
            // ("november 13" is a day: "on November 13")
            String when = CAPITALISED_TIME.matcher(said.matches("(?i)(?:" + Months.NAMES + ")\\s+\\d.*") ? "on " + said
                    : said.matches("(?i)(?:" + Months.NAMES + ").*") ? "in " + said : said)
                    .replaceAll(mm -> mm.group().substring(0, 1).toUpperCase(Locale.ROOT) + mm.group().substring(1));
            // ("it was two weeks ago, not saturday": the word put right is the one the user names)
            Matcher not = NOT_THE_OLD.matcher(t);
            Purpose fixed = not.find() ? retimed(purpose, when, not.group(1)) : retimed(purpose, when);
            return correct(plan, request, fixed, TEXT.get("refine.correction.time", when), earlier);
        }
        Optional<String[]> fact = factPutRight(bare);
        if (fact.isPresent()) {
            return putRight(plan, request, fact.get()[0], fact.get()[1], earlier);
        }
        if ((m = YEAR_PUT_RIGHT.matcher(bare)).matches()) {
            return yearPutRight(plan, request, m.group(1), earlier);
        }
        if ((m = NAME_PUT_RIGHT.matcher(bare)).matches()) {
            // "it was in Porto, not Lisbon": the note says "in Lisbon", so the place alone is put right ("in in Porto", a chef's note)
            String right = unquote(m.group(1));
            String wrong = unquote(m.group(2));
            Matcher place = Pattern.compile("(?i)^(in|at|on|from)\\s+(.+)$").matcher(right);
            if (place.matches() && !wrong.toLowerCase(Locale.ROOT).startsWith(place.group(1).toLowerCase(Locale.ROOT) + " ")) {
                right = place.group(2);
            }
            return namePutRight(plan, request, wrong, right, earlier);
        }
        if (OK.matcher(t).find()) {
            return Refinement.answered(plan, purpose, whatWouldMakeItOk(plan, request));
        }
        if ((m = WHY.matcher(t)).find()) {
            String what = unquote(m.group(1) != null ? m.group(1) : m.group(2));
            // "why is the zopa line in it?": the line named by its words, as "drop the zopa line" names it
            Matcher line = NAMED_LINE.matcher(what);
            return Refinement.answered(plan, purpose, why(plan, request, line.matches() ? line.group(1) : what));
        }
        if (PERSONAL.matcher(t).find()) {
            return personal(plan, request);
        }
        if ((m = START_WITH.matcher(bare)).matches()) {
            return startWith(plan, request, unquote(m.group(1)));
        }
        if ((m = REPEAT.matcher(bare)).matches()) {
            String what = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : "";
            return sayOnce(plan, request, SELF.matcher(what.strip()).matches() ? "" : unquote(what.strip()));
        }
        if ((m = AVOID.matcher(t)).find()) {
            String raw = m.group(1) != null ? m.group(1) : m.group(2);
            // remove "It has been a few years": the user points at a sentence, so the whole clause goes, not just that wording.
            boolean quoted = raw.strip().matches("^[\"“'‘].*");
            // "don't say she was very nice, is strange", "…, that is a note for me": the comment after the comma is the user's to
            // us, not words of the note (three new users were told "Nothing in the note mentions “…, is strange”")
            String asked = quoted ? unquote(raw) : AFTERTHOUGHT.matcher(unquote(raw)).replaceFirst("");
            Matcher line = NAMED_LINE.matcher(asked);
            if (!quoted && line.matches()) {
                return dropLine(plan, request, line.group(1));
            }
            Refinement removed = remove(plan, request, asked, quoted);
            // ("that she was very nice", when the note says "You were very nice": the words as said to them)
            String toThem = quoted ? asked : drafter.toThem(LEADING_THAT.matcher(asked).replaceFirst(""), request);
            if (!removed.changed() && !toThem.isBlank() && !toThem.equals(asked)) {
                Refinement again = remove(plan, request, toThem, false);
                if (again.changed()) {
                    return again;
                }
            }
            return removed;
        }
        if ((m = MENTION.matcher(t)).find()) {
            return mention(plan, request, unquote(m.group(1)));
        }
        Optional<StyleWords.Change> change = styleChange(bare);
        if (change.isPresent() && change.get().length() == Style.Length.SHORT) {
            return shorter(plan, request);
        }
        if (change.isPresent() && change.get().length() == Style.Length.LONG) {
            return longer(plan, request);
        }
        if (change.isPresent() && change.get().tone() != null) {
            return tone(plan, request, change.get().tone());
        }
        return Refinement.unchanged(plan, purpose, TEXT.get("refine.part.unknown", QuotedBack.of(instruction)));
    }

    // ---- sign, last line, start with ---------------------------------------------------------------

    /**
     * "sign it with my name": the sender's first name as the sign-off, or why not. {@code wanted}: a name asked for
     * ("sign it with my full name", "sign it Hannah Whitcombe"), in place of the first name; empty for the first name.
     */
    private Refinement sign(NotePlan given, DraftRequest request, String wanted) {
        Purpose purpose = purposeOf(request);
        NotePlan plan = given;
        Optional<Clause> signed = plan.first(Role.SIGN);
        if (!wanted.isEmpty() && signed.isPresent() && !signed.get().text().equals(wanted)) {
            plan = plan.without(c -> c.role() == Role.SIGN);
            signed = Optional.empty();
        }
        if (signed.isPresent()) {
            // (a hand session: the plan had its sign-off, but the note as written had left it out to fit the limit)
            String written = written(plan, request);
            boolean shown = written.strip().endsWith(signed.get().text().strip());
            return Refinement.unchanged(plan, purpose, shown ? TEXT.get("refine.sign.there", signed.get().text())
                    : TEXT.get("refine.sign.room", signed.get().text()));
        }
        String name = wanted.isEmpty() ? drafter.senderFirstName(request) : wanted;
        if (name.isEmpty()) {
            return Refinement.unchanged(given, purpose, TEXT.get("refine.sign.none"));
        }
        NotePlan next = plan.with(new Clause(Role.SIGN, Clause.Source.PROFILE, List.of(name), ""), List.of());
        String text = written(next, request);
        if (text.isEmpty() || !text.endsWith(name)) {
            return Refinement.unchanged(given, purpose, TEXT.get("refine.sign.room", name));
        }
        return Refinement.changed(next, purpose, TEXT.get("refine.sign", name));
    }

    private static String fullName(DraftRequest request) {
        return request.me() == null || request.me().name() == null ? "" : request.me().name().strip();
    }

    /**
     * "sign it Hannah Whitcombe": the name given, spelled as the profile spells it, when each of its words is one of
     * the sender's names; any other name is not theirs to sign with, and the report says so.
     */
    private Refinement signAs(NotePlan plan, DraftRequest request, String given) {
        String own = fullName(request);
        if (own.isEmpty()) {
            return Refinement.unchanged(plan, purposeOf(request), TEXT.get("refine.sign.none"));
        }
        List<String> names = List.of(own.split("\\s+"));
        List<String> spelled = new ArrayList<>();
        for (String word : given.strip().split("\\s+")) {
            Optional<String> name = names.stream().filter(n -> Words.fold(n).equals(Words.fold(word))).findFirst();
            if (name.isEmpty() && nickname(request, word)) {
                // "sign it Sam" from Samantha, whose About says "Friends call me Sam" (a new user's was refused)
                name = Optional.of(Words.capitalise(word));
            }
            if (name.isEmpty()) {
                return Refinement.unchanged(plan, purposeOf(request), TEXT.get("refine.sign.not-yours", given.strip(), own));
            }
            spelled.add(name.get());
        }
        return sign(plan, request, String.join(" ", spelled));
    }

    /** A short form of the sender's first name ("Sam" for Samantha), or a name their profile says they go by. */
    private static boolean nickname(DraftRequest request, String word) {
        if (request.me() == null || word.length() < 2) {
            return false;
        }
        String first = request.me().firstName();
        return dev.rapport.text.GreetingName.isShortForm(word, first)
                || Pattern.compile("(?i)\\b(?:call me|calls me|go by|goes by|known as|prefer)\\s+[\"“']?" + Pattern.quote(word) + "\\b")
                        .matcher(request.me().searchableText()).find();
    }

    /** "drop the last line": the last line before the sign-off goes, unless it is the one that says why you are writing. */
    private Refinement dropLastLine(NotePlan plan, DraftRequest request) {
        Purpose purpose = purposeOf(request);
        List<Clause> clauses = plan.clauses();
        for (int i = clauses.size() - 1; i >= 0; i--) {
            Clause c = clauses.get(i);
            if (c.role() == Role.SIGN || c.role() == Role.GREETING) {
                continue;
            }
            NotePlan next = plan.without(x -> x == c);
            if (c.role() == Role.REASON || !saysWhy(next)) {
                return Refinement.unchanged(plan, purpose, TEXT.get("refine.last.point", bare(c.text())));
            }
            return Refinement.changed(next, purpose, TEXT.get("refine.removed", bare(c.text())));
        }
        return Refinement.unchanged(plan, purpose, TEXT.get("refine.removed.none", "the last line"));
    }

    /**
     * "start with the talk": the line that names it leads; "start with 'Thanks for the chat'" or
     * "start with we talked about X": those words lead, said to the recipient, when they are true.
     */
    private Refinement startWith(NotePlan plan, DraftRequest request, String what) {
        Purpose purpose = purposeOf(request);
        String topic = what.replaceFirst("(?i)^(?:the|a|an|my|our|your)\\s+", "");
        if (QUESTION_WORDS.matcher(what).matches()) {
            topic = "?";
        }
        int lead = plan.clauses().isEmpty() || plan.clauses().get(0).role() != Role.GREETING ? 0 : 1;
        // "the thing I promised", "what I offered", "the promise": the line is found by the words that carry the sense, their
        // stems ("promis" in "As promised, …"), not pasted in as a line (a new user's note began "The thing i promised.")
        List<String> stems = java.util.Arrays.stream(Text.lower(what).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= 4 && !REFERRING_WORDS.contains(w)).map(w -> w.substring(0, Math.min(5, w.length() - (w.endsWith("s") ? 1 : 0)))).toList();
        boolean referring = REFERRING.matcher(what.strip()).lookingAt();
        for (int i = 0; i < plan.clauses().size(); i++) {
            Clause c = plan.clauses().get(i);
            String said = Text.lower(c.text());
            boolean byStems = referring && !stems.isEmpty() && stems.stream().allMatch(st -> Pattern.compile("(?<![\\p{L}])" + Pattern.quote(st)).matcher(said).find());
            if (c.role() == Role.GREETING || c.role() == Role.SIGN
                    || !(topic.equals("?") ? c.text().endsWith("?") : hasWords(c.text(), topic) || byStems)) {
                continue;
            }
            if (i == lead) {
                return Refinement.unchanged(plan, purpose, TEXT.get("refine.start.there", bare(c.text())));
            }
            NotePlan next = plan.leading(c);
            String text = written(next, request);
            if (text.isEmpty() || !rules.passes(text, context(request, text))) {
                return Refinement.unchanged(plan, purpose, TEXT.get("refine.start.breaks", bare(c.text())));
            }
            return Refinement.changed(next, purpose, TEXT.get("refine.start", bare(c.text())));
        }
        // Words that are not in the note lead only when they are the user's own sentence ("start with we talked about X"), not
        // words that point at one ("the thing I promised")
        Refinement added = ROLE_WORD.matcher(what).find() && !referring ? mention(plan, request, what) : Refinement.unchanged(plan, purpose, "");
        if (!added.changed()) {
            return Refinement.unchanged(plan, purpose, TEXT.get("refine.start.none", what));
        }
        Optional<Clause> line = added.plan().clauses().stream().filter(c -> !plan.clauses().contains(c)).findFirst();
        if (line.isEmpty()) {
            return added;
        }
        NotePlan next = added.plan().leading(line.get());
        DraftRequest told = new DraftRequest(request.me(), request.them(), added.purpose(), request.ground(), request.verdict(),
                request.limit(), request.variants(), request.style());
        String text = written(next, told);
        if (text.isEmpty() || !rules.passes(text, context(told, text))) {
            return Refinement.unchanged(plan, purpose, TEXT.get("refine.start.breaks", bare(line.get().text())));
        }
        return Refinement.changed(next, added.purpose(), TEXT.get("refine.start", bare(line.get().text())));
    }

    // words that point at a line rather than say one: "the thing I promised", "what I offered", "the bit about", "the promise"
    private static final Pattern REFERRING = Pattern.compile("(?i)^(?:the|that|this|my|what|whatever)\\b");
    private static final java.util.Set<String> REFERRING_WORDS = java.util.Set.of("thing", "things", "that", "this", "what", "whatever",
            "part", "bit", "line", "stuff", "about", "the", "one", "sentence");

    /** "use Hi instead of Hello": the wording swapped where the note has it, checked by the rules like any edit. */
    private Refinement reword(NotePlan plan, DraftRequest request, String old, String now) {
        Purpose purpose = purposeOf(request);
        // "say support operations officer, not ops guy": the comma before "not" is the request's, not the note's
        old = old.strip().replaceAll("[,;:]+$", "");
        // ("say that im a 3rd year statistics student instead of peer tutor": the "that" is the request's)
        now = now.strip().replaceAll("[,;:]+$", "").replaceFirst("(?i)^that\\s+", "");
        // "say I'm in the Army, not at U.S. Army": the note's sentence keeps its own "I'm"; the words after it replace
        Matcher clause = OWN_CLAUSE.matcher(now);
        if (clause.lookingAt() && !OWN_CLAUSE.matcher(old).lookingAt() && clause.end() < now.length()) {
            now = now.substring(clause.end()).strip();
        }
        if (old.isBlank() || now.isBlank()) {
            return Refinement.unchanged(plan, purpose, TEXT.get("refine.part.unknown", old + " → " + now));
        }
        // "use Priya instead of Dana", a name the reason gave: the reason is put right too, or the note would name someone
        // it no longer does (a founder's was refused as breaking a note rule)
        // (a reason that already says the right name, "pycon au", left out of the note: the note is put right, and namePutRight,
        // finding nothing to change in the reason, does not hand the request back here)
        if (NAMED.matcher(now.strip()).matches() && NAMED.matcher(old.strip()).matches() && Pattern.compile("(?<![\\p{L}\\p{N}])"
                + Pattern.quote(old.strip()) + "(?![\\p{L}\\p{N}])").matcher(purpose.text()).find()
                && !Words.containsWord(purpose.text(), now.strip())) {
            return namePutRight(plan, request, old.strip(), now.strip(), List.of());
        }
        // a whole word: "they" is not the start of "they'd", which would become "your coop'd"
        // ("PyCon" to "PyCon AU": where the note already says "PyCon AU" it stays, not "PyCon AU AU")
        String added = now.strip().regionMatches(true, 0, old.strip(), 0, old.strip().length()) ? now.strip().substring(old.strip().length()) : "";
        Pattern word = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(old.strip()) + "(?![\\p{L}\\p{N}]|['’]\\p{L})"
                + (added.isBlank() ? "" : "(?!" + Pattern.quote(added) + ")"), F);
        for (Clause c : plan.clauses()) {
            if (c.levels().stream().noneMatch(l -> word.matcher(l).find())) {
                continue;
            }
            String put = now;
            List<String> levels = c.levels().stream().map(l -> word.matcher(l).replaceAll(r -> Matcher.quoteReplacement(
                    withoutWordsBefore(l.substring(0, r.start()), put.strip())))).toList();
            // (a greeting the user wrote is theirs: a later change of tone keeps it)
            NotePlan next = plan.replace(c, new Clause(c.role(), c.role() == Role.GREETING ? Clause.Source.USER : c.source(), levels, c.carries()));
            // the words put in are the user's, as the reason is: "a 3rd year statistics student" needs no profile to say it
            Purpose said = purpose.withWords(now);
            DraftRequest asSaid = new DraftRequest(request.me(), request.them(), said, request.ground(), request.verdict(), request.limit(),
                    request.variants(), request.style());
            String text = written(next, asSaid);
            if (text.isEmpty()) {
                return Refinement.unchanged(plan, purpose, TEXT.get("refine.reword.breaks", old.strip(), now.strip()));
            }
            // (which rule, said: "would break a note rule" alone left new users asking "which rule?")
            if (!rules.passes(text, context(asSaid, text))) {
                Optional<Finding> broken = rules.check(text, context(asSaid, text)).stream().filter(f -> f.severity() != Severity.INFO).findFirst();
                return Refinement.unchanged(plan, purpose, broken.isEmpty() ? TEXT.get("refine.reword.breaks", old.strip(), now.strip())
                        : TEXT.get("refine.reword.breaks.rule", old.strip(), now.strip(), broken.get().rule(), broken.get().message()));
            }
            return Refinement.changed(next, said, TEXT.get("refine.reword", old.strip(), now.strip()));
        }
        // "say I listened to her episode on the podcast, not the post": the note says "your post", and what is to
        // be said instead is a sentence of the user's, so it takes the place of the line that names the thing
        String thing = old.strip().replaceFirst("(?i)^(?:the|a|an|my|your|her|his|their|our)\\s+", "");
        Pattern named = Pattern.compile("(?<![\\p{L}\\p{N}])(?:the|a|an|my|your|her|his|their|our)\\s+" + Pattern.quote(thing) + "(?![\\p{L}\\p{N}])", F);
        Optional<Clause> site = thing.equals(old.strip()) ? Optional.empty()
                : plan.clauses().stream().filter(c -> c.role() != Role.GREETING && c.levels().stream().anyMatch(l -> named.matcher(l).find())).findFirst();
        Optional<Clause> told = site.isPresent() && ROLE_WORD.matcher(now).find() && now.strip().split("\\s+").length >= 4
                ? mentionClause(now, request) : Optional.empty();
        if (site.isPresent() && told.isPresent()) {
            NotePlan next = plan.replace(site.get(), new Clause(site.get().role(), told.get().source(), told.get().levels(), told.get().carries()));
            String text = written(next, request);
            if (!text.isEmpty() && rules.passes(text, context(request, text))) {
                return Refinement.changed(next, purpose, TEXT.get("refine.reword", bare(site.get().text()), bare(told.get().text())));
            }
            return Refinement.unchanged(plan, purpose, TEXT.get("refine.reword.breaks", old.strip(), now.strip()));
        }
        String put = now.strip();
        if (plan.clauses().stream().anyMatch(c -> c.levels().stream().anyMatch(l -> Words.containsWord(l, put)))) {
            return Refinement.unchanged(plan, purpose, TEXT.get("refine.reword.there", now.strip()));
        }
        return Refinement.unchanged(plan, purpose, TEXT.get("refine.reword.none", old.strip()));
    }

    private static final Set<String> SUBJECTS = Set.of("i", "you", "he", "she", "it", "we", "they", "there", "this", "that", "my", "our");
    private static final Pattern NOUN_ENDING = Pattern.compile("(?:tion|sion|ment|ness|ity|ure|ance|ence|ship|ism|ist)s?$");
    private static final Pattern THE_THANKS = Pattern.compile("(?i)(?:the\\s+|my\\s+)?(?:thank[\\s-]?you|thanks)(?:\\s+(?:line|bit|part|sentence))?[.!]?");
    private static final Pattern LEADING_THAT = Pattern.compile("(?i)^that\\s+(?=\\p{L})");
    private static final Pattern WANT_YOU = Pattern.compile("^I (?:really )?want you (?=on|at|as|in|for)");
    private static final Pattern LEFT_OUT_FRAME = Pattern.compile("(?i)^(?:why|what)\\s+I(?:'m|’m| am)\\s+(?:writing|getting in touch|reaching out)\\s*(?:[-–—:,]|is(?:\\s+that)?)\\s*");
    // a clause the sender says of themselves ("I'm putting together a …", "we are piloting …")
    private static final Pattern OWN_CLAUSE_START = Pattern.compile("(?i)(?:I|I'm|I’m|I've|I’ve|we|we're|we’re|we've|my|our)\\s+\\p{L}");
    // a clause of the sender's own opening what they say instead ("I'm in the Army")
    private static final Pattern OWN_CLAUSE = Pattern.compile("(?i)(?:I'm|I’m|im|I am|I was|we're|we’re|we are|we were)\\s+");

    /**
     * The words to put in, without those the note already has right before the place ("your support ops guy", said as
     * "support operations officer", is "your support operations officer", not "your support support operations officer").
     */
    private static String withoutWordsBefore(String before, String put) {
        String[] words = put.split("\\s+");
        String tail = Text.lower(before.stripTrailing());
        for (int k = words.length - 1; k >= 1; k--) {
            String lead = Text.lower(String.join(" ", java.util.Arrays.copyOf(words, k)));
            if (tail.endsWith(" " + lead) || tail.equals(lead)) {
                return String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
            }
        }
        return put;
    }

    /**
     * "congratulate her on the controller role at Otley Brewing instead of announcing it": the congratulations (or the
     * thanks) said, "Congratulations on the controller role at Otley Brewing!", in place of the sentence of the note that
     * announced or said it, or added when the note has none; checked by the rules like any edit.
     */
    private Refinement act(NotePlan plan, DraftRequest request, boolean congratulate, String what) {
        Purpose purpose = purposeOf(request);
        String on = THEIRS.matcher(what.strip().replaceAll("[.!]+$", "")).replaceAll("your");
        // "thank him for: the go-live was really smooth for us": what it was for, told as a sentence, follows the thanks
        // ("Thank you for the go-live was really smooth for us!" was written)
        boolean told = !on.isEmpty() && isClause(on);
        String said = (congratulate ? "Congratulations" : "Thank you") + (on.isEmpty() || told ? "" : (congratulate ? " on " : " for ") + on) + "!"
                + (told ? " " + capital(sentence(on)) : "");
        Pattern announced = congratulate ? CONGRATULATING : THANKING;
        for (Clause c : plan.clauses()) {
            if (c.role() == Role.GREETING || c.levels().stream().noneMatch(l -> announced.matcher(l).find())) {
                continue;
            }
            List<String> levels = c.levels().stream().map(l -> withSentenceSaid(l, announced, said)).toList();
            NotePlan next = plan.replace(c, new Clause(c.role(), c.source(), levels, c.carries()));
            String text = written(next, request);
            // (the report quotes the sentence that changed, not the others of its clause)
            String was = Language.english().sentenceTexts(c.text()).stream().filter(x -> announced.matcher(x).find()).findFirst().orElse(c.text());
            if (text.isEmpty() || !rules.passes(text, context(request, text))) {
                return Refinement.unchanged(plan, purpose, TEXT.get("refine.reword.breaks", bare(was), said));
            }
            return Refinement.changed(next, purpose, TEXT.get("refine.reword", bare(was), said));
        }
        return mention(plan, request, said);
    }

    /** "Not found", with an example fit for what was asked: a sentence of the user's is not put after "we talked about". */
    private static String unknownMention(String what) {
        return TEXT.get(isClause(what) || ASKS.matcher(what.strip()).lookingAt() ? "refine.mention.unknown.said" : "refine.mention.unknown", what);
    }

    /** A finite verb after a subject: "the go-live was really smooth for us" is a sentence, "the go-live" and "helping us" are not. */
    private static boolean isClause(String words) {
        List<String> sentences = Language.english().sentenceTexts(words);
        return !sentences.isEmpty() && sentences.stream().allMatch(Refiner::sentenceOrCourtesy);
    }

    /** One sentence with a subject and a finite verb, or a courtesy or a question, which need neither ("Thank you!"). */
    private static boolean sentenceOrCourtesy(String sentence) {
        if (COURTESY_START.matcher(sentence.strip()).lookingAt() || sentence.strip().endsWith("?")) {
            return true;
        }
        List<dev.rapport.language.Token> ts = Language.english().tokens(sentence);
        // (it opens on what it is about: "teaching me stock counts" is an act, however the tagger reads "counts")
        int from = !ts.isEmpty() && Set.of("and", "so", "but", "also", "now", "then").contains(ts.get(0).lower()) ? 1 : 0;
        if (from >= ts.size()) {
            return false;
        }
        // ("I'm", "we've": one token, its subject and its verb)
        if (ts.get(from).tag().contains("+AUX") || ts.get(from).tag().contains("+VERB")) {
            return true;
        }
        if (!(SUBJECTS.contains(ts.get(from).lower()) || ts.get(from).is("DET", "PROPN", "NOUN", "NUM", "PRON"))) {
            return false;
        }
        for (int i = from + 1; i < ts.size(); i++) {
            dev.rapport.language.Token t = ts.get(i);
            // (a noun the tagger calls a verb keeps a noun's ending: "the two gearbox failures")
            boolean finite = t.is("AUX") || t.tag().contains("AUX") || t.is("VERB") && !t.lower().endsWith("ing")
                    && !ts.get(i - 1).lower().equals("to") && !NOUN_ENDING.matcher(t.lower()).find();
            if (finite && (i == from + 1 || ts.get(i - 1).is("NOUN", "PROPN", "PRON", "ADV", "NUM"))
                    && !ts.get(i - 1).lower().matches("your|my|our|his|her|their")) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern COURTESY_START = Pattern.compile("(?i)(?:thank|thanks|congratulations|congrats|cheers|well done|good luck|best)\\b");

    /** The level with its sentence that matches {@code announced} said as {@code said} instead. */
    private static String withSentenceSaid(String level, Pattern announced, String said) {
        List<String> out = new ArrayList<>();
        boolean done = false;
        for (String sentence : Language.english().sentenceTexts(level)) {
            if (!done && announced.matcher(sentence).find()) {
                out.add(said);
                done = true;
            } else {
                out.add(sentence);
            }
        }
        return String.join(" ", out);
    }

    /** "congratulate her on X", "thank him instead of saying thanks": an act asked for with what on, or in place of another wording. */
    private static boolean asksToAct(String t) {
        Matcher m = ACT.matcher(t);
        return m.matches() && (m.group(3) != null || INSTEAD_OF.matcher(t).find());
    }

    private static final Pattern INSTEAD_OF = Pattern.compile("(?i)\\b(?:instead of|rather than)\\b");
    private static final Pattern THEIRS = Pattern.compile("(?i)\\b(?:her|his|their)\\b");
    private static final Pattern CONGRATULATING = Pattern.compile("(?i)\\bcongrat");
    private static final Pattern THANKING = Pattern.compile("(?i)\\bthank|\\bthanks\\b");

    /**
     * "ask if we can bring 25 students": the question in the user's words, said to the recipient
     * ("I would like to ask if we could bring 25 students."), unless the note already asks it.
     */
    private Refinement ask(NotePlan plan, DraftRequest request, String question) {
        // "a question about how …" asks how …
        question = question.replaceFirst("(?i)^about\\s+(?=(?:if|whether|how|what|when|where|why|who|which)\\s)", "");
        String typed = Text.value(question, true).replaceFirst("\\?$", "");
        // "ask how maharlika is treating him": a question the user asks them speaks to them ("how Maharlika is treating you")
        String spoken = drafter.toThem(typed, request);
        spoken = spoken.isEmpty() ? typed : Character.isLowerCase(typed.charAt(0)) ? Character.toLowerCase(spoken.charAt(0)) + spoken.substring(1) : spoken;
        String q = spoken;
        // reported speech after "I would like to ask": "can" and "will" step back to "could" and "would"
        q = q.replaceAll("(?i)\\bcan\\b", "could").replaceAll("(?i)\\bwill\\b", "would");
        if (alreadyAsked(written(plan, request), q)) {
            return Refinement.unchanged(plan, purposeOf(request), TEXT.get("refine.ask.there"));
        }
        // "ask if she could share the panel slides": the point is asked, not announced ("Could you share the panel slides?");
        // "whether she would consider nights" keeps its "would" ("Would you consider nights …?")
        Matcher direct = ASKED_OF_THEM.matcher(spoken);
        if (direct.matches()) {
            // (what was hers is theirs to share: "share her slides" is "share your slides")
            String rest = direct.group(2).equalsIgnoreCase("you") ? direct.group(4)
                    : direct.group(4).replaceAll("(?i)\\b(?:her|his|their)\\b", "your");
            String modal = Text.lower(direct.group(3)).matches("would|will") ? "Would" : "Could";
            return mention(plan, request, modal + " you " + rest + "?");
        }
        // "how in-house compares to agency life": the question itself ("How does in-house compare to agency life?")
        Optional<String> wh = direct(spoken);
        if (wh.isPresent()) {
            return mention(plan, request, wh.get());
        }
        // "what the interview process at Loblaw Digital is like": the auxiliary before its subject ("What is the interview
        // process at Loblaw Digital like?")
        Matcher whRest = WH.matcher(spoken);
        if (whRest.matches()) {
            String ordered = QuestionOrder.afterQuestionWord(whRest.group(2));
            if (!ordered.isEmpty() && !ordered.startsWith("Do ") && !ordered.startsWith("Does ")) {
                return mention(plan, request, capital(Text.lower(whRest.group(1))) + " " + Character.toLowerCase(ordered.charAt(0))
                        + ordered.substring(1) + "?");
            }
        }
        // "if the team uses Python or mostly SQL": a yes/no question about something of theirs, in a question's order
        // ("Does the team use Python or mostly SQL?")
        Matcher yesNo = YES_NO.matcher(spoken);
        if (yesNo.matches() && !yesNo.group(2).matches("(?i)you|i|we|she|he|they")) {
            String ordered = QuestionOrder.of(yesNo.group(1));
            if (!ordered.isEmpty()) {
                return mention(plan, request, ordered + "?");
            }
        }
        // "ask whether she has met Mike", "ask if he's found a good way …": the auxiliary goes first ("Have you met Mike?"); a new
        // user's were announced ("I would like to ask whether you have met Mike.")
        Matcher aux = YOU_AUXILIARY.matcher(spoken);
        if (aux.matches()) {
            String first = aux.group(1) != null ? aux.group(1) : aux.group(2);
            return mention(plan, request, capital(Text.lower(first)) + " you " + aux.group(3) + "?");
        }
        // "ask if she has tips for …": a yes/no question of theirs is asked too ("Do you have any tips for …?")
        if (YES_NO_OF_THEM.matcher(spoken).lookingAt()) {
            String asked = WishToAct.of("I want to ask " + spoken);
            if (asked.endsWith("?") && !asked.startsWith("I ")) {
                return mention(plan, request, asked);
            }
        }
        // "a question about her new clinic": what they would say about a thing of theirs ("I'd love to hear about your new clinic.")
        Matcher about = ABOUT_A_THING.matcher(q);
        if (about.matches()) {
            return mention(plan, request, "I'd love to hear about " + about.group(1).replaceAll("[.?!]+$", "") + ".");
        }
        return mention(plan, request, "I would like to ask " + q);
    }

    private static final Pattern ABOUT_A_THING = Pattern.compile("(?i)^about\\s+((?:your|the)\\s+[^.?!]{2,80})[.?!]*$");

    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("(?i)you|we|I|they");
    private static final Pattern YES_NO_OF_THEM = Pattern.compile("(?i)^(?:if|whether)\\s+you\\b");
    // (a "have" before a noun is the verb, "if you have tips", left to the question of "do"; before a participle it goes first)
    private static final Pattern YOU_AUXILIARY = Pattern.compile("(?i)^(?:if|whether)\\s+you\\s+(?:(are|were|can|could|would|will|should|might)"
            + "|(have|had)(?=\\s+(?:already\\s+|ever\\s+|also\\s+|yet\\s+)?(?:\\w+ed|met|found|seen|been|done|had|got|gotten|heard|read|made|taken"
            + "|given|run|built|written|spoken|thought|known|come|gone|left|kept|won|begun|chosen|sent|spent|lost)\\b))\\s+(.+?)[.?!]*$");
    private static final Pattern WH = Pattern.compile("(?i)^(how(?:\\s+(?:long|much|many|often|far|soon))?|why|what|where|when)\\s+(.+)$");
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "has", "have", "can", "could", "will", "would", "should");

    /**
     * An indirect question as a direct one: "how in-house compares to …" is "How does in-house compare to …?", "how the move
     * is going" is "How is the move going?"; "she", "he" and "they" are the reader. Empty when no verb can be told.
     */
    static Optional<String> direct(String indirect) {
        Matcher m = WH.matcher(indirect.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        boolean theirs = Pattern.compile("(?i)^(?:she|he|they)\\b").matcher(m.group(2)).find();
        String[] w = m.group(2).replaceAll("(?i)\\b(?:she|he|they)\\b", "you").replaceAll("(?i)\\b(?:her|his|their)\\b", "your").split("\\s+");
        // the verb comes within a few words of the question word ("she" at once); a past tense first ("handled") has no such form here
        for (int i = 1; i < Math.min(w.length, theirs ? 2 : 5) && !Text.lower(w[i - 1]).endsWith("ed")
                && !dev.rapport.language.VerbForms.irregularPast(w[i - 1]); i++) {
            String subject = String.join(" ", java.util.Arrays.copyOfRange(w, 0, i));
            String rest = String.join(" ", java.util.Arrays.copyOfRange(w, i + 1, w.length));
            String v = Text.lower(w[i]);
            Optional<String> plain = dev.rapport.language.VerbForms.baseOfPast(v);
            if (plain.isPresent() && i == 1 && PRONOUN_SUBJECT.matcher(w[0]).matches()) {
                // "how you got budget owners to own supplier relationships" is "How did you get …?" (it was "How does you got
                // budget owner …?", a verb taken for the subject's noun)
                return Optional.of(capital(Text.lower(m.group(1))) + " did " + subject + " " + plain.get() + (rest.isEmpty() ? "" : " " + rest) + "?");
            }
            boolean third = v.length() > 3 && v.matches("\\p{L}+[^su]s");
            // "compares" is "does … compare"; "goes" and "watches" lose their "es"
            String base = !third ? w[i] : dev.rapport.language.VerbForms.base(w[i]);
            String asked = null;
            if (AUXILIARIES.contains(v)) {
                v = !theirs ? v : switch (v) { case "is" -> "are"; case "was" -> "were"; case "has" -> "have"; default -> v; };
                asked = v + " " + subject + (rest.isEmpty() ? "" : " " + rest);
            } else if (theirs && i == 1 && (third || plainVerbAfterThey(m.group(2))) || !theirs && i == 1 && plainVerbAfterThey(m.group(2))) {
                // "how she finds it" is "How do you find it?"; "how she got into it" has no such form here; "how they decide
                // which vendors to shortlist", the user's singular "they", is "How do you decide …?" (it was announced with
                // "they" left in)
                asked = "do you " + base + (rest.isEmpty() ? "" : " " + rest);
            } else if (third) {
                asked = "does " + subject + " " + base + (rest.isEmpty() ? "" : " " + rest);
            }
            if (asked != null) {
                return Optional.of(capital(Text.lower(m.group(1))) + " " + asked + "?");
            }
        }
        return Optional.empty();
    }

    /**
     * "they decide which …", "you price fractional work": the word after "they" or "you" is a verb in its plain present form,
     * as the tagger reads it ("end with a question about how she prices …" was announced, "I would like to ask how you price …").
     */
    private static boolean plainVerbAfterThey(String clause) {
        List<dev.rapport.language.Token> t = dev.rapport.language.Language.english().tokens(clause);
        return t.size() > 2 && (t.get(0).lower().equals("they") || t.get(0).lower().equals("you")) && t.get(1).is("VERB") && !t.get(1).lower().endsWith("ing")
                && !t.get(1).lower().endsWith("ed") && !dev.rapport.language.VerbForms.irregularPast(t.get(1).lower());
    }

    private static final Pattern ASKED_OF_THEM = Pattern.compile("(?i)^(if|whether)\\s+(you|she|he|they)\\s+(could|would|can|will)\\s+(.+?)[.!]*$");
    private static final Pattern YES_NO = Pattern.compile("(?i)^(?:if|whether)\\s+((\\S+)\\s.+?)[.!]*$");

    /**
     * The note already asks {@code question}: one sentence of it that asks (a question, or "I would like to ask if …") holds
     * most of the question's words of substance. A line that only says a question will come ("I'd like to ask you one
     * question: the team use …") or asks for something else ("I'd like to ask you some tips for the interview process")
     * asks nothing yet, and the words that frame a question ("would", "like") count for nothing.
     */
    private static boolean alreadyAsked(String note, String question) {
        List<String> words = contentWords(question).stream().filter(w -> !ASKING_WORDS.contains(w)).map(Refiner::stemOf).toList();
        if (words.isEmpty()) {
            return false;
        }
        for (String sentence : dev.rapport.language.Language.english().sentenceTexts(note)) {
            String s = sentence.strip();
            if (!s.endsWith("?") && !INDIRECT_QUESTION.matcher(s).lookingAt()) {
                continue;
            }
            List<String> said = java.util.Arrays.stream(Text.lower(s).split("[^\\p{L}\\p{N}]+")).map(Refiner::stemOf).toList();
            long there = words.stream().filter(said::contains).count();
            if (there * 10 >= words.size() * 8) {
                return true;
            }
        }
        return false;
    }

    /** Two lines about the same thing: two or more words of substance in common, besides the words that frame an ask. */
    private static boolean sameThing(String a, String b) {
        Set<String> x = contentWords(a).stream().filter(w -> !ASKING_WORDS.contains(w)).map(Refiner::stemOf).collect(java.util.stream.Collectors.toSet());
        return contentWords(b).stream().filter(w -> !ASKING_WORDS.contains(w)).map(Refiner::stemOf).distinct().filter(x::contains).count() >= 2;
    }

    /** A word's stem for comparing a question with the note's ("uses" and "use", "teams" and "team"). */
    private static String stemOf(String word) {
        String w = word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word;
        return w.length() > 5 ? w.substring(0, 5) : w;
    }

    private static List<String> contentWords(String text) {
        return java.util.Arrays.stream(Text.lower(text).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() > 3 || w.chars().allMatch(Character::isDigit) && !w.isEmpty()).toList();
    }

    // ---- mention ---------------------------------------------------------------------------------

    /**
     * "we're starting low oxygen storage for our 18th century chasubles" when the note says "We are starting the same
     * for our 18th century chasubles" after "low oxygen storage for silk": nearly every longer word of the mention is
     * in the note, most of them in one sentence, so adding it would say the same thing twice.
     */
    /** The note says {@code what}, in its words or in others ("she is finishing her BSN" as "You are finishing your BSN"). */
    private static boolean says(String note, String what) {
        return Text.lower(note).contains(Text.lower(what)) || saidInOtherWords(note, what);
    }

    /** Every longer word of {@code what} (three or more of them) is in {@code line}, as a whole word. */
    private static boolean looselySays(String line, String what) {
        List<String> words = java.util.Arrays.stream(Text.lower(what).split("[^\\p{L}\\p{N}']+")).filter(w -> w.length() > 2).distinct().toList();
        String l = Text.lower(line);
        return words.size() >= 3 && words.stream().allMatch(w -> Words.containsWord(l, w));
    }

    /**
     * "mention the salary range" when the note says "salary 115-130k", "mention that it is hybrid" when it says "hybrid": a
     * short request whose every word of substance (a general word such as "range" or "details" aside) the note already has
     * (the first was "not found", the second added "I read what you wrote about it is hybrid.")
     */
    private static boolean namedAlready(String note, String what) {
        List<dev.rapport.language.Token> t = Language.english().tokens(what.strip());
        if (t.isEmpty() || t.size() > 6) {
            return false;
        }
        List<String> words = t.stream().filter(x -> x.isWord() && !x.is("PRON", "AUX", "DET", "ADP", "SCONJ", "CCONJ") && x.lower().length() > 2
                && !GENERAL_WORDS.contains(x.lower()) && !x.lower().equals("that")).map(dev.rapport.language.Token::lower).toList();
        String n = Text.lower(note);
        return !words.isEmpty() && words.stream().allMatch(w -> Words.containsWord(n, w));
    }

    private static final Set<String> GENERAL_WORDS = Set.of("range", "details", "detail", "bit", "part", "stuff", "thing", "things",
            "info", "information", "line", "fact", "point", "also", "too", "again", "more");

    private static boolean saidInOtherWords(String note, String what) {
        List<String> words = java.util.Arrays.stream(Text.lower(what).split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() > 3).distinct().toList();
        if (words.size() < 3) {
            return false;
        }
        String all = Text.lower(note);
        long inNote = words.stream().filter(w -> Words.containsWord(all, w)).count();
        long inOne = dev.rapport.language.Language.english().sentenceTexts(note).stream().map(Text::lower)
                .mapToLong(sentence -> words.stream().filter(w -> Words.containsWord(sentence, w)).count()).max().orElse(0);
        return inNote * 5 >= words.size() * 4 && inOne * 5 >= words.size() * 3;
    }

    private Refinement mention(NotePlan plan, DraftRequest request, String what) {
        Purpose purpose = purposeOf(request);
        String before = written(plan, request);
        if (what.isEmpty()) {
            return Refinement.unchanged(plan, purpose, unknownMention(what));
        }
        if (says(before, what) || namedAlready(before, what)) {
            return Refinement.unchanged(plan, purpose, TEXT.get("refine.mention.there", what));
        }
        // "say who I am" asks for the line from the sender's profile, not for the words "who I am"
        NotePlan base = plan;
        Optional<Clause> clause;
        // the who-line a self-description takes the place of, said as replaced, not as left out for room
        String whoReplaced = "";
        if (WHO_I_AM.matcher(what.strip()).matches()) {
            Optional<String> line = drafter.senderLine(request);
            if (line.isEmpty()) {
                return Refinement.unchanged(plan, purpose, TEXT.get("refine.who.unknown"));
            }
            if (before.contains(line.get())) {
                return Refinement.unchanged(plan, purpose, TEXT.get("refine.who.there"));
            }
            // a who-line the limit left out is put back as the user's request, which goes before optional lines
            base = plan.without(c -> c.role() == Role.WHO);
            clause = Optional.of(new Clause(Role.MENTION, Clause.Source.PROFILE, List.of(line.get()), what));
        } else {
            Matcher self = SELF_DESCRIBED.matcher(what.strip());
            Matcher working = SELF_AT_WORK.matcher(what.strip());
            Matcher inCharge = SELF_IN_CHARGE.matcher(what.strip());
            if (!self.matches() && !working.matches() && inCharge.matches() && plan.first(Role.WHO).isPresent()) {
                // "mention that I run the data team at my company": that line says who writes, in place of the profile's
                // (a hand session got "I'm a site reliability engineer at … . I run the data team at my company.")
                what = "I " + inCharge.group(1).strip();
                whoReplaced = plan.first(Role.WHO).map(Clause::text).orElse("");
                base = plan.without(c -> c.role() == Role.WHO);
            } else if (!self.matches() && working.matches() && plan.first(Role.WHO).isPresent()) {
                // "mention that I'm training as an ACP at Pilgrim Hospital": who writes, in the user's words, in place of the
                // profile's who-line (a hand session got "I am a staff nurse at … . I'm training as an ACP at …", two in a row)
                what = "I'm " + working.group(1).strip();
                whoReplaced = plan.first(Role.WHO).map(Clause::text).orElse("");
                base = plan.without(c -> c.role() == Role.WHO);
            } else if (self.matches()) {
                // "mention that I'm a junior data analyst, not a tutor": who writes, said as the user says it, in place of
                // the note's who-line; the contrast is a word to the tool, not to the recipient
                what = "I'm " + self.group(1).toLowerCase(Locale.ROOT) + " " + self.group(2).strip();
                String said = what.substring(4);
                if (plan.first(Role.WHO).filter(c -> containsLoose(c.text(), said)).isPresent()) {
                    return Refinement.unchanged(plan, purpose, TEXT.get("refine.who.there"));
                }
                whoReplaced = plan.first(Role.WHO).map(Clause::text).orElse("");
                base = plan.without(c -> c.role() == Role.WHO);
            }
            clause = mentionClause(what, request);
            if (clause.isEmpty()) {
                return Refinement.unchanged(plan, purpose, unknownMention(what));
            }
            if (clause.get().levels().isEmpty()) {
                return Refinement.unchanged(plan, purpose, TEXT.get("refine.mention.fragment", what));
            }
            // the line it would add is there already, in the words the reason gave it
            if (containsLoose(before, bare(clause.get().text()))) {
                return Refinement.unchanged(plan, purpose, TEXT.get("refine.mention.there", what));
            }
        }
        // a note asks one question: the user's takes the place of the one it had, or of the line that only says one will come
        // ("I'd like to ask you about the grad scheme." before "Do you have any tips for …?" asks twice)
        // (a question of the user's own, "Do you want me to keep you posted …?", too: the new one replaces it, and the report says so)
        // (and the user's ask on the same thing, "I'd like to ask you some tips for the interview process", gives way to their
        // question about it, "What is the interview process at Loblaw Digital like?": the note would ask twice)
        String newQuestion = clause.get().text();
        NotePlan from = base;
        Optional<Unasked> unasked = !newQuestion.endsWith("?") ? Optional.empty() : unasked(base).or(() -> from.clauses().stream()
                .filter(c -> c.role() == Role.ASK && c.source() == Clause.Source.USER && sameThing(c.text(), newQuestion)).findFirst()
                .map(c -> new Unasked(from.without(x -> x == c), c.text())));
        // (the clause that went whole; one that keeps its other words, "Congratulations on …!", is still in the note)
        Optional<Clause> replaced = unasked.flatMap(u -> from.clauses().stream().filter(c -> !u.plan().clauses().contains(c)).findFirst())
                .filter(c -> unasked.get().question().equals(c.text()));
        String replacedText = unasked.map(Unasked::question).orElse("");
        if (unasked.isPresent()) {
            base = unasked.get().plan();
        }
        // a question goes after the note's own point ("As promised, I'll send you …"), where a question ends a note
        // (and anything else the user asks to mention goes before the questions, their own asked ones too: "I heard you on
        // Supply Chain Now." came after "How did you get …?", a new user's session)
        boolean asking = clause.get().text().endsWith("?");
        NotePlan next = base.with(clause.get(), c -> asking ? EnumSet.of(Role.QUESTION, Role.CLOSE, Role.SIGN).contains(c.role())
                : EnumSet.of(Role.ASK, Role.QUESTION, Role.CLOSE, Role.SIGN).contains(c.role())
                        || c.role() == Role.MENTION && c.text().strip().endsWith("?"));
        // Make room by leaving out optional lines, never the new one.
        for (Role role : List.of(Role.OPENER, Role.EXTRA, Role.WHO, Role.SIGN, Role.QUESTION)) {
            if (written(next, request).contains(clause.get().text().substring(0, Math.min(20, clause.get().text().length())))) {
                break;
            }
            next = next.without(c -> c.role() == role);
        }
        String after = written(next, request);
        // "We are piloting it in the Mazowe catchment" once the line that named "the open model" went to make room:
        // the mention names what "it" was
        Optional<String> named = clause.get().source() == Clause.Source.USER ? namedBy(before, after, clause.get().text()) : Optional.empty();
        if (named.isPresent()) {
            Clause resolved = new Clause(clause.get().role(), clause.get().source(),
                    List.of(OBJECT_IT.matcher(clause.get().text()).replaceFirst("$1 " + Matcher.quoteReplacement(named.get()))), clause.get().carries());
            next = next.replace(clause.get(), resolved);
            clause = Optional.of(resolved);
            after = written(next, request);
        }
        if (after.isEmpty() || after.equals(before)) {
            // found, in the reason or the profiles, but with no room for it: said so, not "I could not find" (a new user's
            // "mention the Marie Curie Global Fellowship", word for word in the reason, was said not to be there)
            return Refinement.unchanged(plan, purpose, TEXT.get("refine.mention.room", what, Integer.toString(request.limit())));
        }
        // "say that I will send the sample through the submissions page" answers the note's "how to send a sample": the
        // question it answers goes (the note would ask what it has just said), and the report says so
        String answered = "";
        for (Clause c : next.clauses()) {
            // (whether or not a rule objects to the two together: "May I ask how to send a sample?" after "I will send the
            // sample through …" is no repetition a rule sees, but asks what the note has just said)
            if ((c.role() == Role.ASK || c.role() == Role.QUESTION) && answers(clause.get().text(), c.text())) {
                NotePlan without = next.without(x -> x == c);
                String text = written(without, request);
                if (!text.isEmpty() && rules.passes(text, context(request, text))) {
                    answered = c.text();
                    next = without;
                    after = text;
                    break;
                }
            }
        }
        // the user's own ask or question is the point of the note: an addition that pushes it out is refused, not done in silence
        for (Clause c : plan.clauses()) {
            if (!answered.isEmpty() && c.text().equals(answered) || replaced.isPresent() && c.equals(replaced.get())) {
                continue;
            }
            boolean point = (c.role() == Role.ASK || c.role() == Role.QUESTION) && c.source() == Clause.Source.USER;
            if (point && c.levels().stream().anyMatch(before::contains) && c.levels().stream().noneMatch(after::contains)) {
                return Refinement.unchanged(plan, purpose, TEXT.get("refine.mention.nofit", clause.get().text(), c.text()));
            }
        }
        // What the user says in a refinement is as much their word as the reason: the truth rules count it.
        Purpose told = clause.get().source() == Clause.Source.USER && !Text.lower(purpose.text()).contains(Text.lower(what))
                ? purpose.withWords(sentence(what)) : purpose;
        String report = TEXT.get("refine.added", clause.get().text(), TEXT.get("refine.source." + sourceKey(clause.get())));
        // a line left out to make room is said, not dropped in silence (a hand session lost "who I am" unannounced)
        String written = after;
        // (a line still there in plainer words was not left out)
        String selfReplaced = whoReplaced;
        List<String> madeRoom = plan.clauses().stream().filter(c -> c.role() != Role.GREETING && c.role() != Role.SIGN && !replaced.equals(Optional.of(c)))
                .filter(c -> selfReplaced.isEmpty() || !c.text().equals(selfReplaced))
                .filter(c -> c.levels().stream().noneMatch(l -> !l.isBlank() && Text.lower(written).contains(Text.lower(l.strip()))))
                .map(Clause::text).filter(t -> !t.isBlank() && before.contains(t)).map(Refiner::bare).toList();
        if (!replacedText.isEmpty() && before.contains(replacedText)) {
            report = report + " " + TEXT.get("refine.added.replaced", bare(replacedText));
        } else if (!whoReplaced.isEmpty() && before.contains(whoReplaced)) {
            report = report + " " + TEXT.get("refine.added.replaced-who", bare(whoReplaced));
        }
        if (!answered.isEmpty()) {
            report = report + " " + TEXT.get("refine.added.answered", bare(answered));
        } else if (!madeRoom.isEmpty()) {
            report = report + " " + TEXT.get("refine.added.room", String.join("”, “", madeRoom));
        }
        // the name at the end, too, is said when it goes (a hand session saw a mention drop "Dana" without a word)
        Optional<Clause> signed = plan.first(Role.SIGN);
        if (signed.isPresent() && before.endsWith(" " + bare(signed.get().text())) && !written.endsWith(" " + bare(signed.get().text()))) {
            report = report + " " + TEXT.get("refine.added.unsigned", bare(signed.get().text()));
        }
        return Refinement.changed(next, told, report);
    }

    // "I'd like to ask you about the grad scheme": a line that says a question will come, without asking it
    private static final Pattern ANNOUNCED_QUESTION = Pattern.compile(
            "(?i)^I(?:'d|’d| would) (?:like|love) to ask (?:you )?(?:about\\b|(?:a|one|a few|some) (?:quick )?questions?\\b)");

    // the words that frame a question ("I would like to ask how to …"), not what it asks about
    private static final Set<String> ASKING_WORDS = Set.of("would", "may", "might", "can", "like", "love", "want", "ask", "know", "wonder", "could", "should",
            "your", "you", "how", "what", "which", "when", "where", "whether", "the", "and", "about", "with");

    /** The added line says what the question asks: every word of substance of the question is in it ("send", "sample"). */
    private static boolean answers(String added, String question) {
        Set<String> said = new java.util.HashSet<>();
        for (String w : Text.lower(added).split("[^\\p{L}]+")) {
            said.add(w.length() > 5 ? w.substring(0, 5) : w);
        }
        List<String> asked = java.util.Arrays.stream(Text.lower(question).split("[^\\p{L}]+"))
                .filter(w -> w.length() >= 3 && !ASKING_WORDS.contains(w)).map(w -> w.length() > 5 ? w.substring(0, 5) : w).toList();
        return asked.size() >= 2 && said.containsAll(asked);
    }

    private static String sourceKey(Clause c) {
        return switch (c.source()) {
            case USER -> "user";
            case GROUND -> "ground";
            case PROFILE -> "profile";
            case CLOSE -> "mention";
        };
    }

    /** A clause saying {@code what}: the user's own sentence, a piece of shared ground, the reason's words, or a line of their profile. */
    private static final Pattern THEIR_NEWS = Pattern.compile("(?i)you(?: are|'re) (?:moving|relocating|starting|joining|leaving|taking|"
            + "heading|going|launching|opening|retiring|becoming|expecting)\\b|you(?: will|'ll) be\\b"
            + "|you(?: have|'ve) (?:just )?(?:been|moved|started|joined|taken|left|launched|opened|become)\\b");

    private static final Pattern THEY_ASKED = Pattern.compile("(?i)you asked (?:me |us )?((?:how|what|which|why|whether|where|when|who|about)\\b.+)");

    // words that join what a request names rather than name it ("my 7 years in cardiac icu")
    private static final Set<String> LINK_WORDS = Set.of("my", "our", "the", "a", "an", "in", "of", "at", "on", "for", "with",
            "to", "and", "that", "i", "we", "am", "is", "are", "was");

    /**
     * "mention my 7 years in cardiac icu" after "i have 7 yrs cardiac icu": the user's sentence, once tidied, has every
     * word of substance the request names, and says it better than the bare words would ("My 7 years in cardiac icu.").
     */
    private Optional<Clause> toldInTheReason(String what, String lower, List<String> parts, DraftRequest request) {
        Set<String> wanted = new java.util.HashSet<>(List.of(lower.split("[^\\p{L}\\p{N}]+")));
        wanted.removeAll(LINK_WORDS);
        wanted.remove("");
        for (String part : parts) {
            if (wanted.size() < 2 || part.strip().split("\\s+").length < 3) {
                continue;
            }
            Optional<ReasonWords.Said> said = drafter.said(part.strip(), request);
            if (said.isPresent() && !said.get().fact().isEmpty() && allIn(wanted, List.of(Text.lower(said.get().fact()).split("[^\\p{L}\\p{N}]+")))) {
                return Optional.of(new Clause(Role.MENTION, Clause.Source.USER, List.of(capital(said.get().fact())), what));
            }
        }
        return Optional.empty();
    }

    /** Every wanted word is a word of {@code words}, or begins one ("lecture" in "lectured"). */
    private static boolean allIn(Set<String> wanted, List<String> words) {
        return wanted.stream().allMatch(w -> words.contains(w) || w.length() >= 4 && words.stream().anyMatch(x -> x.startsWith(w)));
    }

    private static final Pattern MY_YEARS = Pattern.compile(
            "(?i)^my\\s+(\\d{1,2}\\+?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\\s+(years?|yrs?)\\s+(of|in|as|at|with|doing)\\s+(.{2,80})$");

    private static final Pattern AFTERTHOUGHT = Pattern.compile(
            "(?i),\\s+(?:is|it's|it\\s+is|it|that's|that\\s+is|this\\s+is|because|since|as|so|they|he|she|i|i'm|we|it\\s+sounds|sounds|too)\\b[^,]*$");

    private static final Pattern HOW_TO_SAY_IT = Pattern.compile(
            "(?i)[,;]?\\s+(?:but|and)\\s+(?:make\\s+(?:it\\s+)?clear|make\\s+sure|don'?t\\s+make\\s+it|do\\s+not\\s+make\\s+it|keep\\s+it|say\\s+it|without\\s+making\\s+it|in\\s+a\\s+way)\\b.*$");

    private Optional<Clause> mentionClause(String what, DraftRequest request) {
        // "you dropped the thank you": the thanks itself, said ("The thank you." was added)
        if (THE_THANKS.matcher(what.strip()).matches()) {
            return Optional.of(new Clause(Role.MENTION, Clause.Source.USER, List.of("Thank you!"), what));
        }
        // "you left out that I am coming on sunday": the "that" is the request's
        what = LEADING_THAT.matcher(what.strip()).replaceFirst("");
        // "mention that we're hiring but make clear it's not why I'm writing": how to say it is the request's, not the note's (a
        // hiring manager's note said "We're hiring but make clear it's not why I'm writing.")
        what = HOW_TO_SAY_IT.matcher(what).replaceFirst("");
        String asked = QUESTION_LABEL.matcher(what.strip()).replaceFirst("");
        if (ASKS.matcher(asked).lookingAt()) {
            // a question is put to them as the user asked it
            return Optional.of(new Clause(Role.MENTION, Clause.Source.USER, List.of(capital(sentence(asked))), what));
        }
        if (ROLE_WORD.matcher(what).find() || aClauseOfItsOwn(what)) {
            // "my 7 years in cardiac icu" names a thing of the sender's, not a sentence: the reason may say it whole
            if (MY_THING.matcher(what.strip()).lookingAt()) {
                // ("his guest lecture": the reason's "he guest lectured in my MSc" says it, to him, in a sentence)
                String bare = Text.lower(what.strip().replaceFirst("(?i)^(?:my|our|his|her|their|your)\\s+", ""));
                Optional<Clause> told = toldInTheReason(what, bare, List.of(purposeOf(request).text().split(",|;|\\band\\b|\\bbut\\b|\\.\\s")), request);
                if (told.isPresent()) {
                    return told;
                }
                // "my 5 years in logistics forecasting", told nowhere: years of experience are said as had ("I have 5 years in …")
                Matcher years = MY_YEARS.matcher(what.strip());
                if (years.matches()) {
                    return Optional.of(new Clause(Role.MENTION, Clause.Source.USER,
                            List.of("I have " + years.group(1) + " " + years.group(2) + " " + years.group(3) + " " + years.group(4).replaceAll("[.!]+$", "") + "."), what));
                }
                // "my internship at sky betting", told nowhere: a thing named, not a sentence, is never pasted in as one
                // (a hand session got "My internship at sky betting."); the caller asks for it in the user's words
                if (Language.english().tokens(what).stream().noneMatch(t -> t.is("AUX") || t.is("VERB") && !t.lower().endsWith("ing"))) {
                    return Optional.of(new Clause(Role.MENTION, Clause.Source.USER, List.of(), what));
                }
            }
            // ("you left out why I'm writing - I want him on the podcast": the complaint's frame is to the tool, its point to them)
            what = LEFT_OUT_FRAME.matcher(what.strip()).replaceFirst("");
            Optional<ReasonWords.Said> said = drafter.said(what, request);
            String text = said.map(s -> s.fact() + (s.wish().isEmpty() ? "" : " " + capital(s.wish()))).orElse(sentence(what));
            // "… and I'll send him a copy": the user's words about them, said to them (a journalist's note kept "him")
            if (THIRD_PERSON_WORD.matcher(text).find()) {
                String toThem = drafter.toThem(text, request);
                if (!toThem.isEmpty()) {
                    text = sentence(toThem);
                }
            }
            // "I want you on the podcast": a wish for them, said as one
            text = WANT_YOU.matcher(text).replaceFirst("I'd love to have you ");
            // "mention that she is moving to Kigali": their news, told to them, is news the sender heard
            text = THEIR_NEWS.matcher(text).lookingAt() ? "I hear " + Text.lower(text.substring(0, 1)) + text.substring(1) : text;
            // "mention that she asked how we recruited": her own question is not told back to her, it is thanked for
            Matcher theyAsked = THEY_ASKED.matcher(text);
            text = theyAsked.matches() ? "Thanks for asking " + theyAsked.group(1).replaceAll("[.!]+$", "") + "." : text;
            // a thing named, not a sentence, is never pasted in as one ("The two gearbox failures."): the caller asks for it in the
            // user's words
            if (!isClause(text) && !ASKS.matcher(text).lookingAt()) {
                return Optional.of(new Clause(Role.MENTION, Clause.Source.USER, List.of(), what));
            }
            return Optional.of(new Clause(Role.MENTION, Clause.Source.USER, List.of(capital(text)), what));
        }
        String lower = Text.lower(what.replaceFirst("(?i)^(?:the|a|an|our|my)\\s+", ""));
        for (CommonGround g : request.ground()) {
            if (Text.lower(g.subject()).contains(lower) || Text.lower(g.detail()).contains(lower)) {
                Optional<String> said = drafter.groundSentence(g, request);
                if (said.isPresent() && Text.lower(said.get()).contains(lower)) {
                    return Optional.of(new Clause(Role.MENTION, Clause.Source.GROUND, List.of(said.get()), g.subject()));
                }
            }
        }
        Purpose purpose = purposeOf(request);
        List<String> parts = List.of(purpose.text().split(",|;|\\band\\b|\\bbut\\b"));
        for (String part : parts) {
            if (Text.lower(part).contains(lower) && part.strip().split("\\s+").length >= 3) {
                Optional<ReasonWords.Said> said = drafter.said(part.strip(), request);
                if (said.isPresent() && Text.lower(said.get().fact()).contains(lower)) {
                    return Optional.of(new Clause(Role.MENTION, Clause.Source.USER, List.of(capital(said.get().fact())), what));
                }
            }
        }
        Optional<Clause> told = toldInTheReason(what, lower, parts, request);
        if (told.isPresent()) {
            return told;
        }
        // "mention River Towns" when the reason says "River Towns is all non-models in natural light": the user's own sentence
        // that names it, said as typed when it speaks of no one in the third person (a freelancer's was "not found")
        for (String sentence : Language.english().sentenceTexts(purpose.text())) {
            String plain = sentence.strip().replaceAll("[.!]+$", "");
            if (Text.lower(plain).contains(lower) && lower.length() >= 3 && !THIRD_PERSON_WORD.matcher(plain).find()
                    && Language.english().tokens(plain).stream().anyMatch(t -> t.is("VERB", "AUX")) && Text.length(plain) <= 160) {
                return Optional.of(new Clause(Role.MENTION, Clause.Source.USER, List.of(capital(plain) + "."), what));
            }
        }
        // "mention the Marie Curie Global Fellowship" when the reason's sentence goes on about him ("… and I want to ask whether
        // he'd consider hosting me …"): the clause of the user's own that names it, when it speaks of no one else
        for (String piece : parts.stream().flatMap(p -> java.util.Arrays.stream(p.split("(?<=[.!?])\\s+"))).toList()) {
            String plain = piece.strip().replaceAll("[.!]+$", "");
            if (Text.lower(plain).contains(lower) && lower.length() >= 3 && !THIRD_PERSON_WORD.matcher(plain).find()
                    && OWN_CLAUSE_START.matcher(plain).lookingAt() && Text.length(plain) <= 140) {
                return Optional.of(new Clause(Role.MENTION, Clause.Source.USER, List.of(capital(plain) + "."), what));
            }
        }
        Profile them = request.them();
        if (them != null) {
            for (var s : Language.english().sentences(them.about() + "\n" + them.headline())) {
                if (Text.lower(s.text()).contains(lower)) {
                    Optional<String> said = drafter.secondPerson(Text.value(s.text(), false));
                    if (said.isPresent() && Text.length(said.get()) <= 120) {
                        return Optional.of(new Clause(Role.MENTION, Clause.Source.PROFILE, List.of("I saw that " + said.get() + "."), what));
                    }
                }
            }
            // "mention the NIGP Forum" when their bio writes of "NIGP" and of "the Forum" in sentences not said to them: each
            // word of it is theirs, so what they wrote about it is named, as the user named it
            String theirs = them.about() + "\n" + them.headline();
            List<String> named = java.util.Arrays.stream(what.strip().split("\\s+")).map(w -> w.replaceAll("[^\\p{L}\\p{N}&-]", ""))
                    .filter(w -> w.length() >= 3 && !Set.of("the", "and", "our", "your", "their").contains(Text.lower(w))).toList();
            // (a clause, "it is hybrid", is no name of a thing: "I read what you wrote about it is hybrid.")
            boolean clause = Language.english().tokens(what).stream().anyMatch(x -> x.is("VERB", "AUX"));
            if (!named.isEmpty() && !clause && named.stream().allMatch(w -> Words.containsWord(theirs, w)) && Text.length(what) <= 60) {
                // (a page written about them, a news story or an award write-up, is no writing of theirs: "I read what you wrote
                // about the Ukraine aid" was false to a haulier a local paper wrote up, a new user's session)
                String read = ownWords(theirs) ? "I read what you wrote about " : "I read about ";
                return Optional.of(new Clause(Role.MENTION, Clause.Source.PROFILE,
                        List.of(read + what.strip().replaceAll("[.!?]+$", "") + "."), what));
            }
        }
        return Optional.empty();
    }

    /**
     * "say the 4,000 meals were thanks to the grant": a statement with its own subject and verb is the user's sentence, to be
     * said as typed (it was looked for as a thing in the profiles, and "not found").
     */
    private static boolean aClauseOfItsOwn(String what) {
        List<dev.rapport.language.Token> t = Language.english().tokens(what);
        return t.size() >= 4 && t.get(0).is("DET", "NOUN", "PROPN", "NUM") && t.stream().skip(1)
                .anyMatch(x -> x.is("AUX") || x.is("VERB") && !x.lower().endsWith("ing") && !x.lower().endsWith("ed") || x.lower().matches("(?:were|was|is|are)"));
    }

    /** The text speaks in the first person at least twice ("I lead …", "my team …"): the person's own writing. */
    private static boolean ownWords(String text) {
        return Pattern.compile("(?<![\\p{L}])(?:I|I'm|I’m|I've|I’ve|my|My|me)(?![\\p{L}])").matcher(text).results().count() >= 2;
    }

    // ---- remove ----------------------------------------------------------------------------------

    /** The text without its sentences that name any of {@code targets}; those go to {@code gone}. */
    private static String withoutSentences(String text, List<String> targets, List<String> gone) {
        List<String> kept = new ArrayList<>();
        boolean afterGone = false;
        for (String sentence : dev.rapport.language.Language.english().sentenceTexts(text)) {
            if (targets.stream().anyMatch(x -> containsLoose(sentence, x))) {
                gone.add(sentence.replaceAll("[.!?]+$", ""));
                afterGone = true;
            } else {
                // "I'd also like to keep the conversation going" once the promise before it went: nothing is "also" any more
                kept.add(afterGone ? ALSO_AFTER.matcher(sentence).replaceFirst("$1") : sentence);
                afterGone = false;
            }
        }
        return String.join(" ", kept);
    }

    /**
     * "don't repeat we have same problem": the words stay where they are first said and go from every
     * later sentence that says them again; with no words given, the sentence the repetition rule finds.
     */
    private Refinement sayOnce(NotePlan plan, DraftRequest request, String what) {
        Purpose purpose = purposeOf(request);
        String before = written(plan, request);
        if (what.isEmpty()) {
            Optional<Finding> again = rules.check(before, context(request, before)).stream().filter(f -> f.rule().equals("repetition")).findFirst();
            if (again.isEmpty()) {
                return Refinement.unchanged(plan, purpose, TEXT.get("refine.repeat.none"));
            }
            what = before.substring(again.get().start(), again.get().end()).strip().replaceAll("[.!?]+$", "");
        }
        String target = what;
        List<Clause> out = new ArrayList<>();
        boolean seen = false;
        List<String> gone = new ArrayList<>();
        for (Clause c : plan.clauses()) {
            if (c.role() == Role.GREETING || c.role() == Role.SIGN || !containsLoose(c.text(), target)) {
                out.add(c);
                continue;
            }
            boolean keepFirst = !seen;
            seen = true;
            List<String> levels = new ArrayList<>();
            for (String level : c.levels()) {
                String kept = againRemoved(level, target, keepFirst, gone);
                if (!kept.isBlank()) {
                    levels.add(kept);
                }
            }
            if (!levels.isEmpty()) {
                out.add(levels.equals(c.levels()) ? c : new Clause(c.role(), c.source(), levels.stream().distinct().toList(), c.carries()));
            }
        }
        if (gone.isEmpty()) {
            return Refinement.unchanged(plan, purpose, TEXT.get(seen ? "refine.repeat.once" : "refine.removed.none", what));
        }
        NotePlan next = new NotePlan(plan.angle(), out);
        String text = written(next, request);
        if (text.isEmpty() || !saysWhy(next)) {
            return Refinement.unchanged(plan, purpose, TEXT.get("refine.removed.last", gone.get(0)));
        }
        return Refinement.changed(next, purpose, TEXT.get("refine.repeat", what));
    }

    /** The text without the sentences that say {@code what}, but the first of them when {@code keepFirst}. */
    private static String againRemoved(String text, String what, boolean keepFirst, List<String> gone) {
        List<String> kept = new ArrayList<>();
        boolean first = keepFirst;
        for (String sentence : dev.rapport.language.Language.english().sentenceTexts(text)) {
            if (containsLoose(sentence, what) && !first) {
                gone.add(sentence);
                continue;
            }
            if (containsLoose(sentence, what)) {
                first = false;
            }
            kept.add(sentence);
        }
        return String.join(" ", kept);
    }

    /** A cut of the user's own clause, one level at a time, that no longer names the targets; records what went. */
    private interface Cut {
        String apply(String level, List<String> targets, List<String> gone);
    }

    /**
     * The user's clause with only the part naming X taken out: first the "and …" clause that names it ("we met at the TIA
     * conference … and talked about how your team still tracks loads by phone and fax": the meeting stays), then the
     * sentence that names it ("Thank you! I would be grateful for the deck. We have big citrus season now.": the thanks
     * and the ask are the point of the note); empty when neither leaves every level without X.
     */
    private static Optional<Clause> cutOut(Clause c, List<String> targets, List<String> removed) {
        for (Cut way : List.<Cut>of(Refiner::withoutAndClause, Refiner::withoutFirstDeed, Refiner::withoutSentences)) {
            List<String> gone = new ArrayList<>();
            List<String> cut = c.levels().stream().map(l -> way.apply(l, targets, gone)).toList();
            if (!gone.isEmpty() && cut.stream().allMatch(l -> !l.isEmpty() && targets.stream().noneMatch(x -> containsLoose(l, x)))) {
                String carries = targets.stream().anyMatch(x -> containsLoose(c.carries(), x)) ? "" : c.carries();
                removed.add(gone.get(0));
                return Optional.of(new Clause(c.role(), c.source(), cut.stream().distinct().toList(), carries));
            }
        }
        return Optional.empty();
    }

    /** The level without the "and …" clause of its sentence that names a target; the level itself when there is none. */
    private static String withoutAndClause(String level, List<String> targets, List<String> gone) {
        java.util.regex.Matcher and = AND_CLAUSE.matcher(level);
        while (and.find()) {
            String clause = and.group(1);
            if (targets.stream().anyMatch(x -> containsLoose(clause, x)) && targets.stream().noneMatch(x -> containsLoose(level.substring(0, and.start()), x))) {
                gone.add(clause.strip());
                return level.substring(0, and.start()) + level.substring(and.end(1));
            }
        }
        return level;
    }

    /**
     * "You taught me SQL and covered for me when my daughter was born": without the first of two deeds that names the
     * target, the second keeps its subject ("You covered for me …"); a hand session lost the whole memory to "don't mention SQL".
     */
    private static String withoutFirstDeed(String level, List<String> targets, List<String> gone) {
        List<String> out = new ArrayList<>();
        boolean cut = false;
        for (String sentence : Language.english().sentenceTexts(level)) {
            java.util.regex.Matcher two = TWO_DEEDS.matcher(sentence);
            if (!cut && two.matches() && targets.stream().anyMatch(x -> containsLoose(two.group(2), x))
                    && targets.stream().noneMatch(x -> containsLoose(two.group(3), x))) {
                gone.add(two.group(2).strip());
                out.add(two.group(1) + two.group(3));
                cut = true;
            } else {
                out.add(sentence);
            }
        }
        return cut ? String.join(" ", out) : level;
    }

    private static final java.util.regex.Pattern TWO_DEEDS = java.util.regex.Pattern.compile(
            "^(\\s*(?:[Yy]ou|I|[Ww]e)\\s+)([^.!?,]*?)\\s+and\\s+(\\p{Ll}+(?:ed|ght|ook|ave|ame|ent|old|aid|an|ot|ound|oke|ew|ade)\\b[^!?]*[.!?]?)$");

    // ", and talked about …", " and talked about …" up to the sentence's end: a second thing done, told in its own clause
    private static final java.util.regex.Pattern AND_CLAUSE = java.util.regex.Pattern.compile(
            ",?( and (?:then )?(?:talked|spoke|chatted|discussed|asked|told|showed|mentioned|said)\\b[^.!?]*)(?=[.!?])");

    /**
     * "drop the pub quiz line": the line is the one that has all of X's words ("line" or "bit" only says that it is
     * one), and it goes whole; when no line has them all, X is removed as "don't mention X" would remove it.
     */
    private Refinement dropLine(NotePlan plan, DraftRequest request, String what) {
        List<String> words = java.util.Arrays.stream(what.split("\\s+"))
                .filter(w -> !w.matches("(?i)the|a|an|that|this|my|our|your|about|on|of")).toList();
        Optional<Clause> line = QUESTION_WORDS.matcher(what).matches() || words.isEmpty() ? Optional.empty()
                : plan.clauses().stream().filter(c -> c.role() != Role.GREETING && c.role() != Role.SIGN)
                        .filter(c -> words.stream().allMatch(w -> hasWords(c.text(), w))).findFirst();
        // the line is a sentence: a clause of the user's words may hold two ("we worked together at Pennine. We used to do
        // the Friday pub quiz together."), and dropping both took how the two know each other with it (a hand session)
        Optional<String> sentence = line.flatMap(c -> dev.rapport.language.Language.english().sentenceTexts(c.text()).stream()
                .filter(t -> words.stream().allMatch(w -> hasWords(t, w))).findFirst());
        return sentence.map(t -> remove(plan, request, t.replaceAll("[.!?]+$", ""), true))
                .orElseGet(() -> remove(plan, request, what, false));
    }

    /** The note without its one question, and the words of the question that went. */
    private record Unasked(NotePlan plan, String question) {
    }

    /**
     * The note without its question: the question line, or the user's own ask when it is put as a question ("Do you
     * want me to keep you posted …?") or says that one will come or what it will be ("I'd like to ask you one
     * question: …", "I would like to ask if …"), or a question the user had added; "I'd like to work with you on …" is
     * the point, not a question. Empty when the note asks nothing.
     */
    private static Optional<Unasked> unasked(NotePlan plan) {
        // (a question with the user's own words after it, "What does your hospital do …? We lose a lot of them …", is one too:
        // a new user's "drop the question" was told the note asked none)
        Optional<Clause> q = plan.first(Role.QUESTION).or(() -> plan.first(Role.ASK).filter(c -> A_QUESTION.matcher(c.text()).find()
                || ANNOUNCED_QUESTION.matcher(c.text()).lookingAt() || INDIRECT_QUESTION.matcher(c.text()).lookingAt()))
                // (a question the user had added, "ask if the team uses …", is the note's question too)
                .or(() -> plan.clauses().stream().filter(c -> c.role() == Role.MENTION && c.text().endsWith("?")).findFirst());
        if (q.isEmpty()) {
            return Optional.empty();
        }
        Clause c = q.get();
        // "Congratulations on your new job! How is life in Phoenix?": the question goes, the congratulations stays
        Optional<String> without = c.role() != Role.ASK || !c.text().endsWith("?") ? Optional.empty() : c.levels().stream()
                .filter(l -> !l.contains("?") && c.text().startsWith(l)).findFirst();
        return Optional.of(without.map(w -> new Unasked(plan.replace(c, c.withLevels(List.of(w))), c.text().substring(w.length()).strip()))
                .orElse(new Unasked(plan.without(x -> x == c), c.text())));
    }

    // "I would like to ask if the team uses …", "I'd like to ask you how …": a question asked in reported speech
    private static final Pattern INDIRECT_QUESTION = Pattern.compile(
            "(?i)^I(?:'d|’d| would) (?:like|love) to ask (?:you )?(?:if|whether|how|what|which|when|where|why|who)\\b");

    private static final Pattern WHO_LINE_NAMED = Pattern.compile("(?i)^(?:who I am|what I do|my (?:job|role|title|job title|company|employer)"
            + "|where I work|(?:the )?(?:line|bit|part|sentence) about (?:me|my job|who I am|what I do)|(?:that\\s+)?I(?:'m| am)\\s+(?:an?|the)\\s+[^,.;]{2,60})$");

    /** True when a content word of "I'm a recruiter" is in the who-line ("I'm a senior technical recruiter at …"). */
    private static boolean roleWordsIn(String said, String line) {
        String role = said.replaceFirst("(?i)^(?:that\\s+)?I(?:'m| am)\\s+(?:an?|the)\\s+", "");
        return java.util.Arrays.stream(role.split("\\s+")).filter(w -> w.length() > 3).anyMatch(w -> Words.containsWord(Text.lower(line), Text.lower(w)));
    }

    private Refinement remove(NotePlan plan, DraftRequest request, String what, boolean wholeClause) {
        Purpose purpose = purposeOf(request);
        if (QUESTION_WORDS.matcher(what).matches()) {
            return unasked(plan).map(u -> Refinement.changed(u.plan(), purpose, TEXT.get("refine.removed", u.question())))
                    .orElse(Refinement.unchanged(plan, purpose, TEXT.get("refine.question.absent")));
        }
        // "don't say I'm a recruiter, he knows me", "drop who I am": the who-line, and nothing that follows it (a recruiter's note
        // lost its question as "pointing at" her job, and a redraft brought the line back while the report said it was gone)
        Optional<Clause> whoLine = plan.first(Role.WHO);
        if (!wholeClause && whoLine.isPresent() && WHO_LINE_NAMED.matcher(what.strip()).matches()
                && (!what.strip().matches("(?i)^(?:that\\s+)?I(?:'m| am)\\s+.*") || roleWordsIn(what, whoLine.get().text()))) {
            NotePlan next = plan.without(c -> c == whoLine.get());
            String text = written(next, request);
            if (!text.isEmpty()) {
                return Refinement.changed(next, purpose, TEXT.get("refine.removed", bare(whoLine.get().text())));
            }
        }
        // A quoted sentence is that sentence; a short topic ("the conference") also means what it refers to.
        // ("the phone and fax" is what the note says as "by phone and fax": the article is the user's, not the note's)
        String bare = what.replaceFirst("(?i)^(?:the|a|an)\\s+", "");
        List<String> targets = wholeClause ? List.of(what)
                : what.split("\\s+").length > 3 ? (bare.equals(what) ? List.of(what) : List.of(what, bare)) : referents(what, request);
        List<Clause> out = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        // the note as the user sees it, to report a clause as it shows there
        String planned = written(plan, request);
        int site = -1;
        // remove "Thank you.": a quoted whole sentence is that sentence where the note says it alone, not every sentence that
        // opens with its words ("Thank you for paying for my time …!" went too, and a redraft replaced the note)
        Set<Clause> exact = wholeClause && what.strip().matches("(?s).*[.!?]$") ? plan.clauses().stream()
                .filter(c -> c.levels().stream().anyMatch(l -> Language.english().sentenceTexts(l).stream()
                        .anyMatch(x -> x.strip().equalsIgnoreCase(what.strip()))))
                .collect(java.util.stream.Collectors.toSet()) : Set.of();
        for (Clause c : plan.clauses()) {
            if (c.role() == Role.GREETING || targets.stream().noneMatch(x -> mentions(c, x)) || !exact.isEmpty() && !exact.contains(c)) {
                out.add(c);
                continue;
            }
            site = site < 0 ? plan.clauses().indexOf(c) : site;
            if (wholeClause && c.source() == Clause.Source.USER) {
                // A quoted phrase inside the user's own sentence ("for years") goes from it; a quoted sentence takes its clause.
                List<String> cut = c.levels().stream().map(l -> literalCut(l, targets.get(0))).toList();
                if (cut.stream().allMatch(l -> !l.isEmpty() && !containsLoose(l, targets.get(0)))) {
                    out.add(new Clause(c.role(), c.source(), cut.stream().distinct().toList(), c.carries()));
                    removed.add(targets.get(0));
                    continue;
                }
            }
            // "(ref KA-219)": a reference in brackets goes from the user's sentence, which keeps the rest ("I applied yesterday.")
            Optional<String> bracketed = wholeClause ? Optional.empty()
                    : targets.stream().filter(x -> x.startsWith("(") && x.endsWith(")") && mentions(c, x)).findFirst();
            if (bracketed.isPresent() && c.source() == Clause.Source.USER) {
                List<String> cut = c.levels().stream().map(l -> literalCut(l, bracketed.get())).toList();
                if (cut.stream().allMatch(l -> !l.isEmpty() && targets.stream().noneMatch(x -> containsLoose(l, x)))) {
                    out.add(new Clause(c.role(), c.source(), cut.stream().distinct().toList(), c.carries()));
                    removed.add(bracketed.get());
                    continue;
                }
            }
            if (!wholeClause && c.source() == Clause.Source.USER) {
                // The user's sentence keeps its other specifics: only the phrase naming X goes ("we met at DevOpsDays Denver
                // last week after your talk" -> "we met last week after your talk").
                List<String> phrases = new ArrayList<>();
                List<String> cut = c.levels().stream().map(l -> withoutPhrase(l, targets, phrases)).toList();
                if (!phrases.isEmpty() && cut.stream().allMatch(l -> targets.stream().noneMatch(x -> containsLoose(l, x)) && ROLE_WORD.matcher(l).find())) {
                    out.add(new Clause(c.role(), c.source(), cut.stream().distinct().toList(), ""));
                    removed.add(phrases.get(0));
                    continue;
                }
            }
            Optional<Clause> smaller = wholeClause || c.source() != Clause.Source.USER ? Optional.empty() : cutOut(c, targets, removed);
            if (smaller.isPresent()) {
                out.add(smaller.get());
                continue;
            }
            List<String> kept = c.levels().stream().filter(l -> targets.stream().noneMatch(x -> containsLoose(l, x))).toList();
            removed.add(shown(c, planned));
            if (wholeClause) {
                continue;
            }
            if (!kept.isEmpty() && targets.stream().noneMatch(x -> containsLoose(c.carries(), x))) {
                out.add(c.withLevels(kept));
            } else if (!kept.isEmpty() && c.role() == Role.REASON) {
                out.add(new Clause(c.role(), c.source(), kept, ""));
            }
        }
        if (removed.isEmpty() && !wholeClause && what.split("\\s+").length > 3) {
            // "don't mention that I'm looking for a role" when the note says "I'm looking for a senior sous role in Sydney …":
            // the user's clause, said in the note in more words, is the line to take out (a new user's session)
            String said = what.replaceFirst("(?i)^that\\s+", "");
            List<Clause> saying = plan.clauses().stream().filter(c -> c.role() != Role.GREETING && c.role() != Role.SIGN
                    && looselySays(c.text(), said)).toList();
            if (saying.size() == 1) {
                out.clear();
                out.addAll(plan.clauses());
                out.remove(saying.get(0));
                removed.add(shown(saying.get(0), planned));
                site = plan.clauses().indexOf(saying.get(0));
            }
        }
        if (removed.isEmpty()) {
            return Refinement.unchanged(plan, purpose, TEXT.get("refine.removed.none", what));
        }
        // A line left pointing at what went ("how they detailed it" after the event's clause went) goes too, and the report says so.
        List<String> dependent = new ArrayList<>();
        String gone = String.join(" ", removed);
        // only a line after what went can point back at it ("… they do cycle counts" before the sentence removed does not)
        int from = site;
        out.removeIf(c -> {
            boolean after = java.util.stream.IntStream.range(0, plan.clauses().size()).anyMatch(i -> plan.clauses().get(i) == c && i > from);
            boolean refers = after && c.role() != Role.GREETING && c.role() != Role.SIGN && c.role() != Role.CLOSE && refersTo(c.text(), gone, out);
            if (refers) {
                dependent.add(bare(c.text()));
            }
            return refers;
        });
        NotePlan next = new NotePlan(plan.angle(), out);
        if (!saysWhy(next)) {
            // Nothing left says why: a note from the rest of the ground, with the thing avoided.
            DraftRequest avoiding = request.withStyle(request.style().withAvoid(concat(request.style().avoid(), targets)));
            for (NotePlan p : drafter.plans(avoiding)) {
                String text = written(p, avoiding);
                // (nor the line it reported removed: a redraft said "Removed “I'm a senior technical recruiter …”" and said it again)
                if (!text.isEmpty() && targets.stream().noneMatch(x -> containsLoose(text, x))
                        && removed.stream().noneMatch(x -> containsLoose(text, bare(x)))) {
                    return Refinement.changed(p, purpose, TEXT.get("refine.removed", String.join("”, “", removed)));
                }
            }
            return Refinement.unchanged(plan, purpose, TEXT.get("refine.removed.last", what));
        }
        String rewritten = written(next, request);
        if (rewritten.equals(planned) || rewritten.isEmpty()) {
            return Refinement.unchanged(plan, purpose, TEXT.get("refine.removed.none", what));
        }
        // the words a "mention" added to the reason go with its line, or a redraft after a correction brings the line back
        Purpose told = purpose;
        for (Clause c : plan.clauses()) {
            if (c.role() == Role.MENTION && c.source() == Clause.Source.USER && !next.clauses().contains(c)) {
                told = told.withoutWords(sentence(c.carries()));
            }
        }
        String report = TEXT.get("refine.removed", String.join("”, “", removed.stream().map(Refiner::bare).toList()));
        if (!dependent.isEmpty()) {
            report += " " + TEXT.get("refine.removed.dependent", String.join("”, “", dependent));
        }
        // ("don't say I applied": what is left says who writes and a detail of theirs, but not why they write; a new user was
        // not told)
        boolean why = next.clauses().stream().anyMatch(c -> EnumSet.of(Role.REASON, Role.CONTEXT, Role.LINK, Role.ASK, Role.QUESTION,
                Role.MENTION).contains(c.role()));
        if (!why && plan.clauses().stream().anyMatch(c -> c.role() == Role.REASON)) {
            report += " " + TEXT.get("refine.removed.no-reason");
        }
        return Refinement.changed(next, told, report);
    }

    private static final String EVENT_NOUNS = "(?:\\s+(?:conference|summit|meetup|meet-up|expo|show|fair|event|convention|booth|stand|workshop|panel|keynote))?";

    /** The line without the phrase that names one of the targets ("at the Austin Rust meetup", "from Stripewell"); the phrases cut go to {@code cut}. */
    private static String withoutPhrase(String line, List<String> targets, List<String> cut) {
        String out = line;
        for (String x : targets) {
            // ("during two calving seasons": a count or a few words between the preposition and what is not to be said)
            Matcher m = Pattern.compile("\\s*,?\\s*\\b(?:at|during|after|from|in|on|through|via|over)\\s+(?:the\\s+|your\\s+|our\\s+|my\\s+|(?:two|three|four|five|several|a few|many|\\d+)\\s+)?"
                    + Pattern.quote(x) + "(?-i:(?:\\s+\\p{Lu}[\\p{L}\\p{N}'-]*)*)(?:'s)?" + EVENT_NOUNS
                    + "(?:\\s+(?:seasons?|years?|months?|weeks?|shifts?|terms?|semesters?))?\\b", F).matcher(out);
            if (m.find() && !VERB_TAKING_IT.matcher(out.substring(0, m.start()).strip()).find()
                    && !(out.substring(m.end()).matches("(?s)\\s*(?:[.!?].*)?") && endsOnAVerb(out.substring(0, m.start())))) {
                cut.add(m.group().strip().replaceFirst("^,\\s*", ""));
                out = (out.substring(0, m.start()) + out.substring(m.end())).replaceAll("\\s{2,}", " ").replaceAll("\\s+([.,!?])", "$1")
                        .replaceAll(",\\s*,", ",").replaceAll(",\\s*([.!?])", "$1");
            }
        }
        return out;
    }

    /**
     * "we both work" once "at Stripewell" went: the sentence left ends on its verb, which only the phrase taken out
     * completed (the tagger may read such a bare "work" as a noun, so a sentence left with no verb at all counts too).
     */
    private static boolean endsOnAVerb(String head) {
        List<String> sentences = Language.english().sentenceTexts(head);
        String last = sentences.isEmpty() ? head : sentences.get(sentences.size() - 1);
        List<dev.rapport.language.Token> words = Language.english().tokens(last).stream().filter(dev.rapport.language.Token::isWord).toList();
        return !words.isEmpty() && (words.get(words.size() - 1).is("VERB") || words.stream().noneMatch(w -> w.is("VERB", "AUX")));
    }

    /** The line without a quoted phrase when what is left still reads as the sentence (it starts as before and keeps a subject); else empty. */
    private static String literalCut(String line, String phrase) {
        int at = Text.lower(line).indexOf(Text.lower(phrase));
        if (at < 0) {
            return line;
        }
        String out = (line.substring(0, at) + line.substring(at + phrase.length())).replaceAll("\\s{2,}", " ")
                .replaceAll("\\s+([.,!?])", "$1")
                // a whole sentence cut leaves its full stop behind: "… 2 techs.." is "… 2 techs."
                .replaceAll("([.!?])[.!?]+(?=\\s|$)", "$1")
                // a phrase cut from a list leaves its commas ("in Columbus,, 115-130k", "last week,. I", a new user's)
                .replaceAll(",\\s*,", ",").replaceAll(",\\s*([.!?])", "$1").strip();
        boolean sentence = at > 0 && out.split("\\s+").length >= 3 && ROLE_WORD.matcher(out).find() && !out.matches("(?s).*\\b(?:and|or|but|the|a|to|of|at|with)[.,!?]?$");
        return sentence ? out : "";
    }

    private static final Pattern THIRD_PERSON = Pattern.compile("\\b(?:they|them|their|theirs|themselves)\\b", F);
    private static final Pattern DEFINITE = Pattern.compile("\\b(?:the|that|this)\\s+([\\p{L}-]{3,})", F);
    // "piloting it", "we use it": "it" as the object of the user's verb
    private static final Pattern OBJECT_IT = Pattern.compile("\\b(\\p{L}+(?:ing|ed)|use|try|test|run|pilot|adopt)\\s+it\\b", F);
    // "the open model", "the Lakehouse benchmark": a thing named in a line, up to three words
    private static final Pattern THING = Pattern.compile("\\bthe\\s+(?:[\\p{L}-]+\\s+){0,2}?(model|tool|app|method|approach|system|software|"
            + "database|dataset|template|guide|checklist|framework|programme|program|platform|library|kit|design|process|recipe)\\b", F);

    /** The thing a line left out to make room had named, when the mention calls it "it" and no line left names it. */
    private static Optional<String> namedBy(String before, String after, String mention) {
        if (!OBJECT_IT.matcher(mention).find()) {
            return Optional.empty();
        }
        String left = Text.lower(after).replace(Text.lower(mention), "");
        Matcher m = THING.matcher(before);
        while (m.find()) {
            if (!left.contains(Text.lower(m.group()))) {
                return Optional.of(m.group());
            }
        }
        return Optional.empty();
    }

    /**
     * True when the line leans on words that were removed: "they"/"them" (a note speaks to "you", so
     * a third person is someone the removed words named), or "the talk" when only the removed words said which talk.
     */
    private static boolean refersTo(String line, String gone, List<Clause> kept) {
        String others = Text.lower(String.join(" ", kept.stream().filter(c -> !c.text().equals(line)).map(Clause::text).toList()));
        if (THIRD_PERSON.matcher(line).find()) {
            return true;
        }
        Matcher m = DEFINITE.matcher(line);
        while (m.find()) {
            String noun = Text.lower(m.group(1));
            if (Words.containsWord(Text.lower(gone), noun) && !Words.containsWord(others, noun)) {
                return true;
            }
        }
        return thingsGone(line, gone, kept);
    }

    /** "May I send them to you?" once "… said to send you our verification results" went: "them" has lost its things. */
    private static boolean thingsGone(String line, String gone, List<Clause> kept) {
        if (!THEM.matcher(line).find()) {
            return false;
        }
        String others = Text.lower(String.join(" ", kept.stream().filter(c -> !c.text().equals(line)).map(Clause::text).toList()));
        Matcher plural = PLURAL.matcher(gone);
        while (plural.find()) {
            if (!Words.containsWord(others, Text.lower(plural.group()))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern THEM = java.util.regex.Pattern.compile("(?i)\\b(?:them|those|these)\\b");
    private static final java.util.regex.Pattern PLURAL = java.util.regex.Pattern.compile("\\b\\p{Ll}{3,}(?<!ss)s\\b");

    private static final Set<String> CODE_WORDS = Set.of("number", "code", "id", "ref", "reference", "req", "requisition");
    private static final java.util.regex.Pattern REFERENCE_CODE = java.util.regex.Pattern.compile(
            "(?i:(?:ref(?:erence)?|req(?:uisition)?|job)(?:\\s+(?:id|no\\.?|number|code))?[:#]?\\s+)?(?<code>(?-i:\\p{Lu}{1,6})-?\\d{2,7})\\b");

    /** What "X" refers to: X itself, and for "the conference" the event, for "the company" the employers, for "the school" the schools. */
    private static List<String> referents(String what, DraftRequest request) {
        List<String> out = new ArrayList<>();
        out.add(what.replaceFirst("(?i)^(?:the|a|an|our|my|her|his|their|your)\\s+", ""));
        String lower = Text.lower(what);
        Purpose purpose = purposeOf(request);
        if (EVENT_WORDS.stream().anyMatch(w -> Words.containsWord(lower, w))) {
            out.addAll(purpose.events());
            request.ground().stream().filter(g -> g.kind() == GroundKind.MET_AT_EVENT).forEach(g -> out.add(g.subject()));
        }
        if (COMPANY_WORDS.stream().anyMatch(w -> Words.containsWord(lower, w))) {
            request.ground().stream().filter(g -> g.kind() == GroundKind.WORKED_TOGETHER || g.kind() == GroundKind.SAME_EMPLOYER)
                    .forEach(g -> out.add(g.subject()));
        }
        String[] said = lower.split("\\s+");
        if (JOB_WORDS.contains(said[said.length - 1])) {
            JOB_WORDS.stream().filter(w -> !w.equals("post")).forEach(out::add);
        }
        ACT_OF.forEach((noun, acts) -> {
            if (Words.containsWord(lower, noun)) {
                out.addAll(acts);
            }
        });
        if (SCHOOL_WORDS.stream().anyMatch(w -> Words.containsWord(lower, w))) {
            request.ground().stream().filter(g -> g.kind() == GroundKind.STUDIED_TOGETHER || g.kind() == GroundKind.ALUMNI)
                    .forEach(g -> out.add(g.subject()));
        }
        // "the ref number", "the job id": the reference the reason gives ("(ref KA-219)"), with its label and brackets first, so
        // that none of them is left behind (a hand session: "Nothing in the note mentions 'the ref number'")
        if (CODE_WORDS.stream().anyMatch(w -> Words.containsWord(lower, w))) {
            java.util.regex.Matcher code = REFERENCE_CODE.matcher(purpose.text());
            while (code.find()) {
                out.add("(" + code.group() + ")");
                out.add(code.group());
                out.add(code.group("code"));
            }
        }
        out.removeIf(String::isBlank);
        return out.stream().distinct().toList();
    }

    private static boolean mentions(Clause c, String x) {
        return c.levels().stream().anyMatch(l -> containsLoose(l, x)) || containsLoose(c.carries(), x) && c.role() != Role.REASON;
    }

    /** The words as whole words ("talk" is not in "we talked"). */
    private static boolean hasWords(String text, String words) {
        String w = words.replace('’', '\'').strip();
        return !w.isEmpty() && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}])", F).matcher(text.replace('’', '\'')).find();
    }

    private static boolean containsLoose(String text, String x) {
        String a = Text.lower(text).replace('’', '\'').replace('“', '"').replace('”', '"');
        String b = Text.lower(x).replace('’', '\'').replace('“', '"').replace('”', '"').replaceAll("[.!?]+$", "").strip();
        // (as words: "the farm" is not in "Share Farmer of the Year", a second new user's "don't mention the farm" took the
        // congratulations; a plural or a possessive still counts)
        return !b.isEmpty() && Words.containsWordInflected(a, b);
    }

    private static boolean saysWhy(NotePlan plan) {
        return plan.clauses().stream().anyMatch(c -> EnumSet.of(Role.REASON, Role.CONTEXT, Role.EXTRA, Role.LINK, Role.MENTION, Role.ASK)
                .contains(c.role()));
    }

    // ---- longer, shorter, personal ---------------------------------------------------------------

    private static final Pattern APPLIED = Pattern.compile("^I(?:'ve| have)? (?:just |already )?applied\\b", F);
    private static final Set<Role> OPTIONAL = EnumSet.of(Role.OPENER, Role.EXTRA, Role.MORE, Role.WHO, Role.WHY_NOW);

    /**
     * Longer: an optional line that is true and not yet said, in this order: who the sender is, the
     * strongest verified ground the note lacks (of a list of shared topics, the ones it does not
     * name), then the drafter's other optional lines; within the limit and the rules.
     */
    private Refinement longer(NotePlan plan, DraftRequest request) {
        Purpose purpose = purposeOf(request);
        DraftRequest rich = request.withStyle(request.style().withLength(Style.Length.LONG).withQuestion(true));
        String before = written(plan, request);
        List<Clause> candidates = new ArrayList<>();
        if (!plan.has(Role.WHO)) {
            drafter.senderLine(request).ifPresent(w -> candidates.add(new Clause(Role.WHO, Clause.Source.PROFILE, List.of(w), "")));
        }
        for (CommonGround g : request.ground()) {
            if (g.kind() == GroundKind.THEIR_NEED || g.kind() == null) {
                continue;
            }
            Optional<CommonGround> left = notSaid(g, before);
            left.flatMap(x -> drafter.groundSentence(x, request))
                    .ifPresent(t -> candidates.add(new Clause(Role.EXTRA, Clause.Source.GROUND, List.of(t), left.get().subject())));
        }
        for (NotePlan full : drafter.plans(rich)) {
            if (full.angle().equals(plan.angle()) || candidates.isEmpty()) {
                full.clauses().stream().filter(c -> c.role().optional() && !plan.has(c.role())).forEach(candidates::add);
            }
        }
        if (plan.has(Role.ASK)) {
            candidates.removeIf(c -> c.role() == Role.QUESTION);
        }
        NotePlan next = plan;
        List<String> added = new ArrayList<>();
        for (Clause c : candidates) {
            if (next.has(c.role()) || written(next, request).contains(c.text())) {
                continue;
            }
            NotePlan tried = next.with(c, after(c.role()));
            String text = written(tried, request);
            if (!text.isEmpty() && text.contains(c.text()) && rules.passes(text, context(request, text))) {
                next = tried;
                added.add(c.text());
            }
            if (Text.length(written(next, request)) >= Text.length(before) * 5 / 4) {
                break;
            }
        }
        if (added.isEmpty()) {
            int limit = request.limit() > 0 ? request.limit() : OfflineDrafter.DEFAULT_LIMIT;
            return Refinement.unchanged(plan, purpose, Text.length(before) > limit * 4 / 5
                    ? TEXT.get("refine.longer.full", Text.length(before), limit) : TEXT.get("refine.longer.none"));
        }
        return Refinement.changed(next, purpose, TEXT.get("refine.longer", String.join("”, “", added.stream().map(Refiner::bare).toList())));
    }

    private static final Set<String> GENERIC = Set.of("university", "school", "college", "community", "group", "company", "management",
            "institute", "association", "society", "foundation", "center", "centre", "bank", "health", "program", "programme", "team", "the", "and");

    /**
     * The ground as far as the note does not say it yet: empty when it does (most of the words that
     * name it are in the note: "Cherry Creek food bank" says "Cherry Creek Community Food Bank"); of a
     * list of shared topics, the ones it does not name ("incident management" when it says "site reliability engineer").
     */
    private static Optional<CommonGround> notSaid(CommonGround g, String note) {
        String subject = Text.value(g.subject(), false);
        if (subject.isBlank()) {
            return Optional.empty();
        }
        if (g.kind() == GroundKind.SHARED_TOPIC) {
            List<String> left = java.util.Arrays.stream(subject.split("\\s*(?:,|\\band\\b|&)\\s*")).map(String::strip)
                    .filter(x -> !x.isEmpty() && !said(x, note)).toList();
            return left.isEmpty() ? Optional.empty()
                    : Optional.of(new CommonGround(g.kind(), g.detail(), g.strength(), String.join(" and ", left), g.period()));
        }
        return said(subject, note) ? Optional.empty() : Optional.of(g);
    }

    /** True when at least half of the words that name {@code what} are in the note (a word matches on its first six letters). */
    private static boolean said(String what, String note) {
        List<String> noteWords = java.util.Arrays.stream(Text.lower(note).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
        List<String> words = java.util.Arrays.stream(Text.lower(what).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= 3 && !GENERIC.contains(w)).toList();
        if (words.isEmpty()) {
            return Text.lower(note).contains(Text.lower(what));
        }
        long found = words.stream().filter(w -> noteWords.stream().anyMatch(n -> stem(n).equals(stem(w)))).count();
        return found * 2 >= words.size();
    }

    private static String stem(String w) {
        return w.length() > 6 ? w.substring(0, 6) : w;
    }

    private static List<Role> after(Role role) {
        return switch (role) {
            case OPENER -> List.of(Role.REASON, Role.CONTEXT);
            case EXTRA, MORE, MENTION -> List.of(Role.WHO, Role.ASK, Role.QUESTION, Role.CLOSE, Role.SIGN);
            case WHO -> List.of(Role.MENTION, Role.ASK, Role.QUESTION, Role.CLOSE, Role.SIGN);
            case QUESTION -> List.of(Role.CLOSE, Role.SIGN);
            default -> List.of();
        };
    }

    /**
     * Shorter: the optional lines go first (a warm opener, a second detail, the why-now, who you are),
     * then the user's words get plainer, and a line the user asked to mention goes last; the reason's point, the context, the
     * greeting and the sign-off stay, and of a question and a close only one goes. Says what went.
     */
    private Refinement shorter(NotePlan plan, DraftRequest request) {
        Purpose purpose = purposeOf(request);
        String before = written(plan, request);
        int target = Text.length(before) * 4 / 5;
        // An optional line the limit already kept out of the note (the who-line after a mention) leaves the plan
        // first: else dropping another line makes room for it, and it comes back in a note that was to be shorter.
        String seen = Text.lower(before);
        NotePlan next = plan.without(c -> OPTIONAL.contains(c.role()) && c.levels().stream()
                .noneMatch(level -> !level.isBlank() && seen.contains(Text.lower(level.strip().replaceAll("[.!?]+$", "")))));
        List<String> dropped = new ArrayList<>();
        // Filler first: a stock opener and, of a question (or the user's ask) and a courtesy close, the close;
        // then second details; who the sender is only when the recipient knows them anyway; the user's words last.
        List<Role> order = new ArrayList<>(List.of(Role.OPENER));
        if (next.has(Role.CLOSE) && (next.has(Role.QUESTION) || next.has(Role.ASK))) {
            order.add(Role.CLOSE);
        }
        // the user's ask only gets plainer: a question typed after a thanks or congratulations goes, the courtesy stays
        // (the rest of the user's story goes with the second details: "shorter" kept "I've been home with my kids since 2019 …"
        // and answered that nothing could go)
        order.addAll(List.of(Role.MORE, Role.EXTRA, Role.WHY_NOW, Role.ASK));
        if (!OfflineDrafter.mayNotPlaceSender(request, purpose)) {
            order.add(Role.WHO);
        }
        // a link read off the profiles beside the user's own account of how they know each other ("I'm a student at the
        // University of Leeds, where you studied." after "you mentored me at …") is a second detail (a hand session)
        boolean secondLink = secondLink(next, request, purpose);
        order.add(secondLink ? order.indexOf(Role.EXTRA) + 1 : order.size(), Role.CONTEXT);
        order.add(order.indexOf(Role.CONTEXT) + (secondLink ? 0 : 1), Role.REASON);
        // A courtesy close that ends a note with no question goes only when nothing else could.
        boolean lastResort = !order.contains(Role.CLOSE);
        if (lastResort) {
            order.add(Role.CLOSE);
        }
        // A mention is there because the user asked for it, so it is the last thing to go, after a stock question.
        // (of a question and a close only one goes: with a close in the note, the close went first)
        if (next.has(Role.MENTION) && !next.has(Role.CLOSE)
                && next.first(Role.QUESTION).filter(q -> q.source() != Clause.Source.USER).isPresent()) {
            order.add(Role.QUESTION);
        }
        order.add(Role.MENTION);
        for (Role role : order) {
            String now = written(next, request);
            if (Text.length(now) <= target && !dropped.isEmpty()) {
                break;
            }
            Optional<Clause> c = next.first(role);
            // a line the user asked for never goes to make the note shorter ("mention who I am", then "shorter"):
            // with nothing else to leave out, the answer says so
            if (c.isPresent() && role == Role.MENTION && dropped.isEmpty()) {
                return Refinement.unchanged(plan, purpose, TEXT.get("refine.shorter.mention", bare(c.get().text())));
            }
            if (c.isEmpty() || role == Role.CLOSE && lastResort && !dropped.isEmpty() || role == Role.MENTION) {
                continue;
            }
            boolean essential = role == Role.REASON || role == Role.CONTEXT && !secondLink || role == Role.ASK || role == Role.WHY_NOW && !next.has(Role.REASON)
                    // what the user told of their talk, with a shorter cut, is cut before it goes ("… you said Maré Alta needs translators.")
                    || role == Role.EXTRA && c.get().source() == Clause.Source.USER && c.get().levels().size() >= 2
                    // the rest of the user's story said in two sentences keeps its first ("I applied yesterday (ref KA-219).")
                    // before it goes: a hand session's "shorter" took both, and with them that she had applied
                    || role == Role.MORE && c.get().levels().size() >= 2 && shown(c.get(), now).equals(c.get().levels().get(0))
                    // in a note that asks nothing, the rest of the user's story is its point ("I'm looking for a senior sous role
                    // in Sydney and Ben said you might know of something": a new user's "shorter" left only who and a stock close)
                    || role == Role.MORE && !next.has(Role.ASK) && !next.has(Role.QUESTION) && !next.has(Role.WHY_NOW)
                    // an applicant's "I applied yesterday (ref KA-219)." is what the reader needs most (a hand session's "shorter")
                    || role == Role.EXTRA && c.get().source() == Clause.Source.USER && APPLIED.matcher(c.get().text()).find();
            NotePlan tried;
            if (essential) {
                // An essential line only gets plainer, never goes.
                if (c.get().levels().size() < 2) {
                    continue;
                }
                tried = next.replace(c.get(), c.get().withLevels(c.get().levels().subList(1, c.get().levels().size())));
            } else {
                tried = next.without(x -> x == c.get());
            }
            String text = written(tried, request);
            // A plainer line must not leave another pointing at the words it lost ("the talk" once "after your talk" went).
            // (what the note said of it: a clause the composer had stepped down is reported at the level the note showed)
            String lost = essential ? shortened(c.get()) : shown(c.get(), now);
            NotePlan shortened = tried;
            boolean dangles = shortened.clauses().stream().anyMatch(x -> x.role() != Role.GREETING && x.role() != Role.SIGN
                    && (essential ? refersTo(x.text(), lost, shortened.clauses()) : thingsGone(x.text(), lost, shortened.clauses())));
            if (!dangles && !text.isEmpty() && Text.length(text) < Text.length(now) && rules.passes(text, context(request, text))) {
                dropped.add(lost);
                next = tried;
            }
        }
        String after = written(next, request);
        if (dropped.isEmpty() || after.equals(before) || after.isEmpty()) {
            return Refinement.unchanged(plan, purpose, TEXT.get("refine.shorter.none"));
        }
        return Refinement.changed(next, purpose, TEXT.get("refine.shorter", String.join("”, “", dropped.stream().map(Refiner::bare).toList())));
    }

    /** What the note showed of a clause: the first of its levels the written note holds (the composer may have stepped it down). */
    private static String shown(Clause c, String note) {
        return c.levels().stream().filter(l -> !l.isBlank() && note.contains(l.strip())).findFirst().orElse(c.text());
    }

    /** True when the note tells, in the user's words, a link the user stated, and its context line is another link read off the profiles. */
    private static boolean secondLink(NotePlan plan, DraftRequest request, Purpose purpose) {
        Optional<Clause> context = plan.first(Role.CONTEXT).filter(c -> c.source() == Clause.Source.GROUND);
        boolean told = plan.first(Role.REASON).filter(c -> c.source() == Clause.Source.USER).isPresent()
                && request.ground().stream().anyMatch(g -> g.kind() != null && g.kind().isRelationship() && purpose.states(g.subject()));
        return told && context.isPresent() && !purpose.states(context.get().carries());
    }

    /** What a plainer wording of the clause leaves out: the words of its richest level that its next level lacks. */
    private static String shortened(Clause c) {
        String rich = c.levels().get(0);
        String plain = c.levels().get(1).replaceAll("[.!?]+$", "");
        // (without the stop or comma that ended the plainer cut: "Left out “. You came by …”" quoted from a full stop)
        return rich.startsWith(plain) ? rich.substring(plain.length()).replaceFirst("^[\\p{Punct}\\s]+", "").strip() : rich;
    }

    /** A quoted piece without its closing full stop, so the report does not end “….”. */
    /** The clause's words as the written note carries them: its richest level found there, else its first. */
    private static String asWritten(Clause c, String note) {
        String lower = Text.lower(note);
        return c.levels().stream().map(Refiner::bare).filter(l -> !l.isBlank() && lower.contains(Text.lower(l))).findFirst()
                .orElse(bare(c.text()));
    }

    private static String bare(String s) {
        return s.strip().replaceAll("\\.$", "");
    }

    /**
     * "keep the question", "keep my question about the talk": the note's question (about that) stays,
     * and is put back from the first draft when an earlier refinement dropped it.
     */
    // a question mark that ends a sentence of the line, the last or not ("What does your hospital do …? We lose a lot …")
    private static final Pattern A_QUESTION = Pattern.compile("\\?(?=\\s|$)");
    private static final Pattern ASKING = Pattern.compile(A_QUESTION.pattern() + "|^(?:I(?:'d|’d| would) (?:like|love) to ask|May I ask|Could I ask|Can I ask)\\b");

    // the lines a note can lose for its question, the least missed first
    private static final List<Role> ROOM_FOR_THE_QUESTION = List.of(Role.CLOSE, Role.MORE, Role.EXTRA, Role.MENTION, Role.WHO);

    /** Some cut of the clause is in the written note. */
    private static boolean said(String text, Clause c) {
        return c.levels().stream().anyMatch(l -> !l.isBlank() && text.contains(bare(l)));
    }

    private Refinement keepQuestion(NotePlan plan, DraftRequest request, String about) {
        Purpose purpose = purposeOf(request);
        // (the user's ask said as a wish to ask, "I'd like to ask you about the grad scheme.", is their question too: a hand session
        // was told there was none to keep)
        // (and a question the user added: "ask if his slides are online" then "you dropped my question" was told the rules held
        // back a question the note still asked)
        java.util.function.Predicate<Clause> asks = c -> (c.role() == Role.QUESTION || c.role() == Role.ASK && ASKING.matcher(c.text().strip()).find()
                || c.role() == Role.MENTION && c.text().strip().endsWith("?"))
                && (about.isEmpty() || c.levels().stream().anyMatch(l -> containsLoose(l, about.replaceFirst("(?i)^(?:the|a|an|my|our)\\s+", ""))));
        Optional<Clause> there = plan.clauses().stream().filter(asks).findFirst();
        if (there.isPresent() && said(written(plan, request), there.get())) {
            return Refinement.unchanged(plan, purpose, TEXT.get("refine.question.kept", there.get().text()));
        }
        if (there.isPresent()) {
            // planned, but a limit left it out ("/limit 200" kept "We talked about night call." and dropped the reason's ask;
            // "you dropped my question" was then told the note still asked it): room is made by leaving out a lesser line
            for (Role role : ROOM_FOR_THE_QUESTION) {
                for (Clause c : plan.clauses()) {
                    if (c.role() != role || c == there.get()) {
                        continue;
                    }
                    NotePlan next = plan.without(x -> x == c);
                    String text = written(next, request);
                    if (!text.isEmpty() && said(text, there.get()) && rules.passes(text, context(request, text))) {
                        return Refinement.changed(next, purpose, TEXT.get("refine.question.back", bare(there.get().text())) + " "
                                + TEXT.get("refine.added.room", bare(c.text())));
                    }
                }
            }
            return Refinement.unchanged(plan, purpose, TEXT.get("refine.question.no-room", bare(there.get().text())));
        }
        for (NotePlan p : drafter.plans(request.withStyle(request.style().withQuestion(true)))) {
            Optional<Clause> q = p.clauses().stream().filter(asks).findFirst();
            if (q.isPresent() && (p.angle().equals(plan.angle()) || !about.isEmpty())) {
                NotePlan next = plan.with(q.get(), after(Role.QUESTION));
                String text = written(next, request);
                if (!text.isEmpty() && rules.passes(text, context(request, text))) {
                    return Refinement.changed(next, purpose, TEXT.get("refine.question.back", q.get().text()));
                }
            }
        }
        // the user's own question, at the richest cut the rules let through; when none does, which rule holds it back (a hand
        // session's recruiter was told there was no question to put back, when a rule had held hers back)
        Optional<Clause> own = about.isEmpty() ? drafter.usersAsk(request) : Optional.empty();
        if (own.isPresent()) {
            String held = "";
            for (String level : own.get().levels()) {
                NotePlan next = plan.with(new Clause(Role.ASK, Clause.Source.USER, List.of(level), ""), after(Role.QUESTION));
                String text = written(next, request);
                if (text.isEmpty()) {
                    continue;
                }
                List<Finding> problems = rules.check(text, context(request, text)).stream().filter(f -> f.severity() != Severity.INFO).toList();
                if (problems.isEmpty()) {
                    return Refinement.changed(next, purpose, TEXT.get("refine.question.back", level));
                }
                held = held.isEmpty() ? problems.get(0).message() : held;
            }
            if (!held.isEmpty()) {
                return Refinement.unchanged(plan, purpose, TEXT.get("refine.question.held", bare(own.get().text()), held));
            }
        }
        return Refinement.unchanged(plan, purpose, about.isEmpty() ? TEXT.get("refine.question.none")
                : TEXT.get("refine.question.none-about", about));
    }

    /**
     * A tone change keeps every clause the user shaped and changes the tone words: the greeting and
     * the close are the ones the drafter writes in that tone. Says what changed, or that they already suit it.
     */
    private Refinement tone(NotePlan plan, DraftRequest request, Style.Tone tone) {
        return tone(plan, request, tone, true);
    }

    /** {@code addClose}: false when the note was just made shorter, so that a close is changed but none is put back. */
    private Refinement tone(NotePlan plan, DraftRequest request, Style.Tone tone, boolean addClose) {
        Purpose purpose = purposeOf(request);
        String name = TEXT.get("refine.tone." + tone.name());
        DraftRequest toned = request.withStyle(request.style().withTone(tone).withLength(Style.Length.NORMAL));
        List<NotePlan> plans = drafter.plans(toned);
        NotePlan model = plans.stream().filter(p -> p.angle().equals(plan.angle())).findFirst().orElse(plans.isEmpty() ? null : plans.get(0));
        if (model == null) {
            return Refinement.unchanged(plan, purpose, TEXT.get("refine.tone.none", name));
        }
        NotePlan next = plan;
        List<String> said = new ArrayList<>();
        Optional<Clause> greeting = model.first(Role.GREETING);
        Optional<Clause> oldGreeting = plan.first(Role.GREETING);
        // a greeting the user wrote stays ("use 'Good morning Chef Penna' instead of 'Hello Mark'", then "more formal": a new
        // user's greeting went back to "Dear Mark," while the report said the earlier edits held)
        if (oldGreeting.isPresent() && oldGreeting.get().source() == Clause.Source.USER) {
            greeting = Optional.empty();
        }
        if (greeting.isPresent() && oldGreeting.isPresent() && !greeting.get().text().equals(oldGreeting.get().text())) {
            next = next.replace(oldGreeting.get(), greeting.get());
            said.add(TEXT.get("refine.tone.greeting", greeting.get().text()));
        }
        Optional<Clause> close = model.first(Role.CLOSE);
        Optional<Clause> oldClose = next.first(Role.CLOSE);
        if (said.isEmpty() && close.isPresent() && oldClose.isPresent() && oldClose.get().text().equals(close.get().text())
                && !written(plan, request).contains(bare(close.get().text()))) {
            // the plan has the close, but the limit left it out for the name: the close is not there to "already suit"
            return Refinement.unchanged(plan, purpose, TEXT.get("refine.tone.room", name));
        }
        if (close.isPresent() && (addClose || oldClose.isPresent()) && !(oldClose.isPresent() && oldClose.get().text().equals(close.get().text()))) {
            next = oldClose.isPresent() ? next.replace(oldClose.get(), close.get()) : next.with(close.get(), List.of(Role.SIGN));
            said.add(TEXT.get("refine.tone.close", close.get().text()));
        }
        String text = written(next, request);
        // a close that pushes the sender's name out of a full note is no warmer (a hand session lost "Sofía"): the
        // greeting alone changes, or nothing does, and the answer says why
        Optional<Clause> sign = plan.first(Role.SIGN);
        if (sign.isPresent() && written(plan, request).contains(bare(sign.get().text())) && !text.contains(bare(sign.get().text()))) {
            next = greeting.isPresent() && oldGreeting.isPresent() && !greeting.get().text().equals(oldGreeting.get().text())
                    ? plan.replace(oldGreeting.get(), greeting.get()) : plan;
            said.removeIf(x -> close.isPresent() && x.equals(TEXT.get("refine.tone.close", close.get().text())));
            text = written(next, request);
            if (said.isEmpty()) {
                return Refinement.unchanged(plan, purpose, TEXT.get("refine.tone.room", name));
            }
        }
        // a note that ends on its question leaves out a longer close rather than the question: then the close is not
        // said at all, and saying it was would be false
        if (close.isPresent() && said.contains(TEXT.get("refine.tone.close", close.get().text())) && !text.contains(bare(close.get().text()))) {
            // (the greeting alone still changes when it fits: a new user's "make it warmer" at 184 of 200 was refused outright)
            boolean greeted = greeting.isPresent() && oldGreeting.isPresent() && !greeting.get().text().equals(oldGreeting.get().text());
            NotePlan greetedOnly = greeted ? plan.replace(oldGreeting.get(), greeting.get()) : plan;
            String greetedText = greeted ? written(greetedOnly, request) : "";
            if (greeted && !greetedText.isEmpty() && rules.passes(greetedText, context(request, greetedText))) {
                return Refinement.changed(greetedOnly, purpose, TEXT.get("refine.tone", name, TEXT.get("refine.tone.greeting", greeting.get().text()))
                        + " " + TEXT.get("refine.tone.room.greeting", name));
            }
            // the question is named only when there is one (a hand session was told of a question its note did not have)
            return Refinement.unchanged(plan, purpose, TEXT.get(text.contains("?") ? "refine.tone.room.question" : "refine.tone.room.limit", name));
        }
        if (said.isEmpty() || text.isEmpty() || !rules.passes(text, context(request, text))) {
            return Refinement.unchanged(plan, purpose, TEXT.get("refine.tone.none", name));
        }
        // (a close quoted last keeps its own stop: "closes with “Kind regards.”", not "“Kind regards.”.")
        return Refinement.changed(next, purpose, TEXT.get("refine.tone", name, String.join(" and ", said)).replaceFirst("([.!?])”\\.$", "$1”"));
    }

    /**
     * "More personal", "less like a template": the user's own words lead, and the stock lines go (a
     * stock opener, a why-now line, a line that reads their own profile back to them, and a courtesy
     * close when a question or the user's ask already ends the note). When there is none, it says so.
     */
    private Refinement personal(NotePlan plan, DraftRequest request) {
        Purpose purpose = purposeOf(request);
        NotePlan next = plan;
        Optional<Clause> reason = plan.first(Role.REASON);
        if (reason.isEmpty()) {
            Optional<ReasonWords.Said> said = drafter.said(purpose.text(), request);
            if (said.isPresent()) {
                List<String> levels = said.get().shortFact().isEmpty() ? List.of(said.get().fact())
                        : List.of(said.get().fact(), said.get().shortFact());
                reason = Optional.of(new Clause(Role.REASON, Clause.Source.USER, levels, purpose.text()));
                next = next.with(reason.get(), List.of());
            }
        }
        List<String> dropped = new ArrayList<>();
        Optional<String> named = Optional.empty();
        if (reason.isPresent()) {
            // "we went to the same university": the place both profiles name is the user's specific.
            Optional<Named> specific = specific(reason.get(), request);
            if (specific.isPresent()) {
                named = Optional.of(specific.get().name());
                next = next.replace(reason.get(), specific.get().clause());
                reason = Optional.of(specific.get().clause());
            }
            next = next.leading(reason.get());
            boolean ends = next.has(Role.QUESTION) || next.has(Role.ASK);
            java.util.function.Predicate<Clause> stock = c -> c.role() == Role.OPENER || c.role() == Role.WHY_NOW
                    || c.source() != Clause.Source.USER && (READ_BACK.matcher(c.text()).find()
                            // "Your work with Critical Care is close to what the role needs.": their profile told back to them,
                            // though it does not say "your profile" (a hand session was told the note had no stock line)
                            // (a hirer's "Your Kafka experience fits the role" says why them, and stays)
                            || !purpose.has(dev.rapport.purpose.Intent.HIRING) && c.role() != Role.REASON && c.role() != Role.ASK
                                    && NoteComposer.readsThemBack(c.text()))
                    || c.role() == Role.CLOSE && ends;
            for (Clause c : next.clauses()) {
                if (stock.test(c)) {
                    dropped.add(bare(c.text()));
                }
            }
            NotePlan without = next.without(stock);
            if (saysWhy(without)) {
                next = without;
            } else {
                dropped.clear();
            }
        }
        String before = written(plan, request);
        String after = written(next, request);
        if (reason.isEmpty() || after.isEmpty() || after.equals(before) || !rules.passes(after, context(request, after))) {
            // (quoted as the note says them now: after "shorter" the reason may be at a plainer level than its first)
            String lead = reason.map(c -> asWritten(c, before)).orElse("");
            Optional<Clause> close = plan.first(Role.CLOSE);
            return Refinement.unchanged(plan, purpose, reason.isEmpty() ? TEXT.get("refine.personal.none")
                    : close.isPresent() ? TEXT.get("refine.personal.close", lead, bare(close.get().text()))
                    : TEXT.get("refine.personal.plain", lead));
        }
        String tail = dropped.isEmpty() ? "." : TEXT.get("refine.personal.dropped", String.join("”, “", dropped));
        String report = TEXT.get("refine.personal", asWritten(reason.get(), after), tail);
        return Refinement.changed(next, purpose, named.map(n -> TEXT.get("refine.personal.named", n) + " " + report).orElse(report));
    }

    private static final Pattern SAME_PLACE = Pattern.compile("\\bthe same (university|school|college|company|employer|firm)\\b(?!\\s+(?:as|at|in|of)\\b)", F);

    /**
     * The user's words with "the same university" (or school, company) replaced by the one both
     * profiles name ("the University of Michigan"), when the shared ground has exactly one; else empty.
     */
    private static Optional<Named> specific(Clause reason, DraftRequest request) {
        Matcher m = SAME_PLACE.matcher(reason.text());
        if (!m.find()) {
            return Optional.empty();
        }
        boolean school = SCHOOL_WORDS.contains(Text.lower(m.group(1)));
        Set<GroundKind> kinds = school ? EnumSet.of(GroundKind.STUDIED_TOGETHER, GroundKind.ALUMNI)
                : EnumSet.of(GroundKind.WORKED_TOGETHER, GroundKind.SAME_EMPLOYER);
        List<String> places = request.ground().stream().filter(g -> kinds.contains(g.kind()))
                .map(g -> Text.value(g.subject(), false)).filter(x -> !x.isBlank() && !ROLE_WORD.matcher(x).find()).distinct().toList();
        if (places.size() != 1) {
            return Optional.empty();
        }
        String place = places.get(0);
        String named = place.matches("(?i)^(?:university|college|school|institute) of .*") ? "the " + place : place;
        List<String> levels = reason.levels().stream().map(l -> SAME_PLACE.matcher(l).replaceFirst(Matcher.quoteReplacement(named))).toList();
        return Optional.of(new Named(new Clause(reason.role(), reason.source(), levels, reason.carries()), named));
    }

    private record Named(Clause clause, String name) {
    }

    // ---- corrections of fact ---------------------------------------------------------------------

    /**
     * A corrected fact: the note drafted again from the corrected purpose (the same angle when it
     * passes), then the user's earlier edits of this note applied again in order; the report says
     * which still hold and which were lost, and why.
     */
    private Refinement correct(NotePlan plan, DraftRequest request, Purpose corrected, String fact, List<String> earlier) {
        DraftRequest fixed = new DraftRequest(request.me(), request.them(), corrected, request.ground(), request.verdict(),
                request.limit(), request.variants(), request.style());
        String before = written(plan, request);
        NotePlan best = null;
        for (NotePlan p : drafter.plans(fixed)) {
            NotePlan cleaned = withoutFalse(p, fixed);
            String text = written(cleaned, fixed);
            if (text.isEmpty() || !rules.passes(text, context(fixed, text))) {
                continue;
            }
            if (best == null || p.angle().equals(plan.angle())) {
                best = cleaned;
            }
        }
        if (best == null) {
            NotePlan cleaned = withoutFalse(plan, fixed);
            best = written(cleaned, fixed).isEmpty() ? plan : cleaned;
        }
        // The earlier edits again, on the redrafted note; what no longer applies is named.
        List<String> kept = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        Purpose now = corrected;
        // "mention that I finished in 2012", then "actually it was 2011": the earlier edit says the corrected fact (a trainer's
        // note said both "finished 2011" and "finished 2012")
        Optional<String[]> changedWords = changedWords(purposeOf(request).text(), corrected.text());
        for (String typed : netOfLength(earlier)) {
            String edit = changedWords.map(c -> Words.replaceWord(typed, c[0], c[1])).orElse(typed);
            DraftRequest at = new DraftRequest(fixed.me(), fixed.them(), now, fixed.ground(), fixed.verdict(), fixed.limit(),
                    fixed.variants(), fixed.style());
            if (corrects(edit)) {
                continue; // an earlier correction is in the purpose already
            }
            Refinement r = checked(best, apply(best, edit, at, List.of()), at);
            if (r.changed()) {
                best = r.plan();
                now = r.purpose();
                kept.add(edit);
            } else if (holds(edit, best, at)) {
                kept.add(edit);
            } else {
                lost.add(TEXT.get("refine.edits.lost.one", edit, bare(r.report())));
            }
        }
        DraftRequest last = new DraftRequest(fixed.me(), fixed.them(), now, fixed.ground(), fixed.verdict(), fixed.limit(),
                fixed.variants(), fixed.style());
        // a "mention X" that a later edit took out again ("drop the pub quiz line") no longer holds: it is not listed as held
        NotePlan ended = best;
        kept.removeIf(edit -> MENTION.matcher(normal(edit)).find() && !AVOID.matcher(normal(edit)).find() && !holds(edit, ended, last));
        if (written(best, last).equals(before)) {
            return Refinement.unchanged(plan, now, TEXT.get("refine.corrected.none", fact)).withEdits(earlier);
        }
        StringBuilder report = new StringBuilder(TEXT.get("refine.corrected", fact, TEXT.get("refine.redrafted")));
        if (!kept.isEmpty()) {
            report.append(' ').append(TEXT.get("refine.edits.kept", String.join("”, “", kept)));
        }
        if (!lost.isEmpty()) {
            report.append(' ').append(TEXT.get("refine.edits.lost", String.join("; ", lost)));
        }
        return Refinement.changed(best, now, report.toString()).withEdits(List.copyOf(kept));
    }

    /** The edits with each "longer" that a later "shorter" undid (and the other way round) left out: both together change nothing. */
    private static List<String> netOfLength(List<String> edits) {
        List<String> out = new ArrayList<>();
        for (String e : edits) {
            Optional<Style.Length> length = styleChange(normal(e).replaceAll("[.!]+$", "")).map(StyleWords.Change::length);
            Optional<String> undone = length.isEmpty() ? Optional.empty() : out.stream()
                    .filter(o -> styleChange(normal(o).replaceAll("[.!]+$", "")).map(StyleWords.Change::length)
                            .filter(l -> l != length.get()).isPresent())
                    .reduce((a, b) -> b);
            if (undone.isPresent()) {
                out.remove(undone.get());
            } else {
                out.add(e);
            }
        }
        return out;
    }

    /** True when an edit the redraft did not need to make again is still true of the note ("mention X" and X is there). */
    private boolean holds(String edit, NotePlan plan, DraftRequest request) {
        String t = normal(edit).replaceAll("[.!]+$", "");
        String text = written(plan, request);
        Matcher m;
        if ((m = MENTION.matcher(t)).find() && !AVOID.matcher(t).find()) {
            // said to the recipient the mention reads otherwise: "she is finishing …" is "You are finishing …" (a hand session
            // left that edit out of "Your earlier edits still hold" while the note still said it)
            return containsLoose(text, unquote(m.group(1))) || says(text, unquote(m.group(1)));
        }
        if ((m = AVOID.matcher(t)).find()) {
            String what = unquote(m.group(1) != null ? m.group(1) : m.group(2));
            return QUESTION_WORDS.matcher(what).matches() ? !text.contains("?") : referents(what, request).stream().noneMatch(x -> containsLoose(text, x));
        }
        if (SIGN.matcher(t).matches()) {
            return plan.has(Role.SIGN);
        }
        return false;
    }

    /** The plan without the clauses the truth rules find false for this request. */
    private NotePlan withoutFalse(NotePlan plan, DraftRequest request) {
        String text = written(plan, request);
        if (text.isEmpty()) {
            return plan;
        }
        List<Finding> wrong = rules.check(text, context(request, text)).stream()
                .filter(f -> f.rule().equals("false-time") || f.rule().equals("wrong-voice")).toList();
        NotePlan next = plan;
        for (Finding f : wrong) {
            String span = text.substring(f.start(), f.end());
            next = next.without(c -> c.role() != Role.GREETING && c.role() != Role.REASON && c.levels().stream().anyMatch(l -> l.contains(span)));
        }
        return next;
    }

    private static Purpose recast(Purpose p, Intent from, Intent to) {
        Set<Intent> intents = EnumSet.noneOf(Intent.class);
        intents.addAll(p.intents());
        intents.remove(from);
        intents.add(to);
        return new Purpose(p.text(), intents, p.people(), p.events(), p.posts(), p.offers());
    }

    /** The reason retold from the sender's visit, keeping its event, time and topic ("I visited her stand at PACK EXPO last month …"). */
    private static Purpose visited(Purpose p, String said) {
        Details d = p.details();
        StringBuilder text = new StringBuilder(Character.toUpperCase(said.charAt(0)) + said.substring(1));
        if (!d.event().isEmpty()) {
            text.append(" at ").append(d.event());
        }
        if (!d.when().isEmpty()) {
            text.append(" ").append(d.when());
        }
        if (!d.topic().isEmpty()) {
            text.append(" and we talked about ").append(d.topic());
        }
        Purpose read = PurposeReader.read(text.toString());
        Set<Intent> intents = EnumSet.noneOf(Intent.class);
        intents.addAll(p.intents());
        intents.addAll(read.intents());
        return new Purpose(read.text(), intents, p.people(), read.events(), p.posts(), p.offers(), read.stated());
    }

    /**
     * "it was 2019 when I left, not 2018": the reason is put right and the note redrafted from it; a word the note has
     * from elsewhere is changed where it stands.
     */
    private Refinement putRight(NotePlan plan, DraftRequest request, String wrong, String right, List<String> earlier) {
        Purpose p = purposeOf(request);
        // a month keeps its capital ("September", as typed "september")
        String shown = !Character.isLetter(right.charAt(0)) ? right
                : right.substring(0, 1).toUpperCase(Locale.ROOT) + right.substring(1).toLowerCase(Locale.ROOT);
        String was = !Character.isLetter(wrong.charAt(0)) || !kind(wrong).equals("month") ? wrong
                : wrong.substring(0, 1).toUpperCase(Locale.ROOT) + wrong.substring(1).toLowerCase(Locale.ROOT);
        Pattern said = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(wrong) + "(?![\\p{L}\\p{N}])", F);
        Optional<String> dated = kind(wrong).equals("year") && kind(right).equals("year")
                ? ProfileYears.contradicted(request.me(), request.them(), p.text(), wrong, right) : Optional.empty();
        if (dated.isPresent()) {
            // both profiles date it otherwise: the note stays true to them, and the user hears why
            return Refinement.unchanged(plan, p, TEXT.get("refine.year.profiles", wrong, dated.get(), right));
        }
        Optional<ProfileYears.TheirTime> before = kind(wrong).equals("year") && kind(right).equals("year")
                ? ProfileYears.beforeTheirTime(request.them(), p.text(), wrong, right) : Optional.empty();
        if (before.isPresent()) {
            // their profile dates their time there from the year the reason gave: the other year is not theirs to be told
            return Refinement.unchanged(plan, p, TEXT.get("refine.year.their-profile", request.them().firstName(),
                    before.get().organisation(), before.get().since(), right, wrong));
        }
        if (said.matcher(p.text()).find()) {
            String text = said.matcher(p.text()).replaceAll(Matcher.quoteReplacement(shown));
            Purpose fixed = p.withText(text);
            // a year or a month was, when it is put right ("it was September, not October")
            String key = kind(right).equals("number") ? "refine.correction.fact" : "refine.correction.when";
            return correct(plan, request, fixed, TEXT.get(key, shown, was), earlier);
        }
        return reword(plan, request, wrong, shown);
    }

    // "it was PyCon DE, not PyCon", "the event was Agri-Ouest not Agritech": a name put right (short, on both sides)
    /**
     * "I'm not a professor, I'm the CEO of CJ Logistics America", "I'm the CEO of …, not a professor", "actually I'm the CEO
     * of …": who the sender is, put right in their own words (a by-hand session's correction was not understood, and the note
     * kept the false "I'm a college logistics professor" a pasted bio had given).
     */
    private static final Pattern WHO_PUT_RIGHT = Pattern.compile("^(?:(?:no|actually|sorry|oops|wait)[,!]?\\s+)*(?:"
            + "i(?:'m| am) not (?<wrong>(?:an? |the )?[^,;.]{2,60}?)\\s*[,;.]?\\s*(?:i(?:'m| am)|but (?:i(?:'m| am)))\\s+(?<right>(?:an?|the)\\s+[^,;.]{2,80}?|(?:now )?(?:ceo|cto|cfo|coo|founder|co-founder|owner|head|director|president)\\b[^,;.]{0,80}?)"
            + "|i(?:'m| am)\\s+(?<right2>(?:an?|the)\\s+[^,;.]{2,80}?),?\\s+not\\s+(?<wrong2>(?:an? |the )?[^,;.]{2,60}?)"
            + ")\\s*(?:,?\\s+(?:actually|now))?$", F);

    /** The note's who-line said as the user put it right; the earlier line replaced, or a new one after the point. */
    private Refinement whoPutRight(NotePlan plan, DraftRequest request, String right, String wrong) {
        Purpose purpose = purposeOf(request);
        if (CANDIDATE.matcher(right).find() || HIRER.matcher(right).find()) {
            return Refinement.unchanged(plan, purpose, TEXT.get("refine.part.unknown", QuotedBack.of(right)));
        }
        String said = "I'm " + right.strip().replaceAll("[.!]+$", "") + ".";
        Clause line = new Clause(Clause.Role.WHO, Clause.Source.USER, List.of(said), "");
        Optional<Clause> old = plan.first(Clause.Role.WHO);
        NotePlan next = old.map(o -> plan.replace(o, line)).orElseGet(() -> plan.with(line, after(Clause.Role.WHO)));
        // the words are the user's, as the reason is: "the CEO of CJ Logistics America" needs no profile to say it
        Purpose told = purpose.withWords(right);
        DraftRequest asSaid = new DraftRequest(request.me(), request.them(), told, request.ground(), request.verdict(), request.limit(),
                request.variants(), request.style());
        String text = written(next, asSaid);
        String shown = wrong == null ? "" : wrong.strip();
        if (text.isEmpty() || !text.contains(said.substring(0, said.length() - 1))) {
            return Refinement.unchanged(plan, purpose, TEXT.get("refine.correction.who.full", said));
        }
        Optional<Finding> broken = rules.check(text, context(asSaid, text)).stream().filter(f -> f.severity() != Severity.INFO).findFirst();
        if (!rules.passes(text, context(asSaid, text))) {
            String was = old.map(Clause::text).orElse("");
            return Refinement.unchanged(plan, purpose, broken.isEmpty() ? TEXT.get("refine.reword.breaks", was, said)
                    : TEXT.get("refine.reword.breaks.rule", was, said, broken.get().rule(), broken.get().message()));
        }
        String you = right.strip().replaceAll("[.!]+$", "");
        return Refinement.changed(next, told, shown.isEmpty() ? TEXT.get("refine.correction.who", you, said)
                : TEXT.get("refine.correction.who.not", you, shown, said));
    }

    private static final Pattern NAME_PUT_RIGHT = Pattern.compile("^(?:(?:no|actually|sorry|oops)[,!]?\\s+)*(?:it was|it's|it is|that was|that's"
            + "|the (?:event|place|conference|company|firm|school) (?:was|is)|we met at)\\s+((?:\\S+\\s+){0,5}?\\S+?),?\\s+not\\s+(?:at\\s+)?((?:\\S+\\s+){0,4}?\\S+?)$", F);

    /**
     * "it was PyCon DE, not PyCon": a name put right in the reason (and the notes drafted again from it), or where the note
     * says it when the reason does not; a name already said in full ("PyCon DE") is not said again ("PyCon DE DE").
     */
    private Refinement namePutRight(NotePlan plan, DraftRequest request, String wrong, String right, List<String> earlier) {
        Purpose p = purposeOf(request);
        String more = right.regionMatches(true, 0, wrong, 0, wrong.length()) ? right.substring(wrong.length()) : "";
        Pattern said = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(wrong) + "(?![\\p{L}\\p{N}])"
                + (more.isBlank() ? "" : "(?!" + Pattern.quote(more) + ")"), F);
        Matcher at = said.matcher(p.text());
        if (at.find()) {
            // "it was the sheridan county meeting, not campbell county" in "at the campbell county cattlemens meeting": the
            // article before and the words after that the reason already has are not said twice (a new user's note read
            // "at the the Sheridan county meeting cattlemens meeting")
            String fitted = fitted(right, p.text().substring(0, at.start()), p.text().substring(at.end()));
            String text = said.matcher(p.text()).replaceAll(Matcher.quoteReplacement(fitted));
            // (the people and ground read from the reason too: "it was Priya, not Dana" kept the referrer Dana, and the note
            // naming her was refused as a claim the reason no longer made)
            Purpose fixed = p.withNamePutRight(text, wrong, right);
            DraftRequest renamed = new DraftRequest(request.me(), request.them(), fixed, request.ground().stream()
                    .map(g -> new CommonGround(g.kind(), Words.replaceWord(g.detail(), wrong, right), g.strength(),
                            Words.replaceWord(g.subject(), wrong, right), g.period()))
                    .toList(), request.verdict(), request.limit(), request.variants(), request.style());
            return correct(plan, renamed, fixed, TEXT.get("refine.correction.fact", right, wrong), earlier);
        }
        return reword(plan, request, wrong, right);
    }

    private static final Pattern THIRD_PERSON_WORD = Pattern.compile("(?i)\\b(?:she|he|her|him|his|hers|they|them|their)\\b");
    private static final Pattern NAMED = Pattern.compile("\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}");

    /** {@code right} without an article the text before already has, and without last words the text after soon says. */
    static String fitted(String right, String before, String after) {
        String r = right.strip();
        Matcher article = Pattern.compile("(?i)^(the|a|an)\\s+").matcher(r);
        if (article.find() && before.toLowerCase(Locale.ROOT).matches("(?s).*\\b" + article.group(1).toLowerCase(Locale.ROOT) + "\\s+$")) {
            r = r.substring(article.end());
        }
        List<String> next = java.util.Arrays.stream(after.strip().split("\\s+")).limit(3)
                .map(w -> w.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT)).toList();
        String[] words = r.split("\\s+");
        int keep = words.length;
        while (keep > 1 && next.contains(words[keep - 1].replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT))) {
            keep--;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, keep));
    }

    /**
     * "actually it was 2022": the year put right is the one year the reason gives, else the one the note says;
     * with none but 2022, nothing changes, and with several the report asks which one is wrong.
     */
    private Refinement yearPutRight(NotePlan plan, DraftRequest request, String right, List<String> earlier) {
        Purpose p = purposeOf(request);
        List<String> said = years(p.text());
        if (said.isEmpty()) {
            said = years(written(plan, request));
        }
        List<String> wrong = said.stream().filter(y -> !y.equals(right)).toList();
        if (wrong.isEmpty()) {
            return Refinement.unchanged(plan, p, TEXT.get("refine.year.none", right));
        }
        return said.size() == 1 ? putRight(plan, request, wrong.get(0), right, earlier)
                : Refinement.unchanged(plan, p, TEXT.get("refine.year.which", String.join(", ", said), right, wrong.get(0)));
    }

    private static List<String> years(String text) {
        return FACT_WORD.matcher(text).results().map(r -> r.group()).filter(w -> kind(w).equals("year")).distinct().toList();
    }

    /** The one short run of words the correction changed in the reason ("2012" to "2011"), when there is one. */
    private static Optional<String[]> changedWords(String before, String after) {
        String[] a = before.strip().split("\\s+");
        String[] b = after.strip().split("\\s+");
        int head = 0;
        while (head < a.length && head < b.length && a[head].equals(b[head])) {
            head++;
        }
        int tail = 0;
        while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail].equals(b[b.length - 1 - tail])) {
            tail++;
        }
        int oldLength = a.length - head - tail;
        int newLength = b.length - head - tail;
        if (oldLength < 1 || oldLength > 3 || newLength < 1 || newLength > 3) {
            return Optional.empty();
        }
        String was = String.join(" ", java.util.Arrays.copyOfRange(a, head, head + oldLength)).replaceAll("^\\p{P}+|\\p{P}+$", "");
        String is = String.join(" ", java.util.Arrays.copyOfRange(b, head, head + newLength)).replaceAll("^\\p{P}+|\\p{P}+$", "");
        return was.isEmpty() || is.isEmpty() || was.equalsIgnoreCase(is) ? Optional.empty() : Optional.of(new String[] {was, is});
    }

    private static final Pattern WEEKDAY = Pattern.compile("(?i)\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
    private static final Pattern MONTH = Pattern.compile("(?i)\\b(?:" + Months.NAMES + ")\\b");

    private static final Pattern DAY_DATE = Pattern.compile("(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b"
            + "|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b");

    /** The word at start..end stands beside a capitalised word of the same name ("SQL Saturday", "Saturday Club"). */
    private static boolean inAName(String text, int start, int end) {
        Matcher before = Pattern.compile("(\\p{Lu}[\\p{L}\\p{N}]*)\\s+$").matcher(text.substring(0, start));
        Matcher after = Pattern.compile("^\\s+(\\p{Lu}[\\p{L}\\p{N}]*)").matcher(text.substring(end));
        boolean capital = Character.isUpperCase(text.charAt(start));
        return capital && (before.find() && !CAPITALISED_TIME.matcher(before.group(1).toLowerCase(Locale.ROOT)).matches()
                && !before.group(1).equals("I") || after.find() && !CAPITALISED_TIME.matcher(after.group(1).toLowerCase(Locale.ROOT)).matches());
    }

    private static final Pattern NOT_THE_OLD = Pattern.compile("(?i)\\bnot\\s+(?:on\\s+|in\\s+)?([\\p{L}]+(?:\\s+\\d{1,2})?)\\s*[.!]?$");

    /** The time put right where the reason says the old word the user named, outside a name; as {@link #retimed(Purpose, String)} otherwise. */
    private Purpose retimed(Purpose p, String when, String old) {
        String text = p.text();
        List<MatchResult> olds = Pattern.compile("(?<![\\p{L}])((?:on|last|this|next)\\s+)?" + Pattern.quote(old) + "(?![\\p{L}])", F).matcher(text).results()
                .filter(r -> !inAName(text, r.end() - old.length(), r.end())).toList();
        if (olds.size() != 1) {
            return retimed(p, when);
        }
        MatchResult r = olds.get(0);
        // the word of time before the old day stays unless the new one brings its own: "last Thursday" put right by "last
        // Wednesday" is no "last last Wednesday", and "on tuesday" put right by "monday" keeps its "on" (two new users)
        boolean ownWord = when.matches("(?i)^(?:on|last|this|next|in|at)\\b.*");
        String before = r.group(1) == null || ownWord ? "" : r.group(1);
        return p.withText(text.substring(0, r.start()) + before + when + text.substring(r.end()));
    }

    private Purpose retimed(Purpose p, String when) {
        // The time the reason gives (read with its role) is the one corrected.
        String said = p.details().when();
        if (!said.isEmpty() && !said.equalsIgnoreCase(when)) {
            String text = p.text().replaceFirst(Pattern.quote(said), Matcher.quoteReplacement(when));
            return p.withText(text);
        }
        List<String> times = new ArrayList<>(List.of("a few years ago", "years ago", "a while ago", "long ago"));
        times.addAll(ruleSet.rule("false-time").map(r -> r.phrases("recent")).orElse(List.of()));
        String text = p.text();
        boolean replaced = false;
        for (String t : times) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(t) + "\\b", F).matcher(text);
            if (m.find()) {
                text = m.replaceFirst(Matcher.quoteReplacement(when));
                replaced = true;
                break;
            }
        }
        // "it was november 13 actually": the one day the reason dates ("on Nov 12") is the one put right
        Matcher newDay = DAY_DATE.matcher(when);
        if (!replaced && newDay.find()) {
            List<MatchResult> olds = DAY_DATE.matcher(text).results().toList();
            if (olds.size() == 1) {
                text = text.substring(0, olds.get(0).start()) + newDay.group() + text.substring(olds.get(0).end());
                replaced = true;
            }
        }
        // "actually it was on Thursday", "actually it was September": the one weekday or month the reason names is the one put right
        // (a new user's note kept "on Tuesday" and was told it did not rely on the old fact)
        for (Pattern kind : List.of(WEEKDAY, MONTH)) {
            Matcher now = kind.matcher(when);
            if (!replaced && now.find()) {
                // ("we met saturday at SQL Saturday Philadelphia": the weekday, not the word of the event's name)
                final String typed = text;
                List<MatchResult> olds = kind.matcher(text).results().filter(r -> !inAName(typed, r.start(), r.end())).toList();
                if (olds.size() == 1 && !olds.get(0).group().equalsIgnoreCase(now.group())) {
                    text = text.substring(0, olds.get(0).start()) + now.group() + text.substring(olds.get(0).end());
                    replaced = true;
                }
            }
        }
        if (!replaced) {
            // A sentence of its own: the reason's first sentence, which notes are written from, stays as the user typed it.
            text = (text.isBlank() ? "" : sentence(text) + " ") + "It was " + when + ".";
        }
        return new Purpose(text, p.intents(), p.people(), p.events(), p.posts(), p.offers());
    }

    // ---- questions -------------------------------------------------------------------------------

    private String whatWouldMakeItOk(NotePlan plan, DraftRequest request) {
        String text = written(plan, request);
        List<Finding> findings = rules.check(text, context(request, text)).stream().filter(f -> f.severity() != Severity.INFO).toList();
        if (findings.isEmpty()) {
            return TEXT.get("refine.ok");
        }
        List<String> lines = new ArrayList<>();
        for (Finding f : findings.subList(0, Math.min(3, findings.size()))) {
            lines.add(TEXT.get("refine.ok.fix", f.rule(), f.message(), f.fix()));
        }
        return String.join("\n", lines);
    }

    private String why(NotePlan plan, DraftRequest request, String what) {
        Purpose purpose = purposeOf(request);
        // "why does it say i appreciate your time?" of "I really appreciate your time.": the words in order, with others between
        boolean exact = plan.clauses().stream().anyMatch(c -> c.levels().stream().anyMatch(l -> containsLoose(l, what)));
        List<String> words = java.util.Arrays.stream(Text.lower(what).split("[^\\p{L}\\p{N}']+")).filter(w -> !w.isBlank()).toList();
        Pattern spread = Pattern.compile("(?<![\\p{L}])" + String.join("(?:[^.!?]*?[^\\p{L}])?", words.stream().map(Pattern::quote).toList())
                + "(?![\\p{L}])", F);
        for (Clause c : plan.clauses()) {
            if (c.levels().stream().noneMatch(l -> exact ? containsLoose(l, what) : words.size() >= 2 && spread.matcher(l).find())) {
                continue;
            }
            String first = request.them() == null ? "" : request.them().firstName();
            return switch (c.role()) {
                case GREETING -> TEXT.get("refine.why.greeting", c.text(), first);
                case CLOSE, QUESTION -> TEXT.get("refine.why.close", c.text(),
                        String.join(", ", purpose.intents().stream().map(Intent::id).sorted().toList()));
                default -> switch (c.source()) {
                    case USER -> TEXT.get("refine.why.user", c.text(), purpose.text());
                    case GROUND -> TEXT.get("refine.why.ground", c.text(), groundDetail(c, request));
                    case PROFILE -> TEXT.get("refine.why.profile", c.text(), profileDetail(request));
                    case CLOSE -> TEXT.get("refine.why.close", c.text(),
                            String.join(", ", purpose.intents().stream().map(Intent::id).sorted().toList()));
                };
            };
        }
        return TEXT.get("refine.why.none", what);
    }

    private static String groundDetail(Clause c, DraftRequest request) {
        return request.ground().stream().filter(g -> !c.carries().isBlank() && g.subject().equals(c.carries()))
                .map(CommonGround::detail).findFirst().orElse(c.carries());
    }

    private static String profileDetail(DraftRequest request) {
        Profile me = request.me();
        return me == null ? "" : me.positions().stream().filter(p -> p.dates().isCurrent())
                .map(p -> p.title() + ", " + p.company()).findFirst().orElse(me.headline());
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private String written(NotePlan plan, DraftRequest request) {
        return drafter.realise(plan, request).map(Note::text).orElse("");
    }

    private static NoteContext context(DraftRequest r, String text) {
        int limit = r.limit() > 0 ? r.limit() : OfflineDrafter.DEFAULT_LIMIT;
        return new NoteContext(r.me(), r.them(), r.purpose(), r.ground(), limit);
    }

    private static Purpose purposeOf(DraftRequest request) {
        return request.purpose() == null ? Purpose.NONE : request.purpose();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static String normal(String s) {
        String t = (s == null ? "" : s).strip().replace('’', '\'').replaceAll("\\s+", " ");
        // "say what I'm thanking her for: putting us up" asks for the act itself ("thank her for putting us up")
        Matcher m = WHAT_THE_ACT_IS_FOR.matcher(t);
        return m.matches() ? m.group(1) + (Text.lower(m.group(2)).startsWith("thank") ? "thank " : "congratulate ") + m.group(3) + " "
                + m.group(4) + " " + m.group(5) : t;
    }

    private static final Pattern WHAT_THE_ACT_IS_FOR = Pattern.compile(
            "^((?:please |pls )?)(?:say|mention|add|include|write|tell (?:her|him|them))\\s+(?:what |that |why )?(?:i'm|i am|we're|we are)\\s+"
            + "(thanking|congratulating)\\s+(her|him|them|you)\\s+(for|on)\\b\\s*[:,\\-–—]?\\s*(.+)$", F);

    private static String unquote(String s) {
        String t = s == null ? "" : s.strip();
        t = t.replaceAll("^[\"“'‘]+|[\"”'’.!?]+$", "").strip();
        return t;
    }

    /** The words as one sentence; a question ("how many volunteers drive the vans") ends as one. */
    private static String sentence(String s) {
        String t = s.strip();
        if (t.isEmpty() || ".!?".indexOf(t.charAt(t.length() - 1)) >= 0) {
            return t;
        }
        return t + (ASKS.matcher(t).lookingAt() ? "?" : ".");
    }

    private static final java.util.regex.Pattern QUESTION_LABEL = java.util.regex.Pattern.compile("(?i)^(?:my|a|the)\\s+question\\s*:\\s*");
    private static final java.util.regex.Pattern ASKS = java.util.regex.Pattern.compile(
            "(?i)(?:how\\s+(?:many|much|long|often|do|does|did|is|are|was|were|can|could|would|should|have|has)"
                    + "|(?:what|why|when|where|who|which)\\s+(?:do|does|did|is|are|was|were|can|could|would|should|have|has|will)"
                    + "|(?:would|could|can|do|does|did|is|are|have|has|will)\\s+(?:you|your|we|it|there|they))\\b"
                    // "Does the team use Python or mostly SQL?": a question about something of theirs
                    + "|(?:do|does|did|is|are|was|were|can|could|will|would)\\s+(?:the|this|that|these|those|our|my)\\s+\\p{L}[^.!]*\\?$");

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
