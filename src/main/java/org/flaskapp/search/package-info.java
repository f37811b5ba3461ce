/**
 * Search over the posts and the questions: a query language ({@link org.flaskapp.search.SearchQuery}),
 * one interface to the index ({@link org.flaskapp.search.SearchIndex}, embedded Lucene by default,
 * one copy per server), fed from a log of changes in the database
 * ({@link org.flaskapp.search.SearchLog}, {@link org.flaskapp.search.SearchFeed}) that the sections
 * write to by naming the items in their change events
 * ({@link org.flaskapp.search.SearchableChange}) and read from through a
 * {@link org.flaskapp.search.SearchSource} each. See docs/search.md.
 */
package org.flaskapp.search;
