package dev.cloudkg.system;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may change the graph.
 *
 * @param apiKey when set, changing the graph (importNote, deleteNote, POST/DELETE /notes/…) needs this key in an
 * {@code X-API-Key} header (or {@code Authorization: Bearer …}); reads stay open. Required to listen on anything but
 * localhost.
 * @param allowedOrigins web origins other than the service's own (e.g. {@code https://notes.example.com}) whose pages
 * may send changes; a change from any other page is refused
 */
@ConfigurationProperties("cloudkg")
public record AccessProperties(String apiKey, @DefaultValue List<String> allowedOrigins) {

	public boolean hasApiKey() {
		return apiKey != null && !apiKey.isBlank();
	}

}
