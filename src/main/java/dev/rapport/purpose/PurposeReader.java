package dev.rapport.purpose;

import dev.rapport.language.Language;
import dev.rapport.language.Negation;
import dev.rapport.language.Sentence;
import dev.rapport.purpose.IntentCatalogue.EntityKind;
import dev.rapport.purpose.IntentCatalogue.IntentPhrases;
import dev.rapport.text.RecentMap;
import dev.rapport.text.Sanitizer;
import dev.rapport.text.Words;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Classifies the sender's free-text reason into intents and keeps the people, events and posts it names. Pure. */
public final class PurposeReader {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern OWN_FIELD = Pattern.compile(
            "(?i)\\b((?:i'm|i am|im|i was|being|as)\\s+(?:new|fairly new|quite new|brand new)\\s+to|(?:moving|move|moved|switching|switch|transition(?:ing)?|"
            + "break(?:ing)?|get(?:ting)?)\\s+(?:from\\s+(?:the\\s+)?\\w+\\s+)?into|(?:a\\s+)?career\\s+in|(?:started|starting|start)\\s+(?:out\\s+)?in|learn(?:ing)?\\s+(?:about\\s+)?)"
            + "\\s+(?:the\\s+)?(?:procurement|purchasing|sales|buying)\\b");
    private static final Pattern OWN_BUSINESS_SOLD = Pattern.compile(
            "(?i)\\b(?:(?:after|since|before|from) selling|sold) (?:my|our|the) (?:own |old |family |little )?"
            + "(?:salon|business|shop|store|house|home|flat|apartment|car|company|practice|restaurant|cafe|café|bakery|farm|studio|gym|agency|firm|stake|shares)\\b(?![\\s-]+(?:management|software|app|platform|services?|products?|tools?|systems?|supplies|equipment)\\b)");
    // (pricing, a demo or a proposal sent is the sale followed up: the corpus's writers label those selling)
    private static final String NO_SALE_AFTER = "(?![^.!?]*\\b(?:pricing|prices?|quotes?|quotation|demo|proposal|brochure|trial|offer|rates"
            + "|catalogu?e|price list|discount)\\b)[^.!?]*";
    // "told him id send our checklist", "promised to send her the deck", "said I'd share the report": a promise to send
    private static final Pattern PROMISED_SENDING = Pattern.compile(
            "(?i)\\b(?:told (?:him|her|them|you)|promised(?: (?:him|her|them|you))?|said) (?:that )?(?:I'd|I’d|id|I would|I'll|I will|to) "
            + "(?:send|share|forward|email|mail)\\b" + NO_SALE_AFTER);
    /** "she asked for rev F of the dwell time procedure when approved": the recipient's own request, sent when it is ready. */
    private static final Pattern THEY_ASKED_FOR = Pattern.compile("(?i)\\b(?:she|he|they) (?:asked|requested) (?:me |us )?for\\b" + NO_SALE_AFTER);
    private static final List<Pattern> SENT_NOT_SOLD = List.of(PROMISED_SENDING, THEY_ASKED_FOR);

    /** "We help boutique resorts in Bali lift RevPAR 15-20%": a result in figures offered to a kind of buyer, a sale stated. */
    static boolean sellsAResult(String text) {
        // ("In my current role I help merchants cut chargebacks by 30%": the sender's own work, told by an applicant)
        return text != null && RESULT_SOLD.matcher(text).find() && !OWN_ROLE.matcher(text).find();
    }

    private static final Pattern OWN_ROLE = Pattern.compile(
            "(?i)\\bin my (?:current |last |previous |old |day )?(?:role|job|position|work)\\b|\\bapplied\\b|\\bopening\\b|\\bvacancy\\b");

    private static final Pattern NEVER_TOGETHER = Pattern.compile(
            "(?i)\\b(?:never|not|didn't|did not|haven't|have not|hardly)\\s+(?:(?:really|actually|properly|directly)\\s+)?"
            + "(worked|studied|volunteered)\\s+(?:(?:\\p{L}+\\s+){0,2})?together\\b");
    private static final Pattern RESULT_SOLD = Pattern.compile(
            "(?i)\\b(?:i|we) help (?:[\\w-]+ ){0,3}?[\\w-]+s (?:in [\\w-]+ )?(?:to )?"
            + "(?:lift|raise|boost|increase|cut|reduce|grow|double|save|slash)\\b[^.!?]{0,40}?\\d+(?:\\s*[-–]\\s*\\d+)?\\s?%");
    /**
     * "I recruit finance staff … someone who can help with their finance hiring": the sender offers their trade's help
     * with the target's own business, a sale of a service. Both parts are needed, and nothing the target asked for.
     */
    static boolean offersAService(String text) {
        return text != null && SERVICE_OFFERED.matcher(text).find() && SERVICE_TRADE.matcher(text).find()
                && !HELP_ASKED.matcher(text).find();
    }

    private static final Pattern SERVICE_OFFERED = Pattern.compile(
            "(?i)\\b(?:i|we|someone who|somebody who|a firm that|an agency that)(?: really)? (?:can|could) help (?:you |them |her |him )?"
            + "(?:with|on) (?:your|their|his|her) ([\\p{L}\\p{N} -]{2,40}?)(?=$|[.,;:!?]| and | so | if | this | next )");
    private static final Pattern SERVICE_TRADE = Pattern.compile(
            "(?i)\\b(?:i|we) (?:recruit|supply|provide|source|place|run an? (?:agency|firm|consultancy))\\b"
            + "|\\bintroduce (?:myself|ourselves|my (?:firm|agency|company|business|services))\\b");
    private static final Pattern HELP_ASKED = Pattern.compile(
            "(?i)\\b(?:asked|wondered|wanted to know|asking)(?: me| us)? (?:if|whether|for)\\b");
    /** "one of my target accounts", "on our target list", "a key account of mine": the recipient named as someone the sender sells to. */
    static boolean salesTarget(String text) {
        if (text == null) {
            return false;
        }
        Matcher m = SALES_TARGET.matcher(text);
        while (m.find()) {
            if (!Negation.isNegatedAt(text, m.start())) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern SALES_TARGET = Pattern.compile(
            "(?i)\\b(?:my|our) (?:(?:top|key|dream|named|priority|strategic) )?(?:target|prospect) (?:accounts?|lists?|companies|clients|customers|logos?)\\b"
            + "|\\b(?:one of|on) (?:my|our) (?:(?:top|key|dream|named|priority|strategic|target) )?(?:accounts|prospects)(?: lists?)?\\b"
            + "|\\b(?:a|my|our) (?:target|named|key|strategic) account\\b");
    private static final Pattern PROCUREMENT_WORK = Pattern.compile(
            "(?i)\\bprocurement (?:specialist|analyst|officer|manager|lead|director|buyer|assistant|associate|coordinator|role|job|position|"
            + "opening|vacancy|team|career|careers|department|office|function|professionals?|certification|degree|course)s?\\b"
            + "|\\b(?:public|private|university|hospital|government|city|county|state) procurement\\b|\\bin procurement\\b"
            // the sender's own procurement work, a peer's question: "I run procurement at Sky myself", "I'm head of procurement"
            + "|\\bI (?:also )?(?:run|lead|head|manage|ran|led|headed|managed) (?:the |our |group |global )?procurement\\b"
            + "|\\b(?:head|heads|director|chief|vp) of procurement\\b|\\bprocurement (?:myself|too|as well)\\b"
            + "|\\bprocurement (?:peers?|leaders?|chiefs?|heads?|folks|people|colleagues?)\\b");
    // another person who said to write to the recipient ("Prof. Ospanov … said to write her"), not the recipient's own page
    // ("her post says to connect after applying")
    private static final Pattern INVITED_TO_ASK = Pattern.compile(
            "(?i)\\b(?:write|contact|message|ask|email|call)\\s+(?:to\\s+)?(?:her|him|them)\\s+(?:if|when)\\s+i\\s+(?:need|have|want)\\b");
    private static final Pattern APPLIED_NO_REPLY = Pattern.compile(
            "(?i)\\bi(?:'ve|\\s+have)?\\s+applied\\s+(?:for|to)\\b[^.!?]{1,120}?\\s(?:and|but)\\s+(?:have\\s+|i\\s+)?(?:never|not|haven't|havent|didn't|didnt)"
                    + "\\s+(?:yet\\s+)?(?:heard|got|gotten|received|had)\\b");
    // "he say I should write to Mr Brandt": whoever said it, a person named as the one to write to is someone else's pointer to them
    private static final Pattern SAID_TO_WRITE_BY_NAME = Pattern.compile(
            "\\b(?i:say|says|said|told me|tell me|tells me)\\s+(?i:that\\s+)?(?i:I|we)\\s+(?i:should|can|could|must|have to|need to)\\s+"
                    + "(?i:write(?: to)?|contact|message|email|e-mail|call|reach out to|get in touch with|speak to|talk to)\\s+"
                    + "(?:(?:Mr|Mrs|Ms|Dr|Prof|Herr|Frau|Pak|Ibu)\\.?\\s+)?\\p{Lu}\\p{Ll}");
    // "My colleague Dana mentioned you're the person to talk to about …", "Dana pointed me your way": someone who sent the
    // sender to the recipient, however loosely said (a founder's long reason lost it, and with it the referral)
    private static final Pattern POINTED_TO_THEM = Pattern.compile("(?i)\\b(?:mentioned|said|says|told me|thinks|thought|reckons|suggested)"
            + "\\s+(?:that\\s+)?you(?:'re|’re| are| were|'d be|’d be| would be)\\s+(?:the\\s+|a\\s+)?(?:right\\s+|best\\s+|go-to\\s+|good\\s+|great\\s+)?"
            + "(?:person|one|people|expert|woman|man|contact)?\\s*to\\s+(?:talk|speak|ask|chat)"
            + "|\\b(?:pointed|sent|steered|directed)\\s+me\\s+(?:your\\s+way|to\\s+you|in\\s+your\\s+direction|towards?\\s+you)"
            + "|\\bput\\s+me\\s+(?:onto|on\\s+to|in\\s+touch\\s+with)\\s+you\\b");
    private static final Pattern SAID_TO_WRITE = Pattern.compile(
            "(?i)(?<!\\b(?:she|he|they|post|profile|page|about)\\s)\\b(?:said|told me|asked me) (?:I should )?(?:to )?(?:write(?: to)?|contact|message|email|e-mail|call|reach out to|get in touch with) (?:her|him|them)\\b");
    /** Below this, a sale the models read alone is checked sentence by sentence. */
    private static final double MARGINAL_SALE = 0.6;

    /** The reason has two sentences or more and none of them, read alone, is a sale. */
    private static boolean noSentenceSells(String clean, IntentCatalogue catalogue, IntentEvidence evidence) {
        List<String> sentences = dev.rapport.language.Language.english().sentenceTexts(clean);
        return sentences.size() > 1 && sentences.stream().noneMatch(s -> readAfresh(s.strip(), catalogue, evidence).has(Intent.SELLING));
    }

    /** A data, video or build pipeline: no sales pipeline. */
    private static final Pattern OTHER_PIPELINE = Pattern.compile(
            "(?i)\\b(?:data|video|ml|etl|elt|ci|cd|ci/cd|build|deployment|release|tracking|processing|analysis|analytics|training|"
            + "inference|ingestion|scoring|reporting|[\\w-]+-video|[\\w-]+-data)[ -]pipelines?\\b");
    /**
     * "Randy is doing the online facilities management degree and I want to ask if it is worth it": a course someone takes is no
     * buying process (the models read the field's words as lead generation; a new user's question to a referred student was
     * "your aim includes selling").
     */
    private static final Pattern A_COURSE = Pattern.compile(
            "(?i)\\b(?:the|an?|his|her|their|this|that)\\s+(?:[\\p{L}'’-]+\\s+){0,5}?(?:degree|course|programme|program|certificate|diploma"
            + "|mba|msc|masters?|master's|bootcamp|apprenticeship|module)\\b(?!\\s+(?:fees?|budgets?|providers?|vendors?|platforms?|software))");
    // "I'd like to offer my help with the food bank data": help offered is no sale
    private static final Pattern HELP_OFFERED = Pattern.compile("(?i)\\boffer(?:ing)?\\s+(?:my|our)\\s+(?:help|support|time|hand|assistance|advice)\\b");
    // "after selling my salon", "since selling the farm": a sale of the sender's own, in their past, is no aim
    private static final Pattern PAST_SALE = Pattern.compile("(?i)\\b(?:after|since|before|when)\\s+(?:I\\s+)?(?:sold|selling)\\b[^,.;]*");
    private static final Pattern JOB_ON_OFFER = Pattern.compile("(?i)\\b(?:role|roles|contract|position|job|opening|vacancy|candidate|hire|hiring|recruit\\w*)\\b");
    private static final Pattern SALES_JARGON = Pattern.compile(
            "(?i)\\b(?:in|fits?|matches)\\s+our\\s+(?:ICP|ideal\\s+customer\\s+profile|target\\s+(?:market|segment|persona))\\b"
            + "|\\b(?:see|find\\s+out|explore)\\s+(?:if|whether)\\s+there(?:'s|\\s+is)\\s+a\\s+fit\\s+(?:for|with)\\s+(?:us|our|\\p{Lu})"
            + "|\\bperfect\\s+fit\\s+for\\s+our\\s+(?:[\\w-]+\\s+){0,3}?(?:product|platform|tool|solution|service|software|detection|offering)\\b");
    /** What the recipient sells, told of them: "always pitching his greek wines", "she keeps selling me her courses". */
    private static final Pattern THEIR_PITCHES = Pattern.compile(
            "(?i)\\b(?:(?:he|she|they)(?:'s|'re|\\s+is|\\s+are|\\s+was|\\s+keeps|\\s+kept)?\\s+|always\\s+|keeps?\\s+|kept\\s+)"
            + "(?:always\\s+)?(?:pitching|pitches|pitched|selling|sells|sold|pushing|pushes|spamming|spams)\\s+(?:me\\s+)?(?:his|her|their)\\s+[^.!?,;]{1,60}"
            // "he showed me their TV demo", "she gave us a demo of her app": their demo, seen by the sender (an engineer who met
            // a company's engineer at its stand was told his aim included selling)
            + "|\\b(?:he|she|they)\\s+(?:showed|gave|did|ran|walked)\\s+(?:me|us)\\s+(?:through\\s+)?(?:a\\s+|the\\s+|their\\s+|his\\s+|her\\s+)(?:[\\w-]+\\s+){0,3}?demo\\b[^.!?,;]{0,40}");
    // (in this order, every run: a Map.of would be walked in an order that differs from one JVM to the next)
    private static final Pattern MONEY_ASKED = Pattern.compile(
            "(?i)\\b(?:ask|asking|request|requesting)\\s+(?:(?:her|him|them|you|\\p{Lu}\\p{L}+)\\s+)?(?:for\\s+)?(?:a\\s+|an\\s+|some\\s+)?"
                    + "(?:donation|gift|grant|sponsorship|funding|money|contribution|pledge)\\b"
                    + "|\\b(?:to|would|could|will|might)\\s+(?:\\w+\\s+){0,2}?(?:sponsor|fund|donate\\s+to|give\\s+to|underwrite|contribute\\s+to)\\s+(?:our|my|the)\\b"
                    + "|\\b(?:a|for)\\s+(?:corporate\\s+)?(?:sponsorship|donation|grant)\\s+(?:for|to|from)\\b"
                    // "so they consider us for funding", "want to ask if they can fund us", "a funding partner for our cohorts" (a
                    // nonprofit's asks to a funder who takes no unsolicited proposals were read as a meeting and connect)
                    + "|\\bconsider\\s+(?:us|me|our\\s+\\w+)\\s+for\\s+(?:funding|a\\s+grant|sponsorship|a\\s+donation|support)\\b"
                    + "|\\b(?:can|could|would|will|to)\\s+(?:\\w+\\s+){0,2}?fund\\s+(?:us|me|it)\\b"
                    + "|\\b(?:funding|donor|sponsorship)\\s+partner\\b");
    private static final Pattern NOT_ASKING = Pattern.compile("(?i)\\b(?:not|never|no|n't)\\b[^.!?]{0,25}\\b(?:ask|asking|money|donation|sponsor|funding|grant)");

    /**
     * The reason asks the reader for money, a gift, a grant or a sponsorship ("I'd like Salesforce to sponsor our annual gala");
     * not a gift received and thanked for, nor one the sender says they are not asking for.
     */
    public static boolean asksForMoney(String reason) {
        if (reason == null) {
            return false;
        }
        for (String sentence : dev.rapport.language.Language.english().sentenceTexts(reason)) {
            if (MONEY_ASKED.matcher(sentence).find() && !NOT_ASKING.matcher(sentence).find() && !GAVE_US.matcher(sentence).find()
                    && !MONEY_RECEIVED.matcher(sentence).find()) {
                return true;
            }
        }
        return false;
    }

    // "the literacy council, which got a grant from the foundation last yr": money received, told (a trainer's congratulations
    // were refused as an ask for money)
    private static final Pattern MONEY_RECEIVED = Pattern.compile(
            "(?i)\\b(?:got|received|won|was\\s+awarded|were\\s+awarded|has\\s+had|had)\\s+(?:a|an|the|our|their|its)?\\s*(?:\\$?\\d[\\d,.]*[km]?\\s+)?(?:grant|donation|sponsorship|funding|gift)\\b");
    // "she gave our food bank a $50,000 grant": money received, told
    private static final Pattern GAVE_US = Pattern.compile(
            "(?i)\\b(?:gave|granted|awarded|donated|funded|sponsored|gifted)\\s+(?:us|me|our|my)\\b");
    // … and the gift named after it, or a gift "to us"
    private static final Pattern GIVEN_TO_US = Pattern.compile(GAVE_US.pattern() + "[^.!?]{0,80}?(?:grant|gift|donation|award|sponsorship|funding|\\$\\s?\\d)"
            + "|\\b(?:grant|gift|donation|award|sponsorship|funding)\\s+(?:to|for)\\s+(?:us|our|me|my)\\b"
            // "his foundation funded our reading classes", "the grant that funds our evening classes": no gift word needed
            + "|\\b(?:funded|sponsored|financed)\\s+(?:us|our|my)\\b"
            + "|\\b(?:grant|gift|donation|funding|sponsorship)\\s+(?:that|which)\\s+(?:funds|funded|pays|paid|covers|covered)\\s+(?:our|my)\\b");
    private static final Pattern SELLING_NAMED_TALK = Pattern.compile(
            "(?i)\\b(?:social\\s+)?(?:selling|sales)\\s+(?:session|webinar|talk|episode|course|workshop|class|keynote|panel|book|article|post|training|masterclass)s?\\b"
            // ("I want to pitch her a story about lithium licences", "her post asking for critical minerals pitches": a writer's
            // pitch to an editor, which a journalist was refused as a sale, with procurement advice)
            + "|\\bpitch(?:ing|ed)?\\s+(?:her|him|them|you|editors?)\\s+(?:a|an|my|the)\\s+(?:[\\w-]+\\s+){0,2}?(?:story|stories|feature|piece|article|idea|column|op-?ed|investigation)\\b"
            + "|\\b(?:[\\w-]+\\s+){0,2}?(?:story|feature|freelance|critical\\s+minerals|climate)\\s+pitch(?:es)?\\b|\\b(?:turned\\s+down|rejected|accepted|took|commissioned)\\s+my\\s+(?:[\\w-]+\\s+){0,3}?pitch\\b");
    private static final Pattern TOPIC_SELLING = Pattern.compile(
            "(?i)\\b(?:about|on|talked|discussed|session|webinar|talk|episode|course|workshop|class|keynote|panel|book|article|post)\\b"
            + "[^.!?]{0,40}?\\b(?:selling|sales|sell|prospecting|lead generation)\\b(?!\\s+(?:our|my|them|him|her|you)\\b)"
            // "her social selling session": the talk named after its topic
            + "|\\b(?:selling|sales)\\s+(?:session|webinar|talk|episode|course|workshop|class|keynote|panel|book|article|post|training|masterclass)s?\\b");
    private static final Pattern NO_SALE = Pattern.compile(
            "(?i)\\b(?:no (?:pitch|pitching|sales pitch|selling)|not (?:a )?(?:pitch|pitching|selling|sales)|not (?:trying|going|looking) to (?:sell|pitch)"
            + "|nothing to sell|without (?:a |any )?(?:pitch|selling))\\b");
    // the denial to the end of its clause: "not trying to sell anything or pitch our services" denies both
    private static final Pattern DENIAL_CLAUSE = Pattern.compile(NO_SALE.pattern() + "[^,.;:!?()\\u2013\\u2014-]*");
    private static final Pattern SALE_WORDS = Pattern.compile(
            "(?i)\\b(?:pricing|prices?|quotes?|quotation|demo|brochure|trial|discount|rates|licen[cs]es?|subscription|contract|deal|account"
            + "|suppliers?|vendors?|tenders?|procurement|budget|purchas\\w*|buys?|buying)\\b");
    private static final Pattern OWN_PRODUCT = Pattern.compile(
            "(?i)\\b(?:our|my)\\s+(?:[\\w-]+\\s+){0,2}(?:tool|tools|app|product|products|platform|service|services|solution|software|system|package"
            + "|range|programme|program|agency|firm|company|studio|shop)\\b|\\b(?:could|would|might)\\s+(?:use|save|suit|help)\\b"
            // (the sender's trade told beside the reader's need: "I'm a mortgage broker and her team is relocating …")
            + "|\\bI(?:'m|’m|\\s+am)\\s+an?\\s+(?:[\\w-]+\\s+){0,2}(?:broker|consultant|agent|designer|photographer|developer|accountant|lawyer"
            + "|planner|supplier|installer|contractor|distributor|printer|caterer|trainer|coach)\\b");
    private static final Pattern TIE_PARTY = Pattern.compile(
            "(?i)\\b(?:we|us|he|she|him|her|his|they|them|you|each other|together)\\b|\\p{Lu}\\p{Ll}+(?<!\\bI)");
    private static final Pattern PASSED_ON = Pattern.compile(
            // ("our CEO Mark Feld worked with him at Sanctum and said I should say hi": a new user's referral was read as the sender's
            // own work with him)
            "(?i)\\b(?:told|suggested|asked|advised|recommended|encouraged|said)\\s+(?:(?:me|us)\\s+(?:to|I\\s+should)|(?:that\\s+)?I\\s+should)\\s+(?:reach\\s+out|contact|connect|write|"
            + "message|talk|speak|get\\s+in\\s+touch|email|call|say\\s+(?:hi|hello))\\b|\\breferred\\s+me\\b|\\bintroduced\\s+(?:us|me)\\b");
    private static final Pattern REFERRAL_DEAL = Pattern.compile(
            "(?i)\\breferral\\s+(?:partnership|fee|fees|arrangement|agreement|deal|commission|scheme)\\b"
            + "|\\b\\d+\\s?%\\s+(?:on|of|for)\\s+(?:every|each|any)\\s+(?:client|customer|referral|deal|sale|lead)\\b"
            + "|\\b(?:pay|give|offer)\\s+(?:him|her|them|you)?\\s*(?:a\\s+)?(?:commission|finder'?s\\s+fee|kickback|cut)\\b");
    private static final Pattern IN_TOUCH_WITH_ANOTHER = Pattern.compile(
            "(?i)\\b(?:put|putting|puts)\\s+(?:me|us)\\s+in\\s+touch\\s+with\\s+(?:a|an|some|one of|several|two|three)\\b");
    private static final Pattern MY_RESUME = Pattern.compile(
            "(?i)\\b(?:send|sent|sending|share|shared|forward|email|e-mail|attach)\\w*\\s+(?:(?:him|her|them|you)\\s+)?(?:over\\s+)?"
            + "(?:my|a copy of my)\\s+(?:updated\\s+)?(?:resume|résumé|cv|c\\.v\\.)\\b");
    private static final Pattern PITCH_MARKS = Pattern.compile(
            "(?i)\\d+\\s?%|\\b(?:chat|call|demo|meeting)\\s+about\\s+how\\b|\\b\\d+\\s?(?:-\\s?)?min(?:ute)?s?\\s+(?:chat|call)\\b|\\bchallenges\\b|\\bpain points\\b");
    private static final Pattern STORY_PITCH = Pattern.compile(
            "(?i)\\b(?:my|a|the|our) (?:story |feature |article |editorial )?pitch (?:on|about|for) |\\b(?:story|feature|article|editorial) pitch(?:es)?\\b"
            + "|\\b(?:commissioned|took|accepted|ran|rejected) my pitch\\b");
    private static final Pattern PITCH_COLLAB = Pattern.compile(
            "(?i)\\bpitch(?:ing)?\\s+(?:(?:him|her|them|you)\\s+)?(?:a\\s+|an\\s+|the\\s+|my\\s+|our\\s+)?(?:joint\\s+)?(?:collab|collaboration|partnership|joint\\s+project|co-?project|zine|exhibition|book\\s+project)\\b");
    private static final Pattern PITCH_VERB = Pattern.compile("(?i)\\bpitch(?:ing)?\\b");
    private static final Pattern PITCH_DECK = Pattern.compile("(?i)\\bpitch\\s+decks?\\b");
    private static final List<Map.Entry<Pattern, String>> NOT_SALES_WORDS = List.of(Map.entry(PROCUREMENT_WORK, "purchasing work"),
            Map.entry(OTHER_PIPELINE, "workflow"), Map.entry(A_COURSE, "the classes"));
    // the recipient looking for work, said of them; and the sender looking, or hiring, said of themselves
    private static final Pattern THEY_SEEK = Pattern.compile(
            "(?i)\\b(?:he|she|they|(?-i:\\p{Lu}\\p{Ll}+))(?: is|'s| are|'re)(?: now| currently)? (?:open to work|open to (?:new )?(?:roles|opportunities)"
            + "|looking for (?:a |an |new |his |her |their )?(?:job|role|work|position)s?\\b|job hunting|between jobs)"
            // "he was 6 yrs driver ops at Kiboko Moto, now open to work": the state told after what they did
            + "|\\b(?:he|she|they)\\b[^.!?]{0,80}?,\\s*(?:and )?(?:now |currently )(?:open to work|looking for (?:a |new )?(?:job|role|work))");
    private static final Pattern I_SEEK = Pattern.compile(
            "(?i)\\bI(?:'m| am)(?: also)? (?:open to work|looking for (?:a |my |new )?(?:job|role|work|position)|job hunting)|\\bI applied\\b|\\bmy (?:job search|cv|resume)\\b");
    private static final Pattern APPLIED_MYSELF = Pattern.compile(
            "(?i)(?:^|[.!?;]\\s*|\\b(?:i|i've|i have)\\s+)(?:already\\s+|just\\s+)?applied\\s+(?:last\\s+\\w+\\s+|yesterday\\s+|today\\s+|this\\s+\\w+\\s+|online\\s+)?(?:for|to)\\s+(?:the|a|an|their|her|his|your)\\b");
    private static final Pattern I_HIRE = Pattern.compile(
            "(?i)\\bI(?:'m| am) (?:filling|hiring|recruiting)\\b|\\bwe(?:'re| are) (?:hiring|recruiting|filling)\\b|\\b(?:our|my) (?:open )?(?:role|opening|vacancy|req)\\b"
            // "recruiting Driver Supply Lead for Mombasa, start Jan": the recruiter's memo, its "I'm" left out
            + "|^\\s*(?:recruiting|hiring) (?:a |an |for )?\\p{L}");
    /** A recruiter's placement of the recipient, told: "I was Tomas's recruiter", "I placed him at …", "we recruited her in 2021". */
    private static final Pattern PLACEMENT_TOLD = Pattern.compile(
            "(?i)\\b(?:I|we) (?:was|were) (?:his|her|their|(?-i:\\p{Lu}\\p{Ll}+)'s) (?:recruiter|headhunter)\\b"
            + "|\\b(?:I|we) (?:placed|recruited|headhunted) (?:him|her|them|(?-i:\\p{Lu}\\p{Ll}+))\\b");
    private static final Pattern LEADING_DETERMINER = Pattern.compile("^(?i:(?:our|my|a|an|the)\\s+)+");
    // The longest thing we keep as a named topic, event or offer; longer captures are runaway matches.
    private static final int MAX_ENTITY_WORDS = 8;
    /** A post's topic in the user's words may run longer: "paying screen reader users to test the card app". */
    private static final int MAX_TOPIC_WORDS = 12;

    private PurposeReader() {
    }

    public static Purpose read(String text) {
        return read(text, IntentCatalogue.builtIn(), IntentEvidence.NONE);
    }

    /** As {@link #read(String)}, with further evidence for intents (e.g. from an embedding model). */
    public static Purpose read(String text, IntentEvidence evidence) {
        return read(text, IntentCatalogue.builtIn(), evidence == null ? IntentEvidence.NONE : evidence);
    }

    static Purpose read(String text, IntentCatalogue catalogue) {
        return read(text, catalogue, IntentEvidence.NONE);
    }

    static Purpose read(String text, IntentCatalogue catalogue, IntentEvidence evidence) {
        // A REPL session or a batch reads the same reason for every draft and target: read once.
        return RecentMap.remember(RECENT, new Asked(text == null ? "" : text, catalogue, evidence), a -> readAfresh(a.text(), catalogue, evidence));
    }

    private static final Map<Asked, Purpose> RECENT = RecentMap.of(64);

    /** A reason with the catalogue and evidence it is read by; those two compare by identity (each is one loaded object). */
    private record Asked(String text, IntentCatalogue catalogue, IntentEvidence evidence) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Asked a && a.text.equals(text) && a.catalogue == catalogue && a.evidence == evidence;
        }

        @Override
        public int hashCode() {
            return text.hashCode() * 31 + System.identityHashCode(catalogue) * 17 + System.identityHashCode(evidence);
        }
    }

    /** The reason read again with {@code words} said as {@code instead}; empty when it holds none of them. */
    private static Optional<Purpose> readInstead(String clean, Pattern words, String instead, IntentCatalogue catalogue,
                                                 IntentEvidence evidence) {
        Matcher m = words.matcher(clean);
        return m.find() ? Optional.of(readAfresh(m.replaceAll(instead).strip(), catalogue, evidence)) : Optional.empty();
    }

    /**
     * "Anna Nowak told me write to Kate": a referral typed without the "to" of what one is told to do is read as a referral
     * when the same reason with its "to" is one (a new user's was lost to a job application in the next sentence). Read
     * after the models, on the mended words, so that the models' inputs stay as they were trained.
     */
    private static Purpose readAfresh(String text, IntentCatalogue catalogue, IntentEvidence evidence) {
        Purpose asTyped = readAsTyped(text, catalogue, evidence);
        String mended = SAID_ME_TO.matcher(TOLD_TO_DO.matcher(text).replaceAll("$1 to $2")).replaceAll("told me to");
        if (asTyped.has(Intent.REFERRAL) || mended.equals(text)) {
            return asTyped;
        }
        Purpose again = readAsTyped(mended, catalogue, evidence);
        return again.has(Intent.REFERRAL)
                ? new Purpose(asTyped.text(), again.intents(), again.people(), again.events(), again.posts(), again.offers(), again.stated())
                : asTyped;
    }

    private static final Pattern TOLD_TO_DO = Pattern.compile(
            "(?i)\\b((?:told|asked|advised|encouraged) (?:me|us))\\s+(write|contact|reach|message|call|email|e-mail|talk|speak|connect|apply)\\b");
    private static final Pattern SAID_ME_TO = Pattern.compile("(?i)\\b(?:say|says|said)\\s+me\\s+to\\b");

    private static Purpose readAsTyped(String text, IntentCatalogue catalogue, IntentEvidence evidence) {
        String clean = normalise(text);
        if (clean.isEmpty()) {
            return Purpose.NONE;
        }
        // The cue patterns are explicit evidence: they count, and they are features the classifier weighs;
        // the classifier adds the intents they miss.
        CueReading cueReading = CueReading.of(clean, catalogue);
        Set<Intent> cues = cueReading.affirmed();
        Set<Intent> intents = EnumSet.noneOf(Intent.class);
        intents.addAll(cues);
        Map<String, Double> scores = IntentClassifier.scores(clean, cues, evidence.vector(clean));
        Set<Intent> learnt = IntentClassifier.classify(scores, cues, catalogue.classifier());
        // the sender's own denial ("not trying to sell anything", "no pitch") outranks the classifier, unless the rest of the reason
        // still reads as a sale without it ("Not trying to sell anything, I just think our inventory software would be a good fit
        // for his stores": a disclaimer is no evidence against the pitch beside it)
        // (the reason without the denial's clause, read once for both readings that ask it)
        java.util.function.Supplier<Optional<Purpose>> withoutDenial = dev.rapport.text.Lazy.of(() -> readInstead(clean, DENIAL_CLAUSE, "", catalogue, evidence));
        Set<Intent> denied = EnumSet.noneOf(Intent.class);
        denied.addAll(cueReading.denied());
        if (learnt.contains(Intent.SELLING) && denied.contains(Intent.SELLING)
                && withoutDenial.get().filter(p -> p.has(Intent.SELLING)).isPresent()) {
            denied.remove(Intent.SELLING);
        }
        learnt.removeAll(denied);
        intents.addAll(learnt);
        intents.addAll(evidence.more(clean, Set.copyOf(intents)));
        IntentClassifier.settle(intents, scores, catalogue.classifier());
        if (intents.contains(Intent.SELLING) && !cues.contains(Intent.SELLING) && scores.getOrDefault(Intent.SELLING.id(), 1.0) < MARGINAL_SALE
                && noSentenceSells(clean, catalogue, evidence)) {
            // a sale the models read, barely, from the whole reason and from none of its sentences is the bag of its words,
            // not a sale ("im a 2nd yr audit trainee (housing assoc clients mostly) … real question: …" at 0.51)
            intents.remove(Intent.SELLING);
        }
        // "… after selling my salon": the sender's own business, sold; a sale to the recipient only if the reason reads as one
        // without those words (the cue stays as the models were trained on it)
        if (intents.contains(Intent.SELLING)
                && readInstead(clean, OWN_BUSINESS_SOLD, "", catalogue, evidence).filter(p -> !p.has(Intent.SELLING)).isPresent()) {
            intents.remove(Intent.SELLING);
        }
        // a promise kept ("told him id send our 13th month checklist, got it now") and what the recipient asked for ("she asked
        // for rev F of the dwell time procedure when approved") are sent, not sold: a sale only if the reason reads as one
        // without them (a hand session's seller keeping her word and a development pair's auditee were read as selling; the
        // cues stay as the models were trained on them)
        for (Pattern sent : SENT_NOT_SOLD) {
            if (intents.contains(Intent.SELLING) && readInstead(clean, sent, "I said I would stay in touch", catalogue, evidence)
                    .filter(p -> !p.has(Intent.SELLING)).isPresent()) {
                intents.remove(Intent.SELLING);
            }
        }
        // "I'm new to procurement and would love her advice on getting started": the sender's own field, named, is no buying
        // process; lead generation only if the reason reads as one without it (a new user's graduate was told not to sell;
        // the cue stays as the models were trained on it)
        if (intents.contains(Intent.LEAD_GEN) && readInstead(clean, OWN_FIELD, "$1 this field", catalogue, evidence)
                .filter(p -> !p.has(Intent.LEAD_GEN)).isPresent()) {
            intents.remove(Intent.LEAD_GEN);
        }
        if (!intents.contains(Intent.SELLING) && !intents.contains(Intent.JOB_SEEKING) && sellsAResult(clean)) {
            // "We help boutique resorts in Bali lift RevPAR 15-20% with a 2 week pricing audit": a result in figures sold to
            // a kind of buyer (read after the models, which were trained without it)
            intents.add(Intent.SELLING);
        }
        if (!intents.contains(Intent.SELLING) && !intents.contains(Intent.JOB_SEEKING) && ContactStatements.builtIn().winsAClient(clean)) {
            // "want to win his hospital as a client": the reader's organisation gained as a client is a sale, whatever is
            // sold (read after the models, which were trained without it)
            intents.add(Intent.SELLING);
            intents.remove(Intent.COLLABORATION);
            intents.remove(Intent.NETWORKING);
        }
        // "want to offer a referral partnership, I give 15% on every client he sends": clients sent for a fee is a business deal
        // proposed, not someone who passed the recipient's name on (a coach's resume writer to a stranger was read as a referral)
        if (REFERRAL_DEAL.matcher(clean).find()) {
            intents.remove(Intent.REFERRAL);
            intents.add(Intent.SELLING);
        }
        // each read once for the readings below, which ask them again and again of the same words (a sentence split and the
        // tagger each time, on the check's path)
        boolean serviceOffered = offersAService(clean);
        boolean moneyAsked = asksForMoney(clean);
        // ("the Taipei social selling webinar": a talk named after selling states no sale; a trainer's fellow panellist was refused)
        java.util.function.Supplier<Boolean> aimStated = dev.rapport.text.Lazy.of(() -> SalesAim.statedIn(SELLING_NAMED_TALK.matcher(clean).replaceAll("the talk")));
        if (!intents.contains(Intent.JOB_SEEKING) && serviceOffered) {
            // a service offered to a stranger is a pitch, not a job (the models read "recruit … hiring" as hiring);
            // read after the models, which were trained without it
            intents.remove(Intent.HIRING);
            intents.add(Intent.SELLING);
        }
        // "perfect fit for our identity threat detection. need to book a meeting with him before Q4 ends", "show him how Tarnwell
        // detects identity attacks": a sales aim the sender states is a sale, whatever the models guessed (an SDR's reasons
        // were read as hiring and advice, and follow-first); "he's in our ICP", "see if there's a fit for Tarnwell" is a lead
        // (not beside a collaboration or a job on offer, which the same verbs propose: "propose a joint paper with our GIS lab", "tell
        // her about a remote product designer contract")
        if (intents.stream().noneMatch(Intent::isPitch) && !intents.contains(Intent.JOB_SEEKING) && !intents.contains(Intent.COLLABORATION)
                && !(intents.contains(Intent.HIRING) && JOB_ON_OFFER.matcher(clean).find())
                && !HELP_OFFERED.matcher(clean).find()
                && SalesAim.statedIn(SELLING_NAMED_TALK.matcher(PAST_SALE.matcher(DENIAL_CLAUSE.matcher(clean).replaceAll(" ")).replaceAll(" ")).replaceAll("the talk"))) {
            intents.add(Intent.SELLING);
            if (!I_HIRE.matcher(clean).find()) {
                intents.remove(Intent.HIRING);
            }
        }
        if (intents.stream().noneMatch(Intent::isPitch) && !intents.contains(Intent.JOB_SEEKING) && SALES_JARGON.matcher(clean).find()) {
            intents.add(Intent.LEAD_GEN);
        }
        if (intents.stream().noneMatch(Intent::isPitch) && salesTarget(clean)) {
            // "he's now at Maharlika Insurance, which is one of my target accounts": the recipient's company is on the
            // sender's sales list, a sale in waiting (read after the models, which were trained without it)
            intents.add(Intent.LEAD_GEN);
        }
        // "I applied for the Senior Procurement Specialist opening": a job or a team in procurement, not a buying process to
        // learn about; "I built the tracking-from-broadcast-video pipeline": a data pipeline, not a sales one (an applicant was
        // refused as lead generation). The cues stay as the models were trained on them; the reason is read again without the
        // words, and what that reading finds in the lead generation's exclusive group (the job sought) stays with it
        for (Map.Entry<Pattern, String> notSales : NOT_SALES_WORDS) {
            Optional<Purpose> again = intents.contains(Intent.LEAD_GEN)
                    ? readInstead(clean, notSales.getKey(), notSales.getValue(), catalogue, evidence).filter(p -> !p.has(Intent.LEAD_GEN))
                    : Optional.empty();
            again.ifPresent(p -> {
                intents.remove(Intent.LEAD_GEN);
                p.intents().stream().filter(i -> i == Intent.JOB_SEEKING || i == Intent.HIRING).forEach(intents::add);
            });
        }
        // "I'd like Salesforce to sponsor our annual gala", "ask her for a donation to our food bank": money asked of the reader
        // is the charity's pitch, and the etiquette of a pitch holds (a fundraiser's asks read as hiring, advice or a referral)
        if (moneyAsked) {
            intents.removeAll(java.util.EnumSet.of(Intent.HIRING, Intent.REFERRAL, Intent.ADVICE));
            intents.add(Intent.SELLING);
        }
        // "the foundation she chairs gave our food bank a $50,000 grant in 2020. want to say thank you": money given to the sender
        // is thanked for, not sold (a fundraiser's thanks to a funder read as selling, and no note was drafted)
        if (GIVEN_TO_US.matcher(clean).find() && !aimStated.get() && !serviceOffered && !moneyAsked) {
            intents.remove(Intent.SELLING);
            // "Marcus's foundation gave us a grant for our evening classes" read as hiring
            if (!I_HIRE.matcher(clean).find()) {
                intents.remove(Intent.HIRING);
            }
        }
        // "we talked about small business owners selling or shutting down", "her social selling session": selling as the topic of
        // a talk or an episode is no sale of the sender's (a podcast host's thanks to a guest was refused as a pitch)
        if ((intents.contains(Intent.SELLING) || intents.contains(Intent.LEAD_GEN)) && TOPIC_SELLING.matcher(clean).find() && !aimStated.get()
                && !serviceOffered && !moneyAsked) {
            intents.remove(Intent.SELLING);
            intents.remove(Intent.LEAD_GEN);
        }
        // "want to thank her, no pitch", "not selling anything": the user's own word that there is no sale, when nothing states one
        // (not beside a result, a call asked for or the reader's challenges: "genuinely not trying to sell, … a quick 15 min chat about
        // how Rutaflow cut fuel costs 18%" is the pitch it denies), and only when the rest of the reason sells nothing either ("No
        // pitch! I run a payroll agency and would love to connect with HR leaders like her" is still a sale)
        if ((intents.contains(Intent.SELLING) || intents.contains(Intent.LEAD_GEN)) && NO_SALE.matcher(clean).find() && !aimStated.get()
                && !serviceOffered && !moneyAsked && !sellsAResult(clean) && !PITCH_MARKS.matcher(clean).find()
                && withoutDenial.get().filter(p -> !p.has(Intent.SELLING) && !p.has(Intent.LEAD_GEN)).isPresent()) {
            intents.remove(Intent.SELLING);
            intents.remove(Intent.LEAD_GEN);
        }
        // "I worked with Tom on our go-live, he trained our super users": a sale or a lead the models read in a reason that states how
        // the two know each other is read again without those statements; what the rest does not read as one is none (a nurse's
        // former implementation lead was "your aim includes selling", with Tom himself as the offer)
        boolean guessedSale = intents.contains(Intent.SELLING) && !cues.contains(Intent.SELLING)
                || intents.contains(Intent.LEAD_GEN) && !cues.contains(Intent.LEAD_GEN);
        // (not a sale's own words beside the tie, "send her pricing for the enterprise tier", nor their company on the sender's list)
        // (nor the sender's own product or service named, "our fraud screening service", "our booking software would save …")
        if (guessedSale && !aimStated.get() && !serviceOffered && !moneyAsked && !sellsAResult(clean) && !SALE_WORDS.matcher(clean).find()
                && !OWN_PRODUCT.matcher(clean).find() && !salesTarget(clean)) {
            String rest = clean;
            for (Purpose.StatedRelationship tie : ContactStatements.builtIn().find(clean, intents)) {
                // (a tie names the other person: "I'm a mortgage broker" is who the sender is)
                if (TIE_PARTY.matcher(tie.sentence()).find()) {
                    rest = rest.replace(tie.sentence(), " ");
                }
            }
            // (and the sentence that passes the name on: "Gary Voss … told me to reach out to Randy.")
            for (Sentence sentence : Language.english().sentences(rest)) {
                if (PASSED_ON.matcher(sentence.text()).find()) {
                    rest = rest.replace(sentence.text(), " ");
                }
            }
            rest = rest.replaceAll("^[\\s,.;:]+", "").strip();
            if (!rest.equals(clean)) {
                Purpose again = rest.split("\\s+").length < 3 ? Purpose.NONE : readAfresh(rest, catalogue, evidence);
                if (!cues.contains(Intent.SELLING) && !again.has(Intent.SELLING)) {
                    intents.remove(Intent.SELLING);
                }
                if (!cues.contains(Intent.LEAD_GEN) && !again.has(Intent.LEAD_GEN)) {
                    intents.remove(Intent.LEAD_GEN);
                }
            }
        }
        // "this Nikos send me 3 invitations already, always pitching his greek wines": the recipient's pitches, told of them, are
        // no sale of the sender's; read again without them (a chef asking about a pushy distributor was told her aim was to sell)
        if ((intents.contains(Intent.SELLING) || intents.contains(Intent.LEAD_GEN)) && !aimStated.get()
                && !OWN_PRODUCT.matcher(clean).find()) {
            Optional<Purpose> again = readInstead(clean, THEIR_PITCHES, "writes to me", catalogue, evidence);
            if (again.isPresent() && !again.get().has(Intent.SELLING) && !again.get().has(Intent.LEAD_GEN)) {
                intents.remove(Intent.SELLING);
                intents.remove(Intent.LEAD_GEN);
            }
        }
        // "a story pitch to her desk", "she took my pitch on Cairo's garbage collectors": a writer's pitch is to an editor
        if (intents.contains(Intent.SELLING) && (STORY_PITCH.matcher(clean).find() || SELLING_NAMED_TALK.matcher(clean).find()) && !aimStated.get()
                && !serviceOffered) {
            intents.remove(Intent.SELLING);
            intents.add(Intent.COLLABORATION);
        }
        // "want to pitch him a collab: his photos and my words, a zine …": a joint project proposed is a collaboration, whatever
        // the verb (a freelancer's proposal to a fellow freelancer was refused as a cold sale)
        String proposed = PITCH_VERB.matcher(clean).replaceAll("propose");
        if (intents.contains(Intent.SELLING) && PITCH_COLLAB.matcher(clean).find() && !SalesAim.statedIn(proposed) && !offersAService(proposed)
                && readInstead(clean, PITCH_VERB, "propose", catalogue, evidence).filter(p -> !p.has(Intent.SELLING)).isPresent()) {
            intents.remove(Intent.SELLING);
            intents.add(Intent.COLLABORATION);
        }
        // "his interview about taking companies from four or five people and a pitch deck to forty or fifty": a pitch deck told
        // of is a thing in someone's story, no pitch of the sender's (read after the models, which were trained on the cue)
        if (intents.contains(Intent.SELLING) && PITCH_DECK.matcher(clean).find() && !aimStated.get() && !serviceOffered
                && readInstead(clean, PITCH_DECK, "slide deck", catalogue, evidence).filter(p -> !p.has(Intent.SELLING)).isPresent()) {
            intents.remove(Intent.SELLING);
        }
        if (intents.contains(Intent.SELLING) && INVITED_TO_ASK.matcher(clean).find() && !aimStated.get() && !serviceOffered) {
            // "she say I can write her if I need more help": the recipient's invitation to ask for help is no sale (a
            // second-language writer's version read as selling, the same in plain English did not; read after the models)
            intents.remove(Intent.SELLING);
            intents.add(Intent.ADVICE);
        }
        if (MY_RESUME.matcher(clean).find() && !I_HIRE.matcher(clean).find()) {
            // "he said send him my resume": the sender is the candidate (a veteran's note asked the recruiter whether "a move
            // like that" interested him, read after the models, which read the job fair and the slots as hiring)
            intents.remove(Intent.HIRING);
            intents.add(Intent.JOB_SEEKING);
        }
        if (!intents.contains(Intent.JOB_SEEKING) && !intents.contains(Intent.HIRING) && APPLIED_NO_REPLY.matcher(clean).find()) {
            // "I applied for the … opening last month and never heard back": the "never" after "and" denies the reply, not the
            // application, which the negation's scope and so the cue lost (read after the models, which were trained so)
            intents.add(Intent.JOB_SEEKING);
        }
        if (!intents.contains(Intent.REFERRAL) && (SAID_TO_WRITE.matcher(clean).find() || SAID_TO_WRITE_BY_NAME.matcher(clean).find()
                || POINTED_TO_THEM.matcher(clean).find())) {
            // "Prof. Ospanov (my supervisor at KazNU) said to write her": someone who sent the sender on is a referral, like
            // the cue's "told me to contact" (read after the models, which were trained without it)
            intents.add(Intent.REFERRAL);
        }
        // "I was his recruiter, I placed Tomas in his CVICU job in 2022": a placement told is a tie between the two, no role on
        // offer; hiring only if the reason reads as hiring without it (the cue stays as the models were trained on it)
        if (intents.contains(Intent.HIRING) && !I_HIRE.matcher(clean).find()
                && readInstead(clean, PLACEMENT_TOLD, "I worked with them", catalogue, evidence).filter(p -> !p.has(Intent.HIRING)).isPresent()) {
            intents.remove(Intent.HIRING);
        }
        // "i applied last week for the hrbp role she advertised …, i've been on a career break …": an application the sender
        // made is job seeking, whatever else the reason tells (a returner's long reason read as advice alone; read after the
        // models, which were trained without it)
        if (!intents.contains(Intent.JOB_SEEKING) && intents.stream().noneMatch(Intent::isPitch) && !intents.contains(Intent.HIRING)
                && APPLIED_MYSELF.matcher(clean).find() && !THEY_SEEK.matcher(clean).find()) {
            intents.add(Intent.JOB_SEEKING);
        }
        if (intents.contains(Intent.JOB_SEEKING) && THEY_SEEK.matcher(clean).find() && !I_SEEK.matcher(clean).find()) {
            // "Marcus is open to work … I'm filling a … role": the recipient is the one looking, the sender the one hiring
            intents.remove(Intent.JOB_SEEKING);
            if (I_HIRE.matcher(clean).find()) {
                intents.add(Intent.HIRING);
            }
        }
        if (intents.contains(Intent.REFERRAL) && IN_TOUCH_WITH_ANOTHER.matcher(clean).find() && !POINTED_TO_THEM.matcher(clean).find()
                && !SAID_TO_WRITE.matcher(clean).find() && !SAID_TO_WRITE_BY_NAME.matcher(clean).find()) {
            // "Scott's Climate Science Rapid Response Team put me in touch with a hurricane expert": someone else was introduced,
            // not the recipient (a journalist's thanks said "Science Rapid Response Team suggested I write to you")
            intents.remove(Intent.REFERRAL);
        }
        List<String> events = extract(catalogue, EntityKind.EVENTS, "event", clean);
        // someone who passed the name on ("Yusuf Karam (the painter) told me …") is another person whether or not the
        // classifier read a referral: the note must not take their pronouns for the recipient's
        boolean referral = intents.contains(Intent.REFERRAL);
        List<String> people = extract(catalogue, EntityKind.PEOPLE, "name", clean).stream()
                        .map(n -> stripNotNames(n, catalogue.notNames()))
                        .filter(n -> Names.isPersonName(n, catalogue.notPersonWords()) && !Names.afterPlaceWord(clean, n))
                        .filter(n -> referral || passedOn(clean, n)).toList();
        if (intents.contains(Intent.REFERRAL) && people.isEmpty()) {
            people = Names.referrer(clean, catalogue.notPersonWords(), events)
                    .or(() -> Names.lowerCaseReferrer(clean, catalogue.notPersonWords())).map(List::of).orElse(List.of());
        }
        if (metOnlyTheReferrer(clean, people)) {
            intents.remove(Intent.MET_IN_PERSON);
        }
        List<String> posts = extract(catalogue, EntityKind.POSTS, "topic", clean);
        // Offers matter only when the aim is a sale; "offer my help" to a collaborator is not one.
        List<String> offers = !intents.contains(Intent.SELLING) ? List.<String>of() : extract(catalogue, EntityKind.OFFERS, "offer", clean).stream()
                .map(o -> LEADING_DETERMINER.matcher(o).replaceFirst(""))
                .filter(o -> !o.isBlank() && !catalogue.notOffers().contains(o.toLowerCase(Locale.ROOT)))
                .toList();
        Matcher service = SERVICE_OFFERED.matcher(clean);
        if (intents.contains(Intent.SELLING) && offers.isEmpty() && serviceOffered && service.find()) {
            // what the service helps with ("their finance hiring"), not a capitalised place in the reason
            offers = List.of(service.group(1).strip());
        }
        if (intents.contains(Intent.SELLING) && offers.isEmpty()) {
            // (not the event the two met at: "the TIA conference" is no product of the sender's)
            List<String> met = events;
            // (nor a word of the referrer's name: "Priya Shah told me to reach out" offered "Shah")
            List<String> named = people;
            offers = Names.productTerms(clean, catalogue.notPersonWords()).stream()
                    .filter(o -> met.stream().noneMatch(e -> Words.containsWord(e, o)))
                    .filter(o -> named.stream().noneMatch(n -> Words.containsWord(n, o))).toList();
        }
        return new Purpose(clean, intents, distinct(people), distinct(events), distinct(posts), distinct(offers),
                stated(clean, catalogue, intents, people));
    }

    /** "never actually spoke to her", "didn't get to talk to him": the user's own word that the two never spoke. */
    public static boolean deniesSpeaking(String reason) {
        return reason != null && ContactStatements.NEVER_SPOKE.matcher(reason).find();
    }

    /**
     * The purpose with its stated relationships read again for {@code referrers}: the reader did not know the recipient's
     * name, and a recipient taken for the one who passed their name on ("met Marcus at the Career Night … said to connect
     * here") had their meeting read as a meeting with the referrer, which is none with the recipient.
     */
    public static Purpose restated(Purpose p, List<String> referrers) {
        IntentCatalogue catalogue = IntentCatalogue.builtIn();
        return new Purpose(p.text(), p.intents(), referrers, p.events(), p.posts(), p.offers(),
                stated(p.text(), catalogue, p.intents(), referrers));
    }

    /**
     * The relationships the sender states, each with its sentence: the catalogue's explicit phrases, then
     * what the language layer reads as a statement of contact; a negated sentence states nothing.
     */
    private static List<Purpose.StatedRelationship> stated(String reason, IntentCatalogue catalogue, Set<Intent> intents,
                                                           List<String> referrers) {
        List<Purpose.StatedRelationship> out = new ArrayList<>();
        String text = withoutAsidesOnAnIntroducer(reason);
        ContactStatements.builtIn().find(text, intents, referrers, catalogue.notPersonWords()).stream()
                .filter(r -> !metOnlyTheReferrer(r.sentence(), referrers))
                .filter(r -> out.stream().noneMatch(o -> o.kind().equals(r.kind())))
                .forEach(out::add);
        // "we overlapped at Copperfield a bit but never really worked together": the user's own denial outweighs the overlap
        Matcher denied = NEVER_TOGETHER.matcher(text);
        while (denied.find()) {
            String kind = denied.group(1).toLowerCase(Locale.ROOT).replace("worked", "worked-together")
                    .replace("studied", "studied-together").replace("volunteered", "volunteered-together");
            out.removeIf(r -> r.kind().equals(kind));
        }
        for (Sentence sentence : Language.english().sentences(text)) {
            catalogue.stated().forEach((kind, patterns) -> {
                for (Pattern p : patterns) {
                    Matcher m = p.matcher(sentence.text());
                    // one sentence is one piece of evidence: "he replied and asked me to connect" is an exchange in writing, not also a meeting
                    if (m.find() && !Negation.isNegatedAt(text, sentence.start() + m.start())
                            && out.stream().noneMatch(r -> r.kind().equals(kind) || sentence.text().contains(r.sentence()))) {
                        int from = sentence.tokenAt(sentence.start() + m.start());
                        int to = sentence.tokenAt(sentence.start() + Math.max(m.start(), m.end() - 1));
                        out.add(new Purpose.StatedRelationship(kind,
                                from < 0 ? sentence.text() : ContactStatements.clause(sentence, from, to < 0 ? from : to)));
                    }
                }
            });
        }
        return out;
    }

    /**
     * "I met Ana at ProMat and she suggested I reach out": every meeting the reason tells of was with
     * the person who passed the name on, so it is no meeting with the recipient.
     */
    /** As {@link #metOnlyTheReferrer(String, List)}, for a reason already read: the meeting it tells was with its referrer. */
    public static boolean metOnlyTheReferrer(Purpose purpose) {
        return purpose != null && metOnlyTheReferrer(normalise(purpose.text()), purpose.people());
    }

    static boolean metOnlyTheReferrer(String text, List<String> referrers) {
        return !referrers.isEmpty() && ContactStatements.builtIn().metOnlyReferrers(text, referrers);
    }

    /** The intents whose cue patterns match the text outside any negation (the classifier's explicit evidence). */
    public static Set<Intent> cueIntents(String text) {
        return cueIntents(normalise(text), IntentCatalogue.builtIn());
    }

    /** Intents whose cues match only under negation: the sender says it is not their aim. */
    static Set<Intent> deniedIntents(String clean, IntentCatalogue catalogue) {
        return CueReading.of(clean, catalogue).denied();
    }

    private static Set<Intent> cueIntents(String clean, IntentCatalogue catalogue) {
        return CueReading.of(clean, catalogue).affirmed();
    }

    /**
     * The intents whose cue patterns match the reason outside a negation, and those whose cues match
     * only under one ("not trying to sell anything"): one pass over the cues gives both.
     */
    private record CueReading(Set<Intent> affirmed, Set<Intent> denied) {
        // the gate asks again for each draft of the same reason (SalesAim, the evidence weighing): read once
        private static final Map<Asked, CueReading> READ = RecentMap.of(64);

        static CueReading of(String clean, IntentCatalogue catalogue) {
            return RecentMap.remember(READ, new Asked(clean, catalogue, null), a -> readNow(a.text(), a.catalogue()));
        }

        private static CueReading readNow(String clean, IntentCatalogue catalogue) {
            Set<Intent> affirmed = EnumSet.noneOf(Intent.class);
            Set<Intent> denied = EnumSet.noneOf(Intent.class);
            for (IntentPhrases phrases : catalogue.intents()) {
                switch (reading(phrases.cues(), clean)) {
                    case AFFIRMED -> affirmed.add(phrases.intent());
                    case DENIED -> denied.add(phrases.intent());
                    default -> { }
                }
            }
            denied.removeAll(affirmed);
            return new CueReading(java.util.Collections.unmodifiableSet(affirmed), java.util.Collections.unmodifiableSet(denied));
        }

        private static Found reading(List<Pattern> cues, String text) {
            Found found = Found.NONE;
            for (Pattern cue : cues) {
                Matcher m = cue.matcher(text);
                while (m.find()) {
                    // "not a hard pitch", "not a hard sell at all": a soft pitch is still a pitch, not a denial of one
                    if (!Negation.isNegatedAt(text, m.start()) || HEDGED.matcher(text.substring(Math.max(0, m.start() - 20), m.start())).find()) {
                        return Found.AFFIRMED;
                    }
                    found = Found.DENIED;
                }
            }
            return found;
        }

        private enum Found { NONE, AFFIRMED, DENIED }
    }

    private static final Pattern HEDGED = Pattern.compile("(?i)\\b(?:hard|big|pushy|aggressive|heavy|salesy|formal|full|real)[- ]$");

    // "Yusuf Karam (the painter, we shared a studio for 2 yrs) told me …": the brackets describe the one who passed the name on
    private static final Pattern ASIDE_ON_INTRODUCER = Pattern.compile(
            "(?<=\\p{Lu}[\\p{L}'’-]{1,30}\\s?)\\([^()]{1,160}\\)(?=\\s*(?i:told|said|suggested|introduced|recommended|referred|mentioned|put|pointed|sent|gave|connected)\\b)");

    /**
     * The reason with each aside about a person who passed the name on blanked (same length, so quotes keep their
     * places): what the sender shares with that person ("we shared a studio") is not a tie to the recipient.
     */
    static String withoutAsidesOnAnIntroducer(String text) {
        return ASIDE_ON_INTRODUCER.matcher(text).replaceAll(m -> " ".repeat(m.group().length()));
    }

    /** "Hilde said …", "Yusuf Karam (the painter) told me …": the name is the subject of what was passed on. */
    private static boolean passedOn(String text, String name) {
        return Pattern.compile(Pattern.quote(name) + "\\s*(?:\\([^()]{1,160}\\)\\s*)?(?i:told|said|suggested)\\b").matcher(text).find();
    }

    static String normalise(String text) {
        String s = Sanitizer.clean(text).replace('’', '\'').replace('‘', '\'');
        return SPACES.matcher(s).replaceAll(" ").strip();
    }


    private static final Pattern TRAILING_COUNT = Pattern.compile("\\s+\\d{1,2}$");
    private static final Pattern AGO = Pattern.compile("(?i)\\s*(?:weeks?|wks?|days?|months?|mos?|years?|yrs?|hours?|hrs?|minutes?|mins?)\\b");

    private static List<String> extract(IntentCatalogue catalogue, EntityKind kind, String group, String text) {
        int most = kind == EntityKind.POSTS ? MAX_TOPIC_WORDS : MAX_ENTITY_WORDS;
        List<String> found = new ArrayList<>();
        for (Pattern p : catalogue.entityPatterns(kind)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (Negation.isNegatedAt(text, m.start())) {
                    continue;
                }
                String value = trimPunctuation(m.group(group));
                Matcher count = TRAILING_COUNT.matcher(value);
                if (kind == EntityKind.EVENTS && count.find() && AGO.matcher(text.substring(m.end(group))).lookingAt()) {
                    // "met at the Columbus Nursing Career Fair 2 weeks ago": the number counts the weeks, not the fair
                    value = value.substring(0, count.start()).strip();
                }
                int words = value.isEmpty() ? 0 : value.split(" ").length;
                if (words > 0 && words <= most) {
                    found.add(value);
                }
            }
        }
        if (kind == EntityKind.EVENTS) {
            // "AWS Summit" inside "AWS Summit Chicago": two patterns read one event, the longer says it whole
            List<String> all = List.copyOf(found);
            found.removeIf(v -> all.stream().anyMatch(o -> o.length() > v.length() && Words.containsWord(o, v)));
        }
        return found;
    }

    private static String stripNotNames(String name, Set<String> notNames) {
        List<String> words = new ArrayList<>(List.of(name.split(" ")));
        while (!words.isEmpty() && notNames.contains(words.get(0))) {
            words.remove(0);
        }
        while (!words.isEmpty() && notNames.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        // a possessive ("Ana's") names the person, not the thing they own
        String joined = String.join(" ", words);
        return joined.endsWith("'s") ? joined.substring(0, joined.length() - 2) : joined;
    }

    private static String trimPunctuation(String s) {
        return s == null ? "" : s.strip().replaceAll("^[\\p{P}\\s]+|[\\p{P}&&[^)]]+$", "").strip();
    }

    private static List<String> distinct(List<String> values) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String v : values) {
            byKey.putIfAbsent(v.toLowerCase(Locale.ROOT), v);
        }
        return List.copyOf(byKey.values());
    }
}
