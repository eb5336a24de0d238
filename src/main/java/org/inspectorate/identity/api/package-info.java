/** Portal API for account matters: an organisation's API clients. */
package org.inspectorate.identity.api;
