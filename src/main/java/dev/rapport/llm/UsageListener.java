package dev.rapport.llm;

import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.listener.ChatModelResponseContext;
import dev.langchain4j.model.output.TokenUsage;

/** Counts every answered model call and its tokens into a {@link Usage}, as LangChain4j reports them. */
final class UsageListener implements ChatModelListener {
    private final Usage usage;

    UsageListener(Usage usage) {
        this.usage = usage;
    }

    @Override
    public void onResponse(ChatModelResponseContext context) {
        TokenUsage t = context.chatResponse() == null ? null : context.chatResponse().tokenUsage();
        usage.record(t == null ? null : t.inputTokenCount(), t == null ? null : t.outputTokenCount());
    }
}
