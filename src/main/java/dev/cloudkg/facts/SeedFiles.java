package dev.cloudkg.facts;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The files of the seed folder: {@code cloudkg.seed.dir} when it exists, else the copy packaged in the
 * jar (so {@code java -jar} works from any directory).
 */
@Component
public class SeedFiles {

	private final String base;

	public SeedFiles(SeedProperties properties) {
		this.base = Files.isDirectory(properties.dir())
				? properties.dir().toAbsolutePath().normalize().toUri().toString()
				: "classpath:graph-seed/";
	}

	/** A file of the seed, named relative to the seed folder. */
	public record SeedFile(String path, String text) {
	}

	public SeedFile vocabulary() {
		List<SeedFile> files = find("vocabulary.yaml");
		if (files.isEmpty()) {
			throw new FactsFormatException("vocabulary.yaml", 1, "not found in " + base);
		}
		return files.get(0);
	}

	/** The cloud catalogue: {@code catalog/*.yaml}, one file per provider. */
	public List<SeedFile> catalog() {
		return find("catalog/*.y*ml");
	}

	public List<SeedFile> facts() {
		return find("facts/*.y*ml");
	}

	/** The facts files, to be read as streams (a facts file may be larger than a string can hold). */
	public List<StreamedFile> factsFiles() {
		try {
			String prefix = base.startsWith("classpath:") ? "classpath*:graph-seed/" : base;
			return Arrays.stream(new PathMatchingResourcePatternResolver().getResources(prefix + "facts/*.y*ml"))
					.filter(Resource::isReadable)
					.sorted(Comparator.comparing(Resource::getFilename))
					.map(r -> new StreamedFile("facts/" + r.getFilename(), r))
					.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A file of the seed, named relative to the seed folder, opened each time it is read. */
	public record StreamedFile(String path, Resource resource) {

		public InputStream open() throws IOException {
			return resource.getInputStream();
		}

	}

	/** The seed notes ({@code notes/*.md}) as bytes: the note importer checks their encoding itself. */
	public List<NoteFile> notes() {
		try {
			String prefix = base.startsWith("classpath:") ? "classpath*:graph-seed/" : base;
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(prefix + "notes/*.md");
			List<NoteFile> notes = new ArrayList<>();
			for (Resource resource : resources) {
				if (resource.isReadable()) {
					notes.add(new NoteFile("notes/" + resource.getFilename(), resource.getContentAsByteArray()));
				}
			}
			notes.sort(Comparator.comparing(NoteFile::path));
			return notes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The seed's notes folder on disk, to watch; empty when the seed comes from the jar. */
	public Optional<Path> notesFolder() {
		if (base.startsWith("classpath:")) {
			return Optional.empty();
		}
		Path folder = Path.of(URI.create(base)).resolve("notes");
		return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
	}

	/** A note of the seed, named relative to the seed folder. */
	public record NoteFile(String path, byte[] bytes) {
	}

	private List<SeedFile> find(String pattern) {
		try {
			String prefix = base.startsWith("classpath:") ? "classpath*:graph-seed/" : base;
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(prefix + pattern);
			return Arrays.stream(resources)
					.filter(Resource::isReadable)
					.sorted(Comparator.comparing(Resource::getFilename))
					.map(r -> new SeedFile(relative(pattern, r.getFilename()), read(r)))
					.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String relative(String pattern, String filename) {
		int slash = pattern.lastIndexOf('/');
		return (slash < 0) ? filename : pattern.substring(0, slash + 1) + filename;
	}

	private static String read(Resource resource) {
		try {
			return resource.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
