package quote

import "testing"

// TestGenitiveMedium43 (stop 32a, issue 12): the development audits left a named paper or office
// unnamed after a noun naming a source ("Laut einem Bericht des „Spiegel“", "nach Angaben des
// „Bureau of Labor Statistics“"): the article before the medium was taken for a dative, whom
// the words were told ("sagte der dpa"). "des" is never a dative, nor is an article right after
// a source noun ("Angaben der …"), unless a speech verb stands before the phrase, whose subject
// it then is ("sagte eine Quelle der Zeitung …": told the paper). Sentences we wrote.
func TestGenitiveMedium43(t *testing.T) {
	const lead = "Karl Bauer wohnt seit vielen Jahren in Kiel. "
	runQuoteCasesFull(t, []quoteCase{
		{name: "Bericht des „X“",
			text: lead + "Laut einem Bericht des „Spiegel“ stiegen die Preise im Mai deutlich.",
			want: []want{{"stiegen die Preise im Mai deutlich", "Spiegel", "Laut", "einem Bericht des „Spiegel“", false, false}}},
		{name: "Bericht der Zeitung „X“",
			text: lead + "Laut einem Bericht der Zeitung „Nordpost“ ist die Brücke seit Montag gesperrt.",
			want: []want{{"ist die Brücke seit Montag gesperrt", "Nordpost", "Laut", "einem Bericht der Zeitung „Nordpost“", false, false}}},
		{name: "Angaben des „X“, a name the tagger knows",
			text: lead + "Nach Angaben des „Bureau of Labor Statistics“ war dies der höchste Stand seit Jahren.",
			want: []want{{"war dies der höchste Stand seit Jahren", "Bureau of Labor Statistics", "Nach Angaben", "des „Bureau of Labor Statistics“", false, false}}},
		{name: "guard: words in marks the tagger does not know as a name",
			text: lead + "Nach Angaben des „Hauses der Zukunft“ war dies der höchste Stand seit Jahren.",
			want: []want{{"war dies der höchste Stand seit Jahren", "", "Nach Angaben", "des „Hauses der Zukunft“", false, false}}},
		{name: "guard: after a speech verb, der is whom it was told",
			text: lead + "Die Brücke bleibe bis Juni gesperrt, sagte eine Quelle der Zeitung „Nordpost“.",
			want: []want{{"Die Brücke bleibe bis Juni gesperrt", "", "sagte", "*", false, false}}},
	})
}
