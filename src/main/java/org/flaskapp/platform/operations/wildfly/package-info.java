/**
 * For WildFly only: an extension of its web container (Undertow), which Payara never loads.
 * WildFly 39 stops a distributable application's session manager as soon as a stop begins, while
 * the requests it admitted still run; and every request asks that manager for its session (Weld
 * at the start, Undertow at the end), a visitor's too, so such requests failed inside the
 * container (docs/operations.md, "Stopping and starting").
 */
package org.flaskapp.platform.operations.wildfly;
