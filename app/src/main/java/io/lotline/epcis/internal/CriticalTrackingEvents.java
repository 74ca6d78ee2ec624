package io.lotline.epcis.internal;

import io.lotline.epcis.CriticalTrackingEvent.Cte;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which FSMA 204 critical tracking event a business step stands for, among those Lotline's books do not model. The
 * CBV has no business step for them, so partners write them as URIs of their own vocabularies (GDST's
 * {@code urn:gdst:bizStep:fishingEvent}, {@code farmHarvest}, {@code landing}; a company's {@code …:harvesting},
 * {@code …:cooling}, {@code …:initial_packing}, {@code …:first_land_based_receiving}): the step's last name decides,
 * whatever its case and separators.
 */
final class CriticalTrackingEvents {
    private static final Map<String, Cte> NAMES = Map.of("harvesting", Cte.HARVESTING, "harvest", Cte.HARVESTING,
            "fishingevent", Cte.HARVESTING, "farmharvest", Cte.HARVESTING, "cooling", Cte.COOLING,
            "initialpacking", Cte.INITIAL_PACKING, "firstlandbasedreceiving", Cte.FIRST_LAND_BASED_RECEIVING,
            "landing", Cte.FIRST_LAND_BASED_RECEIVING);

    private CriticalTrackingEvents() {
    }

    static Optional<Cte> of(String bizStep) {
        if (bizStep == null) {
            return Optional.empty();
        }
        String name = bizStep.substring(Math.max(Math.max(bizStep.lastIndexOf(':'), bizStep.lastIndexOf('/')),
                bizStep.lastIndexOf('#')) + 1);
        return Optional.ofNullable(NAMES.get(name.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT)));
    }
}
