/**
 * Servlet filters that guard every request before it reaches a view. Their order is declared once,
 * in {@code web.xml}.
 */
package org.flaskapp.platform.guards;
