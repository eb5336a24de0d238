/**
 * Register use cases: searching, reading and correcting providers and locations. Results are read
 * models built inside the transaction, so screens and the API never touch lazy entity state.
 */
package org.inspectorate.registry.application;
