/**
 * The site's stylesheet, served under an address that names its version, so that browsers keep
 * it for a year and still never use an old one (docs/look.md).
 */
package org.flaskapp.platform.assets;
