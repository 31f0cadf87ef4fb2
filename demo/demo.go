// Package demo ships the demo corpus: German articles we wrote ourselves that reproduce the
// situation crosscheck is for (an agency report, rewrites of it, later independent reports
// with conflicting figures), in every input format ingest reads.
package demo

import (
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

//go:embed corpus
var corpus embed.FS

// FS returns the corpus files, rooted at the corpus folder.
func FS() fs.FS {
	sub, err := fs.Sub(corpus, "corpus")
	if err != nil {
		panic(err) // the folder is embedded at build time; missing means a broken build
	}
	return sub
}

// WriteTo copies the corpus into dir, which must exist, and returns the paths written in
// name order.
func WriteTo(dir string) ([]string, error) {
	var paths []string
	err := fs.WalkDir(FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(FS(), p)
		if err != nil {
			return err
		}
		out := filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(out, b, 0o644); err != nil {
			return err
		}
		paths = append(paths, out)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("demo: write corpus: %w", err)
	}
	return paths, nil
}
