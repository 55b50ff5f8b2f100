package dev.rapport.draft;

import dev.rapport.ground.CommonGround;
import dev.rapport.ground.GroundKind;
import dev.rapport.language.Language;
import dev.rapport.language.Sentence;
import dev.rapport.language.Token;
import dev.rapport.profile.Post;
import dev.rapport.profile.Profile;
import dev.rapport.purpose.Purpose;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Picks the target's post that best matches what the sender cares about (by shared words with the
 * purpose and the sender's role and skills) and the specific thing in it a comment should name.
 */
final class PostPicker {
    /** The post, and the words from it that a comment names ("accessibility audits"). */
    record Choice(Post post, String phrase) {
    }

    private static final Pattern THIRD_PERSON = Pattern.compile("(?i)\\b(?:he|she|her|his|him|they|their|them)\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");

    private final Set<String> stopwords;

    PostPicker(List<String> stopwords) {
        this.stopwords = Set.copyOf(stopwords.stream().map(Text::lower).toList());
    }

    Optional<Choice> pick(DraftRequest request) {
        Profile them = request.them();
        if (them == null) {
            return Optional.empty();
        }
        List<Post> posts = them.posts().stream().filter(p -> !Text.value(p.text(), true).isEmpty()).toList();
        if (posts.isEmpty()) {
            return Optional.empty();
        }
        Set<String> interest = interest(request);
        Post best = posts.get(0);
        long bestScore = -1;
        for (Post p : posts) {
            long score = words(p.text()).stream().map(Text::lower).distinct().filter(interest::contains).count();
            if (score > bestScore) {
                best = p;
                bestScore = score;
            }
        }
        return Optional.of(new Choice(best, withArticle(phrase(best, request, interest), best.text())));
    }

    private static final Pattern DETERMINER = Pattern.compile("(?i)\\b(?:a|an|the|our|my|their|his|her|this|that|your|its)\\s+$");

    /**
     * "the workforce data panel": a phrase the post itself gives with a determiner ("our workforce data panel") needs one in
     * English too, and "the" is the one a commenter uses; a phrase the post gives bare ("about ICU residencies") stays bare.
     */
    static String withArticle(String phrase, String post) {
        if (phrase.isEmpty() || Character.isUpperCase(phrase.codePointAt(0)) && !phrase.equals(phrase.toUpperCase(java.util.Locale.ROOT))) {
            return phrase;
        }
        String lowerPost = Text.lower(post);
        int at = lowerPost.indexOf(Text.lower(phrase));
        return at > 0 && DETERMINER.matcher(post.substring(0, at)).find() ? "the " + phrase : phrase;
    }

    private Set<String> interest(DraftRequest request) {
        List<String> texts = new ArrayList<>();
        Purpose purpose = request.purpose();
        if (purpose != null) {
            texts.add(purpose.text());
            texts.addAll(purpose.posts());
        }
        Profile me = request.me();
        if (me != null) {
            texts.add(me.headline());
            texts.addAll(me.skills());
            me.positions().forEach(p -> texts.add(p.title()));
        }
        request.ground().stream().filter(g -> g.kind() == GroundKind.THEIR_POST).forEach(g -> texts.add(g.subject()));
        Set<String> out = new LinkedHashSet<>();
        texts.forEach(t -> words(t).stream().map(Text::lower).filter(this::content).forEach(out::add));
        return out;
    }

    /** The thing to name: the post's topic as the ground finder saw it, else the first matching words. */
    private String phrase(Post post, DraftRequest request, Set<String> interest) {
        String lowerPost = Text.lower(post.text());
        for (CommonGround g : request.ground()) {
            String subject = Text.value(g.subject(), false);
            // the user's own name for the post ("paying screen reader users to test the card app"): the ground
            // finder has already seen that the post covers it, though not word for word
            boolean usersWords = request.purpose() != null && request.purpose().posts().stream().anyMatch(t -> Text.lower(t).equals(Text.lower(subject)));
            if (g.kind() == GroundKind.THEIR_POST && !subject.isEmpty() && (lowerPost.contains(Text.lower(subject)) || usersWords)
                    && !THIRD_PERSON.matcher(subject).find() && !onlyTime(subject)) {
                return subject;
            }
        }
        return nounPhrase(post.text(), interest);
    }

    /**
     * The post's noun phrase a comment can name: a run of adjectives and nouns ending in a noun ("junior engineers",
     * "safety system"), the first that carries a word the sender cares about, else the first of two words or more,
     * else the first. Never a verb or a function word ("their post about look", "about technician cannot").
     */
    private String nounPhrase(String text, Set<String> interest) {
        List<String> phrases = new ArrayList<>();
        for (Sentence s : Language.english().sentences(text)) {
            List<Token> run = new ArrayList<>();
            List<Token> tokens = s.tokens();
            for (int i = 0; i <= tokens.size(); i++) {
                Token t = i < tokens.size() ? tokens.get(i) : null;
                if (t != null && t.is("ADJ", "NOUN", "PROPN") && WORD.matcher(t.text()).matches()) {
                    run.add(t);
                    continue;
                }
                // "Lack of assertiveness": a noun and its "of" phrase are one thing
                if (t != null && t.lower().equals("of") && !run.isEmpty() && run.get(run.size() - 1).is("NOUN")
                        && i + 1 < tokens.size() && tokens.get(i + 1).is("ADJ", "NOUN", "PROPN")) {
                    run.add(t);
                    continue;
                }
                while (!run.isEmpty() && !run.get(run.size() - 1).is("NOUN", "PROPN")) {
                    run.remove(run.size() - 1);
                }
                // (at most the last three words: "new junior platform engineers" names no more than "junior platform engineers")
                List<Token> kept = run.stream().anyMatch(k -> k.lower().equals("of")) ? run : run.subList(Math.max(0, run.size() - 3), run.size());
                // a name (a place, an employer, an event: "Carmel Grove City", "Nursing Career Fair") or a count of time ("years")
                // is where they were or how long, not a topic they wrote about
                boolean topic = !kept.isEmpty() && !kept.get(kept.size() - 1).is("PROPN") && !onlyTime(String.join(" ", kept.stream().map(Token::text).toList()));
                if (topic && kept.size() <= 5 && kept.stream().anyMatch(k -> content(Text.lower(k.text())))) {
                    Token head = kept.get(kept.size() - 1);
                    String phrase = String.join(" ", kept.stream().map(Token::text).toList());
                    // (first in its sentence or after a colon: "#DirtyDozen 6/12: Lack of assertiveness.")
                    int at = tokens.indexOf(kept.get(0));
                    boolean opens = tokens.stream().filter(x -> WORD.matcher(x.text()).lookingAt()).findFirst().orElse(head) == kept.get(0)
                            || at > 0 && tokens.get(at - 1).text().equals(":");
                    if (opens && !kept.get(0).is("PROPN") && !dev.rapport.text.Words.isAcronym(kept.get(0).text())
                            && kept.stream().skip(1).noneMatch(k -> Character.isUpperCase(k.text().codePointAt(0)))) {
                        // "Lack of assertiveness" at the start of its sentence is "lack of assertiveness" inside ours
                        phrase = Character.toLowerCase(phrase.charAt(0)) + phrase.substring(1);
                    }
                    // a bare singular noun reads wrong after "about" ("writing about junior technician"): such phrases rank last
                    boolean sayable = head.is("PROPN") || head.lower().endsWith("s") || phrase.contains(" of ");
                    phrases.add((sayable ? "" : "\u0000") + phrase);
                }
                run = new ArrayList<>();
            }
        }
        java.util.function.Predicate<String> cared = p -> words(p).stream().map(Text::lower).anyMatch(interest::contains);
        java.util.function.Predicate<String> sayable = p -> !p.startsWith("\u0000");
        return phrases.stream().filter(sayable.and(cared)).findFirst()
                .or(() -> phrases.stream().filter(sayable.and(p -> p.contains(" "))).findFirst())
                .or(() -> phrases.stream().filter(cared).findFirst())
                .or(() -> phrases.stream().filter(p -> p.contains(" ")).findFirst())
                // (a bare singular noun alone, "writing about team", names no topic: then no comment is drafted)
                .map(p -> Text.value(p.replace("\u0000", ""), false)).orElse("");
    }

    private static final Set<String> TIME_WORDS = Set.of("year", "years", "yrs", "month", "months", "week", "weeks", "day", "days",
            "hour", "hours", "decade", "decades", "anniversary", "there", "here", "now", "ago", "this", "last", "one", "two", "three",
            "four", "five", "six", "seven", "eight", "nine", "ten", "twenty");

    /** "years", "4 years there", "Four years": a count of time, no topic. */
    private static boolean onlyTime(String phrase) {
        List<String> ws = words(phrase);
        return !ws.isEmpty() && ws.stream().map(Text::lower).allMatch(w -> TIME_WORDS.contains(w) || w.chars().allMatch(Character::isDigit));
    }

    private boolean content(String lowerWord) {
        return Text.length(lowerWord) >= 3 && !stopwords.contains(lowerWord) && lowerWord.codePoints().anyMatch(Character::isLetter);
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        var m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
