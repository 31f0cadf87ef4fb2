package entity

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// ReadModel believes a file's counts only as far as its data goes: a count the bytes that
// follow cannot hold is refused before anything is sized for it (the seeds in testdata/fuzz/FuzzReadModel took 4.9 GB before).
func TestReadModelBoundsCounts(t *testing.T) {
	for name, want := range map[string]string{"claims-64m-features": "bad feature count", "claims-16m-features": "bad feature count",
		"too-many-weights": "too short"} {
		b, err := os.ReadFile(filepath.Join("testdata", "fuzz", "FuzzReadModel", name))
		if err != nil {
			t.Fatal(err)
		}
		// The corpus file holds the bytes as a Go string literal.
		lit := strings.TrimSuffix(strings.TrimPrefix(strings.SplitN(string(b), "\n", 2)[1], "[]byte("), ")\n")
		data, err := strconv.Unquote(lit)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := ReadModel(strings.NewReader(data)); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want an error saying %q", name, err, want)
		}
	}
}
