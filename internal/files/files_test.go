package files

import (
	"os"
	"path/filepath"
	"testing"
)

func TestCopy(t *testing.T) {
	dir := t.TempDir()
	from, to := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	if err := os.WriteFile(from, []byte("ein Artikel"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, []byte("alter, längerer Inhalt"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Copy(from, to); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(to); string(b) != "ein Artikel" {
		t.Errorf("copied %q", b)
	}
	if err := Copy(filepath.Join(dir, "missing"), to); !os.IsNotExist(err) {
		t.Errorf("a missing source: %v, want not-exist", err)
	}
}
