package story_test

import (
	"strings"
	"testing"

	"crosscheck/app"
	"crosscheck/figure"
	"crosscheck/story"
)

// TestStoredBoundReadFromItsWords: an analysis stored before the extractor told "more than"
// from "at least" carries "min" for both; the stage reads the figure's own words, so "mehr
// als 100" stays a strict bound and "mindestens 2" an inclusive one.
func TestStoredBoundReadFromItsWords(t *testing.T) {
	reg := app.Registry()
	for _, c := range []struct {
		language, text, fig, stored, want string
	}{
		{"de", "Es kamen mehr als 100 Gäste in die Halle.", "mehr als 100", figure.BoundMin, figure.BoundOver},
		{"de", "Es kamen mindestens 100 Gäste in die Halle.", "mindestens 100", figure.BoundMin, figure.BoundMin},
		{"de", "Es kamen weniger als 100 Gäste in die Halle.", "weniger als 100", figure.BoundMax, figure.BoundUnder},
		{"de", "Es kamen bis zu 100 Gäste in die Halle.", "bis zu 100", figure.BoundMax, figure.BoundMax},
		{"en", "More than 100 guests came to the hall.", "More than 100", figure.BoundMin, figure.BoundOver},
		{"en", "At least 100 guests came to the hall.", "At least 100", figure.BoundMin, figure.BoundMin},
	} {
		r := analysedIn(c.language, c.text)
		if len(r.Analysis.Figures) == 0 || r.Analysis.Figures[0].Text != c.fig {
			t.Fatalf("%q: figures %+v, want %q first", c.text, r.Analysis.Figures, c.fig)
		}
		r.Analysis.Figures[0].Bound = c.stored
		if got := story.FigureBound(r, reg); got != c.want {
			t.Errorf("%q stored as %q: bound %q, want %q", c.text, c.stored, got, c.want)
		}
	}
}

// TestFigureLabelRank: a superlative of rank in a label says who leads, not what is
// measured: before the number the figure goes ("stärkste Kraft mit 30,8 Prozent" is the
// party's share), after it the label ends before the superlative ("mit 91 Länderspielen
// der Erfahrenste" counts caps).
func TestFigureLabelRank(t *testing.T) {
	text := "In Neustadt wird die Volkspartei laut erster Hochrechnung stärkste Kraft mit 30,8 Prozent. " +
		"Der Kapitän Jonas Kranich ist mit 91 Länderspielen der Erfahrenste im Kader des Vereins. " +
		"Die Wahlbeteiligung in Neustadt lag mit 73,6 Prozent deutlich höher als zuletzt."
	st := oneArticleStory(t, "neustadt-rank", "Wahlabend in Neustadt", "2024-09-01T21:00:00+02:00", text)
	labels := figureLabels(st)
	if l, ok := labels[30.8]; ok {
		t.Errorf("30,8 %% shown under %q", l)
	}
	if l := labels[91]; l != "Länderspielen" {
		t.Errorf("91 shown under %q, want Länderspielen", l)
	}
	if l := labels[73.6]; !strings.HasPrefix(l, "Wahlbeteiligung") {
		t.Errorf("73,6 %% shown under %q, want Wahlbeteiligung", l)
	}
}

// TestInstructionsLeftOut: a step of a recipe or a guide (a sentence opening with an
// instruction verb and at once its object) states no happening; a sentence opening with such
// a word as a noun, a name or a participle is news.
func TestInstructionsLeftOut(t *testing.T) {
	reg := app.Registry()
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Cut both lemons in half and squeeze them over the salad with the mint leaves.", false},
		{"Whisk in the melted butter and the sugar until the batter is smooth.", false},
		{"Let them rest for about ten minutes so the dough can rise a little.", false},
		{"Taste it and see whether the soup needs more salt or pepper.", false},
		{"Put the tray back in the oven for another ten minutes, until the fish is cooked.", false},
		{"Add 3 spoons of honey to the bowl and stir until the sauce is smooth.", false},
		{"Top officials of Millbrook met the governor on Tuesday to talk about the floods.", true},
		{"Top 2023 films of Millbrook were shown at the festival in the old cinema on Friday.", true},
		{"Heat waves hit Millbrook and the valley for the third week in a row.", true},
		{"Cut off from the coast by the storm, the village of Millbrook waited three days for help.", true},
		{"Season ticket holders in Millbrook will pay more for their seats next year.", true},
		{"Mix of rain and snow closed the roads around Millbrook on Tuesday morning.", true},
		{"Let down by the council, the residents of Millbrook took the case to court on Monday.", true},
	} {
		if got := story.Usable(analysedIn("en", c.text), reg); got != c.want {
			t.Errorf("%q: usable %v, want %v", c.text, got, c.want)
		}
	}
}

// TestBothOfTheNamedOne: "die beiden" before a noun, after one named club or person and
// before a name, speaks of that one's two things in full ("hat sich für die beiden
// Hinrunden-Niederlagen gegen Altdorf revanchiert"); opening the sentence, with no one named
// before, with no noun after it or no name after the noun ("der beiden Teams mit 1:0"), it
// points back.
func TestBothOfTheNamedOne(t *testing.T) {
	reg := app.Registry()
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Der FC Neustadt hat sich für die beiden Hinrunden-Niederlagen gegen Altdorf revanchiert und gewinnt deutlich.", true},
		{"Seit über 30 Jahren sind die beiden Musiker aus Neustadt eng befreundet.", false},
		{"Die beiden Musiker treten am Samstag gemeinsam in der Halle von Neustadt auf.", false},
		{"Trainer Jonas Kranich lobte die beiden nach dem Spiel in Neustadt ausdrücklich.", false},
		{"Der FC Neustadt gewann das erste Aufeinandertreffen der beiden Teams mit 1:0 durch ein spätes Tor.", false},
	} {
		if got := story.Standalone(analysedIn("de", c.text), reg); got != c.want {
			t.Errorf("%q: standalone %v, want %v", c.text, got, c.want)
		}
	}
}

// TestTheyWithoutAntecedent: an English "they" or "them" before anyone is named stands for
// people named in a sentence before, so the sentence cannot open a summary; a "they" after
// the person it stands for can.
func TestTheyWithoutAntecedent(t *testing.T) {
	reg := app.Registry()
	for _, c := range []struct {
		text string
		want bool
	}{
		{"On Wednesday, they were told not to come to the court in Springfield.", false},
		{"The council in Springfield asked them to return the money by Friday.", false},
		{"Mayor Anna Berger said on Monday that they would reopen the bridge in Springfield.", true},
		{"The council in Springfield voted on Monday to reopen the old bridge.", true},
	} {
		if got := story.Standalone(analysedIn("en", c.text), reg); got != c.want {
			t.Errorf("%q: standalone %v, want %v", c.text, got, c.want)
		}
	}
}

// figureLabels maps each figure value a story shows to the label it is shown under.
func figureLabels(st *story.Story) map[float64]string {
	labels := map[float64]string{}
	for _, q := range st.Figures {
		for _, v := range q.Values {
			labels[v.Value] = q.Label
		}
	}
	return labels
}
