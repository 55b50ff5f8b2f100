package dev.rapport.etiquette;

import dev.rapport.profile.Profile;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rules that read the user's own outreach history: {@code recent-invite} (an open or
 * withdrawn invitation means wait), {@code note-budget} (a free account's monthly notes) and
 * {@code follow-up} (an accepted invitation calls for thanks, not another request). Pure: the
 * history and today's date come in with the call.
 */
public final class OutreachRules {
    public static final String RECENT_INVITE = "recent-invite";
    public static final String NOTE_BUDGET = "note-budget";
    public static final String FOLLOW_UP = "follow-up";
    /** Reasons that weigh inviting someone the sender does not know, moot once they have accepted. */
    private static final java.util.Set<String> STRANGER_RULES = java.util.Set.of("no-context");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final RuleSet rules;

    OutreachRules(RuleSet rules) {
        this.rules = rules;
    }

    /** The monthly allowance of personalised notes on a free account, as the rule set says (default 5). */
    public static int monthlyNotes(RuleSet rules) {
        return rules.rule(NOTE_BUDGET).filter(Rule::enabled).map(r -> (int) r.number("monthly-notes", 5)).orElse(0);
    }

    public static String date(LocalDate day) {
        return DATE.format(day);
    }

    Verdict apply(Verdict base, Profile them, OutreachHistory history) {
        if (history == null) {
            return base;
        }
        Verdict v = base;
        Optional<Reason> followUp = followUp(them, history);
        Optional<Reason> recent = followUp.isPresent() ? Optional.empty() : recentInvite(them, history);
        if (recent.isPresent()) {
            v = wait(v, recent.get());
        }
        if (followUp.isPresent()) {
            // they accepted: whether to invite is settled, so the reasons about inviting a stranger no longer apply
            // ("You have no shared history … connect once they know your name" beside "you are connected")
            Verdict settled = new Verdict(v.decision(), v.warrant(), v.reasons().stream().filter(r -> !STRANGER_RULES.contains(r.rule())).toList());
            v = prepend(settled, v.decision(), v.warrant(), followUp.get());
        }
        if (v.decision() == Decision.CONNECT && followUp.isEmpty()) {
            Optional<Reason> budget = noteBudget(history);
            if (budget.isPresent()) {
                List<Reason> reasons = new ArrayList<>(v.reasons());
                reasons.add(budget.get());
                v = new Verdict(v.decision(), v.warrant(), reasons);
            }
        }
        return v;
    }

    private Verdict wait(Verdict v, Reason recent) {
        if (v.decision() == Decision.DO_NOT_CONNECT) {
            List<Reason> reasons = new ArrayList<>(v.reasons());
            reasons.add(recent);
            return new Verdict(v.decision(), v.warrant(), reasons);
        }
        int cap = (int) rules.rule(RECENT_INVITE).orElseThrow().number("warrant", 20);
        return prepend(v, Decision.FOLLOW_FIRST, Math.min(v.warrant(), cap), recent);
    }

    private static Verdict prepend(Verdict v, Decision decision, int warrant, Reason first) {
        List<Reason> reasons = new ArrayList<>();
        reasons.add(first);
        reasons.addAll(v.reasons());
        return new Verdict(decision, warrant, reasons);
    }

    private Optional<Reason> followUp(Profile them, OutreachHistory h) {
        Rule rule = rules.rule(FOLLOW_UP).filter(Rule::enabled).orElse(null);
        if (rule == null) {
            return Optional.empty();
        }
        return h.latest().filter(e -> e.mark() == Mark.ACCEPTED).map(e -> new Reason(rule.id(), rule.severity(),
                reason("follow-up", them, Map.of("date", date(e.on())))));
    }

    private Optional<Reason> recentInvite(Profile them, OutreachHistory h) {
        Rule rule = rules.rule(RECENT_INVITE).filter(Rule::enabled).orElse(null);
        if (rule == null || h.latest().isEmpty()) {
            return Optional.empty();
        }
        OutreachHistory.Event last = h.latest().get();
        int window = (int) rule.number("window-days", 21);
        LocalDate until = last.on().plusDays(window);
        boolean recent = h.today().isBefore(until);
        Map<String, String> vars = Map.of("date", date(last.on()), "until", date(until), "ago", ago(last.on(), h.today()));
        return switch (last.mark()) {
            case SENT -> recent ? Optional.of(new Reason(rule.id(), rule.severity(), reason("recent-invite-sent", them, vars)))
                    : Optional.empty();
            case WITHDRAWN -> recent
                    ? Optional.of(new Reason(rule.id(), Severity.ERROR, reason("recent-invite-withdrawn", them, vars)))
                    : Optional.empty();
            case IGNORED -> Optional.of(new Reason(rule.id(), rule.severity(), reason("recent-invite-ignored", them, vars)));
            case ACCEPTED -> Optional.empty();
        };
    }

    private Optional<Reason> noteBudget(OutreachHistory h) {
        Rule rule = rules.rule(NOTE_BUDGET).filter(Rule::enabled).orElse(null);
        NoteBudget b = h.budget();
        if (rule == null || !b.exhausted()) {
            return Optional.empty();
        }
        Map<String, String> vars = Map.of("used", Integer.toString(b.used()), "limit", Integer.toString(b.limit()),
                "renews", date(b.renews()));
        return Optional.of(new Reason(rule.id(), rule.severity(), reason("note-budget", null, vars)));
    }

    private String ago(LocalDate day, LocalDate today) {
        long days = ChronoUnit.DAYS.between(day, today);
        if (days <= 0) {
            return rules.messages().word("ago-today");
        }
        if (days == 1) {
            return rules.messages().word("ago-yesterday");
        }
        return Template.fill(rules.messages().word("ago-days"), Map.of("days", Long.toString(days)));
    }

    private String reason(String key, Profile them, Map<String, String> extra) {
        Map<String, String> vars = new HashMap<>(extra);
        String first = them == null ? "" : them.firstName();
        vars.putIfAbsent("them", first.isBlank() ? rules.messages().word("them-in-reason") : first);
        return rules.messages().reason(key, vars);
    }
}
