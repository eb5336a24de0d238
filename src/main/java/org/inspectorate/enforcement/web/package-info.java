/** Staff screens for enforcement: the case board, opening a case, a case with its decisions and actions. */
package org.inspectorate.enforcement.web;
