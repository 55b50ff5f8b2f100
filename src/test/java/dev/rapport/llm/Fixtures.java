package dev.rapport.llm;

import dev.rapport.ConfigFile;
import dev.rapport.draft.Cancellation;
import dev.rapport.draft.DraftRequest;
import dev.rapport.draft.Vetting;
import dev.rapport.draft.Drafter;
import dev.rapport.draft.Note;
import dev.rapport.draft.Style;
import dev.rapport.etiquette.Decision;
import dev.rapport.etiquette.Finding;
import dev.rapport.etiquette.Reason;
import dev.rapport.etiquette.Severity;
import dev.rapport.etiquette.Verdict;
import dev.rapport.ground.CommonGround;
import dev.rapport.ground.GroundKind;
import dev.rapport.profile.DateRange;
import dev.rapport.profile.Position;
import dev.rapport.profile.Post;
import dev.rapport.profile.Profile;
import dev.rapport.profile.SourceFormat;
import dev.rapport.purpose.Intent;
import dev.rapport.purpose.Purpose;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A connect pair (two former colleagues), a stand-in etiquette check and a stand-in offline drafter. */
final class Fixtures {
    static final String KEY = "sk-test-SECRET-1234567890";
    static final String OFFLINE_TEXT = "Hi Priya, we overlapped at Stripewell for years. I'd be glad to reconnect here.";
    static final String GOOD = "Hi Priya, it has been a while since our Stripewell days on the payments team. "
            + "I'd be glad to reconnect and keep up with what you're working on now.";
    static final String GOOD2 = "Priya, I still think of the checkout rebuild we shipped at Stripewell. Good to reconnect here.";
    static final String PITCHY = "Hi Priya! Our platform can save your team 30% on payments. Book a demo call with me this week?";

    private Fixtures() {
    }

    static Profile me() {
        return new Profile("Daniel Okafor", "Engineering manager at Ledgerline", "Denver", "",
                List.of(new Position("Ledgerline", "Engineering Manager", new DateRange(java.time.YearMonth.of(2021, 6), null), "", ""),
                        new Position("Stripewell", "Senior Engineer", DateRange.years(2016, 2021), "", "")),
                List.of(), List.of(), List.of("Java"), List.of(), List.of(), Set.of(), List.of(), "", SourceFormat.LINKEDIN_PAGE);
    }

    static Profile them(String about) {
        return new Profile("Priya Raman", "Staff engineer, payments reliability", "Austin", about,
                List.of(new Position("Stripewell", "Staff Engineer", DateRange.years(2015, null), "", "")),
                List.of(), List.of(), List.of("Go"), List.of(new Post("Notes from our on-call rotation redesign", "2w")),
                List.of(), Set.of(), List.of(), "", SourceFormat.LINKEDIN_PAGE);
    }

    static DraftRequest request() {
        return request("I lead payments reliability work. Write to me at priya@example.com or +1 (303) 555-0142, "
                + "and see https://priya.example.dev for talks.", Decision.CONNECT);
    }

    static DraftRequest request(String about, Decision decision) {
        Purpose purpose = new Purpose("we worked together at Stripewell and I want to reconnect",
                Set.of(Intent.RECONNECT), List.of(), List.of(), List.of(), List.of());
        List<CommonGround> ground = List.of(new CommonGround(GroundKind.WORKED_TOGETHER,
                "you both worked at Stripewell, 2016–2021", 0.9, "Stripewell", "2016–2021"));
        Verdict verdict = new Verdict(decision, 85, List.of(new Reason("relationship", Severity.INFO,
                "you both worked at Stripewell, 2016–2021")));
        return new DraftRequest(me(), them(about), purpose, ground, verdict, 300, 2, Style.DEFAULT);
    }

    /** A small stand-in for the etiquette rules: flags selling and meeting asks, as the real rules do. */
    static List<Finding> check(String note, dev.rapport.etiquette.NoteContext ctx) {
        List<Finding> out = new ArrayList<>();
        String n = note.toLowerCase(Locale.ROOT);
        for (String w : List.of("save your", "30%", "our platform")) {
            if (n.contains(w)) {
                out.add(new Finding("pitch", Severity.ERROR, 0, 0, "it sells instead of connecting", "drop the offer"));
                break;
            }
        }
        if (n.contains("demo") || n.contains("call")) {
            out.add(new Finding("meeting-ask", Severity.WARNING, 0, 0, "it asks for a meeting", "leave the meeting out"));
        }
        return out;
    }

    /** The stand-in rules as the caller's vetting: each finding as "rule: message (fix: …)". */
    static final Vetting VETTING = note -> check(note, null).stream()
            .map(f -> f.rule() + ": " + f.message() + " (fix: " + f.fix() + ")").toList();

    static Drafter offline() {
        return new Drafter() {
            @Override
            public List<Note> draft(DraftRequest r) {
                return r.verdict().decision() == Decision.CONNECT ? List.of(Note.of(OFFLINE_TEXT, "worked-together")) : List.of();
            }

            @Override
            public String name() {
                return "offline";
            }
        };
    }

    /** Waits are recorded, not slept, so retry tests are quick and can assert on what was honoured. */
    static final class RecordingSleeper implements Wiring.Sleeper {
        final List<Duration> waits = new ArrayList<>();

        @Override
        public boolean sleep(Duration d, Cancellation c) {
            waits.add(d);
            return c.isCancelled();
        }
    }

    static Wiring wiring(Wiring.Sleeper sleeper) {
        return new Wiring(offline(),
                List.of(new RuleLine("pitch", "An invitation is not a sales channel."),
                        new RuleLine("meeting-ask", "Asking for a call before any contact is too much.")),
                sleeper);
    }

    static EngineConfig openAi(String baseUrl, Path dataDir) {
        return EngineConfig.resolve(new EngineFlags("openai", "test-model", baseUrl, null, null),
                Map.of("OPENAI_API_KEY", KEY), ConfigFile.EMPTY).withDataDir(dataDir).withTimeout(Duration.ofSeconds(5));
    }
}
