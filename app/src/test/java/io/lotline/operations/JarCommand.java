package io.lotline.operations;

import io.lotline.LotlineApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Runs a command of the jar in this JVM as {@code java -jar lotline.jar <command> <args>} would. */
public final class JarCommand {
    private JarCommand() {
    }

    /** The command's exit code. */
    public static int run(String command, String... args) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(LotlineApplication.class)
                .web(WebApplicationType.NONE)
                .properties("lotline.command=" + command, "spring.main.banner-mode=off",
                        "lotline.expiry.sweep.cron=-", "lotline.ledger.checkpoints.interval=0",
                        // not the checkout's ./checkpoints, which a run of the application there may have filled
                        "lotline.ledger.checkpoints.directory=target/jar-command-checkpoints")
                .run(args);
        return SpringApplication.exit(context);
    }

    /** The URL of an embedded database file, with the settings Lotline's default URL has. */
    public static String h2(String path) {
        return "jdbc:h2:file:" + path + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }
}
