package quote

import (
	"strings"
	"testing"
	"unicode/utf8"

	"crosscheck/article"
)

// TestNicknames: a nickname given with a full name is that person later (stop 24), in
// sentences we wrote.
func TestNicknames(t *testing.T) {
	runClasses(t, dePack, "de", []classCase{
		{name: "a nickname in quotation marks between given name and surname is the person",
			text:  "Moderator Jonas „Jojo“ Brenner hat ein altes Rad gekauft. Im Museum ist es nun zu sehen. „Licht ist Gift“, weiß Jojo.",
			names: map[string]string{"Jonas": per, "Jojo": per, "Brenner": per},
			want:  []attribution{{"Licht ist Gift", "Jonas Brenner", article.SpeakerSubject, true}},
			never: []string{"Jojo"}},
		{name: "a nickname after alias is the person",
			text:  "Der Moderator Jonas Brenner alias Jojo hat ein Rad gekauft. „Das ist für mich Kindheit“, sagt Jojo.",
			names: map[string]string{"Jonas Brenner": per, "Jojo": per},
			want:  []attribution{{"Das ist für mich Kindheit", "Jonas Brenner", article.SpeakerSubject, true}}},
		{name: "a nickname before alias is the person",
			text:  "Jojo alias Jonas Brenner hat ein Rad gekauft. „Das ist für mich Kindheit“, sagt Jojo.",
			names: map[string]string{"Jonas Brenner": per, "Jojo": per},
			want:  []attribution{{"Das ist für mich Kindheit", "Jonas Brenner", article.SpeakerSubject, true}}},
		{name: "a pronoun after the nickname takes the person, of the given name's sex, named paragraphs before",
			text:  "Jonas Brenner alias Jojo leiht dem Museum ein Rad.\nDas Rad ist aus Holz.\nEs steht in einem Glaskasten.\n„Ich habe mich gefreut“, sagt Lena Hahn, Kuratorin am Museum. Für Jojo geht ein Traum in Erfüllung: „Das ist für mich Kindheit“, sagt er.",
			names: map[string]string{"Jonas Brenner": per, "Jojo": per, "Lena Hahn": per},
			want:  []attribution{{"Das ist für mich Kindheit", "Jonas Brenner", article.SpeakerCoreference, true}}},
		{name: "a nickname that is someone else's surname is not merged",
			text:  "Trainerin Lisa Jojo lobte das Team. Auch Jonas Brenner alias Jojo war da. „Wir sind stolz“, sagte Lisa Jojo.",
			names: map[string]string{"Lisa Jojo": per, "Jonas Brenner": per},
			want:  []attribution{{"Wir sind stolz", "Lisa Jojo", article.SpeakerSubject, true}},
			never: []string{"Jonas Brenner"}},
	})
}

// TestOwnReport: the people a speaker's own report speaks of are no one a later pronoun
// could mean instead of the speaker (stop 24), in sentences we wrote.
func TestOwnReport(t *testing.T) {
	runClasses(t, dePack, "de", []classCase{
		{name: "someone in the report the pronoun closes is spoken about",
			text:  "Jonas Brenner leiht dem Museum ein Rad. Schon als kleiner Junge habe sein Vater ihm die Filme gezeigt, sagt er.",
			names: map[string]string{"Jonas Brenner": per},
			want:  []attribution{{"Schon als kleiner Junge habe sein Vater ihm die Filme gezeigt", "Jonas Brenner", article.SpeakerCoreference, false}}},
		{name: "someone in an earlier report of the same speaker is spoken about",
			text:  "Für Jonas Brenner geht ein Traum in Erfüllung: „Das ist für mich Kindheit“, sagt er. Schon als kleiner Junge habe sein Vater ihm die Filme gezeigt. Das Auto im Film habe ihn fasziniert, sagt er.",
			names: map[string]string{"Jonas Brenner": per},
			want:  []attribution{{"Das Auto im Film habe ihn fasziniert", "Jonas Brenner", article.SpeakerCoreference, false}}},
		{name: "someone in another speaker's report still stands between",
			text:   "Jonas Brenner leiht dem Museum ein Rad. Sein Vater habe ihm die Filme gezeigt, sagt Lena Hahn. Das Auto im Film habe ihn fasziniert, sagt er.",
			names:  map[string]string{"Jonas Brenner": per, "Lena Hahn": per},
			noneAt: []string{"Das Auto im Film habe ihn fasziniert"}},
		{name: "the person before a colon frames the report and still stands between",
			text:   "Den Preis stiftete Karl Brandt. Der frühere Chef des Vereins nahm ihn entgegen: Es sei der wichtigste Preis für ihn, sagte er.",
			names:  map[string]string{"Karl Brandt": per},
			noneAt: []string{"Es sei der wichtigste Preis für ihn"},
			never:  []string{"Karl Brandt"}},
	})
}

// TestCutFirstName: a surname the tagger took without its first name is not a longer name it
// opens (stop 24, de dev 2's "Mick Fleetwood" beside the band "Fleetwood Mac"), in sentences
// we wrote. (Taking a known given name before it into the name was tried and dropped: on
// stream articles it made new full names that tied pronouns to the wrong person.)
func TestCutFirstName(t *testing.T) {
	t.Run("a surname after an unknown first name is not the longer name it opens", func(t *testing.T) {
		text := "Die Band Kessler Mac spielte lange. «Die Rolle der Band war wichtig», so schreibt Mick Kessler im Vorwort."
		a := paragraphs("t", text)
		a.Language = "de"
		var ents []article.Entity
		for _, n := range []string{"Kessler Mac", "Kessler im"} {
			i := strings.Index(a.Text, n)
			st := utf8.RuneCountInString(a.Text[:i])
			w := strings.Fields(n)[0]
			if n == "Kessler im" {
				n = w
			}
			ents = append(ents, article.Entity{Start: st, End: st + utf8.RuneCountInString(n), Text: n, Type: per, Canonical: n})
		}
		an := run(a, dePack, ents...)
		found := false
		for _, q := range an.Quotes {
			if q.Text == "Die Rolle der Band war wichtig" {
				found = true
				if q.Speaker == "Kessler Mac" {
					t.Errorf("%q credited to the band %q", q.Text, q.Speaker)
				}
			}
		}
		if !found {
			t.Errorf("quotation not found: %v", quoteList(an))
		}
	})
}

// TestGenitiveAfterVerb: a name with a genitive -s before a noun after the speech verb is
// whose the speaker is, not the speaker (stop 24, read on stream articles), in sentences we
// wrote.
func TestGenitiveAfterVerb(t *testing.T) {
	runClasses(t, dePack, "de", []classCase{
		{name: "the partner named by a genitive speaks, not the person",
			text:  "Der Schauspieler Falko Berger ist gestorben.\n„Er ist von uns gegangen“, schreibt Bergers Freundin auf TikTok.",
			names: map[string]string{"Falko Berger": per, "Bergers": per},
			never: []string{"Falko Berger", "Bergers"}},
		{name: "the lawyers named by a genitive speak, not the client",
			text:  "Anna Roth klagt gegen den Verband. Die Klage beläuft sich laut Roths Anwälten auf acht Millionen Euro.",
			names: map[string]string{"Anna Roth": per, "Roths": per},
			never: []string{"Anna Roth", "Roths"}},
	})
}
