package org.civitas.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.JsonbException;
import java.nio.charset.StandardCharsets;
import org.civitas.spi.Refusal;
import org.junit.jupiter.api.Test;

class ApiEdgeTest {

    public record Publish(Boolean published) {
    }

    @Test
    void aYesNoFieldTakesOnlyTrueOrFalse() {
        JsonBinding binding = new JsonBinding();
        assertEquals(Boolean.TRUE, binding.getContext(Publish.class).fromJson("{\"published\":true}", Publish.class).published());
        assertNull(binding.getContext(Publish.class).fromJson("{}", Publish.class).published());
        assertThrows(JsonbException.class, () -> binding.getContext(Publish.class).fromJson("{\"published\":\"oui\"}", Publish.class));
        assertThrows(JsonbException.class, () -> binding.getContext(Publish.class).fromJson("{\"published\":0}", Publish.class));
    }

    public record District(String name, Integer position) {
    }

    public record Cost(Long cost) {
    }

    @Test
    void anAmountIsAWholeNumberNeverCutToOne() {
        JsonBinding binding = new JsonBinding();
        assertEquals(25_000L, binding.getContext(Cost.class).fromJson("{\"cost\":25000}", Cost.class).cost());
        assertThrows(JsonbException.class, () -> binding.getContext(Cost.class).fromJson("{\"cost\":1.5}", Cost.class));
        assertThrows(JsonbException.class, () -> binding.getContext(Cost.class).fromJson("{\"cost\":\"15\"}", Cost.class));
    }

    @Test
    void aWholeNumberFieldTakesOnlyAWholeNumberInRange() {
        JsonBinding binding = new JsonBinding();
        assertEquals(2, binding.getContext(District.class).fromJson("{\"position\":2}", District.class).position());
        assertThrows(JsonbException.class, () -> binding.getContext(District.class).fromJson("{\"position\":2147483648}", District.class));
        assertThrows(JsonbException.class, () -> binding.getContext(District.class).fromJson("{\"position\":1.5}", District.class));
        assertThrows(JsonbException.class, () -> binding.getContext(District.class).fromJson("{\"position\":\"2\"}", District.class));
    }

    @Test
    void addressesMustDecodeAsUtf8() {
        assertTrue(AddressEncoding.decodes("/api/v1/search?q=v%C3%A9g%C3%A9taliser"));
        assertTrue(AddressEncoding.decodes("/api/v1/spaces/%E2%80%AE"));
        assertFalse(AddressEncoding.decodes("/api/v1/spaces/%ED%A0%80"), "half a surrogate pair");
        assertFalse(AddressEncoding.decodes("/api/v1/search?q=%C3%28"));
    }

    @Test
    void anAcceptLanguageHeaderJaxRsCannotReadIsCaughtFirst() {
        assertTrue(AddressEncoding.readable(null));
        assertTrue(AddressEncoding.readable("fr-FR,fr;q=0.9,en;q=0.8"));
        assertFalse(AddressEncoding.readable("en;q=abc"));
        assertFalse(AddressEncoding.readable("en;q=2"));
    }

    @Test
    void datesOutsideTheCitysLifeAreRefusedInBodies() {
        JsonBinding binding = new JsonBinding();
        Class<MeResource.ProfileUpdate> type = MeResource.ProfileUpdate.class;
        assertEquals(java.time.LocalDate.of(1987, 4, 30),
                binding.getContext(type).fromJson("{\"birthDate\":\"1987-04-30\"}", type).birthDate());
        for (String bad : new String[] {"+300000-12-31", "-999999999-01-01", "1987-02-30", "12"}) {
            assertThrows(JsonbException.class, () -> binding.getContext(type).fromJson("{\"birthDate\":\"" + bad + "\"}", type), bad);
        }
    }

    @Test
    void jsonBodiesAreCheckedOnceForControlCharactersNullsInListsAndHugeNumbers() {
        InputGuard.checkJson("{\"title\":\"Végétaliser\\nla rue\",\"ids\":[1,2],\"n\":9007199254740992}".getBytes(StandardCharsets.UTF_8));
        assertEquals("request.control-character", assertThrows(Refusal.class,
                () -> InputGuard.checkJson("{\"email\":\"a\\u0000b\"}".getBytes(StandardCharsets.UTF_8))).code());
        assertEquals("request.control-character", assertThrows(Refusal.class,
                () -> InputGuard.checkJson("{\"t\":\"\\ud800\"}".getBytes(StandardCharsets.UTF_8))).code());
        assertEquals("request.null-in-list", assertThrows(Refusal.class,
                () -> InputGuard.checkJson("{\"roles\":[null]}".getBytes(StandardCharsets.UTF_8))).code());
        assertEquals("request.number-range", assertThrows(Refusal.class,
                () -> InputGuard.checkJson("{\"id\":9223372036854775808}".getBytes(StandardCharsets.UTF_8))).code());
        assertEquals("request.too-long", assertThrows(Refusal.class,
                () -> InputGuard.checkJson(("{\"t\":\"" + "x".repeat(20_001) + "\"}").getBytes(StandardCharsets.UTF_8))).code());
        InputGuard.checkJson("{not json".getBytes(StandardCharsets.UTF_8));
        assertEquals("request.malformed", assertThrows(Refusal.class,
                () -> InputGuard.checkJson(("[".repeat(5000) + "]".repeat(5000)).getBytes(StandardCharsets.UTF_8))).code(),
                "nesting the parser would fail on is a bad request, not a server error");
    }
}
