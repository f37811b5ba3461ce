package org.flaskapp.platform.guards;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormPostFilterTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(nullValues = "-", value = {
            "application/x-www-form-urlencoded,                        true",
            "Application/X-WWW-Form-Urlencoded ; Charset=\"UTF-8\",    true",
            "application/x-www-form-urlencoded; charset=utf-8,         true",
            "application/x-www-form-urlencoded; charset=ISO-8859-1,    false",
            "multipart/form-data; boundary=x,                          false",
            "text/plain,                                               false",
            "application/x-www-form-urlencodedX,                       false",
            "-,                                                        false",
    })
    void onlyAUrlencodedFormInUtf8IsAForm(String contentType, boolean form) {
        assertEquals(form, FormPostFilter.isUtf8Form(contentType));
    }
}
