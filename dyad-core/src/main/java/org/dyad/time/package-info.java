/** Time: date expressions normalised against the article date, and each event's date. */
package org.dyad.time;
