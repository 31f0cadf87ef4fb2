package place_test

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"crosscheck/app"
	"crosscheck/link"
	"crosscheck/store/sqlite"
)

// TestCandidateAsPlaced: a candidate is compared as it was placed, not as a later version of
// it stored before the next placement. A placer starting cold (another process, or a resume
// after a crash) read the candidate's latest version from the store, while one placing
// everything still held the version it had placed, so the two linked differently (found on
// the stream: a page's second version stored in the same batch as a rewrite of its first).
func TestCandidateAsPlaced(t *testing.T) {
	seeds := loadSeeds(t)
	src, rew := seeds[1], seeds[2] // 001, and 002, which rewrites it
	z := app.Analyzer(app.Registry())
	later := *src.a
	later.Text = seeds[4].a.Text // the page's next version says something else
	laterAn := z.Analyze(&later)
	run := func(cold bool) []link.Derivation {
		ctx := context.Background()
		s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "t.db"))
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		p, err := app.NewPlacer(ctx, s)
		if err != nil {
			t.Fatal(err)
		}
		a := *src.a
		_, rec, err := s.Put(ctx, &a, src.an)
		if err != nil || rec == nil {
			t.Fatalf("put %s: %v", src.id, err)
		}
		if err := p.Place(ctx, rec); err != nil {
			t.Fatal(err)
		}
		b := *rew.a
		if _, _, err := s.Put(ctx, &b, rew.an); err != nil {
			t.Fatal(err)
		}
		if _, rec, err := s.Put(ctx, &later, laterAn); err != nil || rec == nil || rec.Version != 2 {
			t.Fatalf("put the next version of %s: %v (%+v)", src.id, err, rec)
		}
		if cold {
			if p, err = app.NewPlacer(ctx, s); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := p.PlacePending(ctx); err != nil {
			t.Fatal(err)
		}
		ds, err := p.Reader().Derivations(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return ds
	}
	warm, cold := run(false), run(true)
	if !slices.ContainsFunc(warm, func(d link.Derivation) bool { return d.Article == rew.id && d.Source == src.id }) {
		t.Fatalf("%s is not found derived from %s: %+v", rew.id, src.id, warm)
	}
	if !slices.EqualFunc(warm, cold, func(a, b link.Derivation) bool {
		return a.Article == b.Article && a.Source == b.Source && a.Kind == b.Kind
	}) {
		t.Errorf("a placer starting cold links otherwise:\n warm %+v\n cold %+v", warm, cold)
	}
}
