package citations

import (
	"testing"

	"crosscheck/article"
	"crosscheck/lang/de"
	"crosscheck/store"
)

// TestStatedBy: the check rejects a cited sentence that lacks a number, a name or the
// negation of the citing one, or most of its words, and accepts a paraphrase that keeps them.
func TestStatedBy(t *testing.T) {
	p := de.New()
	c := &Checker{}
	facts := func(text string, names ...string) facts {
		rec := &store.Record{Article: &article.Article{Text: text}, Analysis: &article.Analysis{}}
		for _, n := range names {
			i := len([]rune(text[:indexOf(text, n)]))
			rec.Analysis.Entities = append(rec.Analysis.Entities, article.Entity{Start: i, End: i + len([]rune(n)), Text: n, Type: article.EntityPerson})
		}
		return c.facts(p, rec, 0, len([]rune(text)), text)
	}
	x := facts("Innenministerin Katrin Albers sagte 50 Millionen Euro Soforthilfe für zwölf Gemeinden zu.", "Katrin Albers")
	for _, cse := range []struct {
		y    string
		want bool
	}{
		{"Für zwölf Gemeinden sagte Innenministerin Albers 50 Millionen Euro Soforthilfe zu.", true},
		{"Für 12 Gemeinden sagte Innenministerin Albers 50 Mio. Euro Soforthilfe zu.", true},
		{"FC Augsburg gegen VfB Stuttgart: Wer holt sich die 50 Millionen Euro Soforthilfe für zwölf Gemeinden, Frau Albers?", false},
		{"Für zwölf Gemeinden sagte Innenministerin Albers 40 Millionen Euro Soforthilfe zu.", false},
		{"Für zwölf Gemeinden sagte die Innenministerin 50 Millionen Euro Soforthilfe zu.", false},
		{"Für zwölf Gemeinden sagte Innenministerin Albers keine 50 Millionen Euro Soforthilfe zu.", false},
		{"Albers sprach über zwölf Gemeinden und 50 Millionen.", false},
	} {
		if got := x.statedBy(facts(cse.y)) == ""; got != cse.want {
			t.Errorf("%q states it: %v, want %v (%s)", cse.y, got, cse.want, x.statedBy(facts(cse.y)))
		}
	}
}

func indexOf(s, sub string) int {
	for i := range s {
		if len(s) >= i+len(sub) && s[i:i+len(sub)] == sub {
			return i
		}
	}
	return 0
}

// TestDatesByDay: a date is compared by the day it resolves to, however it is written; a
// modal verb must be in both sentences.
func TestDatesByDay(t *testing.T) {
	p := de.New()
	c := &Checker{}
	facts := func(text, date, value string) facts {
		rec := &store.Record{Article: &article.Article{Text: text}, Analysis: &article.Analysis{}}
		if date != "" {
			i := len([]rune(text[:indexOf(text, date)]))
			rec.Analysis.Times = append(rec.Analysis.Times, article.Time{Start: i, End: i + len([]rune(date)), Text: date, Type: article.TimeDate, Value: value})
		}
		return c.facts(p, rec, 0, len([]rune(text)), text)
	}
	x := facts("Am 3. Juni 2024 beginnt im Stadttheater die neue Spielzeit mit zwölf Premieren.", "3. Juni 2024", "2024-06-03")
	for _, cse := range []struct {
		y, date, value string
		want           bool
	}{
		{"Am heutigen Montag (3. Juni) beginnt im Stadttheater die neue Spielzeit mit zwölf Premieren.", "heutigen Montag (3. Juni)", "2024-06-03", true},
		{"Am 4. Juni beginnt im Stadttheater die neue Spielzeit mit zwölf Premieren.", "4. Juni", "2024-06-04", false},
		{"Am 3. Juni soll im Stadttheater die neue Spielzeit mit zwölf Premieren beginnen.", "3. Juni", "2024-06-03", false},
	} {
		if got := x.statedBy(facts(cse.y, cse.date, cse.value)) == ""; got != cse.want {
			t.Errorf("%q states it: %v, want %v (%s)", cse.y, got, cse.want, x.statedBy(facts(cse.y, cse.date, cse.value)))
		}
	}
}
