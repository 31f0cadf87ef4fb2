// Package judged reads the judged samples and annotations the scorers embed: JSON files of ids,
// offsets and verdicts (never the texts, which stay in ../shared), decoded in name order.
package judged

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"sort"
)

// Load decodes every file of files matching pattern into a T, in name order.
func Load[T any](files fs.FS, pattern string) ([]T, error) {
	names, err := fs.Glob(files, pattern)
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var out []T
	for _, n := range names {
		raw, err := fs.ReadFile(files, n)
		if err != nil {
			return nil, err
		}
		var v T
		if err := json.Unmarshal(raw, &v); err != nil {
			return nil, fmt.Errorf("%s: %w", n, err)
		}
		out = append(out, v)
	}
	return out, nil
}
