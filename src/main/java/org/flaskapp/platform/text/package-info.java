/** Text that users write, turned into what pages show. */
package org.flaskapp.platform.text;
