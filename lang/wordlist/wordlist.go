// Package wordlist reads the word lists that language packs embed: plain UTF-8 text files,
// one entry a line, "key" or "key<TAB>value", with '#' starting a comment line. Each file's
// header comment names where its words came from and under which licence.
package wordlist

import (
	"bufio"
	"fmt"
	"io/fs"
	"path"
	"strings"
)

// Lists is a set of named lists: list name (the file's base name without .txt) -> key -> value.
type Lists map[string]map[string]string

// Load reads every *.txt file in dir of fsys. norm, when not nil, normalises each key.
func Load(fsys fs.FS, dir string, norm func(string) string) (Lists, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("wordlist: %w", err)
	}
	out := Lists{}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".txt") {
			continue
		}
		f, err := fsys.Open(path.Join(dir, e.Name()))
		if err != nil {
			return nil, fmt.Errorf("wordlist: %w", err)
		}
		m := map[string]string{}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
		for sc.Scan() {
			line := strings.TrimSpace(sc.Text())
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			k, v, _ := strings.Cut(line, "\t")
			k = strings.TrimSpace(k)
			if norm != nil {
				k = norm(k)
			}
			if k != "" {
				m[k] = strings.TrimSpace(v)
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("wordlist: %s: %w", e.Name(), err)
		}
		out[strings.TrimSuffix(e.Name(), ".txt")] = m
	}
	return out, nil
}
