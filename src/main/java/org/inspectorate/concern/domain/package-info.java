/** Concerns, what they are about, and the checks a submission must pass. */
package org.inspectorate.concern.domain;
