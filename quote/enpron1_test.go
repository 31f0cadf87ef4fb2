package quote

import "testing"

// TestSentenceInitialPluralEn (issue 12, en coverage, enpron1): "New officials get elected"
// beside "Kaiser Health News", which the tagger took for a person: the capitalised word opening
// the sentence was read as the surname "News" with its final "s" taken for a genitive, and that
// false mention stood between "she" and the person named before. A word opening a sentence
// that matches a surname only without the surname's final "s" is another word. Guards: the
// surname as written opening a sentence; the shorter word inside a sentence is left as it was.
// Sentences we wrote.
func TestSentenceInitialPluralEn(t *testing.T) {
	const quote = "“Nobody in the capital listens to us,” she said."
	runEnCases(t, []quoteCase{
		{name: "a sentence opening with the surname less its s",
			text: "Farms in trouble\n\nAnna Fields grows wheat near Salina.\n\nDr. Lena Ott runs the county clinic. Field crews worked late all week. " + quote,
			want: []want{{"Nobody in the capital listens to us,", "Lena Ott", "said", "she", true, false}}},
		{name: "guard: the surname as written",
			text: "Farms in trouble\n\nDr. Lena Ott runs the county clinic.\n\nAnna Fields grows wheat near Salina. Fields worked late all week. " + quote,
			want: []want{{"Nobody in the capital listens to us,", "Anna Fields", "said", "she", true, false}}},
	})
}
