/**
 * Recall and mock recall. A recall case starts from suspect lots (or a supplier's lot number), scopes every lot made
 * from them by forward trace (optionally widened to sibling lots that share a suspect input), and, once confirmed,
 * blocks every affected lot still in stock and lists the customers to notify, with what they received. Returns are
 * booked against the recall; effectiveness is what came back or is accounted for over what was shipped. A mock recall
 * does the same without changing anything, is timed against a target, and leaves a report an auditor accepts.
 * The mass balance shows, per lot, that every unit received or produced is consumed, shipped, scrapped or on hand.
 */
package io.lotline.recall;
