package dev.rapport.purpose;

import dev.rapport.language.Language;
import dev.rapport.language.Sentence;
import dev.rapport.language.Token;
import dev.rapport.text.Words;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells people's names from months, weekdays, titles, places and products with the part-of-speech
 * tags of the language layer and the catalogue's word lists.
 */
final class Names {
    private static final Set<String> ROLE_BEFORE_NAME = Set.of("ceo", "cto", "cfo", "coo", "cmo", "cio", "ciso", "cpo", "vp", "svp", "evp",
            "md", "gm", "hr", "pm");
    private static final Pattern REFERRAL_VERB = Pattern.compile(
            // ("my colleague Paweł say I should contact him": the present a second-language writer uses for the past)
            "(?i)^(?:suggested|recommended|told|said|introduced|referred|pointed|advised|encouraged|asked|mentioned|thought|say|says|tell|tells)$");
    // "I made Schweißschein in bfw …, he said I should write": a capitalised word that is what someone made, got or passed is a
    // thing, not the referrer (a new user's certificate was named as the person who sent him)
    private static final Set<String> OBJECT_VERBS = Set.of("made", "make", "got", "get", "passed", "pass", "have", "has", "had", "did",
            "do", "earned", "took", "take", "finished", "completed", "obtained", "hold", "holds", "need", "needs", "use", "used",
            // "Dana Whitfield just joined Brightspot and suggested I get in touch": the firm joined is no referrer
            "joined", "join", "joins", "left", "leaves", "founded", "co-founded", "runs", "leads");
    private static final Set<String> THING_DETERMINERS = Set.of("the", "a", "an", "our", "their", "its", "this", "that");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("at", "in", "on", "during", "from", "near", "to", "into", "for", "about");

    private Names() {
    }

    /** False for a month, weekday or title ("March", "Dr."), whatever its capitals. */
    /** "the workshop in Hue said I …": a name right after "in", "at" or "from" in the text is a place or an organisation. */
    static boolean afterPlaceWord(String text, String name) {
        return Pattern.compile("(?i)\\b(?:at|in|from|near|of)\\s+" + Pattern.quote(name) + "\\b").matcher(text).find()
                && !Pattern.compile("(?<!(?i:at|in|from|near|of)\\s)\\b" + Pattern.quote(name) + "\\b").matcher(text).find();
    }

    static boolean isPersonName(String candidate, Set<String> notPersonWords) {
        if (candidate.isBlank()) {
            return false;
        }
        for (String word : candidate.split(" ")) {
            if (notPersonWords.contains(word.replaceAll("[.,']", "").toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The person who referred the sender when the sentence says it with a pronoun ("I met Ana at ProMat in
     * March and she suggested I reach out"): the nearest proper noun before the referral verb that is a
     * person's name, not one after "at" or "in" (a place or an event) and not a month, weekday or title.
     */
    static Optional<String> referrer(String text, Set<String> notPersonWords, List<String> events) {
        for (Sentence s : Language.english().sentences(text)) {
            List<Token> tokens = s.tokens();
            int verb = -1;
            for (int i = 0; i < tokens.size(); i++) {
                if (REFERRAL_VERB.matcher(tokens.get(i).text()).matches()) {
                    verb = i;
                    break;
                }
            }
            if (verb < 0) {
                continue;
            }
            // "Referred by my friend Hitesh Shah", "introduced by our CFO Ana Lima": the one who passed the name on, after "by"
            if (verb + 1 < tokens.size() && tokens.get(verb + 1).lower().equals("by")) {
                for (int i = verb + 2; i < tokens.size() && i <= verb + 7; i++) {
                    if (!tokens.get(i).isWord()) {
                        break;
                    }
                    if (isNameToken(tokens.get(i), notPersonWords)) {
                        int j = i;
                        while (j + 1 < tokens.size() && isNameToken(tokens.get(j + 1), notPersonWords)) {
                            j++;
                        }
                        return Optional.of(text.substring(tokens.get(i).start(), tokens.get(j).end()));
                    }
                }
            }
            String best = null;
            int depth = 0;
            for (int i = 0; i < verb; i++) {
                // "Dr Huy (Le Quang Huy)": a name in brackets restates the one before it
                depth += tokens.get(i).text().equals("(") ? 1 : tokens.get(i).text().equals(")") ? -1 : 0;
                if (depth > 0 || !isNameToken(tokens.get(i), notPersonWords)) {
                    continue;
                }
                int j = i;
                while (j + 1 < verb && isNameToken(tokens.get(j + 1), notPersonWords)) {
                    j++;
                }
                // "our CEO Mark Feld … said I should say hi": a role before the name is who they are to the sender, not part of the
                // name, and "our" before it makes no thing of them (a new user's referrer was found nowhere)
                boolean titled = false;
                while (i < j && ROLE_BEFORE_NAME.contains(tokens.get(i).lower())) {
                    i++;
                    titled = true;
                }
                // "at Nile PM Academy": a run of capitalised words and acronyms after "at" or "in" is a place or an organisation
                int k = i - 1;
                // ("works at Quest Dubbo": "Quest", not read as a name, is still a capitalised word of the organisation's name)
                while (k >= 0 && (Words.isAcronym(tokens.get(k).text()) || isNameToken(tokens.get(k), notPersonWords)
                        || k < i && k > 0 && tokens.get(k).isWord() && Character.isUpperCase(tokens.get(k).text().codePointAt(0)))) {
                    k--;
                }
                // "about the Santurce": a name after "the" or "our" is a thing, a ship or a place, not a person
                for (int r = k + 1; r < i; r++) {
                    titled |= ROLE_BEFORE_NAME.contains(tokens.get(r).lower());
                }
                // ("Henry Kilonzo of Safaricom Foundation suggested …": the run after a person's "of" is where they work)
                boolean ofTheirs = best != null && k >= 0 && tokens.get(k).lower().equals("of");
                boolean afterPlaceWord = ofTheirs || !titled && k >= 0 && (PLACE_PREPOSITIONS.contains(tokens.get(k).lower())
                        || THING_DETERMINERS.contains(tokens.get(k).lower()) || OBJECT_VERBS.contains(tokens.get(k).lower()));
                String name = text.substring(tokens.get(i).start(), tokens.get(j).end());
                boolean isEvent = events.stream().anyMatch(e -> e.contains(name));
                // "when we rolled out Vocera badges": a name before a common noun is a brand the noun belongs to, not a person
                boolean brand = j + 1 < verb && tokens.get(j + 1).is("NOUN") && Character.isLowerCase(tokens.get(j + 1).text().codePointAt(0));
                if (!afterPlaceWord && !isEvent && !brand) {
                    // "Lisa Novak, my nurse manager on 4 West, worked with Grace … and told me to reach out": the name that
                    // opens the sentence, set off by a comma, is its subject and the one who told; names after it are in its story
                    if (i == 0 && j + 1 < verb && tokens.get(j + 1).text().equals(",")) {
                        return Optional.of(name);
                    }
                    best = name;
                }
                i = j;
            }
            if (best != null) {
                return Optional.of(best);
            }
        }
        return Optional.empty();
    }

    /**
     * The referrer typed in lower case at the head of the sentence ("mike hale told me to reach out to susan", "my customer
     * mike hale introduced us"), capitalised: a busy seller's reasons lost their referral to one missing capital. Only one or
     * two words that open the sentence (or follow "my"/"our" and a role), none of them a pronoun, a role or a word of time.
     */
    static Optional<String> lowerCaseReferrer(String text, Set<String> notPersonWords) {
        for (Sentence s : Language.english().sentences(text)) {
            List<Token> tokens = s.tokens();
            int verb = -1;
            for (int i = 0; i < tokens.size() && i < 8; i++) {
                if (REFERRAL_VERB.matcher(tokens.get(i).text()).matches()) {
                    verb = i;
                    break;
                }
            }
            if (verb < 1) {
                continue;
            }
            int from = 0;
            if (tokens.get(0).lower().equals("my") || tokens.get(0).lower().equals("our")) {
                // "my customer mike hale", "my old colleague, dave ortiz": the role before the name
                from = 1;
                while (from < verb && (UNNAMED.contains(tokens.get(from).lower()) || ROLE_ADJECTIVES.contains(tokens.get(from).lower())
                        || tokens.get(from).text().equals(","))) {
                    from++;
                }
                if (from == 1) {
                    continue;
                }
            }
            int words = verb - from;
            if (words < 1 || words > 2) {
                continue;
            }
            List<String> name = new java.util.ArrayList<>();
            for (int i = from; i < verb; i++) {
                Token t = tokens.get(i);
                String w = t.text();
                // (no tags: the tagger has none sure for an unknown lower-case name, "mike" came out a conjunction)
                if (!w.matches("\\p{Ll}[\\p{Ll}'’-]+") || FUNCTION_WORDS.contains(w) || notPersonWords.contains(w) || UNNAMED.contains(w)
                        || dev.rapport.text.Words.PRONOUNS.contains(w)) {
                    name.clear();
                    break;
                }
                name.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
            }
            if (!name.isEmpty()) {
                return Optional.of(String.join(" ", name));
            }
        }
        return Optional.empty();
    }

    // people named by what they are to the sender, not by name ("my cousin told me …"): no referrer's name to say
    private static final Set<String> UNNAMED = Set.of("customer", "client", "colleague", "coworker", "co-worker", "friend", "boss",
            "manager", "mentor", "cousin", "sister", "brother", "uncle", "aunt", "wife", "husband", "partner", "neighbour", "neighbor",
            "teacher", "professor", "supervisor", "lead", "team", "someone", "somebody", "everyone", "people", "recruiter", "contact",
            "classmate", "roommate", "mate", "buddy", "rep", "director", "ceo", "founder", "coach", "advisor", "adviser", "tutor",
            "who", "also", "then", "later", "just", "once", "finally", "actually", "and", "but", "so");
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "this", "that", "these", "those", "some", "any",
            "each", "every", "no", "to", "at", "in", "on", "of", "for", "with", "by", "from", "about", "as", "if", "when", "after",
            "before", "is", "was", "were", "are", "be", "been", "has", "have", "had", "do", "did", "not", "never", "ever", "it",
            "there", "here", "all", "both", "one", "two", "yes", "hi", "hey", "hello", "ok", "okay", "well", "oh");
    private static final Set<String> ROLE_ADJECTIVES = Set.of("old", "former", "ex", "good", "best", "dear", "new", "longtime",
            "long-time", "great", "favourite", "favorite");

    private static boolean isNameToken(Token t, Set<String> notPersonWords) {
        String w = t.text();
        // (the tagger calls a name it does not know a noun, "Paweł" among them: a capital mid-sentence makes it one too)
        return (t.is("PROPN") || t.is("NOUN") && t.start() > 0) && Character.isUpperCase(w.codePointAt(0)) && !Words.isAcronym(w)
                && !notPersonWords.contains(w.replace(".", "").toLowerCase(Locale.ROOT));
    }

    /**
     * What a seller names as their product when no offer phrase caught it: acronyms ("SAP"), words with
     * digits ("HTML5") and proper nouns that are not months or titles ("ColdTrace"), possessives cut.
     */
    static List<String> productTerms(String text, Set<String> notPersonWords) {
        Set<String> out = new LinkedHashSet<>();
        for (Sentence s : Language.english().sentences(text)) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                String w = t.text().replaceAll("['’]s$", "");
                boolean digits = w.chars().anyMatch(Character::isDigit) && w.chars().anyMatch(Character::isLetter);
                boolean proper = i > 0 && Character.isUpperCase(w.codePointAt(0)) && !w.equals("I")
                        && (t.is("PROPN") || w.chars().skip(1).anyMatch(Character::isUpperCase));
                // "introduce CarePath to Gregory", "I've never met Gregory": the one it goes to, or met, is no part of the offer
                boolean receiver = proper && w.chars().skip(1).noneMatch(Character::isUpperCase)
                        && (tokens.get(i - 1).lower().equals("to") || ContactStatements.builtIn().isContactVerb(tokens.get(i - 1).lower()));
                if ((Words.isAcronym(w) || digits || proper && !receiver) && w.length() >= 2 && !notPersonWords.contains(w.toLowerCase(Locale.ROOT))) {
                    out.add(w);
                }
            }
        }
        return new ArrayList<>(out);
    }
}
