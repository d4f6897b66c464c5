/** The article's knowledge beyond events: quotations with speakers, counts. */
package org.dyad.knowledge;
