package io.lotline.bench.internal;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every run gets its own prefix, {@code BR1}, {@code BR2}, ...: one more than the highest run whose plants are in the
 * database, so a run never collides with an earlier one or with anything else.
 */
final class RunPrefix {
    private RunPrefix() {
    }

    static String next(JdbcClient jdbc) {
        int highest = 0;
        for (String code : jdbc.sql("select code from sites where code like 'BR%-%'").query(String.class).list()) {
            String run = code.substring(2, code.indexOf('-'));
            if (!run.isEmpty() && run.chars().allMatch(Character::isDigit) && run.length() < 9) {
                highest = Math.max(highest, Integer.parseInt(run));
            }
        }
        return "BR" + (highest + 1);
    }
}
