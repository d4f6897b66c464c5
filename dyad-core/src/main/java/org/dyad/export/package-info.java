/**
 * GDELT-compatible exports: one coded article (or one merged event) as rows of GDELT's published
 * tab-separated layouts, so that every existing GDELT tool reads Dyad's output unchanged.
 * <ul>
 *   <li>{@link org.dyad.export.GdeltEventWriter}: GDELT 2.0 Event rows, 61 columns;</li>
 *   <li>{@link org.dyad.export.GdeltMentionWriter}: GDELT 2.0 Mentions rows, 16 columns;</li>
 *   <li>{@link org.dyad.export.GkgWriter}: GDELT Global Knowledge Graph 2.1 rows, 27 columns.</li>
 * </ul>
 * Rows carry no line terminator, never contain a tab or line break inside a field, and never contain a
 * sub-field delimiter ({@code ; , # |}) inside a name or quotation. Locations use FIPS 10-4 country and
 * admin1 codes as GDELT does ({@link org.dyad.export.Fips}); feature ids are GeoNames ids. The README's
 * "GDELT exports" section lists every column Dyad leaves empty and why. Writers are immutable and
 * thread-safe.
 */
package org.dyad.export;
