package org.flaskapp.platform.cache;

/**
 * An event that changes what some view shows, such as a new post. A section's service fires it
 * inside the transaction that stores the change; {@link RenderedViewCache} forgets the views it
 * keeps once that transaction commits.
 */
public interface ContentChanged {
}
