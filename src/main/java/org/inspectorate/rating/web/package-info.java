/** Rating screens: the summary on location pages and the explanation pages for staff, the portal and the public. */
package org.inspectorate.rating.web;
