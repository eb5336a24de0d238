/** Staff screens for assessments: the list, opening one, and the workspace where evidence and scores are recorded. */
package org.inspectorate.assessment.web;
