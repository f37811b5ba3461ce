package org.flaskapp.shared;

/**
 * An event that changes what some page shows, such as a new post. A section's service fires it
 * inside the transaction that stores the change; {@link RenderedPages} forgets the pages it keeps
 * once that transaction commits.
 */
public interface ContentChanged {
}
