package dev.cloudkg.notes;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.cloudkg.facts.SeedFiles;
import dev.cloudkg.facts.SeedProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Re-imports notes saved in the notes folders while the service runs (the seed's {@code notes/} when it
 * is on disk, and {@code cloudkg.notes.dir}), and retracts deleted ones. Changes are collected until the
 * folder has been quiet for {@code cloudkg.notes.settle}, so an editor's several writes make one import.
 */
@Component
class NoteWatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(NoteWatcher.class);

	private final NoteImporter importer;

	private final NotesProperties properties;

	private final List<NoteFolder> folders = new ArrayList<>();

	private final Map<WatchKey, Path> keys = new HashMap<>();

	private volatile WatchService service;

	private volatile Thread thread;

	NoteWatcher(NoteImporter importer, NotesProperties properties, SeedFiles seed,
			SeedProperties seedProperties) {
		this.importer = importer;
		this.properties = properties;
		if (seedProperties.enabled()) {
			seed.notesFolder().ifPresent(folder -> folders.add(new NoteFolder(folder)));
		}
		if (properties.dir() != null && Files.isDirectory(properties.dir())) {
			folders.add(new NoteFolder(properties.dir()));
		}
	}

	@Override
	public void start() {
		if (!properties.watch() || folders.isEmpty()) {
			return;
		}
		try {
			service = FileSystems.getDefault().newWatchService();
			for (NoteFolder folder : folders) {
				register(folder.root());
			}
		}
		catch (IOException ex) {
			log.warn("Not watching the notes folders ({}); restart to pick up changed notes", ex.getMessage());
			return;
		}
		thread = new Thread(this::run, "cloudkg-note-watcher");
		thread.setDaemon(true);
		thread.start();
		log.info("Watching {} for changed notes", folders.stream().map(NoteFolder::root).toList());
	}

	private void register(Path root) throws IOException {
		try (Stream<Path> dirs = Files.walk(root)) {
			for (Path dir : dirs.filter(Files::isDirectory).toList()) {
				keys.put(dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
						StandardWatchEventKinds.ENTRY_MODIFY,
						StandardWatchEventKinds.ENTRY_DELETE), dir);
			}
		}
	}

	private void run() {
		Set<Path> pending = new LinkedHashSet<>();
		long settle = properties.settle().toMillis();
		try {
			while (!Thread.currentThread().isInterrupted()) {
				WatchKey key = pending.isEmpty() ? service.take() : service.poll(settle, TimeUnit.MILLISECONDS);
				if (key == null) {
					pending.forEach(this::apply);
					pending.clear();
					continue;
				}
				Path dir = keys.get(key);
				for (WatchEvent<?> event : key.pollEvents()) {
					if (dir != null && event.context() instanceof Path name) {
						Path changed = dir.resolve(name);
						if (Files.isDirectory(changed)) {
							register(changed);
							try (Stream<Path> files = Files.walk(changed)) {
								files.filter(NoteFolder::isNote).forEach(pending::add);
							}
						}
						else if (name.toString().endsWith(".md")) {
							pending.add(changed);
						}
					}
				}
				key.reset();
			}
		}
		catch (InterruptedException | ClosedWatchServiceException ex) {
			Thread.currentThread().interrupt();
		}
		catch (IOException ex) {
			log.warn("Stopped watching the notes folders: {}", ex.getMessage());
		}
	}

	/** Imports a saved note or retracts a deleted one. A bad note is logged and changes nothing. */
	private void apply(Path file) {
		NoteFolder folder = folders.stream().filter(f -> f.contains(file)).findFirst().orElse(null);
		if (folder == null) {
			return;
		}
		String id = folder.idOf(file);
		try {
			if (NoteFolder.isNote(file)) {
				ImportReport report = importer.importNote(id, null, Files.readAllBytes(file), file.toString(), false);
				log.info("Re-imported {}", report.summary());
			}
			else if (!Files.exists(file)) {
				ImportReport report = importer.deleteNote(id);
				if (report != null) {
					log.info("{} was deleted: {} facts retracted", id, report.retracted().size());
				}
			}
		}
		catch (NoteFormatException ex) {
			log.error("Not imported (the graph keeps the previous version): {}", ex.getMessage());
		}
		catch (IOException | RuntimeException ex) {
			log.error("Could not re-import {}: {}", file, ex.toString());
		}
	}

	@Override
	public void stop() {
		Thread running = thread;
		if (running != null) {
			running.interrupt();
		}
		try {
			if (service != null) {
				service.close();
			}
		}
		catch (IOException ex) {
			log.debug("Closing the watch service: {}", ex.getMessage());
		}
		thread = null;
	}

	@Override
	public boolean isRunning() {
		return thread != null;
	}

}
