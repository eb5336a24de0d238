/** What a failed request means for its caller: one classification for the API and the screens. */
package org.inspectorate.shared.failure;
