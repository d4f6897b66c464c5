/** Helpers shared by Dyad's stages. Not API: may change without notice. */
package org.dyad.internal;
