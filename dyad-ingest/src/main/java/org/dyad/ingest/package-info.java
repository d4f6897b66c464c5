/** Readers that turn files, folders and standard input into articles; bad input becomes one clear line. */
package org.dyad.ingest;
