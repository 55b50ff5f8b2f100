package dev.rapport.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A scripted model server on loopback that speaks the OpenAI chat-completions API (JSON and SSE)
 * and Ollama's /api/chat (the Anthropic and Gemini shapes are built by their protocol test). Each request takes the next scripted answer (the last one repeats), and
 * every request is recorded so that tests can look at what rapport sent.
 *
 * <p>The one fixture for a test class that talks to it: {@code @RegisterExtension final FakeLlmServer
 * server = FakeLlmServer.started();} gives each test a server of its own, closed after the test.
 */
public final class FakeLlmServer implements AutoCloseable, AfterEachCallback {
    public static final ObjectMapper JSON = new ObjectMapper();

    public record Recorded(String method, String path, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .findFirst().map(e -> e.getValue().get(0)).orElse(null);
        }
    }

    /**
     * One scripted answer: {@code delayMs} before the headers; for a stream, {@code stallMs} after
     * the first {@code stallAt} chunks (a server that goes quiet in the middle of an answer).
     */
    public record Answer(int status, Map<String, String> headers, String contentType, List<String> chunks, long delayMs,
                         int stallAt, long stallMs) {
        public Answer(int status, Map<String, String> headers, String contentType, List<String> chunks, long delayMs) {
            this(status, headers, contentType, chunks, delayMs, 0, 0);
        }

        public static Answer json(int status, String body) {
            return new Answer(status, Map.of(), "application/json", List.of(body), 0);
        }

        public Answer withHeader(String name, String value) {
            Map<String, String> h = new java.util.HashMap<>(headers);
            h.put(name, value);
            return new Answer(status, h, contentType, chunks, delayMs, stallAt, stallMs);
        }

        public Answer delayed(long ms) {
            return new Answer(status, headers, contentType, chunks, ms, stallAt, stallMs);
        }

        /** Sends the first {@code chunks} chunks, then says nothing for {@code ms} before the rest. */
        public Answer stallingAfter(int chunks, long ms) {
            return new Answer(status, headers, contentType, this.chunks, delayMs, chunks, ms);
        }
    }

    private final HttpServer server;
    private final ConcurrentLinkedDeque<Answer> script = new ConcurrentLinkedDeque<>();
    private volatile Answer last;
    public final List<Recorded> requests = Collections.synchronizedList(new ArrayList<>());

    private final AtomicBoolean closed = new AtomicBoolean();

    /** A running server, for a field registered as an extension (closed after each test). */
    public static FakeLlmServer started() {
        try {
            return new FakeLlmServer();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public FakeLlmServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-llm");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    public FakeLlmServer then(Answer... answers) {
        script.addAll(List.of(answers));
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String openAiUrl() {
        return "http://127.0.0.1:" + port() + "/v1";
    }

    public String ollamaUrl() {
        return "http://127.0.0.1:" + port();
    }

    private void handle(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new Recorded(ex.getRequestMethod(), ex.getRequestURI().getPath(),
                Map.copyOf(ex.getRequestHeaders()), body));
        Answer a = script.poll();
        if (a == null) {
            a = last;
        } else {
            last = a;
        }
        if (a == null) {
            a = Answer.json(500, "{\"error\":{\"message\":\"no script\"}}");
        }
        try {
            if (a.delayMs() > 0) {
                Thread.sleep(a.delayMs());
            }
            a.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
            ex.getResponseHeaders().add("Content-Type", a.contentType());
            boolean stream = a.contentType().startsWith("text/event-stream") || a.contentType().startsWith("application/x-ndjson");
            ex.sendResponseHeaders(a.status(), stream ? 0 : a.chunks().get(0).getBytes(StandardCharsets.UTF_8).length);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < a.chunks().size(); i++) {
                    if (i == a.stallAt() && a.stallMs() > 0) {
                        Thread.sleep(a.stallMs());
                    }
                    out.write(a.chunks().get(i).getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            }
        } catch (InterruptedException | IOException e) {
            // the client went away (timeout or cancel): nothing to answer
        } finally {
            ex.close();
        }
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.stop(0);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    // ---- OpenAI shapes

    public static Answer openAi(String content) {
        return openAi(content, 120, 40);
    }

    public static Answer openAi(String content, int promptTokens, int completionTokens) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-1").put("object", "chat.completion").put("created", 1).put("model", "test-model");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        root.putObject("usage").put("prompt_tokens", promptTokens).put("completion_tokens", completionTokens)
                .put("total_tokens", promptTokens + completionTokens);
        return Answer.json(200, root.toString());
    }

    public static Answer openAiStream(String content, int pieces) {
        List<String> chunks = new ArrayList<>();
        int step = Math.max(1, content.length() / pieces);
        for (int i = 0; i < content.length(); i += step) {
            chunks.add(sse(chunk(content.substring(i, Math.min(content.length(), i + step)), null)));
        }
        chunks.add(sse(chunk(null, "stop")));
        ObjectNode usage = JSON.createObjectNode();
        usage.put("id", "c").put("object", "chat.completion.chunk").put("created", 1).put("model", "test-model");
        usage.putArray("choices");
        usage.putObject("usage").put("prompt_tokens", 120).put("completion_tokens", 40).put("total_tokens", 160);
        chunks.add(sse(usage.toString()));
        chunks.add("data: [DONE]\n\n");
        return new Answer(200, Map.of(), "text/event-stream", chunks, 0);
    }

    private static String chunk(String content, String finish) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "c").put("object", "chat.completion.chunk").put("created", 1).put("model", "test-model");
        ArrayNode choices = root.putArray("choices");
        ObjectNode c = choices.addObject();
        c.put("index", 0);
        ObjectNode delta = c.putObject("delta");
        if (content != null) {
            delta.put("content", content);
        }
        if (finish == null) {
            c.putNull("finish_reason");
        } else {
            c.put("finish_reason", finish);
        }
        return root.toString();
    }

    private static String sse(String data) {
        return "data: " + data + "\n\n";
    }

    public static Answer error(int status, String message) {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("error").put("message", message).put("type", "error");
        return Answer.json(status, root.toString());
    }

    // ---- Ollama shapes

    public static Answer ollama(String content) {
        ObjectNode root = JSON.createObjectNode();
        root.put("model", "llama3.1").put("created_at", "2026-11-01T00:00:00Z");
        root.putObject("message").put("role", "assistant").put("content", content);
        root.put("done", true).put("done_reason", "stop").put("prompt_eval_count", 90).put("eval_count", 30);
        return Answer.json(200, root.toString());
    }

    /** {"notes":[{"text":..,"angle":..},…]} */
    public static String notes(String... textsAndAngles) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode arr = root.putArray("notes");
        for (int i = 0; i + 1 < textsAndAngles.length; i += 2) {
            arr.addObject().put("text", textsAndAngles[i]).put("angle", textsAndAngles[i + 1]);
        }
        return root.toString();
    }
}
