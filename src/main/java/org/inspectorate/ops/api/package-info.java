/** Operations the administrators run by hand: applying the retention rules now. */
package org.inspectorate.ops.api;
