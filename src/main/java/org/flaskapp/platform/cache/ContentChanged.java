package org.flaskapp.platform.cache;

/**
 * An event that changes what some view shows, such as a new post. A section's service fires it
 * inside the transaction that stores the change; what {@link ContentCache} keeps stops counting
 * once that transaction commits.
 */
public interface ContentChanged {
}
