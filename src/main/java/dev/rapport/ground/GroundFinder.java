package dev.rapport.ground;

import dev.rapport.profile.Position;
import dev.rapport.profile.Post;
import dev.rapport.profile.Preference;
import dev.rapport.profile.Profile;
import dev.rapport.purpose.Intent;
import dev.rapport.purpose.Purpose;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Finds what two people share, strongest first. Pure: "today" is given, not read from the clock. */
public final class GroundFinder {
    private static final int MAX_POSTS = 2;
    private static final int MAX_TOPICS = 3;
    private static final int EXCERPT_CHARS = 90;

    private static final Comparator<CommonGround> STRONGEST_FIRST = Comparator
            .comparingDouble(CommonGround::strength).reversed()
            .thenComparing(CommonGround::kind)
            .thenComparing(CommonGround::subject);

    private final YearMonth today;
    private final Relatedness meaning;

    public GroundFinder(YearMonth today) {
        this(today, Relatedness.NONE);
    }

    /** With a sense of meaning for needs, posts and ranking; exact facts (employers, schools, dates) stay exact. */
    public GroundFinder(YearMonth today, Relatedness meaning) {
        this.today = Objects.requireNonNull(today, "today");
        this.meaning = meaning == null ? Relatedness.NONE : meaning;
    }

    public List<CommonGround> find(Profile me, Profile them, Purpose purpose) {
        Profile sender = ProfileScrub.scrub(me);
        Profile target = ProfileScrub.scrub(them);
        Purpose why = purpose == null ? Purpose.NONE : purpose;

        List<CommonGround> all = new ArrayList<>(new HistoryGround(today).find(sender, target));
        all.addAll(ProseGround.find(sender, target, all));
        all.addAll(groups(sender, target, why));
        all.addAll(events(target, why));
        all.addAll(stated(why));
        all.addAll(referrals(target, why));
        all.addAll(posts(sender, target, why, meaning));
        all.addAll(needs(sender, target, why, meaning));
        all.addAll(topics(sender, target));
        all.addAll(city(sender, target));
        return ranked(strongestOfEach(all), why);
    }

    /** Items that are not a shared history move a little by how well they fit what the sender wants. */
    private List<CommonGround> ranked(List<CommonGround> items, Purpose why) {
        if (meaning == Relatedness.NONE || why.text().isBlank()) {
            return items;
        }
        return items.stream().map(g -> g.kind().isRelationship() ? g
                        : new CommonGround(g.kind(), g.detail(), g.strength() + meaning.boost(why.text(), g), g.subject(), g.period()))
                .sorted(STRONGEST_FIRST).toList();
    }

    private static List<CommonGround> groups(Profile me, Profile them, Purpose why) {
        List<CommonGround> out = new ArrayList<>();
        for (String group : them.groups()) {
            if (me.groups().stream().anyMatch(g -> OrganisationNames.same(g, group))) {
                out.add(new CommonGround(GroundKind.SAME_GROUP,
                        Templates.render("same-group", Map.of("group", group)), Strength.SAME_GROUP, group, ""));
            } else if (ProfileText.mentions(why.text(), group)
                    && why.events().stream().noneMatch(e -> OrganisationNames.same(e, group))) {
                // an event they met at is met-at-event ground already; here only groups the sender names
                out.add(new CommonGround(GroundKind.SAME_GROUP,
                        Templates.render("same-group.named", Map.of("group", group, "possessive", Names.possessive(them))),
                        Strength.SAME_GROUP_NAMED, group, ""));
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern HEARD_THEM = java.util.regex.Pattern.compile(
            // (the sender who spoke was heard, not hearing: "I spoke at …, and Priya was in the audience")
            "(?i)(?<!\\b(?:I|we|I also|I just|I recently|we also|we just) )"
            + "\\b(?:spoke|presented|gave (?:a|the|her|his|their) (?:talk|keynote|lecture|presentation)|(?:her|his|their) (?:talk|keynote|panel|session|lecture|presentation))\\b"
            // "I heard Karen speak at …", "listened to Karen's keynote"
            + "|\\b(?:heard|saw|watched|caught) (?:\\p{L}+ ){1,2}(?:speak|present|talk|lecture)\\b|\\b\\p{L}+['’]s (?:talk|keynote|panel|session|lecture|presentation)\\b");
    private static final java.util.regex.Pattern SPOKE_TO_THE_SENDER = java.util.regex.Pattern.compile(
            "(?i)\\b(?:she|he|they|and) (?:asked|told|invited|gave|offered|answered|replied to) (?:me|us)\\b"
                    // "he said he'd share the audit tool": a promise made to the sender after the talk
                    + "|\\b(?:she|he|they) (?:said|promised|agreed) (?:she|he|they)(?:'d|’d|d|'ll|’ll|ll| would| will)\\b");
    private static final java.util.regex.Pattern MET_WORDS = java.util.regex.Pattern.compile(
            "(?i)\\b(?:met|meet|talked|chatted|spoke (?:with|to) (?:her|him|them|me)|sat (?:next to|with)|we (?:spoke|talked|chatted)|introduced|shook hands|stopped (?:at|by))\\b");

    private static final java.util.regex.Pattern ATTENDED_ONLY = java.util.regex.Pattern.compile(
            "(?i)\\bI(?:\\s+was|'ve\\s+been|\\s+have\\s+been|\\s+went|\\s+attended|\\s+was\\s+also)\\s+(?:at|to|in\\s+the\\s+audience\\s+at)?\\s*(?:the|a)\\b");

    /** The reason says the sender heard them speak ("her talk", "Lydia spoke at …") and says of no meeting. */
    public static boolean heardOnly(String reason) {
        // ("she spoke at our career day and asked me to message her": the speaker spoke to the sender too)
        return reason != null && HEARD_THEM.matcher(reason).find() && !MET_WORDS.matcher(reason).find()
                && !SPOKE_TO_THE_SENDER.matcher(reason).find();
    }

    /** The sender's word that they met is the evidence; the target naming the event too makes it firmer. */
    private static List<CommonGround> events(Profile them, Purpose why) {
        List<CommonGround> out = new ArrayList<>();
        String theirText = them.searchableText();
        // an event where the sender only watched the recipient speak ("just watched her keynote at Cloudline Summit") is no meeting
        boolean met = why.has(dev.rapport.purpose.Intent.MET_IN_PERSON) || why.has(dev.rapport.purpose.Intent.RECONNECT)
                || !why.has(dev.rapport.purpose.Intent.CONTENT_INTEREST)
                || why.stated().stream().anyMatch(r -> r.kind().equals("met-in-person") || r.kind().equals("met-online"));
        // "Lydia spoke at the California ENA conference": the sender heard them speak there, which is all the reason says
        boolean heard = heardOnly(why.text());
        // "Dennis told me to reach out to Mathew, I met Dennis at the AgriTech Africa expo": the event is where the sender met
        // the referrer, not the recipient (a new user's verdict said "You say you met at the AgriTech Africa expo")
        met = met && !dev.rapport.purpose.PurposeReader.metOnlyTheReferrer(why);
        // "sat in his session at SMRP Dallas, never actually spoke to him": the user's word that they never spoke outranks the event
        met = met && !(dev.rapport.purpose.PurposeReader.deniesSpeaking(why.text())
                && why.stated().stream().noneMatch(r -> r.kind().equals("met-in-person")));
        // "I was at the November meetup" and no word of meeting anyone there: the sender attended, which is no meeting (a new user's
        // note said "I enjoyed meeting you at the November meetup" to an organiser she never spoke to)
        met = met && !(ATTENDED_ONLY.matcher(why.text()).find() && !MET_WORDS.matcher(why.text()).find() && !heard
                && !java.util.regex.Pattern.compile("(?i)\\bI\\s+(?:asked|was\\s+the\\s+one)\\b").matcher(why.text()).find()
                && !SPOKE_TO_THE_SENDER.matcher(why.text()).find() && why.stated().stream().noneMatch(r -> r.kind().equals("met-in-person")));
        for (String event : met ? why.events() : List.<String>of()) {
            boolean confirmed = ProfileText.mentions(theirText, event);
            String key = (heard ? "heard-at-event" : "met-at-event") + (confirmed ? ".confirmed" : "");
            // ("you say you heard Karen speak at the Lincolnshire nursing conference": an event named by its kind takes "the")
            out.add(new CommonGround(GroundKind.MET_AT_EVENT, dev.rapport.language.Copyedit.english().finish(
                    Templates.render(key, Map.of("event", event, "name", Names.of(them), "possessive", Names.possessive(them)))),
                    confirmed ? Strength.MET_AT_EVENT_CONFIRMED : Strength.MET_AT_EVENT, event, ""));
        }
        return out;
    }

    /**
     * A relationship the sender states in their reason ("we studied together", "we sat next to each other
     * at ...") is evidence on the user's word, marked as such in its detail. A shared group is common
     * ground, not a relationship. Events the sender named already count as met-at-event ground.
     */
    private static List<CommonGround> stated(Purpose why) {
        List<CommonGround> out = new ArrayList<>();
        for (Purpose.StatedRelationship r : why.stated()) {
            GroundKind kind = switch (r.kind()) {
                case "worked-together", "worked-with" -> GroundKind.WORKED_TOGETHER;
                case "studied-together" -> GroundKind.STUDIED_TOGETHER;
                case "volunteered-together" -> GroundKind.VOLUNTEERED_TOGETHER;
                case "met-in-person" -> why.events().isEmpty() ? GroundKind.MET_AT_EVENT : null;
                case "met-online" -> GroundKind.MET_AT_EVENT;
                case "shared-group" -> GroundKind.SAME_GROUP;
                default -> null;
            };
            if (kind != null) {
                double strength = kind == GroundKind.SAME_GROUP ? Strength.SAME_GROUP_NAMED : Strength.STATED;
                out.add(new CommonGround(kind, Templates.render(r.byModel() ? "stated.model" : "stated",
                        Map.of("sentence", r.sentence())), strength, r.sentence(), ""));
            }
        }
        return out;
    }

    private static List<CommonGround> referrals(Profile them, Purpose why) {
        if (!why.has(Intent.REFERRAL)) {
            return List.of();
        }
        List<CommonGround> out = new ArrayList<>();
        String theirText = them.searchableText();
        for (String person : why.people()) {
            boolean confirmed = ProfileText.mentions(theirText, person);
            out.add(new CommonGround(GroundKind.MUTUAL_CONTACT,
                    Templates.render(confirmed ? "mutual-contact.confirmed" : "mutual-contact",
                            Map.of("person", person, "possessive", Names.possessive(them))),
                    confirmed ? Strength.MUTUAL_CONTACT_CONFIRMED : Strength.MUTUAL_CONTACT, person, ""));
        }
        return out;
    }

    /**
     * The target's posts on what the sender says they read, or else on what the sender knows
     * (their skills). At most two, the best first; each cites the post it means.
     */
    private static List<CommonGround> posts(Profile me, Profile them, Purpose why, Relatedness meaning) {
        List<CommonGround> out = new ArrayList<>();
        for (Post post : them.posts()) {
            if (post.text().isBlank()) {
                continue;
            }
            Optional<String> named = why.posts().stream().filter(topic -> covers(post.text(), topic)).findFirst();
            Optional<String> known = named.isPresent() ? Optional.empty()
                    : me.skills().stream().filter(s -> !ProfileText.isGenericSkill(s))
                            .filter(s -> ProfileText.mentions(post.text(), s)).findFirst()
                            .map(s -> asThePostWrites(s, post.text()));
            Optional<String> topic = named.or(() -> known);
            boolean namedByMeaning = false;
            if (topic.isEmpty()) {
                // the same subject in other words: "posts on accessibility" and a post about screen readers
                Optional<String> near = closest(meaning, Relatedness.Use.POST, why.posts(), post.text());
                namedByMeaning = near.isPresent();
                topic = near.or(() -> closest(meaning, Relatedness.Use.POST, expertise(me), post.text()));
            }
            if (topic.isPresent()) {
                out.add(new CommonGround(GroundKind.THEIR_POST,
                        Templates.render("their-post", Map.of("name", Names.of(them), "topic", topic.get(),
                                "excerpt", excerpt(post.text()))),
                        named.isPresent() || namedByMeaning ? Strength.THEIR_POST_NAMED : Strength.THEIR_POST_EXPERTISE,
                        topic.get(), post.when()));
            }
        }
        return out.stream().sorted(STRONGEST_FIRST).limit(MAX_POSTS).toList();
    }

    /**
     * A skill found in a post, spelled as the post writes it: a skill list's title case ("Payroll") is no name when the
     * post writes the word small ("most payroll errors start …"), and "your post about Payroll" read as one (a hand session).
     */
    static String asThePostWrites(String skill, String post) {
        // ("SQL", "PostgreSQL": an acronym or a coined name keeps its capitals however a post types it)
        if (!TITLE_CASE.matcher(skill).matches()) {
            return skill;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(skill)
                + "(?![\\p{L}\\p{N}])").matcher(post);
        while (m.find()) {
            if (m.group().equals(m.group().toLowerCase(java.util.Locale.ROOT))) {
                return m.group();
            }
        }
        return skill;
    }

    private static final java.util.regex.Pattern TITLE_CASE = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}?\\p{Ll}+)*");

    private static List<String> expertise(Profile me) {
        return me.skills().stream().filter(s -> !ProfileText.isGenericSkill(s)).toList();
    }

    private static Optional<String> closest(Relatedness meaning, Relatedness.Use use, List<String> queries, String passage) {
        if (queries.isEmpty()) {
            return Optional.empty();
        }
        return meaning.best(use, queries, List.of(passage)).map(m -> queries.get(m.query()));
    }

    /** True when the post carries every content word of the topic (or most of a long topic). */
    private static boolean covers(String text, String topic) {
        Set<String> wanted = ProfileText.terms(topic);
        if (wanted.isEmpty()) {
            return false;
        }
        Set<String> have = ProfileText.terms(text);
        long hits = wanted.stream().filter(have::contains).count();
        return wanted.size() <= 2 ? hits == wanted.size() : hits * 3 >= wanted.size() * 2L;
    }

    /** What the target says they want, met by what the sender wants or does. */
    private static List<CommonGround> needs(Profile me, Profile them, Purpose why, Relatedness meaning) {
        List<CommonGround> out = new ArrayList<>();
        String name = Names.of(them);
        if (them.prefers(Preference.OPEN_TO_WORK) && why.has(Intent.HIRING)) {
            out.add(new CommonGround(GroundKind.THEIR_NEED,
                    Templates.render("their-need.open-to-work", Map.of("name", name)),
                    Strength.THEIR_NEED_STATED_PREFERENCE, "open to work", ""));
        }
        if (them.prefers(Preference.HIRING) && why.has(Intent.JOB_SEEKING)) {
            out.add(new CommonGround(GroundKind.THEIR_NEED,
                    Templates.render("their-need.hiring", Map.of("possessive", Names.possessive(them))),
                    Strength.THEIR_NEED_STATED_PREFERENCE, "hiring", ""));
        }
        applicationToTheirTeam(them, why).ifPresent(out::add);
        List<String> said = Stream.concat(them.statements().stream(), ProfileText.sentences(them.about()).stream())
                .distinct().toList();
        if (why.has(Intent.ADVICE) || why.has(Intent.JOB_SEEKING) || why.has(Intent.COLLABORATION)) {
            // the first sentence in which they offer their time is the one a note should answer
            said.stream().flatMap(sentence -> ProfileText.offerOfHelp(sentence)
                            .map(offer -> new CommonGround(GroundKind.THEIR_NEED,
                                    Templates.render("their-need.open-to-help", Map.of("name", name, "statement", excerpt(offer))),
                                    Strength.THEIR_NEED_OPEN_TO_HELP, offer, "")).stream())
                    .findFirst().ifPresent(out::add);
        }
        List<String> capabilities = capabilities(me, why);
        said.forEach(sentence -> ProfileText.need(sentence).ifPresent(need ->
                        capabilities.stream().filter(c -> meets(c, need)).findFirst()
                                .or(() -> closest(meaning, Relatedness.Use.NEED, capabilities, need)).ifPresent(c ->
                                out.add(new CommonGround(GroundKind.THEIR_NEED,
                                        Templates.render("their-need.statement",
                                                Map.of("name", name, "statement", excerpt(sentence), "capability", c)),
                                        Strength.THEIR_NEED_STATEMENT, need, "")))));
        return out;
    }

    /**
     * A job seeker who has applied for a role the target hires for: the reason says so ("applied for
     * the platform role on her team", "applied to Northwind") and names the target's team or their
     * current employer. The application is the link a note answers; a cold "any openings?" is not one.
     */
    private static Optional<CommonGround> applicationToTheirTeam(Profile them, Purpose why) {
        if (!why.has(Intent.JOB_SEEKING) || !APPLIED.matcher(why.text()).find()) {
            return Optional.empty();
        }
        String employer = them.currentPosition().map(p -> p.company()).orElse("");
        boolean team = THEIR_TEAM.matcher(why.text()).find();
        // "applied last week for the hrbp role she advertised": a recruiter's own listing (a returner's application to the
        // recruiter who posted it was "no shared history")
        boolean advertised = !team && THEIR_LISTING.matcher(why.text()).find();
        if (advertised) {
            return Optional.of(new CommonGround(GroundKind.THEIR_NEED, Templates.render("their-need.applied-advertised",
                    Map.of("name", Names.of(them))), Strength.THEIR_NEED_STATEMENT, "applied", ""));
        }
        boolean atEmployer = !employer.isBlank() && ProfileText.mentions(why.text(), employer);
        if (!atEmployer) {
            // (the place their headline names, as the headline spells it: their list of jobs may be wrong or missing)
            Optional<String> place = appliedWhereTheirHeadlineSays(them, why.text());
            atEmployer = place.isPresent();
            employer = place.orElse(employer);
        }
        // applied to where they work is not applied to their team: the evidence says only what the reason does
        String detail = team ? Templates.render("their-need.applied", Map.of("possessive", Names.possessive(them)))
                : Templates.render("their-need.applied-employer", Map.of("employer", employer, "name", Names.of(them)));
        return team || atEmployer ? Optional.of(new CommonGround(GroundKind.THEIR_NEED, detail,
                Strength.THEIR_NEED_STATEMENT, "applied", "")) : Optional.empty();
    }

    // "applied for a job at Royal Mail last week": where the application went, in up to four words
    private static final java.util.regex.Pattern APPLIED_AT = java.util.regex.Pattern.compile(
            // ("applied for the ED nurse job in Caboolture", "i send my application for … in caboolture": a new user's applicant
            // was follow-first though the recipient's page names the Caboolture Hospital)
            "\\b(?:applied|my application)\\b[^.;!?]{0,80}?\\b(?:at|to|with|in)\\s+(?:the\\s+)?(\\p{L}[\\p{L}&'.-]*(?:\\s+\\p{L}[\\p{L}&'.-]*){0,3})",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The reason names where it applied, and their headline names the same place ("Chief Data and Analytics Officer, Royal
     * Mail"): a page that lists no current job still says where they work (a new user's application was "no shared history").
     */
    private static String top(String text) {
        return text == null ? "" : text.substring(0, Math.min(text.length(), 300));
    }

    private static Optional<String> appliedWhereTheirHeadlineSays(Profile them, String why) {
        java.util.regex.Matcher m = APPLIED_AT.matcher(why);
        // (the headline, or the top of their page when a series label took the headline's place: "Leaders in Healthcare" over
        // "Chief Nursing Executive, URMC; Chief Nursing Officer, Strong Memorial Hospital", a new user's public page)
        String said = them.headline() + "\n" + top(them.searchableText());
        String headline = said.toLowerCase(java.util.Locale.ROOT);
        if (!m.find() || headline.isBlank()) {
            return Optional.empty();
        }
        String[] words = m.group(1).toLowerCase(java.util.Locale.ROOT).split("\\s+");
        // the longest run of the place's first words that the headline has, two words or one long one
        for (int n = words.length; n >= 1; n--) {
            String place = String.join(" ", java.util.Arrays.copyOf(words, n));
            java.util.regex.Matcher at = java.util.regex.Pattern.compile("(?<![\\p{L}])" + java.util.regex.Pattern.quote(place)
                    + "(?![\\p{L}])").matcher(headline);
            if ((n >= 2 || place.length() >= 5) && at.find()) {
                return Optional.of(said.substring(at.start(), at.end()));
            }
        }
        return Optional.empty();
    }

    private static final java.util.regex.Pattern APPLIED = java.util.regex.Pattern.compile(
            // ("applied for lead data scientist at royal mail last week": a reason that leaves out its "I")
            "\\b(?:i|i've|i have|just)\\s+applied\\b|(?:^|[.!?;]\\s+)applied\\s+(?:for|to)\\b"
            // "I sent my application for …", a second-language "i send my application …", "submitted my application"
            + "|\\b(?:i|i've|i have)\\s+(?:sent|send|submitted|submit|put in)\\s+(?:my|an)\\s+application\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
    // "on her team", "in your procurement team", "the department he heads", "reporting to her", "he's the hiring manager"
    private static final java.util.regex.Pattern THEIR_LISTING = java.util.regex.Pattern.compile(
            "(?i)\\b(?:role|job|position|vacancy|opening|post|posting)\\s+(?:that\\s+)?(?:she|he|they|you)(?:'s|\\s+is|\\s+was|\\s+are)?\\s+"
            + "(?:advertised|advertising|posted|listed|shared|recruiting\\s+for|recruits\\s+for|hiring\\s+for|handling|filling)\\b");
    private static final java.util.regex.Pattern THEIR_TEAM = java.util.regex.Pattern.compile(
            "\\b(?:on|in|to|for|with|into|under)\\s+(?:her|his|their|your)\\s+(?:[\\w-]+\\s+){0,2}?"
            + "(?:team|group|squad|department|dept|lab|office|unit|division|function)\\b"
            + "|\\b(?:team|group|department|office|unit|division|lab)\\s+(?:she|he|they|you)\\s+(?:leads?|runs?|manages?|heads?)\\b"
            + "|\\breport(?:ing|s)?\\s+(?:to|into)\\s+(?:her|him|them|you)\\b"
            + "|\\b(?:she|he|they)(?:'s|’s| is| are)\\s+(?:the\\s+)?hiring (?:manager|mgr|mngr)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** What the sender can offer, in their own words: skills, stated offers, current title. */
    private static List<String> capabilities(Profile me, Purpose why) {
        List<String> out = new ArrayList<>();
        me.skills().stream().filter(s -> !ProfileText.isGenericSkill(s)).forEach(out::add);
        out.addAll(why.offers());
        me.currentPosition().map(Position::title).filter(t -> !t.isBlank()).ifPresent(out::add);
        return out;
    }

    /** Every content word of the capability appears in the need ("Accessibility" meets "help with accessibility audits"). */
    private static boolean meets(String capability, String need) {
        Set<String> cap = ProfileText.terms(capability);
        Set<String> wanted = ProfileText.terms(need);
        return !cap.isEmpty() && !wanted.isEmpty() && wanted.containsAll(cap);
    }

    /** Skills both list; when none, the sender's skills the target's own words mention. */
    private static List<CommonGround> topics(Profile me, Profile them) {
        List<String> shared = new ArrayList<>();
        for (String theirs : them.skills()) {
            if (ProfileText.isGenericSkill(theirs)) {
                continue;
            }
            boolean both = me.skills().stream().anyMatch(mine -> ProfileText.terms(mine).equals(ProfileText.terms(theirs))
                    && !ProfileText.terms(mine).isEmpty());
            if (both && shared.stream().noneMatch(s -> ProfileText.terms(s).equals(ProfileText.terms(theirs)))) {
                shared.add(theirs);
            }
        }
        String key = "shared-topic";
        if (shared.isEmpty()) {
            String theirWords = String.join("\n", them.headline(), them.about(),
                    String.join("\n", them.positions().stream().map(Position::title).toList()));
            me.skills().stream().filter(s -> !ProfileText.isGenericSkill(s))
                    .filter(s -> ProfileText.affirms(theirWords, s)).distinct().forEach(shared::add);
            key = "shared-topic.mentioned";
        }
        if (shared.isEmpty()) {
            return List.of();
        }
        List<String> cited = shared.subList(0, Math.min(MAX_TOPICS, shared.size()));
        String topics = Templates.list(cited);
        double strength = Strength.SHARED_TOPIC_BASE + Strength.SHARED_TOPIC_EACH * cited.size();
        return List.of(new CommonGround(GroundKind.SHARED_TOPIC,
                Templates.render(key, Map.of("topics", topics, "possessive", Names.possessive(them))),
                strength, topics, ""));
    }

    private static List<CommonGround> city(Profile me, Profile them) {
        String mine = ProfileText.city(locationOf(me));
        String theirs = ProfileText.city(locationOf(them));
        if (mine.isEmpty() || theirs.isEmpty() || !Folding.fold(mine).equals(Folding.fold(theirs))) {
            return List.of();
        }
        return List.of(new CommonGround(GroundKind.SAME_CITY,
                Templates.render("same-city", Map.of("city", theirs)), Strength.SAME_CITY, theirs, ""));
    }

    private static String locationOf(Profile p) {
        if (!p.location().isBlank()) {
            return p.location();
        }
        return p.currentPosition().filter(pos -> pos.dates().isCurrent()).map(Position::location).orElse("");
    }

    private static String excerpt(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= EXCERPT_CHARS) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', EXCERPT_CHARS);
        return flat.substring(0, cut > 0 ? cut : EXCERPT_CHARS) + "…";
    }

    /** One item per kind and subject, the strongest kept; then strongest first. */
    private static List<CommonGround> strongestOfEach(List<CommonGround> all) {
        Map<String, CommonGround> best = new LinkedHashMap<>();
        for (CommonGround g : all) {
            String key = g.kind() + "|" + Folding.fold(g.subject());
            best.merge(key, g, (a, b) -> b.strength() > a.strength() ? b : a);
        }
        return best.values().stream().sorted(STRONGEST_FIRST).toList();
    }
}
