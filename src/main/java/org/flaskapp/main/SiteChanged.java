package org.flaskapp.main;

import org.flaskapp.platform.cache.ContentChanged;

/** Fired by {@link SiteService} when a text of the site was edited; observers may wait for the commit. */
public record SiteChanged(String what) implements ContentChanged {
}
