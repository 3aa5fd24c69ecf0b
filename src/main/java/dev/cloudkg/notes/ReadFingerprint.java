package dev.cloudkg.notes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;

import dev.cloudkg.facts.SeedFiles;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * What a note's facts depend on besides the note itself: the extractor's code and grammar, and the vocabulary and
 * cloud catalogue it reads notes with. A note whose bytes, path and this fingerprint are those of its last import
 * would be read into the same facts, so a start on an unchanged folder skips reading it again; any change to the
 * code, the grammar, the vocabulary or the catalogue reads every note again.
 */
@Component
class ReadFingerprint {

	/** The code and data extraction runs on (the facts package holds the vocabulary and its readers). */
	private static final String[] CODE = {"classpath*:dev/cloudkg/notes/**/*.class",
			"classpath*:dev/cloudkg/notes/*.yaml",
			"classpath*:dev/cloudkg/language/**/*.class", "classpath*:dev/cloudkg/facts/**/*.class"};

	private final byte[] fingerprint;

	ReadFingerprint(SeedFiles seed) {
		try {
			MessageDigest digest = sha256();
			PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
			for (String pattern : CODE) {
				Resource[] resources = resolver.getResources(pattern);
				Arrays.sort(resources, Comparator.comparing(ReadFingerprint::name));
				for (Resource resource : resources) {
					digest.update(name(resource).getBytes(StandardCharsets.UTF_8));
					digest.update(resource.getContentAsByteArray());
				}
			}
			digest.update(seed.vocabulary().text().getBytes(StandardCharsets.UTF_8));
			for (SeedFiles.SeedFile catalog : seed.catalog()) {
				digest.update(("\n" + catalog.path() + "\n" + catalog.text()).getBytes(StandardCharsets.UTF_8));
			}
			this.fingerprint = digest.digest();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The digest of a note as read from {@code path}: equal digests, equal facts. */
	String of(String id, String path, byte[] content) {
		MessageDigest digest = sha256();
		digest.update(fingerprint);
		digest.update(("\n" + id + "\n" + path + "\n").getBytes(StandardCharsets.UTF_8));
		digest.update(content);
		return HexFormat.of().formatHex(digest.digest());
	}

	/** The resource's path from its package on, the same in a jar and in a classes folder. */
	private static String name(Resource resource) {
		try {
			String url = resource.getURL().toString();
			int at = url.lastIndexOf("dev/cloudkg/");
			return (at >= 0) ? url.substring(at) : url;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
