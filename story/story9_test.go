package story_test

import (
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
