package io.lotline.genealogy;

import io.lotline.shared.Refused;

/** The booking would make a lot its own ancestor: the genealogy is a DAG, so it is refused. */
public class GenealogyCycle extends Refused {
    public GenealogyCycle(String field, String lotNumber, String ancestor) {
        super(field, lotNumber, "genealogy-acyclic", "Lot " + lotNumber + " is already made from lot " + ancestor
                + "; using it to make " + ancestor + " would make a lot its own ancestor");
    }
}
