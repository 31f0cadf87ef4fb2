package figure

import (
	"testing"

	"crosscheck/article"
)

func rep(id string, start int, v float64, unit, bound, by string, keys ...string) Reported {
	return Reported{Article: id, Figure: article.Figure{Start: start, Value: v, Unit: unit, Bound: bound,
		Approximate: bound != "", AttributedTo: by, Keys: keys, What: keys[0]}}
}

func TestGroup(t *testing.T) {
	tests := []struct {
		name     string
		figs     []Reported
		groups   int
		conflict []bool // per quantity, in output order
	}{
		{"different sources, different values", []Reported{
			rep("a", 0, 100, "", "", "X", "tote", "stadt"),
			rep("b", 0, 120, "", "", "Y", "tote", "stadt"),
		}, 1, []bool{true}},
		{"same source, approximate within tolerance", []Reported{
			rep("a", 0, 100, "", BoundAbout, "X", "tote", "stadt"),
			rep("b", 0, 105, "", "", "X", "tote", "stadt"),
		}, 1, []bool{false}},
		{"same source, far apart", []Reported{
			rep("a", 0, 100, "", BoundAbout, "X", "tote", "stadt"),
			rep("b", 0, 200, "", "", "X", "tote", "stadt"),
		}, 1, []bool{true}},
		{"vague value inside the range", []Reported{
			rep("a", 0, 1000, "", BoundOrder, "X", "soldat", "kursk"),
			rep("b", 0, 8000, "", "", "Y", "soldat", "kursk"),
		}, 1, []bool{false}},
		{"lower bound below the value", []Reported{
			rep("a", 0, 100, "", BoundMin, "X", "tote"),
			rep("b", 0, 150, "", "", "Y", "tote"),
		}, 1, []bool{false}},
		{"upper bound exceeded", []Reported{
			rep("a", 0, 100, "", BoundMax, "X", "tote"),
			rep("b", 0, 150, "", "", "Y", "tote"),
		}, 1, []bool{true}},
		{"units differ", []Reported{
			rep("a", 0, 100, "EUR", "", "X", "hilfe"),
			rep("b", 0, 100, "USD", "", "Y", "hilfe"),
		}, 2, []bool{false, false}},
		{"keys differ", []Reported{
			rep("a", 0, 100, "", "", "X", "soldat", "kursk", "nordkorean"),
			rep("b", 0, 12000, "", "", "Y", "soldat"),
		}, 2, []bool{false, false}},
		{"a bare head between the killed and the injured joins neither", []Reported{
			rep("a", 0, 7, "", "", "X", "getotet", "mensch"),
			rep("b", 0, 7, "", "", "Y", "verletzt", "mensch"),
			rep("c", 0, 300, "", "", "", "mensch"),
		}, 3, []bool{false, false, false}},
		{"a bare head joins the one qualified quantity it fits", []Reported{
			rep("a", 0, 12, "", "", "X", "getotet", "mensch"),
			rep("c", 0, 12, "", "", "Y", "mensch"),
		}, 1, []bool{false}},
		{"same value, many sources", []Reported{
			rep("a", 0, 5, "%", "", "X", "inflation"),
			rep("b", 3, 5, "%", "", "Y", "inflation"),
		}, 1, []bool{false}},
	}
	for _, tc := range tests {
		qs := Group(tc.figs)
		if len(qs) != tc.groups {
			t.Errorf("%s: %d quantities, want %d: %+v", tc.name, len(qs), tc.groups, qs)
			continue
		}
		for i, q := range qs {
			if (q.Conflict != nil) != tc.conflict[i] {
				t.Errorf("%s: quantity %d conflict = %+v, want %v", tc.name, i, q.Conflict, tc.conflict[i])
			}
		}
	}
	if qs := Group(nil); len(qs) != 0 {
		t.Errorf("Group(nil) = %+v", qs)
	}
}

func TestGroupPartsBoundsCompounds(t *testing.T) {
	part := func(r Reported) Reported { r.Figure.Part = true; return r }
	tests := []struct {
		name     string
		figs     []Reported
		groups   int
		conflict []bool
	}{
		{"a part never joins its whole", []Reported{
			rep("a", 0, 12, "", "", "", "verletzt", "mensch"),
			part(rep("a", 5, 2, "", "", "", "schwer", "verletzt", "mensch")),
		}, 2, []bool{false, false}},
		{"parts join parts", []Reported{
			part(rep("a", 0, 2, "", "", "", "schwer", "verletzt", "mensch")),
			part(rep("b", 0, 2, "", "", "", "schwer", "verletzt", "mensch")),
		}, 1, []bool{false}},
		{"upper estimate against another source's estimate", []Reported{
			rep("a", 0, 650, "EUR", BoundAbout, "X", "versichert", "schad"),
			rep("b", 0, 900, "EUR", BoundMax, "Y", "versichert", "schad"),
		}, 1, []bool{true}},
		{"upper estimate and estimate from one source", []Reported{
			rep("a", 0, 650, "EUR", BoundAbout, "X", "versichert", "schad"),
			rep("b", 0, 900, "EUR", BoundMax, "X", "versichert", "schad"),
		}, 1, []bool{false}},
		{"upper estimate near another source's value", []Reported{
			rep("a", 0, 95, "", "", "X", "tote"),
			rep("b", 0, 100, "", BoundMax, "Y", "tote"),
		}, 1, []bool{false}},
		{"a compound joins its head", []Reported{
			rep("a", 0, 650, "EUR", "", "X", "sturmschad"),
			rep("b", 0, 650, "EUR", "", "Y", "versichert", "schad"),
		}, 1, []bool{false}},
		{"a qualified quantity is a part of the bare one, no rival", []Reported{
			{Article: "a", Figure: article.Figure{Value: 1e9, Unit: "EUR", What: "Schäden", Keys: []string{"schad"}}},
			{Article: "b", Figure: article.Figure{Value: 18e6, Unit: "EUR", What: "Schäden in Ostfriesland", Keys: []string{"schad", "ostfriesland"}}},
		}, 2, []bool{false, false}},
		{"a lower-case modifier does not qualify", []Reported{
			{Article: "a", Figure: article.Figure{Value: 1e9, Unit: "EUR", What: "Schäden", Keys: []string{"schad"}}},
			{Article: "b", Figure: article.Figure{Value: 18e6, Unit: "EUR", What: "versicherte Schäden", Keys: []string{"schad", "versichert"}}},
		}, 1, []bool{true}},
		{"short heads are not compounds", []Reported{
			rep("a", 0, 5, "", "", "X", "raid"),
			rep("b", 0, 6, "", "", "Y", "aid"),
		}, 2, []bool{false, false}},
		{"figures without keys stay alone", []Reported{
			{Article: "a", Figure: article.Figure{Value: 2}},
			{Article: "b", Figure: article.Figure{Value: 3}},
		}, 2, []bool{false, false}},
	}
	for _, tc := range tests {
		qs := Group(tc.figs)
		if len(qs) != tc.groups {
			t.Errorf("%s: %d quantities, want %d: %+v", tc.name, len(qs), tc.groups, qs)
			continue
		}
		for i, q := range qs {
			if (q.Conflict != nil) != tc.conflict[i] {
				t.Errorf("%s: quantity %d conflict = %+v, want %v", tc.name, i, q.Conflict, tc.conflict[i])
			}
		}
	}
	qs := Group([]Reported{{Article: "a", Figure: article.Figure{Value: 2}}, rep("a", 1, 3, "", "", "", "tote")})
	for _, q := range qs {
		if q.Significant() != (q.Label != "") {
			t.Errorf("Significant() = %v for %+v", q.Significant(), q)
		}
	}
}
