package dev.rapport.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.rapport.draft.DraftRequest;
import dev.rapport.text.Sanitizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * One REPL conversation about one pair: the first draft, refinements ("make it sound less like a
 * recruiter") and questions ("why follow-first?") share a memory. Only exchanges that finished
 * enter the memory, so a failure or Ctrl-C leaves the conversation as it was.
 */
public final class ChatSession {
    private static final int WINDOW = 12;
    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");

    private final LangChainEngine engine;
    private volatile DraftRequest request;
    private final WindowMemory memory;

    ChatSession(LangChainEngine engine, DraftRequest request) {
        this.engine = engine;
        this.request = request;
        this.memory = new WindowMemory("rapport-session", WINDOW);
    }

    public DraftRequest request() {
        return request;
    }

    /** Changes the request (a new style or limit) and keeps the conversation. */
    public void update(DraftRequest newRequest) {
        this.request = newRequest;
    }

    /** Drafts for the current request; the accepted answer joins the conversation. */
    public DraftResult draft(DraftListener listener, Cancellation cancel) {
        return remember(engine.gated(request, history(), null, Prompts.Kind.DRAFT, listener, cancel, true));
    }

    /** Rewrites the notes as the user asks; the same gate applies. */
    public DraftResult refine(String instruction, DraftListener listener, Cancellation cancel) {
        if (memory.messages().isEmpty()) {
            // nothing drafted yet in this conversation: the facts come with the first draft prompt
            DraftResult first = draft(DraftListener.NONE, cancel);
            if (first.source() != DraftResult.Source.MODEL) {
                return first;
            }
        }
        return remember(engine.gated(request, history(), instruction, Prompts.Kind.REFINE, listener, cancel, true));
    }

    /** A plain-text answer about the verdict, the ground or the notes, streamed to {@code tokens}. */
    public Reply ask(String question, Consumer<String> tokens, Cancellation cancel) {
        Usage.Counts before = engine.usage().counts();
        List<String> notices = new ArrayList<>();
        try {
            Map<String, Object> facts = engine.facts(request);
            facts.put("question", PromptFacts.inline(question, false));
            String prompt = engine.prompts().render(Prompts.Kind.CHAT, facts);
            if (memory.messages().isEmpty()) {
                prompt = PromptFacts.data(request, engine.config().redact()) + "\n\n" + prompt;
            }
            UserMessage ask = UserMessage.from(prompt);
            List<dev.langchain4j.data.message.ChatMessage> messages = new ArrayList<>(history());
            messages.add(ask);
            AiMessage answer = engine.chatCall(messages, tokens, cancel, notices);
            String text = LINK.matcher(Sanitizer.clean(answer.text() == null ? "" : answer.text()).strip())
                    .replaceAll(Messages.get("redact.link"));
            if (text.isBlank()) {
                throw new Failure.Problem(Failure.EMPTY, "empty");
            }
            memory.add(ask);
            memory.add(AiMessage.from(text));
            return new Reply(text, notices, false, engine.usage().counts().minus(before));
        } catch (RuntimeException e) {
            Failure f = Failure.of(e);
            notices.add(f == Failure.CANCELLED ? Messages.get("fail.cancelled", engine.name())
                    : engine.line(f, e).replace(Messages.get("fallback"), Messages.get("fallback.chat")));
            return new Reply(null, notices, f == Failure.CANCELLED, engine.usage().counts().minus(before));
        }
    }

    /** Forgets the conversation (the facts stay). */
    public void clear() {
        memory.clear();
    }

    /** How many messages the conversation holds now (system message included). */
    public int size() {
        return memory.messages().size();
    }

    private List<dev.langchain4j.data.message.ChatMessage> history() {
        List<dev.langchain4j.data.message.ChatMessage> h = new ArrayList<>();
        h.add(engine.system(request));
        h.addAll(memory.messages());
        return h;
    }

    private DraftResult remember(LangChainEngine.Outcome o) {
        if (o.accepted() != null) {
            memory.add(o.ask());
            memory.add(o.accepted());
        }
        return o.result();
    }
}
