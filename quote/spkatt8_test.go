package quote

import "testing"

// TestApposedNameInSource checks that a source mark holds the whole apposition pair of a role
// and a name, either way round, when the pair runs up to the message ("erklärte der Leiter
// des Amts, Karl Haberkorn, dass …", "sagte Karl Haberkorn, der Leiter des Amts, …"), and
// stops before an apposition that names no role.
func TestApposedNameInSource(t *testing.T) {
	checkFirstSource(t, []sourceCase{
		{"name apposed to a role before the message", "Am Montag erklärte der Leiter des Wasseramts (WA), Karl Haberkorn, die Leitung sei repariert.",
			"der Leiter des Wasseramts (WA), Karl Haberkorn"},
		{"name apposed to a role, place after it", "„Die Leitung ist repariert“, äußerte sich die Chefin der Stadtwerke Felsheim, Erna Walzbach, in Bergdorf.",
			"die Chefin der Stadtwerke Felsheim, Erna Walzbach"},
		{"an apposition without a role stays out", "Am Montag sagte Karl Haberkorn, ein Freund von Erna Walzbach, die Leitung sei repariert.",
			"Karl Haberkorn"},
		{"role apposed to a name after the verb", "Am Montag sagte Karl Haberkorn, der Leiter des Wasseramts in Felsheim, die Leitung sei repariert.",
			"Karl Haberkorn, der Leiter des Wasseramts in Felsheim"},
		{"role apposed to a name inside the cue phrase", "Nach Angaben von Karl Haberkorn, dem Leiter des Wasseramts, ist die Leitung repariert.",
			"Karl Haberkorn, dem Leiter des Wasseramts"},
	})
}

// TestBareGenitiveInSource checks that a source mark goes on over adjectives in -er and the
// noun they open after its last noun (a genitive without an article), and not over an
// adverb.
func TestBareGenitiveInSource(t *testing.T) {
	checkFirstSource(t, []sourceCase{
		{"genitive plural without an article", "Zugleich bedauerte der Verband bergischer Brauereien, dass die Steuer steige.",
			"der Verband bergischer Brauereien"},
		{"quantity of a genitive plural", "„Wir bleiben hier“, sagte ein kleiner Teil bergischer Brauer.",
			"ein kleiner Teil bergischer Brauer"},
		{"an adverb is no genitive", "Die Stadtverwaltung erklärte später, die Brücke bleibe gesperrt.",
			"Die Stadtverwaltung"},
	})
}

// sourceCase is a text and the source words its first quotation with a source must have.
type sourceCase struct {
	name, text, source string
}

func checkFirstSource(t *testing.T, cases []sourceCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := ""
			for _, q := range runFull(paragraphs("t", tc.text), dePack).Quotes {
				if q.Source != nil {
					got = q.Source.Text
					break
				}
			}
			if got != tc.source {
				t.Errorf("source %q, want %q", got, tc.source)
			}
		})
	}
}
