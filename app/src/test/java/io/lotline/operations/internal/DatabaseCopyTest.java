package io.lotline.operations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseCopyTest {

    @Test
    void the_embedded_source_is_named_by_its_path_and_opened_read_only_only_if_it_exists() {
        String absolute = Path.of("data", "lotline").toAbsolutePath().toString();

        assertThat(DatabaseCopy.sourceUrl("data/lotline")).startsWith("jdbc:h2:file:" + absolute + ";")
                .contains(";IFEXISTS=TRUE").contains(";ACCESS_MODE_DATA=r").contains(";DATABASE_TO_LOWER=TRUE");
        assertThat(DatabaseCopy.sourceUrl("./data/lotline.mv.db")).startsWith("jdbc:h2:file:" + absolute + ";");
    }

    @Test
    void a_jdbc_url_is_taken_as_it_is() {
        assertThat(DatabaseCopy.sourceUrl("jdbc:postgresql://old:5432/lotline"))
                .isEqualTo("jdbc:postgresql://old:5432/lotline");
    }
}
