package app_test

import (
	"context"
	"encoding/json"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"crosscheck/app"
	"crosscheck/demo"
	"crosscheck/view"
)

// ingest runs the whole pipeline over sources into the database at db, reopening it, as a
// new process would.
func ingest(t *testing.T, db string, sources ...string) *view.Stories {
	t.Helper()
	ctx := context.Background()
	s, err := app.OpenStore(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	e, err := app.Engine(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	if _, fails, err := e.Run(ctx, sources, nil); err != nil || len(fails) > 0 {
		t.Fatalf("ingest: %v %v", err, fails)
	}
	st, err := app.Stories(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func demoFiles(t *testing.T) []string {
	t.Helper()
	paths, err := demo.WriteTo(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(paths)
	return paths
}

func js(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestRestartContinuesExactly: the linking index, the derivations and the clustering state
// live in the store, so ingesting in two processes gives what one process gives.
func TestRestartContinuesExactly(t *testing.T) {
	files := demoFiles(t)
	one := ingest(t, filepath.Join(t.TempDir(), "one.db"), files...)
	db := filepath.Join(t.TempDir(), "two.db")
	ingest(t, db, files[:3]...)
	two := ingest(t, db, files[3:]...)
	if js(t, one) != js(t, two) {
		t.Errorf("after a restart:\n%s\nin one run:\n%s", js(t, two), js(t, one))
	}
	if len(one.DerivedFrom) == 0 || len(one.Events) == 0 {
		t.Errorf("demo corpus gave no provenance or events: %s", js(t, one))
	}
	again := ingest(t, db, files...)
	if js(t, again) != js(t, one) {
		t.Errorf("re-ingesting the same files changed the stories")
	}
}

// TestCrashBeforeStateSaved: articles stored but never placed (the process died before the
// clustering state was saved) are placed when the store is next opened.
func TestCrashBeforeStateSaved(t *testing.T) {
	files := demoFiles(t)
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "x.db")
	s, err := app.OpenStore(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	// Store without the placer, as if every placement was lost.
	e, err := app.Engine(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	e.Placer = nil
	if _, _, err := e.Run(ctx, files, nil); err != nil {
		t.Fatal(err)
	}
	s.Close()
	got := ingest(t, db) // opening the engine places what is missing
	want := ingest(t, filepath.Join(t.TempDir(), "y.db"), files...)
	if js(t, got) != js(t, want) {
		t.Errorf("recovered:\n%s\nwant:\n%s", js(t, got), js(t, want))
	}
}

// TestStorylineLinkExplained: the demo corpus holds events of one storm over several days;
// an event joined to the storyline says what it shares with it.
func TestStorylineLinkExplained(t *testing.T) {
	db := filepath.Join(t.TempDir(), "x.db")
	ingest(t, db, demoFiles(t)...)
	ctx := context.Background()
	s, err := app.OpenStore(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	r, err := app.PlacementReader(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	lines, err := r.Storylines(ctx)
	if err != nil {
		t.Fatal(err)
	}
	links := 0
	for _, l := range lines {
		for e, why := range l.Links {
			links++
			if !strings.Contains(why, "shared names") || !strings.Contains(why, "topic similarity") {
				t.Errorf("storyline %s: link of %s does not say what was shared: %q", l.ID, e, why)
			}
		}
	}
	if links == 0 {
		t.Errorf("no storyline of the demo corpus links two events with an explanation")
	}
}
