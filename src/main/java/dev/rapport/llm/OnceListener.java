package dev.rapport.llm;

import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEvent;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import java.util.concurrent.atomic.AtomicBoolean;

/** A stream's listener that hears at most one ending (close or error): the deadline and the stream race for it. */
final class OnceListener implements ServerSentEventListener {
    private final ServerSentEventListener listener;
    private final AtomicBoolean ended = new AtomicBoolean();

    OnceListener(ServerSentEventListener listener) {
        this.listener = listener;
    }

    @Override
    public void onOpen(SuccessfulHttpResponse response) {
        if (!ended.get()) {
            listener.onOpen(response);
        }
    }

    @Override
    public void onEvent(ServerSentEvent event) {
        if (!ended.get()) {
            listener.onEvent(event);
        }
    }

    @Override
    public void onError(Throwable error) {
        if (ended.compareAndSet(false, true)) {
            listener.onError(error);
        }
    }

    @Override
    public void onClose() {
        if (ended.compareAndSet(false, true)) {
            listener.onClose();
        }
    }
}
