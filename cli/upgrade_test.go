package cli

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"crosscheck/app"
)

// TestReadingPlacesWhatIsMissing: a database whose articles are stored but not placed (written
// by an earlier version without the placement tables, or an ingest killed in between) shows
// its stories to the first reading command, which says what it is doing.
func TestReadingPlacesWhatIsMissing(t *testing.T) {
	ctx := context.Background()
	data, db := t.TempDir(), filepath.Join(t.TempDir(), "x.db")
	s, err := app.OpenStore(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	e, err := app.Engine(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	e.Placer = nil // store only, as the earlier version's tables would hold them
	if _, fails, err := e.Run(ctx, []string{filepath.Join("..", "demo", "corpus")}, nil); err != nil || len(fails) > 0 {
		t.Fatal(err, fails)
	}
	s.Close()

	code, out, errs := runCLI(t, data, "stories", "--db", db)
	if code != 0 || !strings.Contains(out, "storyline s1:") {
		t.Fatalf("stories: %d\n%s%s", code, out, errs)
	}
	if !strings.Contains(errs, "placing stored articles") || !strings.Contains(errs, "placed 10 stored articles") {
		t.Errorf("stories did not say it placed the missing articles:\n%s", errs)
	}
	code, _, errs = runCLI(t, data, "stories", "--db", db)
	if code != 0 || strings.Contains(errs, "placing") {
		t.Errorf("second run placed again (%d):\n%s", code, errs)
	}
}
