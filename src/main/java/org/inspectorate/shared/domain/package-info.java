/** Value types shared by every context: paging, field-level validation failures. */
package org.inspectorate.shared.domain;
