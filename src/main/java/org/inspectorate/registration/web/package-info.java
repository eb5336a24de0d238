/**
 * Registration screens: the portal's applications (task list, sections, documents, check your answers and
 * declaration, requests to answer), staff queue, application page with its actions, and the dashboard.
 */
package org.inspectorate.registration.web;
