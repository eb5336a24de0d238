/** Sign-in screens and the Jakarta Security authentication mechanism. */
package org.inspectorate.identity.web;
