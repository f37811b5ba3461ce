/**
 * The main section (the original's main blueprint): the home view ({@code /},
 * {@code webapp/index.xhtml}) and the site's other plain views such as {@code /test/}. Its views
 * show no data, so it has no Java code yet; this package is where an about or a contact view's
 * beans and service will go, and where its tests already are.
 */
package org.flaskapp.main;
