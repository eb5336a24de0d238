/** Settings read through MicroProfile Config; every one can be set by an environment variable (see README). */
package org.inspectorate.shared.config;
