/**
 * The main section (the original's main blueprint): the home view ({@code /},
 * {@code webapp/index.xhtml}), {@code /test/}, the about page that administrators edit and the
 * contact form whose messages they read. {@link org.flaskapp.main.SiteService} is the only way
 * into its tables; the Faces beans of its views are in {@code main.web}.
 */
package org.flaskapp.main;
