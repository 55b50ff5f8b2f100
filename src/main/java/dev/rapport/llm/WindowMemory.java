package dev.rapport.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.memory.ChatMemory;
import java.util.ArrayList;
import java.util.List;

/**
 * A REPL session's conversation: the system message is kept, then the latest {@code window}
 * messages, so refinements and questions see what came before without the prompt growing without bound.
 */
final class WindowMemory implements ChatMemory {
    private final Object id;
    private final int window;
    private final List<ChatMessage> pinned = new ArrayList<>();
    private final List<ChatMessage> recent = new ArrayList<>();

    WindowMemory(Object id, int window) {
        this.id = id;
        this.window = window;
    }

    @Override
    public Object id() {
        return id;
    }

    @Override
    public synchronized void add(ChatMessage m) {
        if (m instanceof SystemMessage) {
            pinned.removeIf(p -> p instanceof SystemMessage);
            pinned.add(0, m);
            return;
        }
        recent.add(m);
        while (recent.size() > window) {
            recent.remove(0);
        }
    }

    @Override
    public synchronized List<ChatMessage> messages() {
        List<ChatMessage> all = new ArrayList<>(pinned);
        all.addAll(recent);
        return List.copyOf(all);
    }

    @Override
    public synchronized void clear() {
        recent.clear();
    }
}
