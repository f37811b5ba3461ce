/**
 * Text answers (HTML, CSS, JSON, feeds and sitemaps) sent gzip-compressed to every client that
 * accepts it, the same bytes from either server: a body kept in memory and sent many times is
 * compressed once ({@link org.flaskapp.platform.compression.GzipOnce}); anything else is
 * compressed as it is sent ({@link org.flaskapp.platform.compression.CompressionFilter}).
 */
package org.flaskapp.platform.compression;
