/**
 * Uploaded files: streamed in chunks to PostgreSQL, resumable, checked for size and for a real type
 * (detected from the content, not trusted from the name), with a SHA-256 digest. Contexts attach a
 * stored file to their records by id.
 */
package org.inspectorate.files;
