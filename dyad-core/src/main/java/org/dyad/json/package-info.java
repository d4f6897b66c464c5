/** Dyad JSON: the one-line-per-article output format with evidence for every fact. */
package org.dyad.json;
