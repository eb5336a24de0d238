package org.inspectorate.shared.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an operation's body parameter: the body may be a JSON array (a batch) as well as an object. Without it,
 * {@link JsonBodyCheck} refuses an array where the operation reads its body as text.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface JsonBatch {
}
