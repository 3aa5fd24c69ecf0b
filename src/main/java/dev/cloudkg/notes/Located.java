package dev.cloudkg.notes;

/** Text and the line of each of its characters. */
final class Located {

	private final StringBuilder builder = new StringBuilder();

	private int[] lines = new int[64];

	void add(String text, int line) {
		if (builder.length() + text.length() > lines.length) {
			lines = java.util.Arrays.copyOf(lines, Math.max(lines.length * 2, builder.length() + text.length()));
		}
		java.util.Arrays.fill(lines, builder.length(), builder.length() + text.length(), line);
		builder.append(text);
	}

	int lineAt(int index) {
		return (builder.length() == 0) ? 1 : lines[Math.min(index, builder.length() - 1)];
	}

	private String raw;

	private String text;

	/** With its line breaks. */
	String raw() {
		if (raw == null || raw.length() != builder.length()) {
			raw = builder.toString();
		}
		return raw;
	}

	/** Line breaks as spaces, as markdown renders them (the same length as {@link #raw()}). */
	String text() {
		if (text == null || text.length() != builder.length()) {
			text = raw().replace('\n', ' ');
		}
		return text;
	}

}
