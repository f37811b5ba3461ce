/**
 * Clean addresses: a view is served at its folder ({@code /posts/}), never at its file
 * ({@code /posts/index.xhtml}). Outgoing links are rewritten by the view handler; a request for a
 * view file is redirected.
 */
package org.flaskapp.platform.urls;
