/**
 * Master data of the floor: items with their tracking, shelf-life and picking rules; sites, warehouses and
 * locations (pickable or not, quarantine areas); pallets and containers; suppliers and customers with the recall
 * contact that a quality manager phones first.
 */
package io.lotline.catalog;
