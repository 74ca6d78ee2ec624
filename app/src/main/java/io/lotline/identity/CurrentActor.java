package io.lotline.identity;

/** The actor of the request being served; {@link Actor#SYSTEM} for work no person started. */
public interface CurrentActor {
    Actor current();

    /** Whether the request came with an API token rather than a sign-in of its owner. */
    default boolean viaApiToken() {
        return false;
    }
}
