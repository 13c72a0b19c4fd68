package org.regiolod.web.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;

/**
 * A representation already written as JSON (by the API's own mapper), written again as it is:
 * a read model keeps its items this way, so an answer copies them instead of serialising them
 * on every request. The bytes are those the record would give, since the same mapper wrote them.
 */
@JsonSerialize(using = RawJson.Writer.class)
record RawJson(String json) {
    static RawJson of(Object record) {
        return new RawJson(new String(ApiRoutes.bytes(record), java.nio.charset.StandardCharsets.UTF_8));
    }

    static final class Writer extends StdSerializer<RawJson> {
        Writer() {
            super(RawJson.class);
        }

        @Override
        public void serialize(RawJson value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeRawValue(value.json());
        }
    }
}
