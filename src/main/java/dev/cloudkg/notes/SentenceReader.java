package dev.cloudkg.notes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.cloudkg.language.Words;
import dev.cloudkg.model.FactKind;
import dev.cloudkg.notes.NameListReader.Targets;
import dev.cloudkg.notes.PhraseBook.Match;

/**
 * Reads one sentence. Each phrase is about the services its clause starts with ("Batch has no time limit,
 * Lambda times out after 15 minutes"), else the services the sentence starts with, else the context's
 * (section, list item, table row, previous sentence). Services named without a phrase of the vocabulary
 * are left to the {@link LooseRelationReader}.
 */
final class SentenceReader {

	private final NoteContext note;

	private final PhraseBook book;

	private final NameListReader lists;

	private final PropertyReader properties;

	private final LooseRelationReader loose;

	private final SubjectFinder finder;

	private final GappedClauseReader gapped;

	SentenceReader(NoteContext note) {
		this.note = note;
		this.book = note.book;
		this.lists = new NameListReader(note);
		this.properties = note.properties;
		this.loose = new LooseRelationReader(note, lists);
		this.finder = new SubjectFinder(note, lists);
		this.gapped = new GappedClauseReader(note, lists);
	}

	/**
	 * @param contextSubject the service of the section, item, table cell or previous sentence, or null
	 * @param negated a table cell answered "no" to the phrase in this text
	 * @param source the text to cite
	 * @return the services the sentence names as its subject (for the next sentence of a paragraph)
	 */
	List<String> sentence(String text, int line, String contextSubject, boolean negated, String source) {
		Words words = Words.of(text);
		if (words.isEmpty()) {
			return List.of();
		}
		// one pass over the names: each is mentioned, and no phrase is read inside one of several words
		List<int[]> spans = mentionAll(words, line, source);
		List<Match> relations = new ArrayList<>(PhraseBook.find(words, book.relations));
		// "Cloud Scheduler triggers Cloud Run, Workflows …": no phrase starts inside a service's name ("run … on")
		relations.removeIf(match -> spans.stream().anyMatch(n -> n[0] < match.start() && match.start() < n[1]));
		List<List<Match>> facts = exclusive(spans, List.of(PhraseBook.find(words, book.properties),
				PhraseBook.find(words, book.traits), PhraseBook.find(words, book.pricing)));
		if (!facts.get(1).isEmpty()) {
			// "keeps messages for up to 14 days": a duration right beside another kind of phrase is no time limit
			List<Match> traits = facts.get(1);
			List<Match> kept = new ArrayList<>(facts.get(0));
			kept.removeIf(match -> PropertyReader.weak(match) && traits.stream().anyMatch(t -> beside(t, match)));
			facts = List.of(kept, facts.get(1), facts.get(2));
		}
		if (facts.get(0).stream().anyMatch(m -> properties.denies(m, words))) {
			// "Backups retained up to 35 days (not a time limit!)": the note says its duration is no limit
			List<Match> kept = new ArrayList<>(facts.get(0));
			kept.removeIf(m -> PropertyReader.fact(m) == FactKind.TIME_LIMIT);
			facts = List.of(kept, facts.get(1), facts.get(2));
		}
		List<Match> found = new ArrayList<>(relations);
		facts.forEach(found::addAll);
		found.sort(Comparator.comparingInt(Match::start));
		Set<Integer> used = new LinkedHashSet<>();
		if (found.isEmpty()) {
			List<String> leading = finder.knownLeading(words, used);
			if (!negated) {
				// "how does Lambda read from SQS?": with nothing around it, a sentence is about the first service it names
				List<String> about = !leading.isEmpty()
						? leading
						: (contextSubject != null) ? List.of(contextSubject) : finder.firstNamed(words, used);
				loose.read(words, about, used, line, source);
			}
			return leading;
		}
		Match first = found.get(0);
		Targets lead = lists.leading(words, 0, first.start(), line, source);
		List<String> leading = lead.ids();
		SubjectFinder.markNames(words, 0, first.start(), used);
		boolean denied = negated;
		List<String> subjects = leading;
		SubjectFinder.Relative relative = finder.relative(words, first.start(), line, source, used);
		if (relative != null) {
			// "Fargate or Batch, neither of which has a maximum run time"
			subjects = relative.subjects();
			denied = negated || relative.negated();
		}
		else {
			// "Redshift → BigQuery (but BigQuery is serverless)": the phrase's own clause names its subject
			List<String> clause = finder.clauseSubjects(words, leading.isEmpty() ? 0 : lead.end(), first.start(), line,
					source, used);
			if (!clause.isEmpty()) {
				subjects = clause;
			}
		}
		boolean relation = book.in(book.relations, first.phrase());
		if (subjects.isEmpty() && !relation) {
			subjects = finder.ownerAfter(words, first, line, source, used);
		}
		if (subjects.isEmpty() && !relation) {
			subjects = finder.placed(words, first.start(), line, source, used);
		}
		if (subjects.isEmpty() && !relation) {
			subjects = finder.nearestBefore(words, first.start(), contextSubject == null, line, source, used);
		}
		if (subjects.isEmpty() && contextSubject != null) {
			subjects = List.of(note.mention(contextSubject, line, source));
		}
		List<String> firstSubjects = subjects;
		int consumed = -1;
		Match last = null;
		for (Match match : found) {
			if (consumed >= 0 && match.start() > consumed) {
				List<String> clause = finder.clauseSubjects(words, consumed, match.start(), line, source, used);
				if (!clause.isEmpty()) {
					subjects = clause;
					denied = negated;
				}
			}
			if (subjects.isEmpty()) {
				note.warn(line, "'" + words.span(match.start(), match.end())
						+ "' found, but no service it is about (no section, list item or sentence names one); skipped");
				consumed = Math.max(consumed, match.end());
				continue;
			}
			consumed = Math.max(consumed, read(match, words, subjects, relations, denied, line, source, used));
			last = match;
		}
		if (last != null && !negated && book.in(book.properties, last.phrase())) {
			gapped.read(words, last, subjects, consumed, line, source, used);
		}
		if (!negated && facts.get(0).stream().anyMatch(m -> PropertyReader.fact(m) == FactKind.TIME_LIMIT)) {
			gapped.possessives(words, line, source);
		}
		if (!negated) {
			loose.read(words, firstSubjects, used, line, source);
		}
		return leading;
	}

	/** A trait phrase right beside a time-limit phrase (two words apart at most) owns its duration. */
	private static boolean beside(Match trait, Match limit) {
		return trait.end() <= limit.start() && limit.start() - trait.end() <= 2
				|| limit.end() <= trait.start() && trait.start() - limit.end() <= 3;
	}

	/**
	 * "- redis or memcached, managed" under ElastiCache: a list item in a service's text that starts with other
	 * services is about how they relate to it, as RELATED_TO with the item's other words.
	 */
	void relateToContext(String context, List<String> leading, String text, int line, String source) {
		String type = note.relatedTo();
		if (context == null || type == null || leading.isEmpty() || leading.contains(context)) {
			return;
		}
		Words words = Words.of(text);
		StringBuilder via = new StringBuilder();
		for (int i = Math.max(0, words.size() - 5); i < words.size(); i++) {
			via.append(via.isEmpty() ? "" : " ").append(words.get(i).norm());
		}
		for (String other : leading) {
			note.relate(context, other, type, via.toString(), line, source);
		}
	}

	/**
	 * Every known service a sentence names is mentioned by the note, whatever the sentence says of it.
	 * @return the word spans of the names of two words or more (one-word names never hold a phrase)
	 */
	private List<int[]> mentionAll(Words words, int line, String source) {
		List<int[]> spans = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			Names.Found found = note.names.at(words, i);
			if (found != null) {
				note.mention(found.id(), line, source);
				if (found.end() - found.start() > 1) {
					spans.add(new int[]{found.start(), found.end()});
				}
				i = found.end() - 1;
			}
		}
		return spans;
	}

	private static List<String> single(String subject) {
		return (subject != null) ? List.of(subject) : List.of();
	}

	/** States what one phrase says about the subjects; returns the word after what it used. */
	private int read(Match match, Words words, List<String> subjects, List<Match> relations, boolean negated, int line,
			String source, Set<Integer> used) {
		if (book.in(book.properties, match.phrase())) {
			Map<String, Object> values = properties.property(match, words, negated);
			if (values != null) {
				FactKind fact = PropertyReader.fact(match);
				for (String subject : subjects) {
					note.state(subject, fact, fact.stored(), values, line, source);
				}
			}
			return match.end();
		}
		if (book.in(book.traits, match.phrase())) {
			boolean value = !(negated || PhraseBook.endsBefore(words, match.start(), book.negations));
			String trait = match.key();
			for (String subject : subjects) {
				note.state(subject, FactKind.TRAIT, "trait:" + trait,
						Map.of("target", trait, "name", note.vocabulary.traits().get(trait), "value", value), line,
						source);
			}
			return match.end();
		}
		if (book.in(book.pricing, match.phrase())) {
			if (!negated) {
				String model = match.key();
				for (String subject : subjects) {
					note.state(subject, FactKind.PRICING, "pricing:" + model,
							Map.of("target", model, "name", note.vocabulary.pricingModels().get(model)), line, source);
				}
			}
			return match.end();
		}
		if (negated) {
			return match.end();
		}
		int next = relations.indexOf(match) + 1;
		int limit = (next < relations.size()) ? relations.get(next).start() : words.size();
		int end = Math.min(limit, lists.clauseEnd(words, match.end()));
		Targets objects = lists.objects(words, match.end(), end, line, source, true);
		if (objects.ids().isEmpty()) {
			note.warn(line, "'" + words.span(match.start(), match.end()) + "' (" + match.key()
					+ ") found, but no service named right after it; skipped");
		}
		SubjectFinder.markNames(words, match.start(), Math.max(match.end(), objects.end()), used);
		for (String subject : subjects) {
			for (String target : objects.ids()) {
				if (!target.equals(subject)) {
					note.state(subject, FactKind.RELATION, "rel:" + match.key() + ":" + target,
							Map.of("type", match.key(), "target", target), line, source);
				}
			}
		}
		return Math.max(match.end(), objects.end());
	}

	/**
	 * Phrases of different kinds never share a word: the longer (then the earlier) one wins, so a trait
	 * "visibility timeout" keeps "timeout of" from reading as a time limit. A phrase inside a service's
	 * name ("Auto Scaling group") states nothing.
	 */
	private static List<List<Match>> exclusive(List<int[]> names, List<List<Match>> found) {
		List<Match> all = new ArrayList<>();
		found.forEach(all::addAll);
		all.sort(Comparator.comparingInt((Match m) -> m.phrase().weight()).reversed().thenComparingInt(Match::start));
		all.removeIf(match -> names.stream().anyMatch(n -> n[0] <= match.start() && match.end() <= n[1]));
		List<int[]> taken = new ArrayList<>();
		Set<Match> kept = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
		for (Match match : all) {
			if (taken.stream().noneMatch(t -> t[0] < match.end() && match.start() < t[1])) {
				kept.add(match);
				taken.add(new int[]{match.start(), match.end()});
			}
		}
		List<List<Match>> result = new ArrayList<>();
		for (List<Match> list : found) {
			result.add(list.stream().filter(kept::contains).toList());
		}
		return result;
	}

}
