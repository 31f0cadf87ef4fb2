package cluster

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"

	"crosscheck/article"
	"crosscheck/cluster/streamgen"
)

func synthInputs(n int) ([]Input, []int) {
	s := streamgen.NewSynth(7)
	ins := make([]Input, n)
	labels := make([]int, n)
	for i := range ins {
		it := s.Item(i)
		ins[i] = Input{ID: it.ID, Article: it.Article, Analysis: it.Analysis, Time: it.Time}
		labels[i] = it.Event
	}
	return ins, labels
}

type snapshot struct {
	Events      []Event
	Storylines  []Storyline
	Assignments []Assignment
}

func snap(c *Clusterer, ins []Input) snapshot {
	s := snapshot{Events: c.Events(), Storylines: c.Storylines()}
	for _, in := range ins {
		a, _ := c.Assignment(in.ID)
		s.Assignments = append(s.Assignments, a)
	}
	return s
}

func restart(t *testing.T, c *Clusterer) *Clusterer {
	t.Helper()
	b, err := c.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	d := New(Options{JoinThreshold: 0.99}) // restored options must win
	if err := d.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	return d
}

// TestRestartContinues: add half, save, restore into a new Clusterer, add the rest: the same
// result as adding everything at once, whatever the batch size.
func TestRestartContinues(t *testing.T) {
	ins, _ := synthInputs(300)
	// Pending provenance across the restart: article 5 says it derives from 200.
	ins[5].DerivedFrom = ins[200].ID
	all := New(Options{})
	all.AddBatch(ins)
	want := snap(all, ins)
	if len(want.Events) < 50 {
		t.Fatalf("only %d events", len(want.Events))
	}
	for _, batch := range []int{1, 7, 100} {
		c := New(Options{})
		for i := 0; i < len(ins); i += batch {
			c.AddBatch(ins[i:min(i+batch, len(ins))])
			c = restart(t, c)
		}
		if got := snap(c, ins); !reflect.DeepEqual(got, want) {
			t.Errorf("batch %d with restarts differs from one run", batch)
		}
	}
}

func TestSyntheticEventsFound(t *testing.T) {
	ins, labels := synthInputs(512)
	c := New(Options{})
	c.AddBatch(ins)
	byEvent := map[string]map[int]bool{}
	for i, in := range ins {
		a, _ := c.Assignment(in.ID)
		if byEvent[a.Event] == nil {
			byEvent[a.Event] = map[int]bool{}
		}
		byEvent[a.Event][labels[i]] = true
	}
	mixed := 0
	for _, ls := range byEvent {
		if len(ls) > 1 {
			mixed++
		}
	}
	if mixed > 0 || len(byEvent) != 512/4 {
		t.Errorf("%d events, %d mixed; want %d pure", len(byEvent), mixed, 512/4)
	}
}

func TestDuplicateAddChangesNothing(t *testing.T) {
	ins, _ := synthInputs(64)
	c := New(Options{})
	c.AddBatch(ins)
	before := snap(c, ins)
	a := c.Add(ins[3])
	if a.Explanation.Reason != ReasonDuplicate || a.Event != before.Assignments[3].Event {
		t.Errorf("re-add: %+v", a)
	}
	after := snap(c, ins)
	after.Assignments[3].Explanation.Reason = before.Assignments[3].Explanation.Reason
	if !reflect.DeepEqual(before, after) {
		t.Error("re-adding an article changed the state")
	}
}

func TestJSONShape(t *testing.T) {
	ins, _ := synthInputs(16)
	c := New(Options{})
	c.AddBatch(ins)
	b, err := json.Marshal(map[string]any{"events": c.Events(), "storylines": c.Storylines()})
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Events  []map[string]any `json:"events"`
		Stories []map[string]any `json:"storylines"`
	}
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Events) == 0 || len(got.Stories) == 0 {
		t.Fatalf("empty: %s", b)
	}
	for _, k := range []string{"id", "title", "articles", "storyline"} {
		if _, ok := got.Events[0][k]; !ok {
			t.Errorf("event lacks %q: %v", k, got.Events[0])
		}
	}
	for _, k := range []string{"id", "title", "events", "articles"} {
		if _, ok := got.Stories[0][k]; !ok {
			t.Errorf("storyline lacks %q: %v", k, got.Stories[0])
		}
	}
	if got.Events[0]["id"] != "e1" || got.Stories[0]["id"] != "s1" {
		t.Errorf("ids: %v %v", got.Events[0]["id"], got.Stories[0]["id"])
	}
}

// eventOf is the current event of an article.
func eventOf(t *testing.T, c *Clusterer, id string) string {
	t.Helper()
	a, ok := c.Assignment(id)
	if !ok {
		t.Fatalf("unknown %s", id)
	}
	return a.Event
}

func TestCorrections(t *testing.T) {
	ins, labels := synthInputs(128)
	// The first block's articles, grouped by gold event.
	var groupsOf = map[int][]int{}
	for i := 0; i < 64; i++ {
		groupsOf[labels[i]] = append(groupsOf[labels[i]], i)
	}
	g0, g1 := groupsOf[0], groupsOf[1]
	c := New(Options{})
	c.AddBatch(ins[:64])
	ea, eb := eventOf(t, c, ins[g0[0]].ID), eventOf(t, c, ins[g1[0]].ID)
	if ea == eb {
		t.Fatal("different synthetic events share an event")
	}

	t.Run("move is kept", func(t *testing.T) {
		c := restart(t, c)
		x := ins[g0[1]].ID
		if err := c.Move(x, eb); err != nil {
			t.Fatal(err)
		}
		if got := eventOf(t, c, x); got != eb {
			t.Fatalf("moved to %s, want %s", got, eb)
		}
		c = restart(t, c)
		if _, err := c.Relink(x, ins[g0[0]].ID); err != nil {
			t.Fatal(err)
		}
		if got := eventOf(t, c, x); got != eb {
			t.Errorf("relink put a moved article back: %s", got)
		}
		// A later article derived from the moved one follows it.
		late := ins[64]
		late.DerivedFrom = x
		if a := c.Add(late); a.Event != eb {
			t.Errorf("derived from moved article: %+v", a)
		}
		if ks := c.Corrections(); len(ks) != 1 || ks[0].Kind != "move" || ks[0].Other != ea {
			t.Errorf("corrections: %+v", ks)
		}
	})

	t.Run("merge stays merged", func(t *testing.T) {
		c := restart(t, c)
		if err := c.Merge(ea, eb); err != nil {
			t.Fatal(err)
		}
		for _, i := range append(append([]int(nil), g0...), g1...) {
			if got := eventOf(t, c, ins[i].ID); got != ea {
				t.Errorf("%s in %s after merge, want %s", ins[i].ID, got, ea)
			}
		}
		c = restart(t, c)
		late := ins[64]
		late.DerivedFrom = ins[g1[0]].ID
		if a := c.Add(late); a.Event != ea {
			t.Errorf("derived from merged event: %+v", a)
		}
		if ex, ok := c.Explain(eb); !ok || ex.Event.ID != ea {
			t.Errorf("merged id does not resolve: %+v %v", ex.Event, ok)
		}
		for _, e := range c.Events() {
			if e.ID == eb {
				t.Error("merged event still listed")
			}
		}
	})

	t.Run("split", func(t *testing.T) {
		c := restart(t, c)
		take := []string{ins[g0[2]].ID, ins[g0[3]].ID}
		ne, err := c.Split(ea, take)
		if err != nil {
			t.Fatal(err)
		}
		c = restart(t, c)
		for _, id := range take {
			if got := eventOf(t, c, id); got != ne {
				t.Errorf("%s in %s, want %s", id, got, ne)
			}
			if _, err := c.Relink(id, ins[g0[0]].ID); err != nil {
				t.Fatal(err)
			}
			if got := eventOf(t, c, id); got != ne {
				t.Errorf("relink undid a split: %s", got)
			}
		}
		ex, _ := c.Explain(ne)
		if len(ex.Articles) != 2 || ex.Event.Storyline == "" || len(ex.Corrections) != 1 {
			t.Errorf("split event: %+v", ex)
		}
		if _, err := c.Split(ea, []string{ins[g1[0]].ID}); err == nil {
			t.Error("split of an article not in the event succeeded")
		}
		if _, err := c.Split(ea, []string{ins[g0[0]].ID, ins[g0[1]].ID}); err == nil {
			t.Error("split that empties the event succeeded")
		}
	})

	t.Run("errors", func(t *testing.T) {
		c := restart(t, c)
		if err := c.Merge("e999", ea); err == nil {
			t.Error("merge of unknown event")
		}
		if err := c.Move("nope", ea); err == nil {
			t.Error("move of unknown article")
		}
		if err := c.Move(ins[0].ID, "x1"); err == nil {
			t.Error("move to malformed event id")
		}
		if _, err := c.Relink(ins[0].ID, "nope"); err == nil {
			t.Error("relink to unknown source")
		}
	})
}

func TestTimeGapNeedsMoreEvidence(t *testing.T) {
	c := New(Options{})
	if c.threshold(0) != c.st.Opt.JoinThreshold {
		t.Error("no gap must cost nothing")
	}
	week := int64(7 * 24 * 3600)
	if !(c.threshold(2*week) > c.threshold(week) && c.threshold(week) > c.threshold(0)) {
		t.Error("threshold must rise with the gap")
	}
	// The same report two months later does not join: beyond MaxGap.
	a, an := makeArticle("x", "Der Stadtrat von Kleinstadt beschließt den Bau einer neuen Brücke über den Fluss Wasser. Die Brücke kostet 12 Millionen Euro.")
	t0 := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	c.Add(Input{ID: "a", Article: a, Analysis: an, Time: t0})
	if got := c.Add(Input{ID: "b", Article: a, Analysis: an, Time: t0.Add(time.Hour)}); got.Event != "e1" {
		t.Errorf("same text an hour later: %+v", got)
	}
	if got := c.Add(Input{ID: "c", Article: a, Analysis: an, Time: t0.AddDate(0, 2, 0)}); got.Event == "e1" {
		t.Errorf("same text two months later joined: %+v", got)
	}
}

func TestIntervalAndGap(t *testing.T) {
	tm := time.Date(2024, 11, 14, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		p    article.Precision
		days float64
	}{{article.PrecisionMonth, 30}, {article.PrecisionDay, 1}, {article.PrecisionYear, 366}, {article.PrecisionNone, 0}}
	for _, tt := range tests {
		lo, hi, ok := interval(tm, tt.p)
		if !ok || float64(hi-lo)/86400 != tt.days {
			t.Errorf("precision %d: %d days", tt.p, (hi-lo)/86400)
		}
	}
	if _, _, ok := interval(time.Time{}, article.PrecisionDay); ok {
		t.Error("zero time is unknown")
	}
	if gap(0, 10, 5, 20) != 0 || gap(0, 10, 15, 20) != 5 || gap(15, 20, 0, 10) != 5 {
		t.Error("gap")
	}
}

func TestNoPanicOnOddInput(t *testing.T) {
	c := New(Options{})
	odd := []Input{
		{ID: "nil"},
		{ID: "empty", Article: &article.Article{}, Analysis: &article.Analysis{}},
		{ID: "badsent", Article: &article.Article{Text: "x"}, Analysis: &article.Analysis{
			Sentences: []article.Sentence{{Start: 5, End: 1, TokStart: 3, TokEnd: 1}}, Tokens: []article.Token{{Text: "A"}}}},
		{ID: "self", DerivedFrom: "self"},
		{ID: "", Article: &article.Article{Title: strings.Repeat("ä", 500)}},
	}
	for _, in := range odd {
		c.Add(in)
	}
	if len(c.Events()) == 0 {
		t.Error("odd inputs still get events")
	}
	for _, id := range []string{"", "e", "e0", "e-1", "e99999999999", "s1"} {
		if _, ok := c.Explain(id); ok && id != "e1" {
			t.Errorf("Explain(%q) ok", id)
		}
	}
}

func TestUnmarshalRejectsGarbage(t *testing.T) {
	c := New(Options{})
	for _, b := range [][]byte{nil, []byte("x"), []byte("\x00\x01\x02")} {
		if err := c.UnmarshalBinary(b); err == nil {
			t.Errorf("UnmarshalBinary(%q) succeeded", b)
		}
	}
}

// FuzzUnmarshalBinary: a damaged saved state gives an error or a usable Clusterer, never a panic.
func FuzzUnmarshalBinary(f *testing.F) {
	ins, _ := synthInputs(20)
	c := New(Options{})
	c.AddBatch(ins)
	b, _ := c.MarshalBinary()
	f.Add(b)
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		d := New(Options{})
		if err := d.UnmarshalBinary(data); err != nil {
			return
		}
		d.Events()
		d.Storylines()
		d.Add(ins[0])
		d.Add(Input{ID: "new", Article: ins[1].Article, Analysis: ins[1].Analysis})
		for _, e := range d.Events() {
			d.Explain(e.ID)
		}
	})
}
