/**
 * Inspectorate: the regulatory platform for health and social care. Each sub-package is one bounded
 * context ({@code registry}, {@code identity}, {@code audit}, ...) layered into {@code domain},
 * {@code application}, {@code persistence}, {@code web} (Faces views) and {@code api} (REST).
 */
package org.inspectorate;
