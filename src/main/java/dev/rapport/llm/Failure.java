package dev.rapport.llm;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.exception.UnresolvedModelServerException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;

/** Why a model call failed, in the terms the user can act on. */
enum Failure {
    REFUSED, UNREACHABLE, TIMEOUT, AUTH, MISSING_KEY, UNKNOWN_MODEL, RATE_LIMITED, SERVER, EMPTY, MALFORMED,
    REJECTED, CANCELLED, TOO_LARGE, OTHER;

    /** Classifies whatever LangChain4j or the JDK threw, looking through wrappers. */
    static Failure of(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof Problem p) {
                return p.failure();
            }
            if (c instanceof com.fasterxml.jackson.core.JacksonException) {
                return MALFORMED;
            }
            if (c instanceof ModelNotFoundException) {
                return UNKNOWN_MODEL;
            }
            if (c instanceof AuthenticationException) {
                return AUTH;
            }
            if (c instanceof RateLimitException) {
                return RATE_LIMITED;
            }
            if (c instanceof TimeoutException || c instanceof HttpTimeoutException
                    || c instanceof java.net.SocketTimeoutException) {
                return TIMEOUT;
            }
            if (c instanceof InternalServerException) {
                return SERVER;
            }
            if (c instanceof ConnectException) {
                return REFUSED;
            }
            if (c instanceof UnresolvedModelServerException || c instanceof UnknownHostException
                    || c instanceof UnresolvedAddressException) {
                return UNREACHABLE;
            }
            if (c instanceof HttpException h) {
                int s = h.statusCode();
                if (s == 401 || s == 403) {
                    return AUTH;
                }
                if (s == 404) {
                    return UNKNOWN_MODEL;
                }
                if (s == 429) {
                    return RATE_LIMITED;
                }
                if (s >= 500) {
                    return SERVER;
                }
            }
        }
        return OTHER;
    }

    /** A failure rapport itself detected (no key, empty answer, gate), carried to the one place that reports it. */
    static final class Problem extends RuntimeException {
        private final Failure failure;

        Problem(Failure failure, String detail) {
            super(detail, null, false, false);
            this.failure = failure;
        }

        Failure failure() {
            return failure;
        }
    }
}
