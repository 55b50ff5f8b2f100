package dev.rapport.llm;

import dev.rapport.text.Sanitizer;
import dev.rapport.text.Secrets;
import dev.rapport.text.Urls;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.guardrail.OutputGuardrailResult;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.langchain4j.model.output.TokenUsage;
import dev.rapport.draft.DraftRequest;
import dev.rapport.draft.Drafter;
import dev.rapport.draft.Note;
import dev.rapport.etiquette.Decision;
import dev.rapport.etiquette.NoteContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The LLM engine on LangChain4j. A draft is: facts into the prompt files, one model call, the
 * answer through {@link NoteGuardrail}; a failing answer is sent back with the problems spelled
 * out, at most {@value #ATTEMPTS} answers in all; then, or on any failure, one line and the
 * offline drafter's notes. The verdict is never the model's to make: it only drafts for connect.
 */
final class LangChainEngine implements LlmEngine {
    static final int ATTEMPTS = 3;

    private final EngineConfig config;
    private final Wiring wiring;
    private final Usage usage;
    private final Supplier<ChatModel> chatFactory;
    private final Supplier<StreamingChatModel> streamFactory;
    private ChatModel chat;
    private StreamingChatModel stream;
    private Prompts prompts;
    private boolean noticeChecked;

    LangChainEngine(EngineConfig config, Wiring wiring, Usage usage) {
        this(config, wiring, usage, () -> ModelFactory.chat(config), () -> ModelFactory.streaming(config));
    }

    LangChainEngine(EngineConfig config, Wiring wiring, Usage usage, Supplier<ChatModel> chat,
                    Supplier<StreamingChatModel> stream) {
        this.config = config;
        this.wiring = wiring;
        this.usage = usage;
        this.chatFactory = chat;
        this.streamFactory = stream;
    }

    @Override
    public EngineConfig config() {
        return config;
    }

    @Override
    public Usage usage() {
        return usage;
    }

    @Override
    public Drafter drafter() {
        return new Drafter() {
            @Override
            public List<Note> draft(DraftRequest request) {
                DraftResult r = gated(request, List.of(), null, null, DraftListener.NONE, Cancellation.none(), false)
                        .result();
                r.notices().forEach(wiring.notices());
                return r.notes();
            }

            @Override
            public String name() {
                return LangChainEngine.this.name();
            }
        };
    }

    @Override
    public DraftResult draft(DraftRequest request, DraftListener listener, Cancellation cancel) {
        return gated(request, List.of(), null, null, listener, cancel, true).result();
    }

    @Override
    public ChatSession session(DraftRequest request) {
        return new ChatSession(this, request);
    }

    @Override
    public Reply comment(DraftRequest request, Cancellation cancel) {
        Usage.Counts before = usage.counts();
        List<String> notices = new ArrayList<>();
        try {
            ready(notices);
            String prompt = prompts().render(Prompts.Kind.COMMENT, facts(request));
            List<ChatMessage> messages = List.of(system(request), UserMessage.from(prompt));
            NoteGuardrail guard = guard(request);
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                AiMessage answer = call(messages, false, DraftListener.NONE, cancel, s -> { }, false);
                var comment = DraftAnswer.parseComment(answer.text());
                if (comment.isPresent()) {
                    String text = dev.rapport.text.Sanitizer.clean(comment.get()).strip();
                    boolean clean = guard.problems(text).stream().noneMatch(p -> p.startsWith("link") || p.startsWith("injection"));
                    if (clean) {
                        return new Reply(text, notices, false, usage.counts().minus(before));
                    }
                }
            }
            throw new Failure.Problem(Failure.MALFORMED, "no usable comment");
        } catch (RuntimeException e) {
            Failure f = Failure.of(e);
            notices.add(line(f, e));
            return new Reply(null, notices, f == Failure.CANCELLED, usage.counts().minus(before));
        }
    }

    /** The outcome of one gated exchange; {@code ask} and {@code accepted} go into a session's memory. */
    record Outcome(DraftResult result, UserMessage ask, AiMessage accepted) {
    }

    /**
     * Drafts (ask == null) or refines, with {@code history} before the question. {@code history}
     * includes the system message when given by a session; otherwise one is made here.
     */
    Outcome gated(DraftRequest request, List<ChatMessage> history, String instruction, Prompts.Kind kind,
                  DraftListener listener, Cancellation cancel, boolean streamed) {
        Usage.Counts before = usage.counts();
        List<String> notices = new ArrayList<>();
        if (request.verdict().decision() != Decision.CONNECT) {
            // the verdict is the rule set's; the model only ever drafts for connect
            return new Outcome(new DraftResult(wiring.offline().draft(request), notices,
                    DraftResult.Source.OFFLINE_FALLBACK, Usage.Counts.ZERO), null, null);
        }
        try {
            ready(notices);
            Map<String, Object> facts = facts(request);
            UserMessage ask;
            if (kind == null || kind == Prompts.Kind.DRAFT) {
                ask = UserMessage.from(prompts().render(Prompts.Kind.DRAFT, facts));
            } else {
                facts.put("instruction", PromptFacts.inline(instruction, false));
                ask = UserMessage.from(prompts().render(kind, facts));
            }
            List<ChatMessage> messages = new ArrayList<>(history.isEmpty() ? List.of(system(request)) : history);
            messages.add(ask);
            NoteGuardrail guard = guard(request);
            String problems = "";
            Failure last = Failure.REJECTED;
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                AiMessage answer = call(messages, true, listener, cancel,
                        new JsonTextEcho(listener::onText), streamed);
                OutputGuardrailResult verdict = guard.validate(answer);
                if (verdict.isSuccess()) {
                    @SuppressWarnings("unchecked")
                    List<Note> notes = (List<Note>) verdict.successfulResult();
                    return new Outcome(new DraftResult(notes, notices, DraftResult.Source.MODEL,
                            usage.counts().minus(before)), ask, answer);
                }
                problems = verdict.failures().isEmpty() ? "" : verdict.failures().get(0).message();
                last = Failure.of(verdict.getFirstFailureException());
                if (attempt < ATTEMPTS) {
                    listener.onRetry(attempt + 1, problems);
                    Map<String, Object> retry = facts(request);
                    retry.put("problems", problems);
                    messages.add(answer.text() == null || answer.text().isBlank() ? AiMessage.from("(empty)") : answer);
                    messages.add(UserMessage.from(prompts().render(Prompts.Kind.RETRY, retry)));
                }
            }
            throw new Failure.Problem(last, problems);
        } catch (RuntimeException e) {
            Failure f = Failure.of(e);
            notices.add(line(f, e));
            if (f == Failure.CANCELLED) {
                return new Outcome(new DraftResult(List.of(), notices, DraftResult.Source.CANCELLED,
                        usage.counts().minus(before)), null, null);
            }
            return new Outcome(new DraftResult(wiring.offline().draft(request), notices,
                    DraftResult.Source.OFFLINE_FALLBACK, usage.counts().minus(before)), null, null);
        }
    }

    /**
     * A plain-text answer for a session (questions about the verdict). A first-use privacy notice
     * goes to {@code notices}, so that a question can be the first call too.
     */
    AiMessage chatCall(List<ChatMessage> messages, Consumer<String> tokens, Cancellation cancel, List<String> notices) {
        ready(notices);
        return call(messages, false, DraftListener.NONE, cancel, tokens == null ? s -> { } : tokens, tokens != null);
    }

    /** One model answer, retrying 429s as the policy allows. */
    private AiMessage call(List<ChatMessage> messages, boolean json, DraftListener listener, Cancellation cancel,
                           Consumer<String> echo, boolean streamed) {
        ChatRequest.Builder b = ChatRequest.builder().messages(List.copyOf(messages));
        if (json && ModelFactory.hasJsonSchema(config.engine())) {
            b.responseFormat(DraftAnswer.FORMAT);
        }
        ChatRequest request = b.build();
        RetryPolicy policy = config.retry();
        for (int retry = 0; ; retry++) {
            if (cancel.isCancelled()) {
                throw new Failure.Problem(Failure.CANCELLED, "cancelled");
            }
            try {
                ChatResponse response = streamed ? streamOnce(request, cancel, echo) : chatModel().chat(request);
                TokenUsage t = response.tokenUsage();
                usage.record(t == null ? null : t.inputTokenCount(), t == null ? null : t.outputTokenCount());
                AiMessage answer = response.aiMessage();
                return answer == null ? AiMessage.from("") : answer;
            } catch (RuntimeException e) {
                if (Failure.of(e) != Failure.RATE_LIMITED) {
                    throw e;
                }
                if (retry >= policy.attempts()) {
                    throw new Failure.Problem(Failure.RATE_LIMITED, String.valueOf(retry));
                }
                Duration wait = policy.waitBefore(retry + 1, StatusException.retryAfterIn(e).orElse(null));
                listener.onWait(wait);
                try {
                    if (wiring.sleeper().sleep(wait, cancel)) {
                        throw new Failure.Problem(Failure.CANCELLED, "cancelled");
                    }
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new Failure.Problem(Failure.CANCELLED, "interrupted");
                }
            }
        }
    }

    private ChatResponse streamOnce(ChatRequest request, Cancellation cancel, Consumer<String> echo) {
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        AtomicReference<StreamingHandle> handle = new AtomicReference<>();
        cancel.onCancel(() -> {
            StreamingHandle h = handle.get();
            if (h != null) {
                h.cancel();
            }
            done.completeExceptionally(new Failure.Problem(Failure.CANCELLED, "cancelled"));
        });
        streamingModel().chat(request, new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
                handle.set(context.streamingHandle());
                if (cancel.isCancelled()) {
                    context.streamingHandle().cancel();
                } else {
                    echo.accept(partial.text());
                }
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                done.complete(response);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });
        try {
            return done.get(config.timeout().toMillis() * 3, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new Failure.Problem(Failure.TIMEOUT, "stream stalled");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure.Problem(Failure.CANCELLED, "interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
        }
    }

    /** First use: check a key is there and show the privacy notice once. */
    private void ready(List<String> notices) {
        if (ModelFactory.key(config) == null) {
            throw new Failure.Problem(Failure.MISSING_KEY, "no key");
        }
        synchronized (this) {
            if (!noticeChecked) {
                noticeChecked = true;
                PrivacyNotice.once(config).ifPresent(notices::add);
            }
        }
    }

    SystemMessage system(DraftRequest request) {
        return SystemMessage.from(prompts().render(Prompts.Kind.SYSTEM, facts(request)));
    }

    Map<String, Object> facts(DraftRequest request) {
        return new java.util.LinkedHashMap<>(PromptFacts.of(request, wiring.rules(), config.redact()));
    }

    NoteGuardrail guard(DraftRequest r) {
        NoteContext context = new NoteContext(r.me(), r.them(), r.purpose(), r.ground(), r.limit());
        String trusted = r.purpose().text() + "\n" + String.join("\n",
                r.ground().stream().map(g -> g.detail() + " " + g.subject()).toList());
        return new NoteGuardrail(wiring.checker(), context, InjectionScreen.of(List.of(r.me(), r.them()), trusted),
                r.variants());
    }

    synchronized Prompts prompts() {
        if (prompts == null) {
            prompts = Prompts.load(config.prompts()).masking(config.apiKey());
        }
        return prompts;
    }

    private synchronized ChatModel chatModel() {
        if (chat == null) {
            chat = chatFactory.get();
        }
        return chat;
    }

    private synchronized StreamingChatModel streamingModel() {
        if (stream == null) {
            stream = streamFactory.get();
        }
        return stream;
    }

    /** The one line a user sees for a failure; it names what to do and never carries the key. */
    String line(Failure f, Throwable e) {
        String engine = name();
        String where = Urls.printable(config.baseUrl() == null ? config.engine().defaultBaseUrl() : config.baseUrl());
        String fallback = Messages.get("fallback");
        return switch (f) {
            case REFUSED -> Messages.get("fail.refused", engine, where, fallback);
            case UNREACHABLE -> Messages.get("fail.unreachable", engine, where, fallback);
            case TIMEOUT -> Messages.get("fail.timeout", engine, where,
                    String.format(java.util.Locale.ROOT, "%.1f", config.timeout().toMillis() / 1000.0), fallback);
            case AUTH -> Messages.get("fail.auth", engine, config.engine().keyVariable().orElse("the API key"), fallback);
            case MISSING_KEY -> Messages.get("fail.missing-key", engine,
                    config.engine().keyVariable().orElse("the API key"), fallback);
            case UNKNOWN_MODEL -> Messages.get("fail.unknown-model", engine, config.model(), where, fallback);
            case RATE_LIMITED -> Messages.get("fail.rate-limited", engine, config.retry().attempts(), fallback);
            case SERVER -> Messages.get("fail.server", engine, fallback);
            case EMPTY -> Messages.get("fail.empty", engine, fallback);
            case MALFORMED -> Messages.get("fail.malformed", engine, fallback);
            case REJECTED -> Messages.get("fail.rejected", engine, ATTEMPTS, firstProblem(e), fallback);
            case CANCELLED -> Messages.get("fail.cancelled", engine);
            case TOO_LARGE -> Messages.get("fail.too-large", engine, fallback);
            case OTHER -> Messages.get("fail.other", engine, otherReason(e), fallback);
        };
    }

    /** "the server answered 400: model is required", or the plain reason of an I/O failure; never a class name. */
    private static String otherReason(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof dev.langchain4j.exception.HttpException h) {
                String body = serverSaid(h.getMessage());
                body = Secrets.mask(body.length() > 160 ? body.substring(0, 160) + "…" : body);
                return body.isEmpty() ? Messages.get("fail.status", h.statusCode())
                        : Messages.get("fail.status-said", h.statusCode(), body);
            }
            if (c instanceof java.io.IOException io) {
                return dev.rapport.io.IoReasons.of(io);
            }
        }
        return Messages.get("fail.unknown");
    }

    /** The server's own words: {"error":{"message":…}} as most providers send it, else the body's first line. */
    private static String serverSaid(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        try {
            com.fasterxml.jackson.databind.JsonNode node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
            com.fasterxml.jackson.databind.JsonNode error = node.path("error");
            String said = error.isTextual() ? error.asText() : error.path("message").asText(node.path("message").asText(""));
            if (!said.isBlank()) {
                return Sanitizer.clean(said).lines().findFirst().orElse("").strip();
            }
        } catch (java.io.IOException | RuntimeException notJson) {
            // a plain-text body
        }
        return Sanitizer.clean(body).lines().findFirst().orElse("").strip();
    }

    private static String firstProblem(Throwable e) {
        String m = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        return m.replaceFirst("^- ", "").strip();
    }
}
