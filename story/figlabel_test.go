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

// TestFigureLabelNotObjectOrNeighbour: a number of a proportion ("acht von zehn Wählern",
// "1 in 22 children") counts nothing; a label before its number that is the verb's object
// ("den Konzern … gekostet") or a possessive's noun ("Seine Partei war … mit 31 Prozent"),
// a noun after a new phrase ("mit 31 Prozent mit Abstand stärkste Partei") and a value in
// brackets whose label is outside them ("(23,4 Prozent)") give no figure; a label joined
// to its number by a link word ("den aktuellen Preis von 249 Euro") and one inside the
// bracket ("(91 Länderspiele)") do. The base of a rate ("for every 1,000 children") and, in
// English, a label cut before its noun ("two new reports") give none either.
func TestFigureLabelNotObjectOrNeighbour(t *testing.T) {
	text := "Acht von zehn Wählern der Partei Neuland erklärten in einer Befragung in Neustadt, sie hätten wegen Anna Berger gewählt. " +
		"Seitdem hat die Affäre den Neutec-Konzern mehr als 32 Milliarden Euro gekostet. " +
		"Seine Partei war im Oktober 2019 mit 31 Prozent mit Abstand stärkste Partei vor der Volkspartei (23,4 Prozent) in Neustadt. " +
		"Der Hersteller Neutec senkte in Neustadt am Montag den aktuellen Preis von 249 Euro deutlich. " +
		"Für den erfahrenen Nationalspieler Jonas Kranich (91 Länderspiele) ist es nicht das erste Spiel als Kapitän in Neustadt."
	st := oneArticleStory(t, "neustadt-labels", "Wahl in Neustadt", "2024-09-01T21:00:00+02:00", text)
	shown := map[float64]string{}
	for _, q := range st.Figures {
		for _, v := range q.Values {
			shown[v.Value] = q.Label
			switch v.Value {
			case 8, 10, 32e9, 31, 23.4:
				t.Errorf("figure %g shown under %q", v.Value, q.Label)
			}
		}
	}
	for v, label := range map[float64]string{249: "Preis", 91: "Länderspiele"} {
		if !strings.Contains(shown[v], label) {
			t.Errorf("figure %g not shown under %q: %v", v, label, shown)
		}
	}
	en := "A prevalence of 1 in 22 children in California was reported by the state health department on Monday. " +
		"Jane Holt made 16 of 24 field goals to lift the Bulldogs against Cedar Falls on Thursday. " +
		"In Cedar Falls there were 217 fewer evaluations for every 1,000 children at age 4 than in 2016. " +
		"Diagnoses in Cedar Falls have risen steadily since 2000, but 12 new reports from the health department highlight the gaps. " +
		"Cedar Falls saw an increase of 59 percent in 2020, the state health department said on Monday. " +
		"Investors in Cedar Falls keep pouring in money (to the tune of $157 million in 2022, according to the state)."
	st = oneArticleStory(t, "cedar-labels", "Autism report", "2023-03-24T10:00:00Z", en)
	shown = map[float64]string{}
	for _, q := range st.Figures {
		for _, v := range q.Values {
			shown[v.Value] = q.Label
			switch v.Value {
			case 1, 22, 16, 24, 1000, 12, 157e6:
				// "12 new reports" was shown as "new: 12", cut before its noun; "(to the
				// tune of $157 million …)", an aside whose label is outside the bracket,
				// as "tune: $157 million".
				t.Errorf("figure %g shown under %q", v.Value, q.Label)
			}
		}
	}
	// A year after "in" is no side of a proportion: "an increase of 59 percent in 2020".
	for v, label := range map[float64]string{217: "evaluations", 59: "increase"} {
		if !strings.Contains(shown[v], label) {
			t.Errorf("figure %g not shown under %q: %v", v, label, shown)
		}
	}
}

// TestFigurePrepositionBound: "über zwölf Direktmandate" after "zieht … ein" is by way of
// twelve, not more than twelve: a bound that is also a preposition, before a number written
// as a word, gives no figure; one before digits ("über 4000 Menschen") is a bound.
func TestFigurePrepositionBound(t *testing.T) {
	text := "Die Partei Neuland zieht in Neustadt nur über zwölf Direktmandate in den Landtag ein. " +
		"Die Partei Altland gewann in Neustadt elf Direktmandate. " +
		"In Neustadt demonstrierten am Sonntag über 4000 Menschen gegen die Partei Neuland."
	st := oneArticleStory(t, "neustadt-mandate", "Wahl in Neustadt", "2024-09-01T21:00:00+02:00", text)
	shown := figureLabels(st)
	if l, ok := shown[12]; ok {
		t.Errorf("\"über zwölf Direktmandate\" shown under %q", l)
	}
	for v, label := range map[float64]string{11: "Direktmandate", 4000: "Menschen"} {
		if !strings.Contains(shown[v], label) {
			t.Errorf("figure %g not shown under %q: %v", v, label, shown)
		}
	}
}
