/**
 * The main section: the home page ({@code /}, {@code webapp/index.xhtml}) and the site's other
 * plain pages such as {@code /test/}. Like the original's main blueprint it has no data of its own
 * yet; an about or contact page with a backing bean would live here.
 */
package org.flaskapp.main;
