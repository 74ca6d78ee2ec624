package io.lotline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.lotline.support.Api;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The item list narrows as the user types: htmx gets the list alone, a plain request the whole page. */
class ItemListFilterIT extends IntegrationTest {

    @Test
    void htmx_gets_only_the_narrowed_list_and_a_plain_request_the_whole_page_with_it() {
        String mark = "Q" + Floor.next();
        floor.anItem().sku(mark + "-RYE").describedAs("Rye flour").register();
        floor.anItem().sku(mark + "-OAT").describedAs("Oat flakes").register();
        String other = floor.anItem().describedAs("Sugar").register().sku();

        MvcTestResult fragment = mvc.get().uri("/admin/items").param("q", mark.toLowerCase() + "-r")
                .header("HX-Request", "true").with(user("supervisor").roles("SUPERVISOR")).exchange();
        MvcTestResult page = mvc.get().uri("/admin/items").param("q", mark)
                .with(user("supervisor").roles("SUPERVISOR")).exchange();

        assertThat(fragment).hasStatusOk().headers().hasValue(HttpHeaders.VARY, "HX-Request");
        assertThat(Api.body(fragment)).startsWith("<div id=\"item-list\"").doesNotContain("<html")
                .doesNotContain("id=\"new-item\"").contains(mark + "-RYE").doesNotContain(mark + "-OAT")
                .contains("One item with");
        assertThat(Api.body(page)).contains("<html").contains("id=\"new-item\"").contains(mark + "-RYE")
                .contains(mark + "-OAT").doesNotContain(">" + other + "<").contains("value=\"" + mark + "\"");
    }

    @Test
    void text_that_means_something_to_sql_is_only_text_to_the_filter() {
        floor.anItem().describedAs("Flour 100% whole").register();

        MvcTestResult percent = mvc.get().uri("/admin/items").param("q", "100%")
                .header("HX-Request", "true").with(user("admin").roles("ADMIN")).exchange();
        MvcTestResult quote = mvc.get().uri("/admin/items").param("q", "' or 1=1 --")
                .header("HX-Request", "true").with(user("admin").roles("ADMIN")).exchange();

        assertThat(Api.body(percent)).contains("Flour 100% whole");
        assertThat(quote).hasStatusOk();
        assertThat(Api.body(quote)).contains("No items with");
    }
}
