/**
 * Metrics for operators in Prometheus' text format, read by administrators and by a scraper with
 * the operations token, never by visitors (docs/operations.md). Code elsewhere counts through
 * Micrometer's global registry.
 */
package org.flaskapp.platform.operations.metrics;
