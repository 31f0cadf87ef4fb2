package quote

import "testing"

// TestNameAfterArticleNotquote2 (issue 12, brief notquote2): a title or nickname of capitalised
// words in quotation marks right after an article ("die „Boys in Brown“ verteidigten", "lobte
// die „Grey Wolves“") was taken for words of the clause's subject or of the speech verb's
// subject; like a title after a preposition it is a name, whoever the clause's subject is. A
// partial quotation with lower-case words after an article, and one after a speech verb's
// preposition, stays a quotation. Sentences we wrote.
func TestNameAfterArticleNotquote2(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "a team's nickname in a relative clause after a speech verb",
			text: "Hinten stand die Null. Ausdrücklich lobte Bergmann Torwart-Trainer Jens Falk, der für die defensiven Standardsituationen zuständig ist, die die „Boys in Green“ gut verteidigten.",
			not:  []string{"Boys in Green"}},
		{name: "a band's name as the object",
			text: "Die Sängerin Mia Kolb lebt in Kiel. Mia Kolb verließ 2019 die „Silver Hounds“ nach einem Streit.",
			not:  []string{"Silver Hounds"}},
		{name: "guard: a partial quotation with lower-case words after an article",
			text: "Der Minister Otto Brink war in Kiel. Otto Brink kritisierte die „völlig verfehlte Politik“ der Regierung.",
			want: []want{{"völlig verfehlte Politik", "Otto Brink", "kritisierte", "Otto Brink", true, true}}},
	})
}

// TestPhraseAfterArticleStaysNotquote2: a German phrase of nouns with a lower-case article or
// conjunction inside, after an article, is someone's words when a speech verb frames it.
// Sentences we wrote.
func TestPhraseAfterArticleStaysNotquote2(t *testing.T) {
	runQuoteCasesFull(t, []quoteCase{
		{name: "guard: a phrase with a genitive article inside",
			text: "Die Ministerin Ute Grams sprach in Bonn. Ute Grams betonte, dass der „Schutz der Küsten“ nicht von einer Partei abhängen dürfe.",
			want: []want{{"Schutz der Küsten", "Ute Grams", "betonte", "Ute Grams", true, true}}},
	})
}
