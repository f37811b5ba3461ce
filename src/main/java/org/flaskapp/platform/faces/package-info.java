/** Jakarta Faces set-up that every view shares (registered in {@code faces-config.xml}). */
package org.flaskapp.platform.faces;
