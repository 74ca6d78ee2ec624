package io.lotline.epcis;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An FSMA 204 critical tracking event that Lotline's own books do not hold, as a captured event told it, for one
 * traceability lot (GTIN and lot code): harvesting, cooling, initial packing or first land-based receiving, with its
 * key data elements. Places are the identifiers the events gave (with the GLN of the event's place where it is an
 * SGLN or Digital Link); harvest, catch and cooling data an event did not carry itself come from the lot's (or its
 * inputs') earlier harvesting and cooling events.
 */
public record CriticalTrackingEvent(String eventID, Cte cte, LocalDate eventDate, String gtin, String lot,
                                    BigDecimal quantity, String unit, String location, String locationGln,
                                    String harvestLocation, LocalDate harvestDate, LocalDate harvestEndDate,
                                    String coolingLocation, LocalDate coolingDate, LocalDate landingDate,
                                    String vesselName, String vesselId, String catchArea) {

    /** The critical tracking events of 21 CFR 1.1325 to 1.1335, with the names the FSMA 204 spreadsheet gives them. */
    public enum Cte {
        HARVESTING("Harvesting"), COOLING("Cooling"), INITIAL_PACKING("Initial Packing"),
        FIRST_LAND_BASED_RECEIVING("First Land-Based Receiving");

        private final String title;

        Cte(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }
}
