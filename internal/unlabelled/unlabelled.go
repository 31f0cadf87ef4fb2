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
	ww, err := WikiWars(dir)
	if err != nil {
		return nil, err
	}
	out = append(out, ww...)
	if len(out) == 0 {
		return nil, fmt.Errorf("unlabelled: no text under %s", dir)
	}
	return out, nil
}

// WikiWars returns the WikiWarsDE texts under dir without their tags: the one source of
// Texts under a licence that allows commercial use (CC BY-SA 3.0; 10kGNAD and SpkAtt are
// CC BY-NC-SA).
func WikiWars(dir string) ([]string, error) {
	ww, err := filepath.Glob(filepath.Join(dir, "wikiwarsde", "in", "*.sgm"))
	if err != nil {
		return nil, fmt.Errorf("unlabelled: wikiwars: %w", err)
	}
	sort.Strings(ww)
	var out []string
	for _, p := range ww {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("unlabelled: %w", err)
		}
		out = append(out, tagRE.ReplaceAllString(string(b), " "))
	}
	return out, nil
}

// Stream returns the texts of the trends-de stream under dir (real German news of
// 2024-04..10, about 2.3 million words), leaving out every article of the labelled window
// (whose articles the entity audits annotate) and every paragraph already seen (the
// scraper repeats banners and teasers). For word clusters only: the texts belong to their
// publishers and are read at build time, never shipped.
func Stream(dir string) ([]string, error) {
	td := filepath.Join(dir, "trends-de")
	window := map[string]bool{}
	wins, err := filepath.Glob(filepath.Join(td, "window-*.jsonl"))
	if err != nil {
		return nil, fmt.Errorf("unlabelled: %w", err)
	}
	for _, p := range wins {
		if err := eachJSONL(p, func(id, _ string) { window[id] = true }); err != nil {
			return nil, err
		}
	}
	streams, err := filepath.Glob(filepath.Join(td, "stream-*.jsonl"))
	if err != nil {
		return nil, fmt.Errorf("unlabelled: %w", err)
	}
	if len(streams) == 0 {
		return nil, fmt.Errorf("unlabelled: no stream-*.jsonl under %s", td)
	}
	sort.Strings(streams)
	seen := map[string]bool{}
	var out []string
	for _, p := range streams {
		err := eachJSONL(p, func(id, text string) {
			if window[id] {
				return
			}
			var sb strings.Builder
			for _, para := range strings.Split(text, "\n") {
				para = strings.TrimSpace(para)
				if para == "" || seen[para] {
					continue
				}
				seen[para] = true
				sb.WriteString(para)
				sb.WriteString("\n\n")
			}
			if sb.Len() > 0 {
				out = append(out, sb.String())
			}
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// eachJSONL calls f with the id and text of every line of a JSON Lines file of articles.
func eachJSONL(path string, f func(id, text string)) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("unlabelled: %w", err)
	}
	for i, line := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		var a struct{ ID, Text string }
		if err := json.Unmarshal([]byte(line), &a); err != nil {
			return fmt.Errorf("unlabelled: %s line %d: %w", filepath.Base(path), i+1, err)
		}
		f(a.ID, a.Text)
	}
	return nil
}
