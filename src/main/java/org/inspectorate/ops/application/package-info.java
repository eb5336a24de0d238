/** Start-up: schema migrations, schema validation and (demo mode only) demo data, in that order. */
package org.inspectorate.ops.application;
