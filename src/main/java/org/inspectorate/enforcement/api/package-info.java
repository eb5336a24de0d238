/** The staff enforcement API (/api/v1/staff/enforcement) and its error mapping. */
package org.inspectorate.enforcement.api;
