/**
 * The database: the schema migrations that run when the application starts, and the tutorial's
 * sample data. The schema has one history for the whole site (migrations are numbered in one
 * sequence), so the SQL here names every section's tables; it uses no section's Java code.
 */
package org.flaskapp.platform.persistence;
