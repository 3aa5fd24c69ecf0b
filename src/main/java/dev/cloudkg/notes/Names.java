package dev.cloudkg.notes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.cloudkg.facts.Vocabulary.KnownService;
import dev.cloudkg.facts.Vocabulary;
import dev.cloudkg.language.Spelling;
import dev.cloudkg.language.Words;

/**
 * Finds service names in text: every name, full name and alias of the vocabulary's services and of the
 * services a note introduces, case-insensitively, with "AWS"/"Amazon" in front ignored and a one-letter
 * slip tolerated in long words ("Lamnda" is Lambda). A name must start with a capital, so "run batch
 * jobs" does not name AWS Batch.
 */
final class Names {

	private final Set<String> prefixes;

	private final Set<String> notNames;

	/** First word of a name → the names starting with it (as word lists, longest first) and their service ids. */
	private final Map<String, List<Entry>> byFirstWord = new HashMap<>();

	/** First letter and length of a name's first word → its names that a typo could reach ("Lamnda"). */
	private final Map<String, List<Entry>> typoCandidates = new HashMap<>();

	/** A word of the note → the names a slip away from it, as far as worked out. */
	private final Map<String, List<Entry>> neighbours = new HashMap<>();

	private final Map<String, KnownService> known = new LinkedHashMap<>();

	/** The note is written in lower case: known names count without a capital, except ordinary words. */
	private final boolean lowercase;

	private final Set<String> ordinary;

	/** Services the note names on a line of their own ("## dataflow"): their names count in its lower case. */
	private final Set<String> declared = new java.util.HashSet<>();

	Names(Vocabulary vocabulary, boolean lowercase) {
		this.lowercase = lowercase;
		this.ordinary = vocabulary.phrases().ordinaryWords().stream().map(Names::normal).collect(Collectors.toSet());
		prefixes = vocabulary.phrases().namePrefixes().stream().map(p -> p.toLowerCase(Locale.ROOT))
				.collect(Collectors.toSet());
		notNames = vocabulary.phrases().notNames().stream().map(Names::normal).collect(Collectors.toSet());
		for (KnownService service : vocabulary.services()) {
			known.put(service.id(), service);
			add(service.id(), service.names());
			add(service.id(), List.of(service.id().replace('-', ' ')));
		}
	}

	/**
	 * The note names the service on a line of its own (a heading, a bare line above a list), so in a note
	 * written in lower case its name counts there too, even where it is an everyday word ("cloud storage").
	 */
	void declare(String id) {
		declared.add(id);
	}

	/** A service the vocabulary declares, or null. */
	KnownService known(String id) {
		return known.get(id);
	}

	/** Makes more names of a service findable (a note's own services). */
	void add(String id, List<String> names) {
		for (String name : names) {
			List<String> all = norms(name);
			int first = 0;
			while (first < all.size() && prefixes.contains(all.get(first))) {
				first++;
			}
			List<String> words = List.copyOf(all.subList(first, all.size()));
			if (words.isEmpty()) {
				continue;
			}
			List<Entry> bucket = byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>());
			if (bucket.stream().noneMatch(e -> e.words().equals(words))) {
				Entry entry = new Entry(words, id);
				bucket.add(entry);
				bucket.sort((a, b) -> Integer.compare(b.words().size(), a.words().size()));
				String head = words.get(0);
				if (head.length() >= Spelling.MIN_KNOWN_LENGTH && head.chars().noneMatch(Character::isDigit)) {
					List<Entry> letter = typoCandidates.computeIfAbsent(typoKey(head.charAt(0), head.length()),
							k -> new ArrayList<>());
					letter.add(entry);
					letter.sort((a, b) -> Integer.compare(b.words().size(), a.words().size()));
					neighbours.clear();
				}
			}
		}
	}

	/** The service named at word {@code start} ("AWS Lambda", "Lambda functions"), or null. */
	Found at(Words words, int start) {
		int first = start;
		while (first < words.size() && prefixes.contains(words.get(first).norm())) {
			first++;
		}
		if (first >= words.size()) {
			return null;
		}
		boolean capitalised = words.get(first).capitalised();
		// "preemptible VMs", "spot VMs": a name whose first word is written small but whose next is an acronym
		boolean byAcronym = !capitalised && !lowercase;
		if (byAcronym && !(first + 1 < words.size() && words.get(first + 1).acronym())) {
			return null;
		}
		String word = words.get(first).norm();
		// a name written exactly wins over one a typo away: "Graviton3" next to "Graviton2" is another name
		for (Entry entry : byFirstWord.getOrDefault(word, List.of())) {
			int end = entry.matchAt(words, first);
			if (end > 0
					&& (capitalised || declared.contains(entry.id())
							|| !ordinary.contains(String.join(" ", entry.words())))
					&& (!byAcronym || entry.words().size() > 1)) {
				return new Found(entry.id(), start, end, false);
			}
		}
		if (byAcronym || word.length() < Spelling.MIN_TYPO_LENGTH || word.chars().anyMatch(Character::isDigit)) {
			return null;
		}
		for (Entry entry : typoNeighbours(word)) {
			int end = entry.matchAt(words, first);
			if (end > 0 && (capitalised || !ordinary.contains(String.join(" ", entry.words())))) {
				return new Found(entry.id(), start, end, false);
			}
		}
		return null;
	}

	/**
	 * The names whose first word is one slip away from this word ("lamnda" → Lambda); worked out once per word
	 * (until the note adds a name), so a long note of the same words costs no more than a short one.
	 */
	private List<Entry> typoNeighbours(String word) {
		List<Entry> known = neighbours.get(word);
		if (known != null) {
			return known;
		}
		List<Entry> found = new ArrayList<>();
		for (int length = word.length() - 1; length <= word.length() + 1; length++) {
			for (Entry entry : typoCandidates.getOrDefault(typoKey(word.charAt(0), length), List.of())) {
				String head = entry.words().get(0);
				if (!head.equals(word) && Words.similar(word, head)) {
					found.add(entry);
				}
			}
		}
		neighbours.put(word, found);
		return found;
	}

	private static String typoKey(char first, int length) {
		return first + ":" + length;
	}

	/**
	 * A name nobody declared, starting at word {@code start} and ending before {@code limit}: capitalised
	 * words (at most four), "AWS"/"Amazon" in front dropped. Null when the words do not look like a name.
	 */
	Found unknownAt(Words words, int start, int limit) {
		int first = start;
		while (first < limit && prefixes.contains(words.get(first).norm())) {
			first++;
		}
		int end = first;
		// words of a name follow each other with a space or a hyphen ("App Mesh", "X-Ray")
		while (end < limit && end - first < 4 && words.get(end).capitalised()
				&& (end == first || words.between(end - 1, end).isBlank() || words.between(end - 1, end).equals("-"))) {
			end++;
		}
		if (end == first || notNames.contains(normal(words.span(first, end)))) {
			return null;
		}
		return new Found(slug(words.span(first, end)), start, end, true);
	}

	/** The name without "AWS"/"Amazon" in front, or null when nothing is left. */
	String shortName(String name) {
		Words words = Words.of(name);
		int first = 0;
		while (first < words.size() && prefixes.contains(words.get(first).norm())) {
			first++;
		}
		return (first < words.size()) ? name.substring(words.get(first).start()).strip() : null;
	}

	boolean isPrefix(String word) {
		return prefixes.contains(word.toLowerCase(Locale.ROOT));
	}

	boolean isNotName(String text) {
		return notNames.contains(normal(text));
	}

	/** "AWS Route 53" → route-53. */
	String slug(String name) {
		String shortName = shortName(name);
		String base = (shortName != null) ? shortName : name;
		// the lower-case letters and digits, each other run of characters one hyphen, none at either end
		String lower = base.toLowerCase(Locale.ROOT);
		StringBuilder slug = new StringBuilder(lower.length());
		boolean gap = false;
		for (int i = 0; i < lower.length(); i++) {
			char c = lower.charAt(i);
			if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
				if (gap && !slug.isEmpty()) {
					slug.append('-');
				}
				slug.append(c);
				gap = false;
			}
			else {
				gap = true;
			}
		}
		return slug.toString();
	}

	private static List<String> norms(String text) {
		Words words = Words.of(text);
		List<String> norms = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			norms.add(words.get(i).norm());
		}
		return norms;
	}

	private static String normal(String text) {
		return String.join(" ", norms(text));
	}

	/**
	 * A name found in text.
	 *
	 * @param id the service it names (a slug of the words for an unknown name)
	 * @param start first word, prefixes included
	 * @param end word after the last
	 * @param unknown true when no vocabulary or note declares it
	 */
	record Found(String id, int start, int end, boolean unknown) {
	}

	private record Entry(List<String> words, String id) {

		int matchAt(Words text, int start) {
			if (start + words.size() > text.size()) {
				return -1;
			}
			for (int i = 0; i < words.size(); i++) {
				if (!Words.similar(text.get(start + i).norm(), words.get(i))) {
					return -1;
				}
			}
			return start + words.size();
		}

	}

}
