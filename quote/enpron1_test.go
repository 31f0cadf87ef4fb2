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

// TestLowerRoleNoPersonEn (issue 12, en coverage, enpron1): "the general distrust of
// cryptocurrencies … “…,” he said" and "her faith in her doctors. … “…,” she said" had no
// speaker: a role word after a determiner counted as an unnamed person the pronoun might mean.
// A lower-case role word that qualifies the noun after it ("general" of "general distrust") or
// that is a plural ("doctors") is no one person. Guards: "the general" as a subject; "her
// doctor", one person. Sentences we wrote.
func TestLowerRoleNoPersonEn(t *testing.T) {
	runEnCases(t, []quoteCase{
		{name: "a role word qualifying a noun",
			text: "Markets in Lisbon\n\nInvestor Paul Brenner gave the closing talk in Lisbon on Friday.\n\nThe talk opened with the general mood of the markets. “Everyone is nervous this spring,” he said.",
			want: []want{{"Everyone is nervous this spring,", "Paul Brenner", "said", "he", true, false}}},
		{name: "a plural role",
			text: "A new treatment\n\nLast year we met Nora Castillo, a teacher from Tucson.\n\nShe has put her trust in her doctors. “I wake up and I keep going,” she said.",
			want: []want{{"I wake up and I keep going,", "Nora Castillo", "said", "she", true, false}}},
		{name: "guard: the general as a subject",
			text: "Markets in Lisbon\n\nInvestor Paul Brenner gave the closing talk in Lisbon on Friday.\n\nThe general said a few words after him. “Everyone is nervous this spring,” he said.",
			want: []want{{"Everyone is nervous this spring,", "", "said", "he", true, false}}},
		{name: "guard: one doctor",
			text: "A new treatment\n\nLast year we met Nora Castillo, a teacher from Tucson.\n\nShe has put her trust in her doctor. “I wake up and I keep going,” she said.",
			want: []want{{"I wake up and I keep going,", "", "said", "she", true, false}}},
	})
}

// TestPredicateRoleEn (issue 12, en coverage, enpron1): "Dr. Smith is the executive director of
// a school group. She says …" had no speaker: the role after "is the" counted as an unnamed
// person between "she" and Smith. A role that a copula (quote_copulas) gives the person named
// right before it is that person. Guard: the role of someone else ("The school has a new
// director"). Sentences we wrote.
func TestPredicateRoleEn(t *testing.T) {
	const lead = "School choice\n\n“We were told we would be eligible,” said Dr. Carla Benning, a former teacher.\n\n"
	runEnCases(t, []quoteCase{
		{name: "the role the copula gives the person",
			text: lead + "Dr. Benning is the executive director of a school group in Austin. She says \"vouchers\" can hurt rural schools.",
			want: []want{{"vouchers", "Carla Benning", "says", "She", true, true}}},
		{name: "guard: the role of someone else",
			text: lead + "Dr. Benning met the executive director of a school group in Austin. She says \"vouchers\" can hurt rural schools.",
			want: []want{{"vouchers", "", "says", "She", true, true}}},
	})
}
