// Package stream scores event and storyline grouping on a real, hand-labelled news stream
// (../shared/eval/trends-de): BCubed and pairwise precision, recall and F1 of the events,
// BCubed precision and recall of the storylines, the largest groups, and in the same run the
// two baselines every result is read against (every article alone; TF-IDF cosine
// single-pass within three days).
package stream

import (
	"encoding/json"
	"fmt"
	"os"
)

// Gold is a labelled window: events (one happening each) and storylines (events linked by a
// narrative thread), as ../shared/eval/trends-de/*.gold.json holds them.
type Gold struct {
	Window   string `json:"window"`
	Articles int    `json:"articles"` // how many articles the window holds
	Events   []struct {
		Name     string   `json:"name"`
		Date     string   `json:"date"`
		Articles []string `json:"articles"`
	} `json:"events"`
	Storylines []struct {
		Name   string   `json:"name"`
		Events []string `json:"events"` // event names
	} `json:"storylines"`
	NotNews []string `json:"not_news"`
	Notes   string   `json:"notes"`
}

// ReadGold reads a gold file and checks that it is a partition: every article in exactly one
// event, every event in at most one storyline.
func ReadGold(path string) (*Gold, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("stream: %w", err)
	}
	var g Gold
	if err := json.Unmarshal(b, &g); err != nil {
		return nil, fmt.Errorf("stream: %s: %w", path, err)
	}
	seen := map[string]string{}
	for _, e := range g.Events {
		for _, a := range e.Articles {
			if o, ok := seen[a]; ok {
				return nil, fmt.Errorf("stream: %s: article %s is in two events (%q and %q)", path, a, o, e.Name)
			}
			seen[a] = e.Name
		}
	}
	names := map[string]bool{}
	for _, e := range g.Events {
		names[e.Name] = true
	}
	inLine := map[string]string{}
	for _, l := range g.Storylines {
		for _, e := range l.Events {
			if !names[e] {
				return nil, fmt.Errorf("stream: %s: storyline %q names an unknown event %q", path, l.Name, e)
			}
			if o, ok := inLine[e]; ok {
				return nil, fmt.Errorf("stream: %s: event %q is in two storylines (%q and %q)", path, e, o, l.Name)
			}
			inLine[e] = l.Name
		}
	}
	return &g, nil
}

// EventLabels maps each article to its gold event (by name).
func (g *Gold) EventLabels() map[string]string {
	m := map[string]string{}
	for _, e := range g.Events {
		for _, a := range e.Articles {
			m[a] = e.Name
		}
	}
	return m
}

// StorylineLabels maps each article to its gold storyline; an event in no storyline is a
// storyline of its own.
func (g *Gold) StorylineLabels() map[string]string {
	line := map[string]string{}
	for _, l := range g.Storylines {
		for _, e := range l.Events {
			line[e] = "s:" + l.Name
		}
	}
	m := map[string]string{}
	for _, e := range g.Events {
		l, ok := line[e.Name]
		if !ok {
			l = "e:" + e.Name
		}
		for _, a := range e.Articles {
			m[a] = l
		}
	}
	return m
}
