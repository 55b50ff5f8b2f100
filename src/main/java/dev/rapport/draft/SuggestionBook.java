package dev.rapport.draft;

import java.util.List;
import java.util.Map;

/** The suggestion phrasings, read from {@code suggestions.yaml}. */
record SuggestionBook(FollowFirst followFirst, Map<String, List<List<String>>> doNotConnect,
                      Map<String, List<String>> connect, List<String> stopwords, List<String> recentWhen, PostKind.Cues postKinds) {
    SuggestionBook {
        postKinds = postKinds == null ? new PostKind.Cues(null, null, null, null) : postKinds;
    }

    record FollowFirst(List<String> follow, String commentIntro, String commentIntroOwn, List<String> comment,
                       List<String> commentAsking, List<String> noPost, List<String> noTopic, List<String> later, List<String> applyFirst,
                       List<String> questionPost, List<String> announcementPost, List<String> readWork) {
        FollowFirst {
            readWork = readWork == null ? List.of() : List.copyOf(readWork);
            questionPost = questionPost == null ? List.of() : List.copyOf(questionPost);
            announcementPost = announcementPost == null ? List.of() : List.copyOf(announcementPost);
            noTopic = noTopic == null ? List.of() : List.copyOf(noTopic);
            commentAsking = commentAsking == null ? List.of() : List.copyOf(commentAsking);
            applyFirst = applyFirst == null ? List.of() : List.copyOf(applyFirst);
            commentIntroOwn = commentIntroOwn == null ? commentIntro : commentIntroOwn;
        }
    }

    private static volatile SuggestionBook builtIn;

    static SuggestionBook builtIn() {
        SuggestionBook b = builtIn;
        if (b == null) {
            b = Phrasebook.load("/dev/rapport/draft/suggestions.yaml", SuggestionBook.class);
            builtIn = b;
        }
        return b;
    }
}
