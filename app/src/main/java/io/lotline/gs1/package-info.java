/**
 * GS1 barcodes: one reader for every form a scanner sends (element strings, scanner data with symbology identifiers,
 * Digital Link URIs), built on GS1's Barcode Syntax Dictionary; what a scan means in Lotline (the item, lot, pallet or
 * place it names); and the labels Lotline prints.
 */
package io.lotline.gs1;
