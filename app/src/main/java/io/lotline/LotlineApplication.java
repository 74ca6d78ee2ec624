package io.lotline;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Lotline: batch and lot traceability on an append-only lot ledger.
 *
 * <p>Without arguments it serves the web application. With a command as the first argument it runs that operation
 * and exits: {@code verify-ledger} checks the audit chain; {@code copy-database} copies the embedded database into
 * the configured one (PostgreSQL).
 */
@SpringBootApplication
public class LotlineApplication {
    static final Set<String> COMMANDS = Set.of("verify-ledger", "copy-database");

    public static void main(String[] args) {
        if (args.length > 0 && COMMANDS.contains(args[0])) {
            System.exit(SpringApplication.exit(command(args[0], Arrays.copyOfRange(args, 1, args.length))));
        }
        SpringApplication.run(LotlineApplication.class, args);
    }

    /**
     * Runs a command without a web server, without the scheduled expiry sweep and without scheduled checkpoints,
     * logging only warnings, so that what the command prints stays readable and its result is the last line; the
     * context's exit code is the command's result. Tools built on Lotline (the benchmark) start the same way with
     * their own command, whose runner is on their classpath.
     */
    public static ConfigurableApplicationContext command(String command, String... args) {
        Stream<String> unscheduled = Stream.of("--lotline.expiry.sweep.cron=-", "--lotline.ledger.checkpoints.interval=0",
                        "--logging.level.root=warn")
                .filter(off -> Arrays.stream(args).noneMatch(arg -> arg.startsWith(off.split("=")[0] + "=")));
        return new SpringApplicationBuilder(LotlineApplication.class)
                .web(WebApplicationType.NONE)
                .properties("lotline.command=" + command, "spring.main.banner-mode=off")
                .run(Stream.concat(unscheduled, Arrays.stream(args)).toArray(String[]::new));
    }
}
