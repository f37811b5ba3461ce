/**
 * Backing up a running site whose database is embedded in the server (Derby): only the server
 * can copy it consistently while it serves. A PostgreSQL database is backed up with its own tools
 * (server-config/backup/backup.sh; docs/operations.md).
 */
package org.flaskapp.platform.operations.backup;
