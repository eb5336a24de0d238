/** Legal clocks: calendar-day and working-day deadlines, with England's bank holidays. */
package org.inspectorate.shared.time;
