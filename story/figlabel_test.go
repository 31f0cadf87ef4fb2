package story_test

import (
	"strings"
	"testing"
)

// TestFigureLabelWrittenNextToNumber: a figure is shown only under a label written next to
// its number. A noun before a name that the number is said of ("Kraft wird die Volkspartei
// mit …"), a number in a quotation, a number inside a product's name, a discipline named by
// its distance and a participle of a clause that may happen give no figure; a subject with a
// linking verb ("Die Wahlbeteiligung lag mit …") and a counted noun after its number do.
func TestFigureLabelWrittenNextToNumber(t *testing.T) {
	text := "Zweitstärkste Kraft wird die Volkspartei Neustadt mit 23,6 Prozent. " +
		"„Wir haben 15 Prozent der Punkte, die wir brauchen“, sagte Trainer Jonas Kranich nach dem Spiel. " +
		"Der Hersteller Neutec zeigte das Modell Phon 16 Pro am Abend in Neustadt. " +
		"Die Schwimmerin Lena Haberl siegte am Abend über 150 Meter Lagen in Neustadt. " +
		"Der Vorsitzende kann nur von zwei Dritteln der Abgeordneten im Landtag abgewählt werden. " +
		"Die Wahlbeteiligung in Neustadt lag mit 73,6 Prozent deutlich höher als zuletzt. " +
		"Die Feuerwehr zählte am Abend in Neustadt 1.400 Einsätze wegen des Sturms."
	st := oneArticleStory(t, "neustadt-figs", "Wahlabend in Neustadt", "2024-09-01T21:00:00+02:00", text)
	var labels []string
	for _, q := range st.Figures {
		labels = append(labels, q.Label)
		for _, v := range q.Values {
			switch v.Value {
			case 23.6, 15, 16, 150, 2:
				t.Errorf("figure %g shown under %q: %+v", v.Value, q.Label, q)
			}
			for _, m := range v.Mentions {
				if m.Article != "neustadt-figs" || m.End <= m.Start {
					t.Errorf("figure %g without its article and offsets: %+v", v.Value, m)
				}
			}
		}
	}
	for _, want := range []string{"Wahlbeteiligung", "Einsätze"} {
		found := false
		for _, l := range labels {
			found = found || strings.HasPrefix(l, want)
		}
		if !found {
			t.Errorf("no figure under %q: %q", want, labels)
		}
	}
}
