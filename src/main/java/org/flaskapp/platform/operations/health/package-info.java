/**
 * Health probes for balancers and orchestrators, the same on every server: liveness, startup and
 * readiness, each check a {@link org.flaskapp.platform.operations.health.HealthCheck} bean of the
 * part that can fail (docs/operations.md).
 */
package org.flaskapp.platform.operations.health;
