/** Who sent a request: the client's own address, also behind a balancer. */
package org.flaskapp.platform.client;
