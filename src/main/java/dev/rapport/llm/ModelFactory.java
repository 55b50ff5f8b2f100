package dev.rapport.llm;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import java.util.List;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiStreamingChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;

/**
 * Builds LangChain4j models for a configuration. Every model uses rapport's HTTP client, never
 * logs requests (they carry the key), and does not retry on its own: rapport retries 429s itself,
 * honouring Retry-After, and reports every other failure at once.
 */
final class ModelFactory {
    static final int MAX_TOKENS = 1024;
    private static final String NO_KEY = "not-needed";

    private ModelFactory() {
    }

    /** Whether the provider has a JSON-schema response mode that LangChain4j drives. */
    static boolean hasJsonSchema(Engine e) {
        return e == Engine.OPENAI || e == Engine.OLLAMA || e == Engine.GEMINI;
    }

    /** The key, or a placeholder for a self-hosted server at a custom base URL; null when a key is needed but missing. */
    static String key(EngineConfig c) {
        if (c.apiKey() != null) {
            return c.apiKey().reveal();
        }
        boolean needsKey = c.engine().keyVariable().isPresent();
        return needsKey && c.baseUrl() == null ? null : NO_KEY;
    }

    static ChatModel chat(EngineConfig c, ChatModelListener listener) {
        String key = key(c);
        return switch (c.engine()) {
            case OPENAI -> OpenAiChatModel.builder().httpClientBuilder(new JdkHttp.Builder())
                    .baseUrl(c.baseUrl()).apiKey(key).modelName(c.model()).timeout(c.timeout())
                    .maxRetries(0).logRequests(false).logResponses(false).listeners(List.of(listener)).build();
            case OLLAMA -> OllamaChatModel.builder().httpClientBuilder(new JdkHttp.Builder())
                    .baseUrl(ollamaUrl(c)).modelName(c.model()).timeout(c.timeout())
                    .logRequests(false).maxRetries(0).listeners(List.of(listener)).build();
            case ANTHROPIC -> AnthropicChatModel.builder().httpClientBuilder(new JdkHttp.Builder())
                    .baseUrl(c.baseUrl()).apiKey(key).modelName(c.model()).timeout(c.timeout())
                    .maxTokens(MAX_TOKENS).maxRetries(0).logRequests(false).listeners(List.of(listener)).build();
            case GEMINI -> GoogleAiGeminiChatModel.builder().httpClientBuilder(new JdkHttp.Builder())
                    .baseUrl(c.baseUrl()).apiKey(key).modelName(c.model()).timeout(c.timeout())
                    .logRequests(false).maxRetries(0).listeners(List.of(listener)).build();
            case OFFLINE -> throw new IllegalArgumentException("the offline engine has no model");
        };
    }

    static StreamingChatModel streaming(EngineConfig c, ChatModelListener listener) {
        String key = key(c);
        return switch (c.engine()) {
            case OPENAI -> OpenAiStreamingChatModel.builder().httpClientBuilder(new JdkHttp.Builder())
                    .baseUrl(c.baseUrl()).apiKey(key).modelName(c.model()).timeout(c.timeout())
                    .logRequests(false).logResponses(false).listeners(List.of(listener)).build();
            case OLLAMA -> OllamaStreamingChatModel.builder().httpClientBuilder(new JdkHttp.Builder())
                    .baseUrl(ollamaUrl(c)).modelName(c.model()).timeout(c.timeout()).logRequests(false).listeners(List.of(listener)).build();
            case ANTHROPIC -> AnthropicStreamingChatModel.builder().httpClientBuilder(new JdkHttp.Builder())
                    .baseUrl(c.baseUrl()).apiKey(key).modelName(c.model()).timeout(c.timeout())
                    .maxTokens(MAX_TOKENS).logRequests(false).listeners(List.of(listener)).build();
            case GEMINI -> GoogleAiGeminiStreamingChatModel.builder().httpClientBuilder(new JdkHttp.Builder())
                    .baseUrl(c.baseUrl()).apiKey(key).modelName(c.model()).timeout(c.timeout())
                    .logRequests(false).listeners(List.of(listener)).build();
            case OFFLINE -> throw new IllegalArgumentException("the offline engine has no model");
        };
    }

    private static String ollamaUrl(EngineConfig c) {
        return c.baseUrl() == null ? Engine.OLLAMA.defaultBaseUrl() : c.baseUrl();
    }
}
