/**
 * What the people who run the site need from it: an id for every request, to find a failure's
 * whole story in the log from the reference a user quotes (docs/operations.md).
 */
package org.flaskapp.platform.operations;
