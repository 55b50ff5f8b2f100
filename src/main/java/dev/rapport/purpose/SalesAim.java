package dev.rapport.purpose;

import java.util.List;

/**
 * Whether the sender states a sale as their own aim ("I want to sell him our panels"), read with the
 * language layer rather than taken from the intents alone: a "pitch deck" or a demo the target gave is
 * no such aim. The judge lets a pitch outrank a relationship on the sender's word only then. Pure.
 */
public final class SalesAim {
    private SalesAim() {
    }

    public static boolean stated(Purpose purpose) {
        return purpose != null && !purpose.text().isBlank() && ContactStatements.builtIn().statesSalesAim(purpose.text());
    }

    /**
     * Whether the reason carries explicit evidence of a sale or a sales qualification: a cue phrase of
     * selling or lead generation outside negation, a sale stated as the sender's aim, a result
     * or a service offered to the target, or what is offered named after a verb of selling ("introduce CarePath to him"). A pitch intent
     * the trained classifier guessed without any of these ("read his book, loved it, would like to chat
     * sometime" once scored 0.66 selling) is too weak to refuse an invitation on.
     */
    // a recruiter's "she'd be a great fit for the role" names the post; a seller's "a great fit for her clients" names none
    private static final java.util.regex.Pattern A_POST = java.util.regex.Pattern.compile(
            "(?i)\\b(?:role|roles|position|positions|job|jobs|vacancy|vacancies|opening|openings|candidate|candidates|contract|placement)\\b");
    private static final java.util.regex.Pattern PRODUCT_PUT = java.util.regex.Pattern.compile(
            "(?i)\\b(?:our|my)\\s+(?:[\\w-]+\\s+){0,3}?(?:product|tool|platform|software|solution|service|app|module|system|sensors?|devices?)"
                    + "(?:\\s+\\p{Lu}[\\w-]*)?\\s+(?:can|could|would|will)\\s+(?:really\\s+)?(?:help|save|cut|reduce|improve|fix|solve|automate)\\b"
                    + "|\\b(?:share|show|demo|present)\\s+(?:(?:her|him|them)\\s+)?(?:our|my)\\s+(?:[\\w-]+\\s+){0,3}?(?:product|tool|platform|software|solution|module|app|system|service)s?\\b"
                    + "|\\bwould\\s+be\\s+a\\s+(?:great|good|perfect|strong|natural)\\s+fit\\s+for\\s+(?:her|his|their|your)\\s+(?:clients|customers|team|company|business|firm|organi[sz]ation)\\b");

    public static boolean evidenced(Purpose purpose) {
        if (purpose == null || purpose.text().isBlank()) {
            return false;
        }
        java.util.Set<Intent> cues = PurposeReader.cueIntents(purpose.text());
        return cues.stream().anyMatch(Intent::isPitch) || stated(purpose) || PurposeReader.sellsAResult(purpose.text())
                || PurposeReader.offersAService(purpose.text())
                // "I'd like Salesforce to sponsor our annual gala": money asked of the reader, stated
                || PurposeReader.asksForMoney(purpose.text())
                // "our product Spendwise can help her clients reduce costs", "share our contract management module with her",
                // "Spendwise would be a great fit for her clients": a product put to the reader (a new user's seller reasons
                // read as selling by the classifier, with no cue to confirm it, were follow-first)
                || PRODUCT_PUT.matcher(purpose.text()).find()
                // "want to intro Cloudbridge Payroll since they have 60 stores": the sender's own firm offered by a sales verb
                || offeredIn(purpose.text(), purpose.offers());
    }

    /**
     * The sentence of the reason that carries the sale, to quote: the first with explicit evidence, else the first the
     * reader takes for a pitch on its own, else the whole reason (a founder's verdict quoted "Daniel and I were both buyers …"
     * as the aim, and left out the sentence that asked how his bank picks vendors).
     */
    public static String sentenceOf(Purpose purpose) {
        String text = purpose == null ? "" : purpose.text();
        List<String> sentences = dev.rapport.language.Language.english().sentenceTexts(text);
        if (sentences.size() < 2) {
            return text;
        }
        for (String s : sentences) {
            if (evidenced(purpose.withText(s))) {
                return s.strip();
            }
        }
        for (String s : sentences) {
            if (PurposeReader.read(s).isPitch()) {
                return s.strip();
            }
        }
        return text;
    }

    /** One sentence in which the sender states a sale as their aim ("I sell slotting software", "show him how X could cut 10 %"). */
    public static boolean statedIn(String sentence) {
        return sentence != null && !sentence.isBlank() && ContactStatements.builtIn().statesSalesAim(sentence);
    }

    /**
     * The purpose with a sale added when the reason offers the sender's own organisation to the reader ("want to show
     * him how Ledgerly gets it to 4", Ledgerly being where the sender works): read after the models, which cannot know
     * whose name Ledgerly is. A job seeker or a recruiter naming their own employer is not selling.
     */
    public static Purpose withOwnOffer(Purpose purpose, java.util.Collection<String> ownOrganisations) {
        // (a job or a role the classifier only guessed, with no cue for it, does not outweigh the sender's own firm offered)
        java.util.Set<Intent> cued = purpose == null ? java.util.Set.of() : PurposeReader.cueIntents(purpose.text());
        if (purpose != null && !purpose.has(Intent.SELLING) && PRODUCT_PUT.matcher(purpose.text()).find()
                && !(purpose.has(Intent.JOB_SEEKING) && cued.contains(Intent.JOB_SEEKING)) && !(purpose.has(Intent.HIRING) && cued.contains(Intent.HIRING) && A_POST.matcher(purpose.text()).find())) {
            // "want to share our contract management module with her" (read as collaboration), "Spendwise would be a great fit
            // for her clients" (read as hiring): the sender's product put to the reader is a sale, whatever else was guessed
            return asSale(purpose, purpose.offers(), Intent.COLLABORATION);
        }
        // (a pitch already read, e.g. "on my target list" as lead generation, still gets what is offered named: the
        // evidence of the sale is the firm after the verb of selling)
        if (purpose == null || purpose.has(Intent.SELLING) && !purpose.offers().isEmpty() || purpose.has(Intent.JOB_SEEKING) && cued.contains(Intent.JOB_SEEKING)
                || purpose.has(Intent.HIRING) && cued.contains(Intent.HIRING)
                || ownOrganisations == null || ownOrganisations.isEmpty()
                || !ContactStatements.builtIn().offersOwn(purpose.text(), ownOrganisations)) {
            return purpose;
        }
        // what is offered is theirs: the organisation the reason names (the offer-fit rule and the gate read it)
        List<String> offers = purpose.offers().isEmpty()
                ? ownOrganisations.stream().filter(o -> dev.rapport.text.Words.containsWord(purpose.text(), o)).toList() : purpose.offers();
        return asSale(purpose, offers);
    }

    /** The purpose read as a sale of {@code offers}: no longer networking, a job sought or a post filled, nor {@code alsoNot}. */
    private static Purpose asSale(Purpose purpose, List<String> offers, Intent... alsoNot) {
        java.util.Set<Intent> intents = java.util.EnumSet.of(Intent.SELLING);
        intents.addAll(purpose.intents());
        intents.removeAll(java.util.EnumSet.of(Intent.NETWORKING, Intent.JOB_SEEKING, Intent.HIRING));
        intents.removeAll(java.util.List.of(alsoNot));
        return new Purpose(purpose.text(), intents, purpose.people(), purpose.events(), purpose.posts(), offers, purpose.stated());
    }

    /** One sentence that offers one of {@code offers} with a verb of selling ("I would like to tell you about Ledgerly"). */
    public static boolean offeredIn(String sentence, java.util.Collection<String> offers) {
        return sentence != null && !sentence.isBlank() && offers != null && !offers.isEmpty()
                && ContactStatements.builtIn().offersOwn(sentence, offers);
    }
}
