package story_test

import (
	"strings"
	"testing"

	"crosscheck/app"
	"crosscheck/story"
)

// TestInfinitiveStepsLeftOut: a German recipe's step in the infinitive ("Die Limetten
// halbieren") states no happening; a sentence with a finite verb, a subject pronoun or "zu"
// before its last verb is news.
func TestInfinitiveStepsLeftOut(t *testing.T) {
	reg := app.Registry()
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Die Zitronen halbieren und den Saft über den Salat mit der Minze auspressen.", false},
		{"Den Backofen auf 180 Grad Umluft vorheizen.", false},
		{"Die Zwiebeln in einer Pfanne mit etwas Öl glasig andünsten.", false},
		{"Das Gemüse mit Salz, Pfeffer und einer Prise Zucker kräftig abschmecken.", false},
		{"Der Koch aus Neustadt wird die Zitronen am Samstag auf dem Markt halbieren.", true},
		{"Die Bäckerei in Neustadt will künftig auch sonntags Brot backen.", true},
		{"Die Stadt Neustadt plant, die Gebühren für das Freibad zu halbieren.", true},
		{"Auf dem Markt in Neustadt kann man am Samstag Kartoffeln schälen.", true},
		{"Am Wochenende lässt der Verein in Neustadt die Kinder Kuchen backen.", true},
	} {
		if got := story.Usable(analysedIn("de", c.text), reg); got != c.want {
			t.Errorf("%q: usable %v, want %v", c.text, got, c.want)
		}
	}
}

// TestFigureLabelNotWhoOrWhere: a person's name before a share ("…, Martin Kessler 43,0
// Prozent") says whose it is, and an election before it says where it was won; neither is
// what is measured, and the figure is left out rather than shown under it.
func TestFigureLabelNotWhoOrWhere(t *testing.T) {
	text := "Im Wahlkreis Neustadt II unterlag Paul Hollmann dem Kandidaten Martin Kessler. " +
		"Hollmann bekam 38,9 Prozent der Stimmen, Kessler 43,0 Prozent. " +
		"Die Volkspartei ging aus der Landtagswahl in Neustadt am Sonntag mit 31,9 Prozent als stärkste Partei hervor. " +
		"Die Wahlbeteiligung in Neustadt lag mit 73,6 Prozent deutlich höher als zuletzt."
	st := oneArticleStory(t, "neustadt-who", "Wahlabend in Neustadt", "2024-09-01T21:00:00+02:00", text)
	labels := figureLabels(st)
	for _, v := range []float64{43, 31.9} {
		if l, ok := labels[v]; ok {
			t.Errorf("%v %% shown under %q", v, l)
		}
	}
	if l := labels[73.6]; l == "" {
		t.Errorf("73,6 %% not shown, want it under Wahlbeteiligung")
	}
}

// TestTimelineNotDatedByFuture: a period longer than a day still to come ("im kommenden
// Jahr", "nächste Woche", "im Juli 2026") does not date the sentence that mentions it; a day
// does, named ("am Dienstag") or written ("am 14. Juli 2026").
func TestTimelineNotDatedByFuture(t *testing.T) {
	text := "Auf die Frage, wie die Partei ein solches Ergebnis bei der Bundestagswahl im kommenden Jahr verhindern wolle, blieb die Vorsitzende Anna Berger vage. " +
		"Der Stadtrat von Neustadt will nächste Woche über den neuen Haushalt der Stadt beraten. " +
		"Die neue Sporthalle in Neustadt soll im Juli 2026 für die Vereine der Stadt eröffnet werden. " +
		"Das Stadtfest in Neustadt beginnt am 14. Juli 2026 mit einem Umzug durch die Altstadt. " +
		"Am Dienstag stimmt der Kreistag in Neustadt über die Zukunft des Krankenhauses ab."
	st := oneArticleStory(t, "neustadt-future", "Neustadt vor der Wahl", "2024-09-02T10:00:00+02:00", text)
	dated := timelineTexts(st)
	for _, s := range []string{"Auf die Frage", "Der Stadtrat", "Die neue Sport"} {
		if v, ok := datedBy(dated, s); ok {
			t.Errorf("%q… dated %s by a period still to come", s, v)
		}
	}
	found := map[string]bool{}
	for txt, v := range dated {
		switch {
		case len(txt) > 14 && txt[:14] == "Das Stadtfest ":
			found["2026"] = v[:10] == "2026-07-14"
		case len(txt) > 12 && txt[:12] == "Am Dienstag ":
			found["day"] = v[:10] == "2024-09-03"
		}
	}
	if !found["2026"] || !found["day"] {
		t.Errorf("written date and day: %v in %v", found, dated)
	}
}

// TestSharesOfOnePopulationApart: two shares of the voters that say different things (who
// votes by post, who had voted by two o'clock) are two quantities, not one updated over time;
// two readings of one thing at two times are one, updated.
func TestSharesOfOnePopulationApart(t *testing.T) {
	text := "Der Wahlleiter in Neustadt rechnet damit, dass 24,6 Prozent der Wahlberechtigten per Briefwahl abstimmen. " +
		"Bis 14.00 Uhr gaben rund 44,4 Prozent der Wahlberechtigten ihre Stimme im Wahllokal ab. " +
		"Bis 12.00 Uhr hatten in Altdorf 20,1 Prozent der Wähler ihre Stimme abgegeben. " +
		"Bis 16.00 Uhr hatten in Altdorf 38,2 Prozent der Wähler ihre Stimme abgegeben."
	st := oneArticleStory(t, "neustadt-shares", "Wahltag in Neustadt", "2024-09-01T18:00:00+02:00", text)
	var updated bool
	for _, q := range st.Figures {
		has := map[float64]bool{}
		for _, v := range q.Values {
			has[v.Value] = true
		}
		if has[24.6] && has[44.4] {
			t.Errorf("24,6 %% and 44,4 %% shown as one quantity %q (update %v)", q.Label, q.Update)
		}
		if has[20.1] && has[38.2] {
			updated = q.Update
		}
	}
	if !updated {
		t.Errorf("20,1 %% and 38,2 %% not one quantity updated over time: %+v", st.Figures)
	}
}

// TestTimelineNotDatedByOwnPeriod: the year or the season a report is in ("in diesem Jahr",
// "im Herbst" in September) dates nothing its own day does not; a day, a month and the start
// of the year still date.
func TestTimelineNotDatedByOwnPeriod(t *testing.T) {
	text := "Beim Bauerntag in diesem Jahr sprach der Minister Karl Brandt in Neustadt über seine Kindheit auf dem Hof. " +
		"Im Herbst will der Stadtrat von Neustadt über den Haushalt der Stadt entscheiden. " +
		"Am Dienstag hatte die Partei in Neustadt ihre Liste für die Wahl vorgestellt. " +
		"Anfang September stellte der Stadtrat von Neustadt die Pläne für das neue Rathaus vor. " +
		"Anfang 2024 hatte die Stadt Neustadt die Grundsteuer deutlich erhöht."
	st := oneArticleStory(t, "neustadt-own", "Neustadt vor der Wahl", "2024-09-20T10:00:00+02:00", text)
	dated := timelineTexts(st)
	for _, s := range []string{"Beim Bauerntag", "Im Herbst"} {
		if v, ok := datedBy(dated, s); ok {
			t.Errorf("%q… dated %s by the period the report is in", s, v)
		}
	}
	for _, s := range []string{"Am Dienstag", "Anfang September", "Anfang 2024"} {
		if _, ok := datedBy(dated, s); !ok {
			t.Errorf("%q… not in the timeline %v", s, dated)
		}
	}
}

// timelineTexts maps the text of each timeline entry to its date value.
func timelineTexts(st *story.Story) map[string]string {
	dated := map[string]string{}
	for _, e := range st.Timeline {
		dated[e.Text] = e.Value
	}
	return dated
}

// datedBy returns the date of the timeline entry whose text starts with prefix.
func datedBy(dated map[string]string, prefix string) (string, bool) {
	for txt, v := range dated {
		if strings.HasPrefix(txt, prefix) {
			return v, true
		}
	}
	return "", false
}
