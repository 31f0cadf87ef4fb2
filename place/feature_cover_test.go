package place

import (
	"math"
	"slices"
	"testing"
)

func vec(ids ...uint32) Vector {
	v := make(Vector, 0, len(ids))
	for _, id := range ids {
		v = append(v, TermCount{ID: id, N: 1})
	}
	slices.SortFunc(v, func(a, b TermCount) int { return int(a.ID) - int(b.ID) })
	return v
}

func ids(v Vector) []uint32 {
	out := []uint32{}
	for _, t := range v {
		out = append(out, t.ID)
	}
	return out
}

func TestWithout(t *testing.T) {
	for _, c := range []struct {
		name    string
		v, drop Vector
		want    []uint32
	}{
		{"nothing to drop", vec(1, 2, 3), nil, []uint32{1, 2, 3}},
		{"drop some", vec(1, 2, 3, 7), vec(2, 7), []uint32{1, 3}},
		{"drop all", vec(4, 5), vec(1, 4, 5, 9), []uint32{}},
		{"drop none present", vec(4, 5), vec(1, 6), []uint32{4, 5}},
		{"empty", nil, vec(1), []uint32{}},
	} {
		if got := ids(without(c.v, c.drop)); !slices.Equal(got, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
}

func TestContains(t *testing.T) {
	v := vec(2, 5, 9, 40)
	for id, want := range map[uint32]bool{1: false, 2: true, 5: true, 6: false, 9: true, 40: true, 41: false} {
		if got := contains(v, id); got != want {
			t.Errorf("contains(%d) = %v, want %v", id, got, want)
		}
	}
	if contains(nil, 1) {
		t.Error("empty vector contains 1")
	}
}

// coverVocab gives every term the same rarity except term 9, which is three times as rare.
type coverVocab struct{}

func (coverVocab) Observe(keys []string, _ func(string) float64) ([]uint32, error) {
	return make([]uint32, len(keys)), nil
}
func (coverVocab) IDF(id uint32) (float64, error) {
	if id == 9 {
		return 3, nil
	}
	return 1, nil
}

func TestMutualCover(t *testing.T) {
	w := weigher{v: coverVocab{}}
	for _, c := range []struct {
		name string
		a, b *Profile
		want float64
	}{
		{"same actors", &Profile{LeadNames: vec(1, 2), Names: vec(1, 2, 3)}, &Profile{LeadNames: vec(2), Names: vec(1, 2)}, 1},
		{"one leaves out a rare actor of the other's lead",
			&Profile{LeadNames: vec(1, 9), Names: vec(1, 9)}, &Profile{LeadNames: vec(1), Names: vec(1)}, 0.25},
		{"the other names them in its body",
			&Profile{LeadNames: vec(1, 9)}, &Profile{LeadNames: vec(1), Names: vec(1, 9)}, 1},
		{"different teams", &Profile{LeadNames: vec(1, 2)}, &Profile{LeadNames: vec(3, 4), Names: vec(3, 4, 5)}, 0},
		{"only one has lead names", &Profile{LeadNames: vec(1, 2)}, &Profile{Names: vec(2)}, 0.5},
		{"neither has lead names", &Profile{Names: vec(1)}, &Profile{Names: vec(2)}, 0.5},
	} {
		got := w.mutualCover(c.a, c.b)
		if math.Abs(got-c.want) > 1e-9 {
			t.Errorf("%s: got %.3f, want %.3f", c.name, got, c.want)
		}
		if back := w.mutualCover(c.b, c.a); math.Abs(back-got) > 1e-9 {
			t.Errorf("%s: not symmetric: %.3f one way, %.3f the other", c.name, got, back)
		}
	}
}

// TestPairActorsAndTopic: the pair features tell the same actors doing something else from
// the same thing done by other actors, and from one happening.
func TestPairActorsAndTopic(t *testing.T) {
	v := NewMemVocab()
	// Background documents, so that idf is not flat.
	for i := range 20 {
		if _, err := v.Observe([]string{keyTerm + "filler" + string(rune('a'+i))}, nil); err != nil {
			t.Fatal(err)
		}
	}
	id := func(keys ...string) []uint32 {
		out, err := v.Observe(keys, nil)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	// a: "Werk X: Konzern K schließt Werk" (names K, X); b: same happening; c: K in court
	// (same actor, other topic); d: the same topic at another company.
	k := id(keyName+"k", keyName+"x", keyTerm+"schliess", keyTerm+"werk")
	profile := func(names []uint32, terms []uint32) *Profile {
		lead := vec(append(slices.Clone(names), terms...)...)
		return &Profile{Lead: lead, LeadNames: vec(names...), TitleNames: vec(names...), Names: vec(names...)}
	}
	court := id(keyTerm+"prozess", keyTerm+"gericht")
	other := id(keyName + "m")
	a := profile(k[:2], k[2:])
	b := profile(k[:2], k[2:])
	c := profile(k[:1], court)
	d := profile(other, k[2:])
	x := func(p, q *Profile) [numFeatures]float64 {
		pr, err := pairOf(p, q, v, false)
		if err != nil {
			t.Fatal(err)
		}
		return pr.X
	}
	same, actor, topic := x(b, a), x(c, a), x(d, a)
	const leadTerms, leadCover = 17, 18
	if featureNames[leadTerms] != "lead_terms" || featureNames[leadCover] != "lead_cover" {
		t.Fatalf("feature order changed: %v", featureNames)
	}
	if !(same[leadTerms] > 0.99 && actor[leadTerms] == 0 && topic[leadTerms] > 0.99) {
		t.Errorf("lead_terms: same %.2f, same actor %.2f, same topic %.2f", same[leadTerms], actor[leadTerms], topic[leadTerms])
	}
	if !(same[leadCover] == 1 && actor[leadCover] > 0 && actor[leadCover] < 1 && topic[leadCover] == 0) {
		t.Errorf("lead_cover: same %.2f, same actor %.2f, same topic %.2f", same[leadCover], actor[leadCover], topic[leadCover])
	}
}

// TestSiteFollowUpApart: a site's recurring rubric on different days ("NEXT Weather: 5
// p.m. report", then the next day's) is different happenings, however alike the words; its
// pages of one day, its other pages, and other sites' pages are for the model to judge.
func TestSiteFollowUpApart(t *testing.T) {
	const day = 86400
	page := func(host string, at int64, head string) *Profile {
		return &Profile{Host: host, Time: at, Heading: head, Title: vec(1, 2, 3), Lead: vec(1, 2, 3, 4), Names: vec(9)}
	}
	for _, c := range []struct {
		name string
		a, b *Profile
		want string
	}{
		{"rubric, next day", page("wetter.example", 10*day, "NEXT Weather: 5 p.m. report"), page("wetter.example", 11*day, "Next weather: Noon report"), ApartSite},
		{"rubric with numbers, next day", page("tv.example", 10*day, "Folge 12: Der Sturm"), page("tv.example", 12*day, "Folge 13: Die Flut"), ApartSite},
		{"rubric, same day", page("wetter.example", 10*day, "NEXT Weather: 5 p.m. report"), page("wetter.example", 10*day+3600, "NEXT Weather: 6 p.m. report"), ""},
		{"no rubric, next day", page("wetter.example", 10*day, "Sturm über Nordwarft"), page("wetter.example", 11*day, "Sturm über Nordwarft: die Bilanz"), ""},
		{"other rubrics, next day", page("zeitung.example", 10*day, "Hochwasser: Pegel steigen"), page("zeitung.example", 11*day, "Liveblog: Pegel sinken"), ""},
		{"other site, next day", page("wetter.example", 10*day, "NEXT Weather: 5 p.m. report"), page("zeitung.example", 11*day, "NEXT Weather: 5 p.m. report"), ""},
		{"date unknown", page("wetter.example", 10*day, "NEXT Weather: 5 p.m. report"), page("wetter.example", 0, "NEXT Weather: 5 p.m. report"), ""},
	} {
		p, err := pairOf(c.a, c.b, coverVocab{}, false)
		if err != nil {
			t.Fatal(err)
		}
		if p.Apart != c.want {
			t.Errorf("%s: apart %q, want %q", c.name, p.Apart, c.want)
		}
	}
}
