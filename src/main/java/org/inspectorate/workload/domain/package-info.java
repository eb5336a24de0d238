/** Staff absence: a person away from one day to another, and the rules for recording and cancelling it. */
package org.inspectorate.workload.domain;
