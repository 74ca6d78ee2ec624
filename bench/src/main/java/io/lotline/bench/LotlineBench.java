package io.lotline.bench;

import io.lotline.LotlineApplication;
import org.springframework.boot.SpringApplication;

/**
 * {@code java -jar lotline-bench.jar [--size=S] [--shapes=G1,G2,G3] ...}: starts Lotline on the configured database
 * as the command {@code bench}, without a web server, runs the benchmark and exits with its result.
 */
public final class LotlineBench {
    private LotlineBench() {
    }

    public static void main(String[] args) {
        System.exit(SpringApplication.exit(LotlineApplication.command("bench", args)));
    }
}
