/** Text helpers shared by every context: bounding and cleaning what callers send before it is logged or stored. */
package org.inspectorate.shared.text;
