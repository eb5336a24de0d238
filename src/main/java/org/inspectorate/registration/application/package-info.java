/**
 * Registration use cases: the provider's application (start pre-filled, save sections, documents, submit,
 * answer requests, withdraw), staff validation, assignment, requests, interviews and site visits, and the
 * decision (grant changes the register through {@code registry.application.RegisterChanges} and serves a
 * notice of decision and certificate; refusal runs notice of proposal, representations, notice of decision,
 * appeal and taking effect through the notice context). Dashboard figures and metrics.
 */
package org.inspectorate.registration.application;
