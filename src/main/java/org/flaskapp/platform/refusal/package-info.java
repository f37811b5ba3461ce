/** Why a request is not done: not found, not allowed, a conflict, invalid, too often. */
package org.flaskapp.platform.refusal;
