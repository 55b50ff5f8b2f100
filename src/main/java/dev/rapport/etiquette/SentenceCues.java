package dev.rapport.etiquette;

import dev.rapport.text.RecentMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the note-sentence classifier reads besides the words: the built-in phrase rules that match the
 * sentence ("rule=pitch"), and abstractions that hold across wordings, such as a sender offering work
 * ("we help", "I built"), the reader's business as its object ("your team", "firms like yours"), a
 * yes/no ask ("would you be open to", "worth a quick look?"), a question about who decides, or a
 * lead magnet ("free audit", "case study"). The same cues are given when the model is trained and when
 * it reads a note, so they are fixed: they come from the built-in rules, never from a user's rule file.
 */
public final class SentenceCues {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final List<String> RULES = List.of("pitch", "lead-gen", "meeting-ask", "personal-channel", "no-reason");
    /** What a seller calls the thing they sell or the business that sells it. */
    static final class Products {
        static final String NOUNS = "(?:tool|app|product|platform|service|services|solution|software|agency|team|firm"
                + "|company|course|program|programme|system|method|framework|offer|package|clients?|customers?|approach|methodology)\\b";
    }
    private static final List<Cue> CUES = List.of(
            new Cue("we-offer", "\\b(?:we|i)(?:'ve|\\s+have|'m|\\s+am|\\s+are|'re)?\\s+(?:\\w+\\s+)?"
                    + "(?:help|helped|helping|build|built|building|automate|automated|specialise|specialize|specialising|specializing"
                    + "|provide|provided|offer|deliver|delivered|train|run|handle|create|develop|ship|launched|work\\s+with|partner\\s+with"
                    + "|cut|reduce|increase|save|saved|grow|scale|fix|solve|solved)\\b"),
            new Cue("our-thing", "\\b(?:our|my)\\s+(?:\\w+\\s+)?" + Products.NOUNS),
            new Cue("your-business", "\\byour\\s+(?:\\w+\\s+)?(?:team|teams|company|business|firm|brand|agency|organi[sz]ation|sales|pipeline|revenue"
                    + "|costs?|spend|clients?|customers?|leads?|growth|margins?|operations|workflow|process|processes|bills?|invoices?|hiring|staff)\\b"),
            new Cue("like-yours", "\\b(?:like|similar\\s+to)\\s+(?:you|yours|your\\s+\\w+)\\b|\\bsimilar(?:-sized|\\s+sized)?\\s+(?:companies|teams|firms|businesses|organi[sz]ations)\\b"
                    + "|\\b(?:companies|teams|firms)\\s+(?:your|of\\s+your)\\s+size\\b"),
            new Cue("results", "\\b\\d+(?:[.,]\\d+)?\\s?(?:%|x\\b|percent|hours?|days?|weeks?)|\\b(?:double|triple|halve|10x|2x|3x)\\b|[$€£]\\s?\\d"),
            new Cue("yes-no-ask", "\\b(?:would|are|is)\\s+(?:you|it|this)\\s+(?:be\\s+)?(?:open|interested|worth|relevant|useful|a\\s+fit|something)\\b"
                    + "|\\bworth\\s+(?:a\\s+)?(?:quick\\s+)?(?:look|chat|call|conversation|connecting|exploring|\\d+\\s*min)"
                    + "|\\b(?:interested|curious)\\s+(?:in|if|whether)\\b|\\bdoes\\s+this\\s+resonate\\b|\\bif\\s+(?:you're|you\\s+are)\\s+interested\\b"),
            new Cue("who-decides", "\\bwho\\s+(?:\\w+\\s+)?(?:handles|manages|owns|runs|decides|is\\s+in\\s+charge|is\\s+responsible|makes\\s+the\\s+call|looks\\s+after)\\b"
                    + "|\\b(?:right|best)\\s+person\\s+to\\s+(?:speak|talk)\\b"),
            new Cue("current-setup", "\\b(?:currently|today|right\\s+now)\\s+(?:using|handling|managing|doing)\\b|\\bhow\\s+(?:are|is|do)\\s+(?:you|your\\s+team)\\s+(?:currently\\s+)?(?:handling|managing|doing|tracking|approaching)\\b"
                    + "|\\b(?:struggle|struggling|pain\\s+point|challenge)s?\\b"),
            new Cue("lead-magnet", "\\b(?:free|complimentary)\\s+\\w+|\\b(?:case\\s+study|demo|trial|webinar|e-?book|whitepaper|white\\s+paper|audit|quote|proposal|discount|pricing)\\b"),
            new Cue("time-ask", "\\b(?:call|chat|meeting|coffee|zoom|catch-up|walkthrough|conversation)\\b.*\\?|\\b(?:next|this)\\s+(?:week|month|monday|tuesday|wednesday|thursday|friday)\\b"
                    + "|\\b\\d{1,2}\\s?(?:minutes|mins?)\\b"),
            new Cue("channel", "\\b(?:whatsapp|telegram|wechat|signal|skype|phone\\s+number|mobile\\s+number|e-?mail\\s+(?:address|me)|text\\s+me|call\\s+me)\\b"),
            new Cue("you-question", "\\byou(?:r)?\\b[^.!]*\\?\\s*$"),
            // the sender doing work as a trade ("I install…", "we can print…"), not a shared past ("we met", "I read")
            new Cue("self-trade", "^\\W*(?:i|we|my\\s+team|our\\s+(?:team|firm|agency|company))(?:'m|\\s+am|\\s+are|'re)?\\s+(?:can\\s+|could\\s+|also\\s+|now\\s+)?"
                    + "(?!met|saw|read|enjoyed|loved|liked|noticed|worked|studied|went|talked|spoke|were|was|both|also|heard|listened|watched|came|found|follow|followed|ran\\s+into|attended|live|lived|grew|used|use|have|had|'ve|would|'d|hope|think|wanted|want|just|recently|still|really)"
                    + "[a-z]+(?:s|e|ed|t|d|y|n|l|k|p)?\\s+(?!you\\b|your\\s+(?:post|talk|article|book|work|thread|paper))"),
            new Cue("product-does", "^\\W*[A-Z][\\p{L}]+(?:\\s+[A-Z][\\p{L}]+)?\\s+(?:helps|lets|gives|books|finds|cuts|saves|makes|turns|automates|tracks|handles|shows|plans|reconciles|removes|reduces|would\\s+give|can\\s+give|will\\s+give)\\b"),
            new Cue("hypothetical-gain", "\\b(?:imagine|picture|think\\s+what|what\\s+if\\s+(?:you|your))\\b"),
            new Cue("claim", "\\b(?:beats?|fastest|cheapest|best\\s+(?:quality|price|rates?)|lowest\\s+prices?|wholesale|guarantee[d]?|on\\s+a\\s+mission|over\\s+\\d[\\d,]*\\s+\\w+|helped\\s+(?:over\\s+)?\\d)"),
            new Cue("do-yours", "\\b(?:build|design|do|make|write|run|handle|take\\s+over|take)\\s+(?:yours|your\\s+\\w+)(?:\\s+off\\s+your\\s+hands)?\\b|\\boff\\s+your\\s+(?:hands|plate)\\b"));

    /** "We" that takes in the reader ("we built it together", "our time at…", "we both…", "we talked about…") is a shared past, not an offer. */
    static final Pattern SHARED = Pattern.compile("\\btogether\\b|\\bwe\\s+both\\b|\\bboth\\s+of\\s+us\\b|\\byou\\s+and\\s+i\\b|\\bwith\\s+you\\s+(?:at|on|in)\\b"
            + "|\\bour\\s+(?:time|days|years|months|stint)\\s+(?:at|in|on|with)\\b|\\bwe\\s+overlapped\\b|\\bwhen\\s+we\\s+(?:both\\s+)?(?:worked|were|studied|met)\\b"
            // a conversation the two had, or the sender's visit to the reader's stand, is a shared past too
            + "|\\bwe\\s+(?:talked|discussed|argued|chatted|spoke|compared|swapped|traded)\\b|\\bi\\s+(?:visited|stopped\\s+(?:at|by))\\s+your\\b"
            // a home or a desk the two shared: "we shared a flat in Leeds for 2 years during uni"
            + "|\\bwe\\s+shared\\s+(?:a|an|the|one)\\s+(?:flat|house|room|apartment|dorm|office|desk|cabin|tent|bench|lab)\\b"
            // something the two did in the reader's place: "we recorded in your studio in Abidjan"
            + "|\\bwe\\s+[a-z]+ed\\s+(?:in|at)\\s+your\\b", FLAGS);
    private static final List<String> OFFERS = List.of("we-offer", "self-trade");
    private static final Map<String, List<String>> RECENT = RecentMap.of(4096);

    /** The built-in rules' patterns, compiled once on first use. */
    private static final class Built {
        static final PatternBook BOOK = new PatternBook(RuleSet.builtIn());
    }

    private SentenceCues() {
    }

    private record Cue(String name, Pattern pattern) {
        Cue(String name, String regex) {
            this(name, Pattern.compile(regex, FLAGS));
        }
    }

    /**
     * The sender telling what happened ("we lost touch after I moved", "we passed the site audit",
     * "we reviewed each other's PRs"): a verb in the past tense straight after
     * "I" or "we". Not a model feature (the models were trained on the cues above); it only tells a retold story from a
     * trade ("we install …") where the note's context says the sender sells nothing.
     */
    static boolean narrates(String sentence) {
        java.util.regex.Matcher m = NARRATES.matcher(sentence == null ? "" : sentence.replace('’', '\''));
        return m.lookingAt() && dev.rapport.language.Copyedit.english().pastForm(m.group(1));
    }

    // "I", "we", a helping verb, an adverb, then the verb (a negation is no story: "we are not customers yet")
    private static final Pattern NARRATES = Pattern.compile(
            "\\W*(?:i|we)(?:'m|\\s+am\\b|\\s+are\\b|'re|'ve|\\s+have\\b)?+\\s+(?:also\\s+|just\\s+|then\\s+|finally\\s+)?+([a-z]+)\\b", FLAGS);

    /** A built-in cue's pattern, for readings that share its words. */
    static Pattern cue(String name) {
        return CUES.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().pattern();
    }

    /** The evidence names for one sentence, in a fixed order (remembered: the gate asks again for each rule and draft). */
    public static List<String> of(String sentence) {
        return RecentMap.remember(RECENT, sentence == null ? "" : sentence, s -> List.copyOf(read(s)));
    }

    private static List<String> read(String sentence) {
        String s = sentence.replace('’', '\'');
        List<String> out = new ArrayList<>();
        RuleSet rules = RuleSet.builtIn();
        PatternBook b = Built.BOOK;
        for (String id : RULES) {
            rules.rule(id).filter(r -> !b.findTrained(s, r).isEmpty()).ifPresent(r -> out.add("rule=" + id));
        }
        boolean shared = SHARED.matcher(s).find();
        for (Cue cue : CUES) {
            if (!(shared && OFFERS.contains(cue.name())) && cue.pattern().matcher(s).find()) {
                out.add(cue.name());
            }
        }
        if (shared) {
            out.add("shared-past");
        }
        if (out.contains("we-offer") && (out.contains("your-business") || out.contains("like-yours"))) {
            out.add("offer-to-reader");
        }
        return out;
    }

}
