/**
 * The small kernel every capability speaks: quantities with units, GS1 identifiers, lot numbers, paging, and the
 * families of failure that the web layer turns into problem details. Plain Java, no framework.
 */
package io.lotline.shared;
