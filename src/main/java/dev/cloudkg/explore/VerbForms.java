package dev.cloudkg.explore;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The other forms of a relationship phrase, made from the phrase itself so a type added to the vocabulary gets
 * them too: the verb's other number ("runs on", "run on"), and the phrase that says the same from the
 * relationship's object ("monitored by" ↔ "monitors", "launches" ↔ "launched by", "stores … images for" ↔
 * "stores … images in"). The words that steer this (agent words, irregular participles, endings) are grammar data.
 */
final class VerbForms {

	private final QuestionGrammar grammar;

	VerbForms(QuestionGrammar grammar) {
		this.grammar = grammar;
	}

	/** The phrase, and the same with its first word in its other verb form ("runs on", "run on"). */
	List<List<String>> inflected(List<String> parts) {
		List<List<String>> forms = new ArrayList<>();
		forms.add(parts);
		if (parts.isEmpty() || parts.get(0) == null) {
			return forms;
		}
		for (String other : others(parts.get(0))) {
			List<String> form = new ArrayList<>(parts);
			form.set(0, other);
			forms.add(form);
		}
		return forms;
	}

	/** Phrases saying the relationship from its object: "Lambda is monitored by CloudWatch", "CloudWatch monitors Lambda". */
	List<List<String>> inverse(List<String> parts) {
		Set<List<String>> forms = new LinkedHashSet<>();
		if (parts.isEmpty() || parts.get(0) == null) {
			return List.of();
		}
		String verb = parts.get(0);
		if (parts.size() == 2 && grammar.agentWords().contains(parts.get(1)) && passive(verb)) {
			for (String base : bases(verb)) {
				forms.add(List.of(base));
				forms.add(List.of(base + "s"));
				forms.add(List.of(base + "ing"));
			}
		}
		else if (parts.size() == 1 && !passive(verb)) {
			String agent = grammar.agentWords().contains("by") ? "by" : grammar.agentWords().iterator().next();
			forms.add(List.of(participle(verb), agent));
		}
		String last = parts.get(parts.size() - 1);
		if (parts.size() > 1 && last != null && grammar.inverseEndings().containsKey(last)) {
			List<String> form = new ArrayList<>(parts);
			form.set(form.size() - 1, grammar.inverseEndings().get(last));
			forms.addAll(inflected(form));
		}
		forms.remove(parts);
		return List.copyOf(forms);
	}

	private boolean passive(String verb) {
		return verb.endsWith("ed") || grammar.participles().containsValue(verb);
	}

	/** "monitored" is "monitor" (or "monitore": a form nobody types does no harm); "run" is "run". */
	private List<String> bases(String participle) {
		List<String> bases = new ArrayList<>();
		grammar.participles().forEach((base, p) -> {
			if (p.equals(participle) && !base.endsWith("s")) {
				bases.add(base);
			}
		});
		if (participle.endsWith("ed") && participle.length() > 4) {
			bases.add(participle.substring(0, participle.length() - 2));
			bases.add(participle.substring(0, participle.length() - 1));
		}
		return bases;
	}

	/** "launches" is "launched", "invokes" "invoked", "runs" "run". */
	private String participle(String verb) {
		String irregular = grammar.participles().get(verb);
		if (irregular != null) {
			return irregular;
		}
		String base = (verb.endsWith("s") && !verb.endsWith("ss")) ? verb.substring(0, verb.length() - 1) : verb;
		return base.endsWith("e") ? base + "d" : base + "ed";
	}

	/** The verb's other forms: "runs" is also "run" and "running", "stores" "store" and "storing". */
	private List<String> others(String verb) {
		if (verb.length() < 3 || grammar.articles().contains(verb) || verb.endsWith("ing") || verb.endsWith("ed")) {
			return List.of();
		}
		List<String> bases = new ArrayList<>();
		List<String> others = new ArrayList<>();
		if (verb.endsWith("es")) {
			bases.add(verb.substring(0, verb.length() - 2));
			bases.add(verb.substring(0, verb.length() - 1));
		}
		else if (verb.endsWith("s") && !verb.endsWith("ss")) {
			bases.add(verb.substring(0, verb.length() - 1));
		}
		else {
			bases.add(verb);
			others.add(verb + "s");
			others.add(verb + "es");
		}
		for (String base : bases) {
			if (!base.equals(verb)) {
				others.add(base);
			}
			others.add(base.endsWith("e") ? base.substring(0, base.length() - 1) + "ing" : base + "ing");
			if (base.length() <= 4 && base.length() >= 3 && !vowel(base.charAt(base.length() - 1))
					&& vowel(base.charAt(base.length() - 2)) && !vowel(base.charAt(base.length() - 3))) {
				// a short verb doubles its last letter: "run", "running"
				others.add(base + base.charAt(base.length() - 1) + "ing");
			}
		}
		return others;
	}

	private static boolean vowel(char c) {
		return "aeiou".indexOf(c) >= 0;
	}

}
