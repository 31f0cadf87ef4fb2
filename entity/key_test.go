package entity

import (
	"testing"

	"crosscheck/article"
)

// TestKeyAcrossLanguages checks that the names of one entity in German and English get one
// key, and that different entities keep different keys.
func TestKeyAcrossLanguages(t *testing.T) {
	same := []struct {
		typ   string
		names []string
	}{
		{article.EntityPlace, []string{"Hannover", "Hanover"}},
		{article.EntityPlace, []string{"Deutschland", "Germany"}},
		{article.EntityPlace, []string{"Kiew", "Kyiv", "Kiev"}},
		{article.EntityPlace, []string{"München", "Munich"}},
		{article.EntityPlace, []string{"Köln", "Cologne"}},
		{article.EntityPlace, []string{"Wien", "Vienna"}},
		{article.EntityPlace, []string{"Meißen", "Meissen"}},
		{article.EntityPlace, []string{"Moskau", "Moscow"}},
		{article.EntityPlace, []string{"Warschau", "Warsaw"}},
		{article.EntityPlace, []string{"Prag", "Prague"}},
		{article.EntityPlace, []string{"USA", "US", "United States", "Vereinigte Staaten"}},
		{article.EntityPlace, []string{"Großbritannien", "Britain", "UK", "United Kingdom", "Vereinigtes Königreich"}},
		{article.EntityPerson, []string{"Wolodymyr Selenskyj", "Selenskyj", "Zelensky", "Volodymyr Zelenskyy"}},
	}
	for _, s := range same {
		want := Key(s.typ, s.names[0])
		if want == "" {
			t.Errorf("%s has no key", s.names[0])
		}
		for _, n := range s.names[1:] {
			if got := Key(s.typ, n); got != want {
				t.Errorf("Key(%q) = %q, Key(%q) = %q: want one key", s.names[0], want, n, got)
			}
		}
	}
	differ := [][2]string{{"Hannover", "Hamburg"}, {"Deutschland", "Dänemark"}, {"Kiew", "Moskau"}, {"Wien", "Berlin"}}
	for _, d := range differ {
		if a, b := Key(article.EntityPlace, d[0]), Key(article.EntityPlace, d[1]); a == b {
			t.Errorf("%s and %s share the key %q", d[0], d[1], a)
		}
	}
	// The bare name is the better known place's: "Frankfurt" is Frankfurt am Main, not the
	// Frankfurt (Oder) the dictionary also lists.
	if Key(article.EntityPlace, "Frankfurt") == Key(article.EntityPlace, "Frankfurt an der Oder") {
		t.Error("Frankfurt has the key of Frankfurt an der Oder")
	}
	if Key(article.EntityPlace, "Hannover") == Key(article.EntityOrganisation, "Hannover") {
		t.Error("a place and an organisation of one name share a key")
	}
}
