// Package unlabelled reads the plain German text the entity tagger may learn from without
// labels (word clusters, self-training): the 10kGNAD articles, the SpkAtt-2023 Wikinews
// articles and the WikiWarsDE texts of ../shared/eval. It is read at build time only and
// never shipped; GermEval 2014 is left out so its cross-validation stays held-out.
package unlabelled

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"crosscheck/internal/gnad"
)

var tagRE = regexp.MustCompile(`<[^>]*>`)

// Texts returns the documents under the shared evaluation folder dir, in a fixed order.
// SpkAtt articles come as one sentence per line, their tokens joined by spaces.
func Texts(dir string) ([]string, error) {
	var out []string
	recs, err := gnad.ReadFile(filepath.Join(dir, "10kgnad", "test.csv"))
	if err != nil {
		return nil, fmt.Errorf("unlabelled: %w", err)
	}
	for _, r := range recs {
		out = append(out, r.Text)
	}
	spk, err := filepath.Glob(filepath.Join(dir, "spkatt2023-news", "train", "*.json"))
	if err != nil {
		return nil, fmt.Errorf("unlabelled: spkatt: %w", err)
	}
	sort.Strings(spk)
	for _, p := range spk {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("unlabelled: %w", err)
		}
		var a struct {
			Sentences []struct{ Tokens []string }
		}
		if err := json.Unmarshal(b, &a); err != nil {
			return nil, fmt.Errorf("unlabelled: spkatt %s: %w", filepath.Base(p), err)
		}
		var sb strings.Builder
		for _, s := range a.Sentences {
			sb.WriteString(strings.Join(s.Tokens, " "))
			sb.WriteByte('\n')
		}
		out = append(out, sb.String())
	}
	ww, err := filepath.Glob(filepath.Join(dir, "wikiwarsde", "in", "*.sgm"))
	if err != nil {
		return nil, fmt.Errorf("unlabelled: wikiwars: %w", err)
	}
	sort.Strings(ww)
	for _, p := range ww {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("unlabelled: %w", err)
		}
		out = append(out, tagRE.ReplaceAllString(string(b), " "))
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("unlabelled: no text under %s", dir)
	}
	return out, nil
}
