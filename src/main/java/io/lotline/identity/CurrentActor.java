package io.lotline.identity;

/** The actor of the request being served; {@link Actor#SYSTEM} for work no person started. */
public interface CurrentActor {
    Actor current();
}
