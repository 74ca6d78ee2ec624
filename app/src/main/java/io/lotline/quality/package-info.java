/**
 * Quality decisions on lots: specifications per item, inspection results and the values stated on certificates of
 * analysis checked against them, documents stored with their SHA-256, release and rejection signed in the manner of
 * 21 CFR Part 11 (password re-entered, printed name, time, meaning), and non-conformances that put lots on hold until
 * a disposition is recorded and the report is closed.
 */
package io.lotline.quality;
