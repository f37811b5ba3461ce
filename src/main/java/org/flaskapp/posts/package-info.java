/**
 * The posts section (the original's posts blueprint): {@link org.flaskapp.posts.Post} and
 * {@link org.flaskapp.posts.PostService}, the only way into the posts' tables. The Faces beans of
 * its views are in {@code posts.web}; the views themselves in {@code webapp/posts/}.
 */
package org.flaskapp.posts;
