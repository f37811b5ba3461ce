/**
 * What every section shares: the database migrations, page-at-a-time lists, pages kept as
 * rendered and the clean URLs.
 * Sections depend on this package; it depends on no section.
 */
package org.flaskapp.shared;
