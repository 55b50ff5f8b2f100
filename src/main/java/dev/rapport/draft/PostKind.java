package dev.rapport.draft;

import dev.rapport.language.Language;
import dev.rapport.language.Sentence;
import dev.rapport.language.Token;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a post does, which decides the comment that fits it: an opinion or an insight is "written about" a topic and
 * can take a question; a question asks the reader for an answer; an announcement invites people to something coming;
 * a thank-you or a recap of their own day ("Great evening at the career fair! … Thanks to everyone who stopped by")
 * is their news, to be answered briefly, not with a made-up question about a "topic". Read from the post's sentences
 * with the tagger and the cue words of {@code suggestions.yaml}.
 */
enum PostKind {
    OPINION, QUESTION, ANNOUNCEMENT, NEWS;

    /** The cue words, from {@code suggestions.yaml} ({@code postKinds}). */
    record Cues(List<String> thanks, List<String> announcing, List<String> recapWords, List<String> recapTimes) {
        Cues {
            thanks = thanks == null ? List.of() : List.copyOf(thanks);
            announcing = announcing == null ? List.of() : List.copyOf(announcing);
            recapWords = recapWords == null ? List.of() : List.copyOf(recapWords);
            recapTimes = recapTimes == null ? List.of() : List.copyOf(recapTimes);
        }

        private Pattern phrases(List<String> words) {
            return Pattern.compile("(?i)\\b(?:" + words.stream().map(w -> Pattern.quote(w.strip()).replace(" ", "\\E\\s+\\Q"))
                    .collect(Collectors.joining("|")) + ")\\b");
        }
    }

    static PostKind of(String post, Cues cues) {
        List<Sentence> sentences = Language.english().sentences(post);
        if (sentences.isEmpty()) {
            return OPINION;
        }
        if (!cues.announcing().isEmpty() && cues.phrases(cues.announcing()).matcher(post).find()) {
            return ANNOUNCEMENT;
        }
        Pattern thanks = cues.thanks().isEmpty() ? null : cues.phrases(cues.thanks());
        if (sentences.stream().anyMatch(s -> thanks != null && thanks.matcher(s.text()).lookingAt() || recap(s, cues))) {
            return NEWS;
        }
        // a question put to the readers ("How do your teams handle …?"), not a rhetorical one inside an argument
        Sentence last = sentences.get(sentences.size() - 1);
        if (last.text().strip().endsWith("?")) {
            return QUESTION;
        }
        return OPINION;
    }

    /** "Great evening at the Columbus Nursing Career Fair!": a word of praise and a time of day opening the sentence. */
    private static boolean recap(Sentence s, Cues cues) {
        List<Token> words = s.tokens().stream().filter(Token::isWord).toList();
        if (words.size() < 2) {
            return false;
        }
        Set<String> praise = Set.copyOf(cues.recapWords());
        Set<String> times = Set.copyOf(cues.recapTimes());
        int i = words.get(0).lower().equals("what") || words.get(0).lower().equals("such") ? 1 : 0;
        i += i < words.size() && words.get(i).lower().matches("an?") ? 1 : 0;
        return i + 1 < words.size() && praise.contains(words.get(i).lower()) && times.contains(words.get(i + 1).lower());
    }
}
