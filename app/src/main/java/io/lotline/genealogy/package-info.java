/**
 * The lot DAG and the trace engine. Every consumption into a production order, split or merge links the consumed lot
 * (parent) to the lot made (child), in the transaction that books them; a link that would make a lot its own
 * ancestor is refused. A trace walks the DAG forward (every lot made from a lot, and every customer who received any
 * of them) or in reverse (every lot a lot was made from, and every supplier), visiting each lot once however many
 * paths lead to it.
 */
package io.lotline.genealogy;
