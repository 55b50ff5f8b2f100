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
import java.util.concurrent.CompletionException;

/**
 * LangChain4j's HTTP seam on the JDK client. rapport has its own (small) one for one reason: an
 * unsuccessful answer must keep its Retry-After header, which the stock client drops.
 */
final class JdkHttp implements HttpClient {
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

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(toJdk(request), BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (!ok(response.statusCode())) {
                throw failed(response, response.body());
            }
            return SuccessfulHttpResponse.builder().statusCode(response.statusCode())
                    .headers(response.headers().map()).body(response.body()).build();
        } catch (HttpTimeoutException e) {
            throw new TimeoutException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure.Problem(Failure.CANCELLED, "interrupted");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        client.sendAsync(toJdk(request), BodyHandlers.ofInputStream())
                .thenAccept(response -> {
                    if (!ok(response.statusCode())) {
                        listener.onError(failed(response, read(response.body())));
                        return;
                    }
                    listener.onOpen(SuccessfulHttpResponse.builder().statusCode(response.statusCode())
                            .headers(response.headers().map()).build());
                    try (InputStream in = response.body()) {
                        parser.parse(in, listener);
                        listener.onClose();
                    } catch (IOException e) {
                        listener.onError(e);
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
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static boolean ok(int status) {
        return status >= 200 && status < 300;
    }
}
