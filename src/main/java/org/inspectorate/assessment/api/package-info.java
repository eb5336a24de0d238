/** The assessment API for staff (open, record evidence, scores, breaches, overrides, submit, approve). */
package org.inspectorate.assessment.api;
