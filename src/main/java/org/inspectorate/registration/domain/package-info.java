/**
 * Registration applications (DOMAIN.md 4): the catalogue of application types and their task-list sections,
 * answer checks, the application with its state machine, requests for information, interviews and site visits.
 */
package org.inspectorate.registration.domain;
