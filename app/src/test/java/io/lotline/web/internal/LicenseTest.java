package io.lotline.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The licence the API description declares is the one the LICENSE file grants. */
class LicenseTest {

    @Test
    void the_license_file_is_the_licence_the_openapi_description_declares() throws IOException {
        String declared = new OpenApiConfiguration().lotlineApi().getInfo().getLicense().getName();
        String file = Files.readString(Path.of("LICENSE"), StandardCharsets.UTF_8);

        assertThat(declared).isEqualTo("Apache-2.0");
        assertThat(file.strip()).startsWith("Apache License\n                           Version 2.0, January 2004")
                .contains("TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION")
                .contains("END OF TERMS AND CONDITIONS");
    }
}
