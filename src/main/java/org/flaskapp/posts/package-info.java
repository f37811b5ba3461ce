/**
 * The posts section (the original's posts blueprint): {@link org.flaskapp.posts.Post}, the
 * service that stores and lists posts, and the backing bean of {@code /posts/}. Its pages live in
 * {@code webapp/posts/}.
 */
package org.flaskapp.posts;
