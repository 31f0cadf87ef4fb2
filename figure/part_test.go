package figure

import (
	"testing"

	"crosscheck/lang"
)

type whatWant struct {
	text, what string
	part       bool
}

func checkWhats(t *testing.T, p lang.Pack, text string, wants []whatWant) {
	t.Helper()
	got := extract(t, p, text, nil)
	if len(got) != len(wants) {
		t.Errorf("%q: got %d figures %+v, want %d", text, len(got), got, len(wants))
		return
	}
	for i, w := range wants {
		if got[i].Text != w.text || got[i].What != w.what || got[i].Part != w.part {
			t.Errorf("%q: figure %d = %q what %q part %v; want %q what %q part %v",
				text, i, got[i].Text, got[i].What, got[i].Part, w.text, w.what, w.part)
		}
	}
}

// A part of a whole names itself after the whole and is marked as a part; a passive
// participle says what happened to the counted thing.
func TestPartsAndParticiples(t *testing.T) {
	de := []struct {
		text string
		want []whatWant
	}{
		{"Verletzt wurden bei dem Unfall zwölf Menschen, zwei von ihnen schwer.",
			[]whatWant{{"zwölf", "verletzte Menschen", false}, {"zwei", "schwer verletzte Menschen", true}}},
		{"Nach Angaben der Polizei wurden acht Menschen verletzt, drei davon lebensgefährlich.",
			[]whatWant{{"acht", "verletzte Menschen", false}, {"drei", "lebensgefährlich verletzte Menschen", true}}},
		{"Bei dem Brand wurden 15 Bewohner verletzt, darunter drei Kinder.",
			[]whatWant{{"15", "verletzte Bewohner", false}, {"drei", "verletzte Kinder", true}}},
		{"Neun Arbeiter erlitten Verbrennungen, vier davon schwere.",
			[]whatWant{{"Neun", "Arbeiter", false}, {"vier", "Arbeiter, davon schwere", true}}},
		{"Die Stadt stellt 50 Millionen Euro Soforthilfe bereit, davon 20 Millionen Euro für Schulen.",
			[]whatWant{{"50 Millionen Euro", "Soforthilfe", false}, {"20 Millionen Euro", "Soforthilfe, davon für Schulen", true}}},
		{"Drei Menschen wurden getötet.", []whatWant{{"Drei", "getötete Menschen", false}}},
		{"Es wurden 40 Demonstranten festgenommen.", []whatWant{{"40", "festgenommene Demonstranten", false}}},
		// Without a whole before it, "von ihnen" refers back to a noun: not a part.
		{"Die Zahl der Soldaten steigt. In der Region sind 2.000 von ihnen.",
			[]whatWant{{"2.000", "Soldaten", false}}},
		// A capitalised noun opening the sentence is no participle.
		{"Patienten wurden 30 Betten zugewiesen.", []whatWant{{"30", "zugewiesene Betten", false}}},
	}
	for _, tc := range de {
		checkWhats(t, dePack, tc.text, tc.want)
	}
	en := []struct {
		text string
		want []whatWant
	}{
		{"Twelve people were injured, two of them seriously.",
			[]whatWant{{"Twelve", "injured people", false}, {"two", "seriously injured people", true}}},
		{"Police said 30 protesters were arrested, including four minors.",
			[]whatWant{{"30", "arrested protesters", false}, {"four", "arrested minors", true}}},
	}
	for _, tc := range en {
		checkWhats(t, enPack, tc.text, tc.want)
	}
}

// "N Mal" counts occurrences of what follows it.
func TestOccurrences(t *testing.T) {
	checkWhats(t, dePack, "In der Stadt war die Feuerwehr mehr als 1.400 Mal im Einsatz.",
		[]whatWant{{"mehr als 1.400", "Einsatz", false}})
	checkWhats(t, dePack, "Die Polizei musste in der Nacht 300-mal ausrücken.",
		[]whatWant{{"300-mal", "Ausrücken", false}})
	checkWhats(t, dePack, "Die Bergwacht musste 25 Mal ausrücken.",
		[]whatWant{{"25", "Ausrücken", false}})
	// The count of occurrences and the count of the events are one quantity.
	a := extract(t, dePack, "Die Feuerwehr war 1.400 Mal im Einsatz.", nil)
	b := extract(t, dePack, "Die Feuerwehr rückte zu 1.400 Einsätzen aus.", nil)
	if len(a) != 1 || len(b) != 1 {
		t.Fatalf("got %+v and %+v", a, b)
	}
	if qs := Group([]Reported{{"a", a[0]}, {"b", b[0]}}); len(qs) != 1 {
		t.Errorf("Mal im Einsatz and Einsätze: %d quantities %+v", len(qs), qs)
	}
}

// Figures extracted from several reports group into the quantities a reader would see.
func TestGroupExtracted(t *testing.T) {
	reports := map[string]string{
		"a": "Verletzt wurden nach ersten Erkenntnissen zwölf Menschen, zwei von ihnen schwer.",
		"b": "Nach bisherigen Informationen wurden zwölf Menschen verletzt, zwei davon schwer.",
		"c": "Zwölf Verletzte und große Schäden: die Bilanz der Nacht.",
		"d": "Nach einer ersten Schätzung des Verbands beläuft sich der versicherte Schaden auf rund 650 Millionen Euro.",
		"e": "Die Forscher rechnen mit versicherten Schäden von bis zu 900 Millionen Euro.",
		"f": "Die Zahl der Verletzten ist auf 15 gestiegen.",
	}
	var figs []Reported
	for _, id := range []string{"a", "b", "c", "d", "e", "f"} {
		for _, f := range extract(t, dePack, reports[id], nil) {
			figs = append(figs, Reported{Article: id, Figure: f})
		}
	}
	qs := Group(figs)
	find := func(v float64) *Quantity {
		for i := range qs {
			for _, c := range qs[i].Claims {
				if c.Value == v {
					return &qs[i]
				}
			}
		}
		return nil
	}
	whole, part, money := find(12), find(2), find(650e6)
	if whole == nil || part == nil || money == nil {
		t.Fatalf("missing quantities in %+v", qs)
	}
	if whole == part {
		t.Errorf("the part (2) joined its whole (12): %+v", *whole)
	}
	if part.Conflict != nil || len(part.Claims) != 1 || len(part.Figures) != 2 {
		t.Errorf("the parts of a and b should be one quantity without conflict: %+v", *part)
	}
	if find(15) != whole || whole.Conflict == nil {
		t.Errorf("12 and 15 injured should be one quantity with a conflict: %+v", *whole)
	}
	if find(900e6) != money || money.Conflict == nil {
		t.Errorf("about 650 and up to 900 million from different sources should conflict: %+v", *money)
	}
	for _, q := range qs {
		if !q.Significant() {
			t.Errorf("quantity without a name: %+v", q)
		}
	}
}
