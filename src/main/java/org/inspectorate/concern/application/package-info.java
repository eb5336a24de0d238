/** Receiving concerns (with abuse limits) and showing them to triage staff. */
package org.inspectorate.concern.application;
