package dev.rapport.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.sun.net.httpserver.HttpServer;
import dev.rapport.app.Advisor;
import dev.rapport.app.Assessment;
import dev.rapport.app.DraftOptions;
import dev.rapport.draft.DraftRequest;
import dev.rapport.draft.Note;
import dev.rapport.draft.OfflineDrafter;
import dev.rapport.etiquette.Decision;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.profile.Profile;
import dev.rapport.profile.ProfileReaders;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * Not a test: prompt and completion tokens and model calls per draft over the example pairs,
 * against a loopback server speaking the OpenAI API. The server answers with notes that pass the
 * rules (the offline drafter's, as a stand-in for a good model), and in a second round with a
 * pitch first. Tokens are estimated as the server would bill them roughly: characters / 4.
 * Run: mvn -q -B -Pbench-llm test-compile exec:java
 */
public final class LlmBench {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        Path pairs = Path.of(args.length > 0 ? args[0] : "examples/pairs");
        RuleSet rules = RuleSet.builtIn();
        OfflineDrafter offline = new OfflineDrafter();
        Advisor checker = new Advisor(rules, offline, () -> YearMonth.of(2026, 11));
        System.out.printf(Locale.ROOT, "%-24s %-15s %28s %28s %28s%n", "pair", "verdict",
                "first answer passes", "first answer is a pitch", "evidence question");
        System.out.printf(Locale.ROOT, "%-24s %-15s %28s %28s %28s%n", "", "", "calls prompt completion",
                "calls prompt completion", "calls prompt completion");
        long[] sum = new long[6];
        long[] evidenceSum = new long[3];
        int checked = 0;
        int drafts = 0;
        try (Stream<Path> dirs = Files.list(pairs)) {
            for (Path dir : dirs.sorted().toList()) {
                JsonNode pair = new ObjectMapper(new YAMLFactory()).readTree(dir.resolve("pair.yaml").toFile());
                Profile me = ProfileReaders.read(find(dir, "me"));
                Profile them = ProfileReaders.read(find(dir, "them"));
                Assessment a = checker.check(me, them, pair.path("why").asText());
                DraftRequest request = new DraftRequest(me, them, a.purpose(), a.commonGround(), a.verdict(),
                        pair.path("limit").asInt(300), DraftOptions.DEFAULT.variants(), DraftOptions.DEFAULT.style());
                String good = notesJson(offline.draft(request));
                Usage.Counts passes = run(rules, offline, request, good, false);
                Usage.Counts pitch = run(rules, offline, request, good, true);
                // a typical evidence answer: one intent, no relationship, one negative fact
                String evidence = "{\"intents\":[\"advice\"],\"stated_relationship\":null,\"negative_facts\":"
                        + "[{\"text\":\"We have never used that product.\",\"about\":\"the product\"}]}";
                Usage.Counts asked = serve(evidence, null, e -> e.evidence(me, them, pair.path("why").asText()));
                checked++;
                evidenceSum[0] += asked.calls();
                evidenceSum[1] += asked.promptTokens();
                evidenceSum[2] += asked.completionTokens();
                System.out.printf(Locale.ROOT, "%-24s %-15s %8d %9d %10d %8d %9d %10d %8d %9d %10d%n", dir.getFileName(),
                        a.verdict().decision().id(), passes.calls(), passes.promptTokens(), passes.completionTokens(),
                        pitch.calls(), pitch.promptTokens(), pitch.completionTokens(),
                        asked.calls(), asked.promptTokens(), asked.completionTokens());
                if (a.verdict().decision() == Decision.CONNECT) {
                    drafts++;
                    long[] v = {passes.calls(), passes.promptTokens(), passes.completionTokens(),
                            pitch.calls(), pitch.promptTokens(), pitch.completionTokens()};
                    for (int i = 0; i < 6; i++) {
                        sum[i] += v[i];
                    }
                }
            }
        }
        if (drafts > 0) {
            System.out.printf(Locale.ROOT, "%-40s %8.1f %9.0f %10.0f %8.1f %9.0f %10.0f%n", "mean per connect draft",
                    sum[0] / (double) drafts, sum[1] / (double) drafts, sum[2] / (double) drafts,
                    sum[3] / (double) drafts, sum[4] / (double) drafts, sum[5] / (double) drafts);
        }
        if (checked > 0) {
            System.out.printf(Locale.ROOT, "%-40s %8.1f %9.0f %10.0f%n", "mean evidence question per check",
                    evidenceSum[0] / (double) checked, evidenceSum[1] / (double) checked, evidenceSum[2] / (double) checked);
        }
    }

    private static Usage.Counts run(RuleSet rules, OfflineDrafter offline, DraftRequest request, String good,
                                    boolean pitchFirst) throws IOException {
        String pitch = "{\"notes\":[{\"text\":\"Hi! Our platform can save "
                + "your team 30% this quarter. Book a demo call with me?\",\"angle\":\"pitch\"}]}";
        return serve(good, pitchFirst ? pitch : null, e -> e.draft(request));
    }

    /** Runs {@code act} on an engine whose loopback server answers {@code first} once (when not null), then {@code answer}. */
    private static Usage.Counts serve(String answer, String first, java.util.function.Consumer<LlmEngine> act)
            throws IOException {
        RuleSet rules = RuleSet.builtIn();
        OfflineDrafter offline = new OfflineDrafter();
        String good = answer;
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicBoolean pitched = new AtomicBoolean(first == null);
        server.createContext("/", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int promptChars = 0;
            for (JsonNode m : JSON.readTree(body).path("messages")) {
                promptChars += m.path("content").asText().length();
            }
            String content = pitched.getAndSet(true) ? good : first;
            ObjectNode root = JSON.createObjectNode();
            root.put("id", "b").put("object", "chat.completion").put("created", 1).put("model", "bench");
            ArrayNode choices = root.putArray("choices");
            ObjectNode c = choices.addObject();
            c.put("index", 0).put("finish_reason", "stop");
            c.putObject("message").put("role", "assistant").put("content", content);
            int p = (promptChars + 3) / 4;
            int k = (content.length() + 3) / 4;
            root.putObject("usage").put("prompt_tokens", p).put("completion_tokens", k).put("total_tokens", p + k);
            byte[] bytes = root.toString().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        try {
            EngineConfig cfg = new EngineConfig(Engine.OPENAI, "bench", "http://127.0.0.1:" + server.getAddress().getPort()
                    + "/v1", Secret.of("bench-key"), null, false, null, null, null);
            LlmEngine engine = Engines.open(cfg, Wiring.of(rules, offline), new Usage());
            act.accept(engine);
            return engine.usage().counts();
        } finally {
            server.stop(0);
        }
    }

    private static String notesJson(List<Note> notes) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode arr = root.putArray("notes");
        notes.forEach(n -> arr.addObject().put("text", n.text()).put("angle", n.angle()));
        return root.toString();
    }

    private static Path find(Path dir, String stem) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().equals(stem) || p.getFileName().toString().startsWith(stem + "."))
                    .findFirst().orElseThrow(() -> new IOException("no " + stem + " in " + dir));
        }
    }
}
