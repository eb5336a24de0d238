/** The public register API: locations and providers, paged, with problem+json errors. */
package org.inspectorate.registry.api;
