/** Sign-in, sessions and accounts: one use case per public method, each audited. */
package org.inspectorate.identity.application;
