package dev.rapport.llm;

import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import dev.rapport.RapportException;
import dev.rapport.io.LimitedInput;

/**
 * LangChain4j's HTTP seam on the JDK client. rapport has its own (small) one for one reason: an
 * unsuccessful answer must keep its Retry-After header, which the stock client drops.
 */
final class JdkHttp implements HttpClient {
    /** A streamed answer is many small events; four megabytes of them is far beyond any honest answer. */
    static final long STREAM_MAX_BYTES = 4L * 1024 * 1024;
    private static final RapportException TOO_LARGE = new RapportException("the answer was larger than 4 MB");

    private final java.net.http.HttpClient client;
    private final Duration readTimeout;

    private JdkHttp(Duration connectTimeout, Duration readTimeout) {
        java.net.http.HttpClient.Builder b = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1);
        if (connectTimeout != null) {
            b.connectTimeout(connectTimeout);
        }
        this.client = b.build();
        this.readTimeout = readTimeout;
    }

    static final class Builder implements HttpClientBuilder {
        private Duration connectTimeout;
        private Duration readTimeout;

        @Override
        public Duration connectTimeout() {
            return connectTimeout;
        }

        @Override
        public Builder connectTimeout(Duration d) {
            this.connectTimeout = d;
            return this;
        }

        @Override
        public Duration readTimeout() {
            return readTimeout;
        }

        @Override
        public Builder readTimeout(Duration d) {
            this.readTimeout = d;
            return this;
        }

        @Override
        public HttpClient build() {
            return new JdkHttp(connectTimeout, readTimeout);
        }
    }

    /**
     * One call, headers and body, within the deadline ({@code readTimeout}, which the JDK would
     * apply to the headers alone); the body is capped at {@link CappedBody#MAX_BYTES}.
     */
    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        CappedBody body = new CappedBody(CappedBody.MAX_BYTES);
        CompletableFuture<HttpResponse<byte[]>> call = client.sendAsync(toJdk(request), info -> body);
        try {
            HttpResponse<byte[]> response = readTimeout == null ? call.get()
                    : call.get(readTimeout.toMillis(), TimeUnit.MILLISECONDS);
            String text = new String(response.body(), StandardCharsets.UTF_8);
            if (!ok(response.statusCode())) {
                throw failed(response, text);
            }
            return SuccessfulHttpResponse.builder().statusCode(response.statusCode())
                    .headers(response.headers().map()).body(text).build();
        } catch (java.util.concurrent.TimeoutException e) {
            HttpTimeoutException late = new HttpTimeoutException("no complete answer within the deadline");
            body.cancel(late);
            call.cancel(true);
            throw new TimeoutException(late);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            body.cancel(new Failure.Problem(Failure.CANCELLED, "interrupted"));
            call.cancel(true);
            throw new Failure.Problem(Failure.CANCELLED, "interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof HttpTimeoutException) {
                throw new TimeoutException(cause);
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * A streamed call: the same cap on the answer's size, and a deadline (three times the call's,
     * as the engine waits) after which the stream is closed and the listener told it timed out.
     */
    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener events) {
        OnceListener listener = new OnceListener(events);
        CompletableFuture<HttpResponse<InputStream>> call = client.sendAsync(toJdk(request), BodyHandlers.ofInputStream());
        java.util.concurrent.atomic.AtomicReference<InputStream> open = new java.util.concurrent.atomic.AtomicReference<>();
        if (readTimeout != null) {
            Deadline.after(readTimeout.multipliedBy(3), () -> {
                listener.onError(new TimeoutException(new HttpTimeoutException("the stream stalled")));
                call.cancel(true);
                InputStream in = open.get();
                if (in != null) {
                    try {
                        in.close();
                    } catch (IOException ignored) {
                        // closing is all that is left to do
                    }
                }
            });
        }
        call.thenAccept(response -> {
                    if (!ok(response.statusCode())) {
                        listener.onError(failed(response, read(response.body())));
                        return;
                    }
                    listener.onOpen(SuccessfulHttpResponse.builder().statusCode(response.statusCode())
                            .headers(response.headers().map()).build());
                    try (InputStream in = new LimitedInput(response.body(), STREAM_MAX_BYTES, () -> TOO_LARGE)) {
                        open.set(in);
                        parser.parse(in, listener);
                        listener.onClose();
                    } catch (IOException e) {
                        listener.onError(e);
                    } catch (RapportException e) {
                        listener.onError(new Failure.Problem(Failure.TOO_LARGE, e.getMessage()));
                    }
                })
                .exceptionally(t -> {
                    Throwable cause = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
                    listener.onError(cause instanceof HttpTimeoutException ? new TimeoutException(cause) : cause);
                    return null;
                });
    }

    private java.net.http.HttpRequest toJdk(HttpRequest request) {
        java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(URI.create(request.url()));
        request.headers().forEach((name, values) -> {
            if (values != null) {
                values.forEach(v -> b.header(name, v));
            }
        });
        b.method(request.method().name(), request.body() == null
                ? java.net.http.HttpRequest.BodyPublishers.noBody()
                : java.net.http.HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
        if (readTimeout != null) {
            b.timeout(readTimeout);
        }
        return b.build();
    }

    private static StatusException failed(HttpResponse<?> response, String body) {
        return new StatusException(response.statusCode(), body,
                StatusException.parseRetryAfter(response.headers().firstValue("Retry-After").orElse(null),
                        ZonedDateTime.now()));
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static boolean ok(int status) {
        return status >= 200 && status < 300;
    }
}
