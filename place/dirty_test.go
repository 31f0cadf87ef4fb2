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
