/** Register screens: searching and reading the register (staff, portal, public) and correcting details (staff). */
package org.inspectorate.registry.web;
