/**
 * What the people who run the site need from it (docs/operations.md): an id for every request, to
 * find a failure's whole story in the log from the reference a user quotes; health probes
 * ({@code health}); metrics ({@code metrics}); online backups of an embedded database
 * ({@code backup}); and the token that the operators' tools use ({@link OperationsToken}).
 */
package org.flaskapp.platform.operations;
