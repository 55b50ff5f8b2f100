package dev.rapport.etiquette;

import dev.rapport.text.RecentMap;
import dev.rapport.language.LabelModels;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The trained note-sentence classifier as a source of findings: each sentence of a note (the greeting
 * left out) gets a probability for pitch, lead-gen, meeting-ask, no-reason, flattery, me-centric and
 * personal-channel, and a rule whose own phrases found nothing flags the sentences whose probability
 * reaches the rule's {@code classifier-threshold}. Besides the words the models read {@link SentenceCues}
 * (the built-in phrase rules that match, and wording-independent abstractions such as a sender offering
 * work to the reader's business). Two models, built by the training command from the corpus's train
 * split: one over words and cues, one that also reads the sentence embedding when one is at hand.
 */
final class SentenceClassifier {
    static final String MODEL = "/dev/rapport/etiquette/note-sentences.model";
    static final String EMBEDDED_MODEL = "/dev/rapport/etiquette/note-sentences-embedded.model";
    static final String THRESHOLD = "classifier-threshold";
    private static final int CACHED = 4096;

    private static final LabelModels MODELS = new LabelModels(MODEL, EMBEDDED_MODEL);

    private final NoteMeaning meaning;
    private final Map<String, Map<String, Double>> cache = RecentMap.of(CACHED);

    SentenceClassifier(NoteMeaning meaning) {
        this.meaning = meaning == null ? NoteMeaning.NONE : meaning;
    }

    private static final java.util.Set<String> SELLING = java.util.Set.of("pitch", "lead-gen");
    // An offer's own marks; a figure or "our …" alone is common in a retold meeting ("our tower visit 3 weeks ago").
    private static final java.util.Set<String> OFFER_CUES = java.util.Set.of("we-offer", "your-business", "like-yours",
            "self-trade", "product-does", "hypothetical-gain", "lead-magnet", "who-decides", "current-setup");
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]{4,}");
    private static final java.util.regex.Pattern CONVERSATION_RECALLED = java.util.regex.Pattern.compile(
            "(?i)\\bour\\s+(?:conversation|chat|talk|discussion|exchange)\\s+(?:about|on|at|after|yesterday|last|earlier|today)\\b"
                    + "|\\b(?:speaking|talking|chatting)\\s+with\\s+me\\b");
    private static final java.util.regex.Pattern SELLERS_MATERIAL = java.util.regex.Pattern.compile(
            "(?i)\\b(?:free|complimentary|case\\s+study|demo|trial|webinar|e-?book|whitepaper|white\\s+paper|audit|quote|discount|pricing)\\b");
    private static final java.util.regex.Pattern JOINT_WORK = java.util.regex.Pattern.compile(
            "(?i)\\b(?:partner|collaborate|team\\s+up|work\\s+together|co-?author|co-?write|co-?organi[sz]e|join\\s+forces|co-?supervise)\\b");
    private static final java.util.regex.Pattern THEIR_WORK_USED = java.util.regex.Pattern.compile(
            "(?i)\\b(?:cites?|cited|citing|uses?|used|builds?\\s+on|built\\s+on|extends?|extended|draws?\\s+on|drew\\s+on|follows?|followed|"
                    + "replicates?|replicated|adapted|applies|applied|quotes?|quoted|assigns?|assigned)\\s+your\\s+(?:\\d{4}\\s+)?"
                    + "(?:thesis|dissertation|paper|papers|work|method|methods|model|article|book|study|research|dataset|data|code|talk|post|framework|checklist)\\b");
    private static final java.util.regex.Pattern THEIR_WORDS = java.util.regex.Pattern.compile(
            "(?i)\\W*your\\s+(?:line|point|quote|advice|tip|idea|comment|framing|phrase|words|remark|story)\\s+(?:that|about|on)\\b");
    private static final java.util.regex.Pattern AGAIN_ASKED = java.util.regex.Pattern.compile(
            "(?i)(?:are|will|is|do)\\s+(?:you|they|your\\s+team)\\s+(?:be\\s+)?(?:running|doing|holding|hosting|organi[sz]ing|teaching|giving|offering)\\s+"
                    + "(?:it|that|this|the\\s+(?:\\w+\\s+)?(?:event|conference|workshop|meetup|course|webinar|series|session|talk|class|tour|clinic|fair))\\s+again\\b[^.!?]*\\?");
    // how the two met or know each other, told as what happened ("we met on a site visit at the dairy 2 weeks ago with our
    // distributor", "we were batchmates at BMCC (2005-08)")
    private static final java.util.regex.Pattern MEETING_RECALLED = java.util.regex.Pattern.compile(
            "(?i)^\\W*(?:we|i)\\s+(?:first\\s+)?met\\b|^\\W*i\\s+met\\s+you\\b"
                    + "|^\\W*we\\s+were\\s+(?:batch-?mates|class-?mates|course-?mates|colleagues|teammates|team-?mates|room-?mates|flat-?mates"
                    + "|neighbou?rs|in\\s+the\\s+same)\\b");
    private static final java.util.regex.Pattern SCHEDULE = java.util.regex.Pattern.compile(
            "(?i)(?:we|it|they|the\\s+\\w+)(?:'ll|\\s+will|\\s+would)?\\s+(?:record|records|recording|film|films|filming|shoot|meet|meets|run|runs|"
                    + "start|starts|begin|begins|tape|is|are|'s|'re)\\b[^.!?,]{0,30}?\\b(?:in|on|at|from|next|this)\\s+(?:"
                    + "january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\\d|next|spring|summer|autumn|fall|winter|the\\s+\\d)"
                    + "[^.!?]{0,40}[.!]?\\s*$");
    private static final java.util.regex.Pattern BELONG_TOGETHER = java.util.regex.Pattern.compile(
            "(?i)\\bwe(?:'re|’re|\\s+are)\\s+both\\b|\\bboth\\s+(?:members|alumni|graduates|volunteers)\\s+of\\b"
                    + "|\\bfellow\\s+(?:members?|alumni|alumnus|alumna|volunteers?)\\b");
    private static final java.util.regex.Pattern HELP_OFFERED = java.util.regex.Pattern.compile(
            "(?i)\\b(?:anything|any\\s+way)\\s+(?:that\\s+)?i\\s+(?:can|could)\\s+(?:do\\s+to\\s+)?help\\b|\\bif\\s+i\\s+can\\s+(?:ever\\s+)?(?:be\\s+of\\s+)?(?:any\\s+)?help\\b"
                    + "|\\b(?:happy|glad)\\s+to\\s+help\\s+(?:if|where|however|any)\\b");
    private static final java.util.regex.Pattern PRAISE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:inspired|impressed|admire|admiring|amazed|love|loved|enjoy|enjoyed|respect|great|amazing|impressive|inspiring)\\b"
                    + "[^.!?]{0,40}\\byour\\s+(?:\\w+\\s+)?(?:expertise|work|career|journey|profile|experience|background|achievements?|posts?"
                    + "|insights?|content|leadership|knowledge|passion|articles?|writing|talks?|research|story)\\b");
    private static final java.util.regex.Pattern ROLE_OFFERED = java.util.regex.Pattern.compile(
            "(?i)\\b(?:recruiting|hiring|role|position|vacancy|opening|contract|perm|locum)\\b");
    // the cues a role offered may carry (its pay, a "we", a question whether it interests them); any other is a product's mark
    private static final java.util.function.Predicate<String> JOB_NEVER = java.util.Set.of("results", "claim", "we-offer", "self-trade",
            "yes-no-ask", "you-question", "time-ask", "your-business")::contains;
    // the marks of something sold: the seller's product, a result, the reader's business, a magnet, a claim
    private static final java.util.Set<String> SOLD = java.util.Set.of("our-thing", "your-business", "like-yours", "results", "lead-magnet",
            "product-does", "hypothetical-gain", "claim", "do-yours", "who-decides", "current-setup", "rule=pitch", "rule=lead-gen");

    /**
     * A sentence that only retells the user's own reason is not guessed to be a pitch by the word model:
     * "you led our tower visit at Faro 3 weeks ago" was held back as a sales pitch, when the reason was read as
     * selling nothing. A seller who met the reader may also retell what the two talked about ("we talked a long
     * time about high altitude Malbec, our 1400m block vs the 1100m one") when the user states that contact. A
     * sentence with an offer's own marks (a "we can", a result, the reader's business) is still read, and phrase
     * rules still apply to every sentence.
     */
    /**
     * The sentence offers nothing, however a model reads it: it retells the user's own account, praises, or tells the
     * sender's own affairs. One reading for the trained classifier and for the embedding's nearest examples.
     */
    /** None of the cues {@code sold} counts as a sale's, and no offer's cue but the trade cue, which reads "I'm inspired …" too. */
    private static boolean noSaleMarks(List<String> cues, java.util.function.Predicate<String> sold) {
        return cues.stream().noneMatch(sold) && cues.stream().noneMatch(c -> OFFER_CUES.contains(c) && !c.equals("self-trade"));
    }

    static boolean sellsNothing(String sentence, NoteReading reading) {
        return retold(sentence, reading) || OwnAffairs.in(sentence);
    }

    private static boolean retold(String sentence, NoteReading reading) {
        NoteContext ctx = reading.ctx;
        // "we shared a flat in Leeds for 2 years during uni": a past the two shared, with none of an offer's marks, sells
        // nothing, with or without the reason beside it (a trainer's critique scored it a pitch at 0.42)
        List<String> cues = SentenceCues.of(sentence);
        if (cues.contains("shared-past") && cues.stream().noneMatch(OFFER_CUES::contains)) {
            return true;
        }
        // "we are both members of IEEE": a group the two belong to, with nothing to sell, is what they share (the trade cue read
        // "are" as the sender's trade, and a trainer's public example was scored a sales pitch). Read here, after the model, since
        // the cues are the models' features and this one came after their training.
        if (BELONG_TOGETHER.matcher(sentence).find() && cues.stream().noneMatch(SOLD::contains)) {
            return true;
        }
        // "Let me know if there is anything I can help with.": help offered with nothing to sell (no product, result or
        // business of theirs named) is a courtesy; a trainer's public example of a good note was scored a sales pitch
        if (HELP_OFFERED.matcher(sentence).find() && cues.stream().noneMatch(SOLD::contains)) {
            return true;
        }
        // "I'm inspired to see your expertise in Digital Marketing": praise of the reader's own work sells nothing (a trainer's
        // public example of flattery was graded a sales pitch, which teaches a class the wrong lesson)
        // ("I'm inspired …" reads to the trade cue as the sender's trade)
        if (PRAISE.matcher(sentence).find() && noSaleMarks(cues, SOLD::contains)) {
            return true;
        }
        // "Our conversation about how a company mission statement can set a tone … really got me thinking.": a talk the two had,
        // recalled, sells nothing (a careers blog's recommended follow-up line was scored a sales pitch)
        // ("2 weeks ago" is when, not a result the sender sells)
        java.util.Set<String> sold = TIME_AGO.matcher(sentence).find() && !RESULT_WORDS.matcher(sentence).find() ? SOLD_NOT_RESULTS : SOLD;
        if ((CONVERSATION_RECALLED.matcher(sentence).find() || MEETING_RECALLED.matcher(sentence).find()) && noSaleMarks(cues, sold::contains)) {
            return true;
        }
        // "our 2023 paper cites your thesis on scour detection", "Your line that a tool isn't finished if it adds clicks … is going on
        // our unit whiteboard": the reader's own work or words, used or quoted by the sender, sell nothing (a professor's and a
        // nurse's notes were graded sales pitches); "Are you running it again next year?" asks after the event the note names
        if ((THEIR_WORK_USED.matcher(sentence).find() || THEIR_WORDS.matcher(sentence.strip()).lookingAt()
                || AGAIN_ASKED.matcher(sentence.strip()).matches()) && noSaleMarks(cues, c -> SOLD.contains(c) && !c.equals("our-thing"))) {
            return true;
        }
        // "We record in London in March.": when and where the thing asked about happens, with nothing sold in it (a podcast
        // host's invitation to a guest was scored a sales pitch)
        if (SCHEDULE.matcher(sentence.strip()).lookingAt() && noSaleMarks(cues, SOLD::contains)) {
            return true;
        }
        if (ctx == null || ctx.purpose() == null) {
            return false;
        }
        // "I'm recruiting a Director of Operations for an expedite carrier in Columbus, 115-130k base plus bonus": a role offered by
        // a recruiter sells nothing; its pay reads to the model as a sale's figures (a new user's plain role note scored 30)
        if (ctx.purpose().has(dev.rapport.purpose.Intent.HIRING) && !ctx.purpose().has(dev.rapport.purpose.Intent.SELLING)
                && ROLE_OFFERED.matcher(sentence).find() && cues.stream().noneMatch(JOB_NEVER.negate()::test)) {
            return true;
        }
        // "I can send you our list of ICU openings" to someone who asked the sender about ICU residencies answers her
        if (SendingWhatTheyAsked.in(sentence, ctx.purpose())) {
            return true;
        }
        boolean sellsNothing = !ctx.purpose().isPitch();
        boolean statedContact = !ctx.purpose().stated().isEmpty();
        // "I would like to ask if Colliers would partner with us on a PennDOT proposal": joint work the reason proposes, asked of
        // someone the sender knows, sells nothing (a professor's ask of her former student was left out of the note)
        // (a proposal written together, a grant's, is no lead magnet: the cue reads the word "proposal")
        boolean sellersMaterial = SELLERS_MATERIAL.matcher(sentence).find();
        if (sellsNothing && ctx.purpose().has(dev.rapport.purpose.Intent.COLLABORATION) && JOINT_WORK.matcher(sentence).find()
                && cues.stream().noneMatch(c -> SOLD.contains(c) && !c.equals("our-thing") && !(c.equals("lead-magnet") && !sellersMaterial))) {
            return true;
        }
        // "we are both in OIF.", as the user typed it: too short to count words in, and what the two share offers nothing
        // (the trade cue reads "are" as a verb of the sender's trade)
        if (sellsNothing && WE_BOTH.matcher(sentence).lookingAt()) {
            String bare = sentence.strip().replaceAll("[.!]+$", "").toLowerCase(java.util.Locale.ROOT);
            if (ctx.purpose().text().toLowerCase(java.util.Locale.ROOT).contains(bare)) {
                return true;
            }
        }
        // "As promised, I'll send you our 13th month pay checklist", from a seller who met the reader and promised it: a
        // promise kept to someone who wanted it is not guessed a pitch (phrase rules still read it)
        // (a promise made is itself a contact, though "ramon stopped by our booth" states no tie the reader parses)
        if (KEPT_PROMISE.matcher(sentence).lookingAt() && PROMISED.matcher(ctx.purpose().text()).find()) {
            return true;
        }
        if (!(sellsNothing || statedContact) || !fromTheReason(sentence, ctx)) {
            return false;
        }
        // "We lost touch after I shifted to Zurich", "we passed the operator audit on all 12 sites": what happened, retold
        // from a reason that sells nothing, offers nothing, whatever the cues of a trade its first words share
        if (sellsNothing && SentenceCues.narrates(sentence)) {
            return true;
        }
        // "I modelled time-of-use tariffs at Meridian for three years": a job seeker's own work, in their own words, is what they offer the reader;
        // "I do stock spreadsheets every day so I can help" answers the recipient's own call for Excel volunteers
        // ("we are hiring a Workforce Management Lead for a new German account", a recruiter's role to a candidate open to
        // work: a job offered is no sale, and a reviewer asked for the role, the account and the place)
        // ("I run plant finance for two manufacturing sites", typed by a peer who sells nothing: what one person does, said of
        // nothing of the reader's, is who writes, no offer; a new user's "mention" of it was refused as a pitch. A business's
        // "we do after hours every night", to someone who needs it, is still read)
        boolean ownOffer = ctx.purpose().has(dev.rapport.purpose.Intent.JOB_SEEKING) || ctx.purpose().has(dev.rapport.purpose.Intent.HIRING)
                || reading.invited() || SINGULAR_SELF.matcher(sentence).lookingAt() && !TO_THE_READER.matcher(sentence).find()
                && !OFFERED.matcher(sentence).find();
        if (sellsNothing && cues.stream().noneMatch(cue -> OFFER_CUES.contains(cue) && !(ownOffer && SELF_DESCRIPTION.contains(cue)))) {
            return true;
        }
        // (a shared past with no offer's marks was let through above, with or without a stated contact)
        return statedContact && retellsAStatedTie(sentence, ctx.purpose());
    }

    private static final java.util.regex.Pattern TIME_AGO = java.util.regex.Pattern.compile(
            "(?i)\\b\\d+\\s?(?:hours?|days?|weeks?)\\s+ago\\b|\\bfor\\s+\\d+\\s?(?:hours?|days?|weeks?)\\b");
    private static final java.util.regex.Pattern RESULT_WORDS = java.util.regex.Pattern.compile("(?i)%|\\bpercent\\b|[$€£]\\s?\\d|\\b\\d+x\\b");
    private static final java.util.Set<String> SOLD_NOT_RESULTS = SOLD.stream().filter(c -> !c.equals("results"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * "we sat across the table for the Gothenburg hotels agreement": the note retells, nearly word for word, a
     * sentence in which the user stated how the two know each other; however a "we did …" sentence reads to the
     * model, the user's own account of a shared past offers nothing.
     */
    private static boolean retellsAStatedTie(String sentence, dev.rapport.purpose.Purpose purpose) {
        return purpose.stated().stream().anyMatch(r -> mostlyFrom(sentence, r.sentence().toLowerCase(java.util.Locale.ROOT)));
    }

    private static final java.util.regex.Pattern KEPT_PROMISE = java.util.regex.Pattern.compile("(?i)\\W*as promised\\b");
    // (only whether the reason speaks of a promise at all; the drafter's promise readers parse who promised what, to say it)
    // ("told him id send our checklist", "said I'd share the deck": a promise in other words)
    private static final java.util.regex.Pattern PROMISED = java.util.regex.Pattern.compile(
            "(?i)\\b(?:promised|promise)\\b|\\b(?:told (?:him|her|them|you)|said) (?:that )?(?:I'd|I’d|id|I would|I'll|I will) \\p{L}+");
    private static final java.util.regex.Pattern WE_BOTH = java.util.regex.Pattern.compile(
            "(?i)^\\W*we(?:'re|’re| are| were) both (?:in|at|members of|part of|on|from)\\b");
    private static final java.util.Set<String> SELF_DESCRIPTION = java.util.Set.of("self-trade", "we-offer");
    private static final java.util.regex.Pattern SINGULAR_SELF = java.util.regex.Pattern.compile("(?i)\\W*i(?:'m|’m| am)?\\s");
    // ("I do stock spreadsheets every day so I can help": what one person does, offered, is still read)
    private static final java.util.regex.Pattern OFFERED = java.util.regex.Pattern.compile(
            "(?i)\\b(?:can|could|will|'ll|’ll|would|happy to|glad to|help|helps|offer|offering|free|available)\\b");
    private static final java.util.regex.Pattern TO_THE_READER = java.util.regex.Pattern.compile("(?i)\\b(?:you|your|yours|you're|you'd|you'll)\\b");

    /** At least 70 % of the sentence's longer words come from a reason that was read as selling nothing. */
    static boolean retells(String sentence, NoteContext ctx) {
        return ctx != null && ctx.purpose() != null && !ctx.purpose().isPitch() && fromTheReason(sentence, ctx);
    }

    /** At least 70 % of the sentence's longer words come from the user's reason. */
    private static boolean fromTheReason(String sentence, NoteContext ctx) {
        if (ctx == null || ctx.purpose() == null || ctx.purpose().text().isBlank()) {
            return false;
        }
        return mostlyFrom(sentence, ctx.purpose().text().toLowerCase(java.util.Locale.ROOT));
    }

    /** At least 70 % of the sentence's longer words occur in {@code source} (lower case). */
    private static boolean mostlyFrom(String sentence, String source) {
        java.util.regex.Matcher m = WORD.matcher(sentence.toLowerCase(java.util.Locale.ROOT));
        int words = 0;
        int inReason = 0;
        while (m.find()) {
            String w = m.group();
            if (w.equals("your") || w.equals("you're") || w.equals("would") || w.equals("like")) {
                continue;
            }
            words++;
            if (source.contains(w)) {
                inReason++;
            }
        }
        return words >= 2 && inReason * 10 >= words * 7;
    }

    /** The probability of each label for one sentence (cached: every rule asks about the same sentences). */
    Map<String, Double> scores(String sentence) {
        return RecentMap.remember(cache, sentence, s -> MODELS.scores(s, SentenceCues.of(s), meaning.vector(s)));
    }

    /** The sentences of the note the classifier flags for the rule (none for a rule without a threshold). */
    List<NoteMeaning.Echo> echoes(NoteReading reading, Rule rule) {
        double threshold = rule.number(THRESHOLD, 2);
        String note = reading.note;
        if (threshold > 1 || note.isBlank()) {
            return List.of();
        }
        List<NoteMeaning.Echo> out = new ArrayList<>();
        for (Span s : Sentences.split(note, Sentences.greeting(note, reading.greeting()).end())) {
            Double p = scores(s.of(note)).get(rule.id());
            // the sender's own affairs ("we are planning a retrofit of our ferries") offer no trade; phrase rules still apply
            if (p != null && p >= threshold && !(SELLING.contains(rule.id()) && sellsNothing(s.of(note), reading))) {
                out.add(new NoteMeaning.Echo(s.start(), s.end(), p));
            }
        }
        return out;
    }
}
