package dev.cloudkg.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param apiKey when set, changing the graph (importNote, deleteNote, POST/DELETE /notes/…) needs this key in an
 * {@code X-API-Key} header (or {@code Authorization: Bearer …}); reads stay open
 */
@ConfigurationProperties("cloudkg")
public record ApiKeyProperties(String apiKey) {
}
