package io.lotline.ledger;

/** A place in the audit chain: how many entries it holds up to there, and the hash of the last of them. */
public record ChainPosition(long seq, String hash) {
}
