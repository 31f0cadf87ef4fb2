package place

import (
	"slices"
	"testing"
)

// TestDirtyTerms: the set of changed terms answers as the two maps it replaced (id -> key,
// id -> fresh): a term added twice is in it once, fresh when either add said so; ids far
// apart grow it; emptied, it holds nothing and takes terms again.
func TestDirtyTerms(t *testing.T) {
	var d dirtyTerms
	if _, ok := (*dirtyTerms)(nil).key(3); ok {
		t.Error("a nil set has a key")
	}
	steps := []struct {
		id    uint32
		key   string
		fresh bool
	}{
		{7, "b:wiesel", false},
		{3, "b:deich", true},
		{7, "b:wiesel", false},
		{5000, "n:talheim", false},
		{5000, "n:talheim", true},
		{0, "b:pegel", false},
	}
	want := map[uint32]string{}
	wantFresh := map[uint32]bool{}
	for _, s := range steps {
		d.add(s.id, s.key, s.fresh)
		want[s.id] = s.key
		wantFresh[s.id] = wantFresh[s.id] || s.fresh
	}
	if d.len() != len(want) {
		t.Fatalf("%d terms, want %d", d.len(), len(want))
	}
	for id, k := range want {
		got, ok := d.key(id)
		if !ok || got != k || !d.has(id) {
			t.Errorf("term %d: %q %v, want %q", id, got, ok, k)
		}
		if f := d.fresh[d.at[id]-1]; f != wantFresh[id] {
			t.Errorf("term %d fresh %v, want %v", id, f, wantFresh[id])
		}
	}
	if d.has(4) || d.has(1<<20) {
		t.Error("a term never added is in the set")
	}
	if got := d.sorted(); !slices.Equal(got, []uint32{0, 3, 7, 5000}) {
		t.Errorf("sorted %v", got)
	}
	d.clear()
	if d.len() != 0 || d.has(7) || d.has(5000) {
		t.Error("an emptied set holds terms")
	}
	d.add(7, "b:wiesel", false)
	if k, ok := d.key(7); !ok || k != "b:wiesel" || d.len() != 1 || d.fresh[0] {
		t.Errorf("after emptying: %q %v, %d terms", k, ok, d.len())
	}
}

// TestIDFMemo: an idf remembered with the term counts answers only in the generation it
// was set in; forgetting is a new generation; a wrapped generation forgets everything; a
// term without counts is not remembered; counts made anew (trim) remember nothing, and the
// counts themselves are untouched by what is remembered.
func TestIDFMemo(t *testing.T) {
	c := newCache()
	m := &c.memo
	m.counts = &c.counts
	m.forget()
	c.counts.setDF(3, 5)
	c.counts.setPrior(3, 0.25)
	c.counts.setDF(9000, 1)
	m.set(3, 1.5)
	m.set(9000, 2.5)
	m.set(1<<20, 9) // no counts: not remembered
	checks := []struct {
		id   uint32
		want float64
		ok   bool
	}{{3, 1.5, true}, {9000, 2.5, true}, {4, 0, false}, {1 << 20, 0, false}}
	for _, ck := range checks {
		if x, ok := m.get(ck.id); x != ck.want || ok != ck.ok {
			t.Errorf("term %d: %v %v, want %v %v", ck.id, x, ok, ck.want, ck.ok)
		}
	}
	if df, _ := c.counts.df(3); df != 5 || c.counts.prior(3) != 0.25 {
		t.Errorf("counts of term 3 changed: %d %v", df, c.counts.prior(3))
	}
	m.forget()
	if _, ok := m.get(3); ok {
		t.Error("remembered after forgetting")
	}
	m.set(3, 1.75)
	m.gen = ^uint32(0)
	m.set(9000, 3.5)
	m.forget() // wraps
	if _, ok := m.get(9000); ok || m.gen != 1 {
		t.Errorf("remembered after the generation wrapped (gen %d)", m.gen)
	}
	m.set(3, 1.25)
	c.counts = termCounts{} // trim
	if _, ok := m.get(3); ok {
		t.Error("remembered by counts made anew")
	}
}
