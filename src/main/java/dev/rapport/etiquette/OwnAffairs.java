package dev.rapport.etiquette;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sender busy with their own affairs, which offers the reader no trade: "we are planning a retrofit on
 * two of our ferries", "I run the maths club at our school", "we are mapping 4000 farms this year". Not a
 * feature of the note models (they were trained without it): the gate asks it before it lets the word model
 * call such a sentence a pitch, and phrase rules still apply. Pure.
 */
final class OwnAffairs {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    // "I"/"we" opening a sentence that goes on to something of theirs ("I might transfer to our US site"); what
    // is excluded below: a product, the reader's things but what they wrote, a result or claim ("my success rate is 70 %")
    private static final Pattern OWN_AFFAIRS = Pattern.compile("^\\W*(?:i|we)\\b[^.;!?]*?\\b(?:our|my)\\s+(?:own\\s+)?[\\p{L}-]+"
            // or busy with something now ("we are mapping 4000 farms this year"), unless the doing is a seller's ("we are helping firms …")
            + "|^\\W*(?:i|we)(?:'m|'re|\\s+am|\\s+are)\\s+(?:now\\s+|currently\\s+|still\\s+)?(?!(?:helping|offering|providing|selling|building"
            + "|delivering|supplying|launching|partnering|working\\s+with|looking\\s+for|reaching|hiring|recruiting|expanding|scaling"
            + "|growing|automating|saving|cutting|reducing)\\b)\\p{L}+ing\\b", FLAGS);
    // "we are helping fish landing sites … cut spoilage with our cold-chain sensors": what a seller does for others, whatever
    // "our" follows it (a new user's pitch was let through as the sender's own affairs)
    private static final Pattern SELLERS_DOING = Pattern.compile("^\\W*(?:i|we)(?:'m|'re|\\s+am|\\s+are)?\\s+(?:now\\s+|currently\\s+|already\\s+)?"
            + "(?:helping|help|helped|offering|offer|providing|provide|selling|sell|supplying|supply|delivering|deliver)\\b", FLAGS);
    // "our new scheduling app" is still a product, "our companies" a business: up to three words may stand before the noun
    private static final Pattern OUR_THING = Pattern.compile("\\b(?:our|my)\\s+(?:[\\w-]+\\s+){0,3}(?:" + SentenceCues.Products.NOUNS
            + "|(?:companies|firms|agencies|teams|tools|apps|products|platforms|solutions|systems|businesses|brands)\\b)", FLAGS);
    // work done for others ("a pilot for five logistics companies", "one spot left") is a trade, whatever else the sentence says
    private static final Pattern FOR_CUSTOMERS = Pattern.compile("\\bfor\\s+(?:[\\w-]+\\s+){0,3}(?:companies|firms|teams|clients|customers"
            + "|businesses|brands|organi[sz]ations|agencies|startups|retailers|operators|practices|owners|founders)\\b"
            + "|\\b(?:spots?|places?|seats?|slots?)\\s+left\\b", FLAGS);
    // the reader or their things ("show you", "yours", "your store"); what they wrote or said ("your post") is no trade
    private static final Pattern TO_THE_READER = Pattern.compile("\\b(?:you|yours)\\b", FLAGS);
    private static final Pattern YOUR = Pattern.compile("\\byour\\s+([\\p{L}-]+)(?:\\s+([\\p{L}-]+))?", FLAGS);
    private static final Set<String> SAID = Set.of("post", "posts", "talk", "article", "thread", "paper",
            "column", "book", "piece", "podcast", "newsletter", "video", "writing", "view", "views", "advice", "work", "research");
    private static final Pattern LIKE_YOURS = SentenceCues.cue("like-yours");
    private static final Pattern RESULTS = SentenceCues.cue("results");
    private static final Pattern CLAIM = SentenceCues.cue("claim");

    private OwnAffairs() {
    }

    // "I cut almost all the voiceover like you said": what the sender did on the reader's advice is thanks, not a trade
    private static final Pattern ON_YOUR_ADVICE = Pattern.compile("^\\W*i\\b[^.;!?]*\\b(?:like|as)\\s+you\\s+(?:said|suggested|advised|told\\s+me)\\b"
            + "|\\b(?:on|following|after|thanks\\s+to)\\s+your\\s+(?:advice|feedback|suggestion|tip)\\b", FLAGS);

    // the sender's own trouble ("we lose a lot of them at Beth Israel", "we struggle to keep drivers past a year"): a loss
    // or a difficulty is what they want the reader's view on, not something they sell
    private static final Pattern OWN_TROUBLE = Pattern.compile("^\\W*(?:i|we)(?:'ve|\\s+have|'re|\\s+are|\\s+keep|\\s+still|\\s+often|\\s+always)?\\s+"
            + "(?:lose|losing|lost|struggle|struggling|struggled|(?:have|had|having)\\s+(?:trouble|a\\s+hard\\s+time|problems|difficulty)"
            + "|(?:can't|cannot|couldn't)\\s+(?:keep|hold|find|get|fill|retain))\\b", FLAGS);

    /** True when the sentence is the sender busy with their own affairs, or telling what they did on the reader's advice. */
    static boolean in(String sentence) {
        String s = sentence == null ? "" : sentence.replace('’', '\'');
        if (OWN_TROUBLE.matcher(s).find() && !FOR_CUSTOMERS.matcher(s).find() && !TO_THE_READER.matcher(s).find()
                && !RESULTS.matcher(s).find() && !CLAIM.matcher(s).find()) {
            return true;
        }
        if (ON_YOUR_ADVICE.matcher(s).find() && !FOR_CUSTOMERS.matcher(s).find() && !RESULTS.matcher(s).find()) {
            return true;
        }
        // "… at our agency next month and I'd love to hear what worked for you": the sender's news, then a question for the reader
        Matcher joint = ASKING_AFTER.matcher(s);
        String own = joint.find() ? s.substring(0, joint.start()) : s;
        String rest = own.length() < s.length() ? s.substring(own.length()) : "";
        // "at our agency", "in our clinic": where the sender works, not a thing they sell
        String ownWithoutPlace = WHERE_WE_WORK.matcher(own).replaceAll(" ");
        boolean restOffers = !rest.isEmpty() && (SentenceCues.of(rest).stream().anyMatch(OFFER_MARKS::contains) || FOR_CUSTOMERS.matcher(rest).find());
        return OWN_AFFAIRS.matcher(own).find() && !SELLERS_DOING.matcher(own).find() && !SentenceCues.SHARED.matcher(s).find()
                && !TO_THE_READER.matcher(own).find()
                && onlyWhatTheyWrote(own) && !OUR_THING.matcher(ownWithoutPlace).find() && !LIKE_YOURS.matcher(s).find()
                && !RESULTS.matcher(s).find() && !CLAIM.matcher(s).find() && !FOR_CUSTOMERS.matcher(own).find()
                && !restOffers;
    }

    // the clause after the sender's news that asks the reader something: "and I'd love to hear …", "- how did you …"
    private static final Pattern ASKING_AFTER = Pattern.compile("(?:,?\\s+and|[;,—–-])\\s+(?:i'd|i\\s+would|we'd|we\\s+would|how|what|did|do|could|would)\\b",
            FLAGS);
    private static final Pattern WHERE_WE_WORK = Pattern.compile("\\b(?:at|in|within|inside|across)\\s+our\\s+(?:[\\w-]+\\s+){0,2}?"
            + "(?:agency|company|firm|team|office|practice|clinic|studio|school|site|plant|depot|store|shop)\\b", FLAGS);
    private static final Set<String> OFFER_MARKS = Set.of("we-offer", "self-trade", "your-business", "like-yours",
            "results", "claim", "lead-magnet", "product-does", "hypothetical-gain", "offer-to-reader", "our-thing", "rule=pitch");

    /** Every "your" in the sentence is followed within two words by something the reader wrote or said ("your puzzle column"). */
    private static boolean onlyWhatTheyWrote(String s) {
        Matcher m = YOUR.matcher(s);
        while (m.find()) {
            boolean said = SAID.contains(m.group(1).toLowerCase(Locale.ROOT))
                    || m.group(2) != null && SAID.contains(m.group(2).toLowerCase(Locale.ROOT));
            if (!said) {
                return false;
            }
        }
        return true;
    }
}
