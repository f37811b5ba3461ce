/**
 * Clean addresses: a view is served at its folder ({@code /posts/}), never at its file
 * ({@code /posts/index.xhtml}). Outgoing links are rewritten by the view handler; a request for a
 * view file is redirected. Hand-written: OmniFaces' FacesViews and MultiViews serve extensionless
 * addresses ({@code /posts/post/42}) and cannot keep the site's folder addresses ({@code /posts/42/}).
 */
package org.flaskapp.platform.urls;
