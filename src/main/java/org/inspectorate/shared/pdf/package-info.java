/** PDF documents (notices, certificates, reports) built as XHTML and laid out by Flying Saucer on OpenPDF. */
package org.inspectorate.shared.pdf;
