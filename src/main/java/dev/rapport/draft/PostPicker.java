package dev.rapport.draft;

import dev.rapport.ground.CommonGround;
import dev.rapport.ground.GroundKind;
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
        return Optional.of(new Choice(best, phrase(best, request, interest)));
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
                    && !THIRD_PERSON.matcher(subject).find()) {
                return subject;
            }
        }
        List<String> words = words(post.text());
        int start = -1;
        for (int i = 0; i < words.size() && start < 0; i++) {
            if (interest.contains(Text.lower(words.get(i)))) {
                start = i;
            }
        }
        for (int i = 0; i < words.size() && start < 0; i++) {
            if (content(Text.lower(words.get(i)))) {
                start = i;
            }
        }
        if (start < 0) {
            return "";
        }
        StringBuilder phrase = new StringBuilder(words.get(start));
        if (start + 1 < words.size() && content(Text.lower(words.get(start + 1)))) {
            phrase.append(' ').append(words.get(start + 1));
        }
        return Text.value(phrase.toString(), false);
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
