package io.lotline;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Lotline: batch and lot traceability on an append-only lot ledger. */
@SpringBootApplication
public class LotlineApplication {

    public static void main(String[] args) {
        SpringApplication.run(LotlineApplication.class, args);
    }

    /** The one clock of the application, in the zone the business days of the site are counted in. */
    @Bean
    Clock clock(@Value("${lotline.zone:UTC}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
