package io.lotline.ledger.cache;

/**
 * How far the caches of this instance have followed the ledger. Each instance invalidates what its own transactions
 * change when they end; what other instances on the same database committed is read from the ledger itself. A read
 * of cached data calls {@link #check()} first: it reads the sequence of the newest committed entry and, if that has
 * moved past what this instance has seen, publishes {@link LedgerAdvanced} for the entries in between before it
 * answers, so every cache has invalidated them. An announcement from another instance only makes the check find less
 * to do; a missed one never leaves a cache answering from before a commit the database already shows.
 */
public interface LedgerWatermark {

    /**
     * Brings this instance's caches up to the newest entry committed on the database, by any instance, and answers
     * its sequence. Inside a transaction that has booked it does nothing: such a transaction reads past the caches;
     * inside one that has checked already it does nothing either.
     */
    long check();
}
