package org.inspectorate.shared.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.inspectorate.shared.domain.ValidationFailure;
import org.inspectorate.shared.text.JsonShape;

/**
 * Every JSON body an operation reads is first checked by {@link JsonShape} (one object, or an array where the
 * operation takes one; not too deep; no NUL) and refused as a 400 problem naming the body otherwise. The body is
 * already bounded in size by the input hygiene filter, so reading it whole here is safe.
 */
@Provider
public class JsonBodyCheck implements ReaderInterceptor {

    /** Bodies are bounded to this by the input hygiene filter; anything beyond is refused here too. */
    static final int MAX_BYTES = 2 * 1024 * 1024;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !type.getSubtype().toLowerCase(java.util.Locale.ROOT).contains("json")) {
            return context.proceed();
        }
        byte[] body = readBounded(context.getInputStream());
        JsonShape.problem(body, takesAnArray(context)).ifPresent(p -> {
            throw ValidationFailure.of("body", p);
        });
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /**
     * An operation takes an array when its body is a list, an array or a JSON value, or when it reads the text
     * itself and says it takes a batch ({@link JsonBatch}).
     */
    private static boolean takesAnArray(ReaderInterceptorContext context) {
        Class<?> type = context.getType();
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)
                || jakarta.json.JsonValue.class.isAssignableFrom(type)) {
            return true;
        }
        for (java.lang.annotation.Annotation a : context.getAnnotations()) {
            if (a.annotationType() == JsonBatch.class) {
                return true;
            }
        }
        return false;
    }

    private static byte[] readBounded(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw ValidationFailure.of("body", "The request body is larger than " + MAX_BYTES / 1024 + " KB.");
        }
        return body;
    }
}
