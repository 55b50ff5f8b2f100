package dev.rapport.llm;

import dev.rapport.text.Sanitizer;
import dev.rapport.text.Secrets;
import dev.rapport.text.Urls;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.rapport.draft.Answer;
import dev.rapport.draft.Cancellation;
import dev.rapport.draft.DraftListener;
import dev.rapport.draft.DraftRequest;
import dev.rapport.draft.Note;
import dev.rapport.draft.Proposal;
import dev.rapport.draft.Vetting;
import dev.rapport.etiquette.Decision;
import dev.rapport.text.Sanitizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The one adapter of the {@link dev.rapport.draft.Drafter} port over LangChain4j. A draft is:
 * facts into the prompt files, one model call, the answer read as JSON and every note put to the
 * gate's {@link Vetting} (the port; it vets each note once, and the gate's final look reuses the
 * answer); a failing answer is sent back with the problems spelled out, at most
 * {@value #ATTEMPTS} answers in all; then, or on any failure, one line and the offline drafter's
 * notes. Whether a note is shown is never decided here: the application's gate does that.
 * Streamed drafts, refinements and questions share one conversation memory, which
 * {@link #forget()} clears; only exchanges that finished enter it, so a failure or Ctrl-C leaves
 * the conversation as it was. The verdict is never the model's to make: it only drafts for connect.
 */
final class LangChainEngine implements LlmEngine {
    static final int ATTEMPTS = 3;
    private static final int WINDOW = 12;
    /** The evidence call's own deadline: at most this, or the engine's timeout when that is shorter. */
    static final Duration EVIDENCE_DEADLINE = Duration.ofSeconds(20);
    private static final int EVIDENCE_CACHE = 32;
    private static final java.util.concurrent.ExecutorService EVIDENCE_CALLS = java.util.concurrent.Executors
            .newCachedThreadPool(r -> {
                Thread t = new Thread(r, "rapport-llm-evidence");
                t.setDaemon(true);
                return t;
            });
    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");

    private final EngineConfig config;
    private final Wiring wiring;
    private final Usage usage;
    private final Supplier<ChatModel> chatFactory;
    private final Supplier<StreamingChatModel> streamFactory;
    private final WindowMemory memory = new WindowMemory("rapport-session", WINDOW);
    private ChatModel chat;
    private StreamingChatModel stream;
    private Prompts prompts;
    private boolean noticeChecked;
    /** The evidence answers so far, by reason and pair: check, draft and critique of one pair ask once. */
    private final Map<String, EvidenceResult> evidenceAsked = dev.rapport.text.RecentMap.of(EVIDENCE_CACHE);

    LangChainEngine(EngineConfig config, Wiring wiring, Usage usage) {
        this(config, wiring, usage, () -> ModelFactory.chat(config, new UsageListener(usage)),
                () -> ModelFactory.streaming(config, new UsageListener(usage)));
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
    public List<Note> draft(DraftRequest request) {
        return draft(request, Vetting.NONE).notes();
    }

    /** A one-shot draft (the command line): not streamed, and not part of any conversation. */
    @Override
    public Proposal draft(DraftRequest request, Vetting vetting) {
        return exchange(request, List.of(), null, vetting, DraftListener.NONE, Cancellation.none(), false).proposal();
    }

    @Override
    public Proposal stream(DraftRequest request, Vetting vetting, DraftListener listener, Cancellation cancel) {
        return remember(exchange(request, history(request), null, vetting, listener, cancel, true));
    }

    @Override
    public Proposal refine(DraftRequest request, String instruction, Vetting vetting, DraftListener listener,
                           Cancellation cancel) {
        if (memory.messages().isEmpty()) {
            // nothing drafted yet in this conversation: the facts come with the first draft prompt
            Proposal first = stream(request, vetting, DraftListener.NONE, cancel);
            if (first.outcome() != Proposal.Outcome.WRITTEN) {
                return first;
            }
        }
        return remember(exchange(request, history(request), instruction, vetting, listener, cancel, true));
    }

    @Override
    public Answer ask(DraftRequest request, String question, Consumer<String> tokens, Cancellation cancel) {
        List<String> notices = new ArrayList<>();
        try {
            ready(notices);
            Map<String, Object> facts = facts(request);
            facts.put("question", PromptFacts.inline(question, false));
            String prompt = prompts().render(Prompts.Kind.CHAT, facts);
            if (memory.messages().isEmpty()) {
                prompt = PromptFacts.data(request, config.redact()) + "\n\n" + prompt;
            }
            UserMessage ask = UserMessage.from(prompt);
            List<ChatMessage> messages = new ArrayList<>(history(request));
            messages.add(ask);
            AiMessage answer = call(messages, false, DraftListener.NONE, cancel, tokens == null ? s -> { } : tokens,
                    tokens != null);
            String text = LINK.matcher(Sanitizer.clean(answer.text() == null ? "" : answer.text()).strip())
                    .replaceAll(Messages.get("redact.link"));
            if (text.isBlank()) {
                throw new Failure.Problem(Failure.EMPTY, "empty");
            }
            memory.add(ask);
            memory.add(AiMessage.from(text));
            return new Answer(text, notices, false);
        } catch (RuntimeException e) {
            Failure f = Failure.of(e);
            notices.add(f == Failure.CANCELLED ? Messages.get("fail.cancelled", name())
                    : line(f, e).replace(Messages.get("fallback"), Messages.get("fallback.chat")));
            return new Answer(null, notices, f == Failure.CANCELLED);
        }
    }

    @Override
    public EvidenceResult evidence(dev.rapport.profile.Profile me, dev.rapport.profile.Profile them, String reason) {
        if (!config.evidence() || reason == null || reason.isBlank()) {
            return EvidenceResult.NONE;
        }
        String key = String.join("\u0000", reason.strip(), me == null ? "" : me.name() + "\n" + me.searchableText(),
                them == null ? "" : them.name() + "\n" + them.searchableText());
        EvidenceResult known = evidenceAsked.get(key);
        if (known != null) {
            // asked already for this reason and pair: the same evidence, and nothing said twice
            return new EvidenceResult(known.evidence(), List.of());
        }
        EvidenceResult asked = askEvidence(me, them, reason);
        evidenceAsked.put(key, asked);
        return asked;
    }

    /** The one evidence call: the prompt, one answer within the deadline, the answer checked against the text. */
    private EvidenceResult askEvidence(dev.rapport.profile.Profile me, dev.rapport.profile.Profile them, String reason) {
        List<String> notices = new ArrayList<>();
        Duration deadline = config.timeout().compareTo(EVIDENCE_DEADLINE) < 0 ? config.timeout() : EVIDENCE_DEADLINE;
        java.util.concurrent.Future<ChatResponse> call = null;
        try {
            ready(notices);
            String prompt = prompts().render(Prompts.Kind.EVIDENCE, EvidenceRequest.values(me, them, reason, config.redact()));
            ChatRequest.Builder b = ChatRequest.builder().messages(List.of(UserMessage.from(prompt)));
            if (ModelFactory.hasJsonSchema(config.engine())) {
                b.responseFormat(EvidenceAnswer.FORMAT);
            }
            ChatRequest request = b.build();
            ChatModel model = chatModel();
            call = EVIDENCE_CALLS.submit(() -> model.chat(request));
            ChatResponse response = call.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
            String text = response == null || response.aiMessage() == null ? null : response.aiMessage().text();
            if (text == null || text.isBlank()) {
                throw new Failure.Problem(Failure.EMPTY, "empty");
            }
            EvidenceAnswer answer = EvidenceAnswer.parse(text)
                    .orElseThrow(() -> new Failure.Problem(Failure.MALFORMED, "not the evidence JSON"));
            dev.rapport.purpose.ModelEvidence checked = EvidenceCheck.check(answer, reason, me, them);
            if (checked.discarded() > 0) {
                notices.add(Messages.get("evidence.discarded", name(), checked.discarded()));
            }
            return new EvidenceResult(checked, notices);
        } catch (java.util.concurrent.TimeoutException e) {
            call.cancel(true);
            notices.add(evidenceTimeout(deadline));
            return new EvidenceResult(dev.rapport.purpose.ModelEvidence.NONE, notices);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (call != null) {
                call.cancel(true);
            }
            notices.add(Messages.get("fail.cancelled", name()));
            return new EvidenceResult(dev.rapport.purpose.ModelEvidence.NONE, notices);
        } catch (ExecutionException | RuntimeException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            Failure f = Failure.of(cause);
            // the client's own read timeout and the evidence deadline race when they are equal; either is one stall
            notices.add(f == Failure.TIMEOUT ? evidenceTimeout(deadline)
                    : line(f, cause).replace(Messages.get("fallback"), Messages.get("fallback.evidence")));
            return new EvidenceResult(dev.rapport.purpose.ModelEvidence.NONE, notices);
        }
    }

    private String evidenceTimeout(Duration deadline) {
        String where = Urls.printable(config.baseUrl() == null ? config.engine().defaultBaseUrl() : config.baseUrl());
        return Messages.get("evidence.timeout", name(), where,
                String.format(Locale.ROOT, "%.1f", deadline.toMillis() / 1000.0), Messages.get("fallback.evidence"));
    }

    @Override
    public void forget() {
        memory.clear();
    }

    /** How many messages the conversation holds now. */
    int remembered() {
        return memory.messages().size();
    }

    /** The outcome of one exchange; {@code ask} and {@code accepted} go into the conversation memory. */
    private record Outcome(Proposal proposal, UserMessage ask, AiMessage accepted) {
    }

    private Proposal remember(Outcome o) {
        if (o.accepted() != null) {
            memory.add(o.ask());
            memory.add(o.accepted());
        }
        return o.proposal();
    }

    private List<ChatMessage> history(DraftRequest request) {
        List<ChatMessage> h = new ArrayList<>();
        h.add(system(request));
        h.addAll(memory.messages());
        return h;
    }

    /**
     * Drafts ({@code instruction == null}) or refines, with {@code history} before the question
     * (empty: a one-shot draft, with a system message made here).
     */
    private Outcome exchange(DraftRequest request, List<ChatMessage> history, String instruction, Vetting vetting,
                             DraftListener listener, Cancellation cancel, boolean streamed) {
        List<String> notices = new ArrayList<>();
        if (request.verdict().decision() != Decision.CONNECT) {
            return new Outcome(Proposal.written(List.of()), null, null);
        }
        try {
            ready(notices);
            Map<String, Object> facts = facts(request);
            UserMessage ask;
            if (instruction == null) {
                ask = UserMessage.from(prompts().render(Prompts.Kind.DRAFT, facts));
            } else {
                facts.put("instruction", PromptFacts.inline(instruction, false));
                ask = UserMessage.from(prompts().render(Prompts.Kind.REFINE, facts));
            }
            List<ChatMessage> messages = new ArrayList<>(history.isEmpty() ? List.of(system(request)) : history);
            messages.add(ask);
            String problems = "";
            Failure last = Failure.REJECTED;
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                AiMessage answer = call(messages, true, listener, cancel, new JsonTextEcho(listener::onText), streamed);
                Candidates read = Candidates.read(answer.text(), request.variants(), vetting);
                if (read.passed()) {
                    return new Outcome(new Proposal(read.notes(), notices, Proposal.Outcome.WRITTEN), ask, answer);
                }
                problems = read.problems();
                last = read.failure();
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
                return new Outcome(new Proposal(List.of(), notices, Proposal.Outcome.CANCELLED), null, null);
            }
            return new Outcome(new Proposal(wiring.offline().draft(request), notices, Proposal.Outcome.FELL_BACK),
                    null, null);
        }
    }

    /** A model answer read as notes: the notes, or what is wrong with the answer, numbered by note. */
    private record Candidates(List<Note> notes, String problems, Failure failure) {
        boolean passed() {
            return problems.isEmpty();
        }

        static Candidates read(String text, int variants, Vetting vetting) {
            if (text == null || text.isBlank()) {
                return new Candidates(List.of(), Messages.get("gate.count"), Failure.EMPTY);
            }
            var parsed = DraftAnswer.parse(text);
            if (parsed.isEmpty()) {
                return new Candidates(List.of(), Messages.get("gate.not-json"), Failure.MALFORMED);
            }
            List<DraftAnswer.Proposed> proposed = parsed.get().notes().stream()
                    .filter(p -> !p.text().isBlank()).limit(Math.max(1, variants)).toList();
            if (proposed.isEmpty()) {
                return new Candidates(List.of(), Messages.get("gate.count"), Failure.EMPTY);
            }
            List<Note> notes = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            for (int i = 0; i < proposed.size(); i++) {
                String note = Sanitizer.clean(proposed.get(i).text()).strip();
                for (String p : vetting.problems(note)) {
                    problems.add("- note " + (i + 1) + ": " + p);
                }
                notes.add(Note.of(note, angle(proposed.get(i).angle())));
            }
            return new Candidates(List.copyOf(notes), String.join("\n", problems), Failure.REJECTED);
        }

        private static String angle(String angle) {
            String a = angle == null ? "" : Sanitizer.clean(angle).strip().toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z0-9-]+", "-");
            a = a.replaceAll("^-+|-+$", "");
            return a.isEmpty() ? "llm" : a.length() > 40 ? a.substring(0, 40) : a;
        }
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
