/** The public feedback and whistleblowing forms and their confirmation page. */
package org.inspectorate.concern.web;
