package dev.rapport.draft;

import dev.rapport.language.Language;

import dev.rapport.language.Copyedit;
import dev.rapport.etiquette.Decision;
import dev.rapport.etiquette.Reason;
import dev.rapport.ground.CommonGround;
import dev.rapport.ground.GroundKind;
import dev.rapport.profile.Position;
import dev.rapport.profile.Preference;
import dev.rapport.profile.Profile;
import dev.rapport.purpose.Intent;
import dev.rapport.purpose.Purpose;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What to do instead of (or besides) sending an invitation: for follow-first, follow them and a
 * drafted comment on their most relevant post; for do-not-connect, what would make contact appropriate.
 */
public final class Suggestions {
    private static final int FREE_LIMIT = 200;

    private final SuggestionBook book;
    /** Any of the book's words of a recent day ("yesterday", "last week", "on Tuesday"), as whole words. */
    private final Pattern recentWhen;

    public Suggestions() {
        this(SuggestionBook.builtIn());
    }

    Suggestions(SuggestionBook book) {
        this.book = book;
        this.recentWhen = Pattern.compile("(?i)\\b(?:" + book.recentWhen().stream()
                .map(w -> Pattern.quote(w.strip()).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|")) + ")\\b");
    }

    private static final Pattern ASKED = Pattern.compile(
            "(?i)\\bask(?:ing)?\\s+(?:you\\s+)?((?:how|what|which|why|when|where|who|whether)\\b[^.?!]{6,}?)[.?!]*$");
    private static final Pattern WANTS = Pattern.compile(
            "(?i)\\b(compare|hear|learn|know|understand|find out)\\s+((?:how|what|which|why|whether|where|when)\\b[^.?!]{6,}?)[.?!]*$");
    private final ReasonWords words = new ReasonWords(Phrasebook.builtIn().thanksVerbs(), Phrasebook.builtIn().reasonSubjectless());

    public List<String> suggest(DraftRequest request) {
        if (request == null || request.verdict() == null) {
            return List.of();
        }
        Map<String, String> values = values(request);
        Decision decision = request.verdict().decision();
        return switch (decision) {
            case FOLLOW_FIRST -> followFirst(request, values);
            case DO_NOT_CONNECT -> doNotConnect(request, values);
            case CONNECT -> connect(request, values);
        };
    }

    // a piece of the reader's the sender read, heard or watched ("I listened to his podcast episode on …")
    private static final java.util.regex.Pattern WORK_READ = java.util.regex.Pattern.compile(
            "(?i)\\b(?:read|watched|listened to|heard|saw|loved|enjoyed|liked)\\s+(?:her|his|their)\\s+(?:[\\p{L}-]+\\s+){0,4}?"
            + "(interview|article|talk|podcast episode|podcast|episode|essay|paper|book|newsletter|piece|column|video|keynote|thesis|report|blog post)\\b");

    private static final java.util.regex.Pattern APPLYING = java.util.regex.Pattern.compile("(?i)\\bappl(?:y|ying|ications?|icants?)\\b");

    private List<String> followFirst(DraftRequest request, Map<String, String> values) {
        SuggestionBook.FollowFirst f = book.followFirst();
        List<String> out = new ArrayList<>();
        // "please apply through our careers page rather than DMs": applying is the step they asked for, not following
        // (a reader who connects only with people they know is followed, whatever else they say)
        boolean applyFirst = request.purpose() != null && request.purpose().has(Intent.JOB_SEEKING) && request.them() != null
                && !request.them().prefers(dev.rapport.profile.Preference.KNOWN_ONLY)
                && !request.them().prefers(dev.rapport.profile.Preference.NO_REFERRAL_ASKS)
                // (the policy that defers is their apply channel, which always quotes an application; "I do not accept
                // invitations from people I have not met" found by the classifier alone is no channel: a returner was told to
                // "apply through the Cleveland Job Bank careers page, as Kelly Blazek asks")
                && request.verdict().reasons().stream().anyMatch(r -> r.rule().equals("target-policy") && APPLYING.matcher(r.message()).find())
                && request.verdict().reasons().stream().noneMatch(r -> r.rule().equals("target-policy") && !APPLYING.matcher(r.message()).find());
        if (applyFirst) {
            first(f.applyFirst(), values).ifPresent(out::add);
            return List.copyOf(out);
        }
        first(f.follow(), values).ifPresent(out::add);
        Optional<PostPicker.Choice> choice = new PostPicker(book.stopwords()).pick(request);
        // the comment fits what the post does: only an opinion or an insight is "written about" and asked about
        PostKind kind = choice.map(c -> PostKind.of(c.post().text(), book.postKinds())).orElse(PostKind.OPINION);
        boolean topic = choice.isPresent() && !choice.get().phrase().isEmpty();
        if (topic && (kind == PostKind.QUESTION || kind == PostKind.ANNOUNCEMENT)) {
            Map<String, String> v = new HashMap<>(values);
            v.put("phrase", choice.get().phrase());
            first(kind == PostKind.QUESTION ? f.questionPost() : f.announcementPost(), v).ifPresent(out::add);
        } else if (topic && kind == PostKind.OPINION) {
            Map<String, String> v = new HashMap<>(values);
            v.put("phrase", choice.get().phrase());
            // "As a sales development representative I run into this too" claims the post's subject is the sender's own
            // work: only when their profile names it (a hand session: an SDR on a payroll computation)
            if (request.me() != null && !v.getOrDefault("title", "").isEmpty()
                    && dev.rapport.text.Words.containsWord(Text.lower(request.me().searchableText()), Text.lower(choice.get().phrase()))) {
                v.put("ownTitle", v.get("title"));
            }
            String seed = request.them() == null ? "" : request.them().name();
            ownWork(request).ifPresent(w -> v.put("own", w));
            Optional<String> asked = asked(request);
            asked.ifPresent(q -> v.put("asked", q));
            Optional<String> comment = asked.isPresent() ? commentLine(f.commentAsking(), v, seed).or(() -> commentLine(f.comment(), v, seed))
                    : commentLine(f.comment(), v, seed);
            comment.ifPresent(c -> {
                v.put("comment", c);
                boolean bringsOwnWork = v.containsKey("own") && c.contains(v.get("own"));
                Template.fill(bringsOwnWork ? f.commentIntroOwn() : f.commentIntro(), v).ifPresent(out::add);
            });
        } else if (choice.isPresent()) {
            // a post of news (four years somewhere, an evening at a fair, thanks to those who came) names no topic to ask about
            first(f.noTopic(), values).ifPresent(out::add);
        } else {
            Matcher work = request.purpose() == null ? null : WORK_READ.matcher(request.purpose().text());
            if (work != null && work.find()) {
                // "I read her interview on Women Talk Design …": "no recent posts" alone left out what the user had read
                Map<String, String> v = new HashMap<>(values);
                v.put("work", Text.lower(work.group(1)));
                first(f.readWork(), v).or(() -> first(f.noPost(), values)).ifPresent(out::add);
            } else {
                first(f.noPost(), values).ifPresent(out::add);
            }
        }
        first(f.later(), values).ifPresent(out::add);
        return List.copyOf(out);
    }

    /**
     * What the sender wants to ask or compare, said to the recipient, with its verb: "ask what he learned about
     * shore charging" gives "hear what you learned about shore charging"; "would love to compare how we each
     * recruited" gives "compare how we each recruited". From the reason's own words.
     */
    private Optional<String> asked(DraftRequest request) {
        for (ReasonWords.Said said : saidSentences(request)) {
            for (String text : List.of(said.wish(), said.fact(), OwnWork.joinedWish(said.fact()))) {
                Matcher m = ASKED.matcher(text);
                if (m.find()) {
                    return Optional.of("hear " + m.group(1).strip());
                }
                // "I know how hard it is to recruit" is a fact, not a wish: only the wish is asked
                m = WANTS.matcher(text);
                if (!text.equals(said.fact()) && m.find()) {
                    String verb = Text.lower(m.group(1)).startsWith("compare") ? "compare " : "hear ";
                    return Optional.of(verb + m.group(2).strip());
                }
            }
        }
        return Optional.empty();
    }

    /** What the sender did, in their own words, for the comment to bring: "I ran a similar study with 12 blind users in Lagos." */
    private Optional<String> ownWork(DraftRequest request) {
        return saidSentences(request).stream().map(s -> OwnWork.alone(s.fact())).flatMap(Optional::stream).findFirst();
    }

    /** Each sentence of the reason as the sender says it to the recipient. */
    private List<ReasonWords.Said> saidSentences(DraftRequest request) {
        if (request.purpose() == null || request.purpose().text().isBlank()) {
            return List.of();
        }
        List<ReasonWords.Said> out = new ArrayList<>();
        for (String piece : Language.english().sentenceTexts(request.purpose().text())) {
            words.of(piece, request.me(), request.them(), List.of()).ifPresent(out::add);
        }
        return out;
    }

    private List<String> doNotConnect(DraftRequest request, Map<String, String> values) {
        Set<String> ids = new LinkedHashSet<>();
        request.verdict().reasons().stream().map(Reason::rule).forEach(ids::add);
        // A judge may file lead generation under the pitch rule; the sender's own intent still says which advice fits.
        if (request.purpose() != null && request.purpose().has(Intent.LEAD_GEN)) {
            ids.add("lead-gen");
        }
        Set<String> out = new LinkedHashSet<>();
        for (String id : ids) {
            out.addAll(allFilled(advice(id, request.them(), request.purpose()), values));
        }
        if (out.isEmpty()) {
            out.addAll(allFilled(book.doNotConnect().get("default"), values));
        }
        return List.copyOf(out);
    }

    private List<String> connect(DraftRequest request, Map<String, String> values) {
        List<String> out = new ArrayList<>();
        Set<GroundKind> seen = new LinkedHashSet<>();
        for (CommonGround g : request.ground()) {
            if (!seen.add(g.kind())) {
                continue;
            }
            List<String> lines = book.connect().get(g.kind() == null ? "" : g.kind().id());
            String subject = subject(g, request);
            if (lines != null && !subject.isEmpty()) {
                Map<String, String> v = new HashMap<>(values);
                v.put("subject", subject);
                first(lines, v).ifPresent(out::add);
            }
        }
        if (request.limit() > 0 && request.limit() <= FREE_LIMIT) {
            first(book.connect().get("freeAccount"), values).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    /**
     * What the advice names: the ground's subject, or, for a relationship the user stated in their own
     * sentence, the event they named ("within a week of the Oslo conference", never the whole sentence).
     */
    private String subject(CommonGround g, DraftRequest request) {
        if (g.kind() == GroundKind.MET_AT_EVENT && request.purpose() != null && (!recent(request.purpose().details().when())
                || LONG_AGO.matcher(request.purpose().text()).find()
                || datedEvent(request.purpose().details().event()) && !recentWhen.matcher(request.purpose().text()).find())) {
            // "send it within a week" is no advice for a meeting the user dates weeks or months back, nor for "LeadDev Berlin
            // 2019 … it's been years" (a new user was told to send within a week of it)
            return "";
        }
        if (request.purpose() != null && request.purpose().states(g.subject())) {
            return withThe(Text.value(request.purpose().details().event(), true));
        }
        // ("within a week of the IRHA conference": a second new user's advice read "of IRHA conference")
        return withThe(Text.value(g.subject(), true));
    }

    /** "the Oslo conference", "the IRHA conference", but "DevOpsDays Denver" as it is. */
    private static String withThe(String event) {
        return !event.isEmpty() && Character.isLowerCase(event.charAt(event.length() - 1))
                && Character.isLowerCase(event.substring(event.lastIndexOf(' ') + 1).charAt(0))
                && !Text.lower(event).startsWith("the ") ? "the " + event : event;
    }

    /** No date given, or one within the last week or so ("yesterday", "last week", "on Tuesday"). */
    private static final Pattern LONG_AGO = Pattern.compile(
            "(?i)\\b(?:it'?s|it has|it’s) been (?:years|ages|a while|a long time|forever)\\b|\\b(?:years|a year|two years|ages) ago\\b|\\blast year\\b");
    private static final Pattern EVENT_YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");

    /** "LeadDev Berlin 2019": an event named with its year, which the reason does not call recent, is no meeting of this week. */
    private static boolean datedEvent(String event) {
        return event != null && EVENT_YEAR.matcher(event).find();
    }

    boolean recent(String when) {
        return when == null || when.isBlank() || recentWhen.matcher(when).find();
    }

    /** The advice for a rule; for a stated policy, the advice for what the target actually asked. */
    private List<List<String>> advice(String ruleId, Profile them, Purpose purpose) {
        // money asked for: the giving process, not procurement
        if (purpose != null && dev.rapport.purpose.PurposeReader.asksForMoney(purpose.text()) && book.doNotConnect().get(ruleId + ".funding") != null) {
            return book.doNotConnect().get(ruleId + ".funding");
        }
        if (them != null) {
            for (Preference p : them.preferences()) {
                List<List<String>> specific = book.doNotConnect().get(ruleId + "." + p.id());
                if (specific != null) {
                    return specific;
                }
            }
        }
        // a policy the judge found in a sentence the profile reader missed ("Cold sales messages in my inbox get no
        // answer"): the judge cites a refusal of pitches only for a sale, of recruiters only for a hire
        if (purpose != null) {
            Optional<Preference> cited = purpose.isPitch() ? Optional.of(Preference.NO_PITCHES)
                    : purpose.has(Intent.HIRING) ? Optional.of(Preference.NO_RECRUITERS) : Optional.empty();
            List<List<String>> specific = cited.map(p -> book.doNotConnect().get(ruleId + "." + p.id())).orElse(null);
            if (specific != null) {
                return specific;
            }
        }
        return book.doNotConnect().get(ruleId);
    }

    private static Map<String, String> values(DraftRequest request) {
        Map<String, String> v = new HashMap<>();
        Profile them = request.them();
        if (them != null) {
            v.put("name", Text.value(them.name(), true));
            them.positions().stream().filter(p -> p.dates().isCurrent()).map(Position::company)
                    .map(c -> Text.value(c, true)).filter(c -> !c.isEmpty()).findFirst()
                    .ifPresent(c -> v.put("org", c));
        }
        v.put("title", title(request.me()));
        return v;
    }

    /** "a front-end developer": the sender's role as it reads inside a sentence, or blank. */
    private static String title(Profile me) {
        if (me == null) {
            return "";
        }
        String t = me.positions().stream().filter(p -> p.dates().isCurrent()).map(Position::title)
                .map(s -> Text.value(s, false)).filter(s -> !s.isEmpty()).findFirst().orElse("");
        if (t.isEmpty()) {
            String h = Text.value(me.headline(), false);
            t = h.contains("|") || h.split(" ").length > 4 ? "" : h;
        }
        if (t.isEmpty()) {
            return "";
        }
        return Copyedit.english().role(OfflineDrafter.sentenceRole(t));
    }

    private static Optional<String> first(List<String> lines, Map<String, String> values) {
        if (lines == null) {
            return Optional.empty();
        }
        return lines.stream().map(l -> Template.fill(l, values)).flatMap(Optional::stream).findFirst();
    }

    /** Each piece of advice is a list of alternatives: the first one that can be filled is used. */
    private static List<String> allFilled(List<List<String>> advice, Map<String, String> values) {
        List<String> out = new ArrayList<>();
        if (advice != null) {
            advice.forEach(alternatives -> first(alternatives, values).ifPresent(out::add));
        }
        return out;
    }

    /**
     * The comment: a line carrying the sender's own work when there is some (the first of those that fills),
     * else one of the others, chosen by the recipient's name so that comments vary.
     */
    private static Optional<String> commentLine(List<String> lines, Map<String, String> values, String seed) {
        List<String> own = lines.stream().filter(l -> l.contains("{own}")).toList();
        if (values.containsKey("own")) {
            Optional<String> filled = first(own, values);
            if (filled.isPresent()) {
                return filled;
            }
        }
        List<String> others = lines.stream().filter(l -> !l.contains("{own}")).toList();
        int start = Math.floorMod(Text.seed(seed, "comment"), Math.max(1, others.size()));
        for (int k = 0; k < others.size(); k++) {
            Optional<String> filled = Template.fill(others.get((start + k) % others.size()), values);
            if (filled.isPresent()) {
                return filled;
            }
        }
        return Optional.empty();
    }
}
