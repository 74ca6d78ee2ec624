package io.lotline.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lotline.shared.InvalidInput;
import io.lotline.shared.PageRequest;
import io.lotline.shared.PageSize;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;

/** A listing endpoint's page is read from the query once, the same way for every endpoint. */
class PageRequestArgumentsTest {
    private final PageRequestArguments arguments = new PageRequestArguments();

    @SuppressWarnings("unused")
    static class Listings {
        void plain(PageRequest page) {
        }

        void recalls(@PageSize(20) PageRequest page) {
        }
    }

    private PageRequest resolve(String method, String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/things");
        request.setQueryString(query);
        for (String pair : query.isEmpty() ? new String[0] : query.split("&")) {
            String[] nameAndValue = pair.split("=", 2);
            request.addParameter(nameAndValue[0], nameAndValue.length > 1 ? nameAndValue[1] : "");
        }
        return arguments.resolveArgument(parameter(method), null, new ServletWebRequest(request), null);
    }

    private static MethodParameter parameter(String name) {
        try {
            return new MethodParameter(Listings.class.getDeclaredMethod(name, PageRequest.class), 0);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void without_page_or_size_the_first_page_of_the_default_size_is_asked_for() {
        assertThat(resolve("plain", "")).isEqualTo(new PageRequest(0, 50));
        assertThat(resolve("plain", "page=&size=")).isEqualTo(new PageRequest(0, 50));
    }

    @Test
    void page_size_on_the_parameter_changes_the_default_size_only() {
        assertThat(resolve("recalls", "")).isEqualTo(new PageRequest(0, 20));
        assertThat(resolve("recalls", "page=3&size=7")).isEqualTo(new PageRequest(3, 7));
    }

    @Test
    void a_page_that_is_not_a_whole_number_is_refused_naming_the_parameter() {
        assertThatThrownBy(() -> resolve("plain", "page=1e309")).isInstanceOfSatisfying(InvalidInput.class,
                refused -> {
                    assertThat(refused.field()).isEqualTo("page");
                    assertThat(refused.value()).isEqualTo("1e309");
                    assertThat(refused.rule()).isEqualTo("type");
                });
        assertThatThrownBy(() -> resolve("plain", "size=9999999999999999999999"))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.field()).isEqualTo("size"));
    }

    @Test
    void a_negative_page_or_a_size_out_of_range_is_refused_by_its_rule() {
        assertThatThrownBy(() -> resolve("plain", "page=-1")).isInstanceOfSatisfying(InvalidInput.class,
                refused -> assertThat(refused.rule()).isEqualTo("page-not-negative"));
        assertThatThrownBy(() -> resolve("plain", "size=501")).isInstanceOfSatisfying(InvalidInput.class,
                refused -> assertThat(refused.rule()).isEqualTo("page-size-range"));
    }

    @Test
    void the_api_description_names_page_and_size_with_their_defaults() throws Exception {
        Method recalls = Listings.class.getDeclaredMethod("recalls", PageRequest.class);
        Operation operation = arguments.customize(new Operation(), new HandlerMethod(new Listings(), recalls));

        assertThat(operation.getParameters()).extracting(Parameter::getName).containsExactly("page", "size");
        assertThat(operation.getParameters().get(1).getSchema().getDefault()).isEqualTo(20);
    }
}
