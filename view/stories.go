package view

// Event is one happening, as `stories --json` shows it.
type Event struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	Articles  []string `json:"articles"`
	Storyline string   `json:"storyline"`
	From      string   `json:"from,omitempty"` // earliest known date of its articles
	To        string   `json:"to,omitempty"`   // latest known date
	Sources   []string `json:"sources,omitempty"`
}

// Storyline is events linked over time.
type Storyline struct {
	ID       string   `json:"id"`
	Title    string   `json:"title"`
	Events   []string `json:"events"`
	Articles []string `json:"articles"`
}

// Derived says that Article copies or rewrites Source.
type Derived struct {
	Article            string   `json:"article"`
	Source             string   `json:"source"`
	Kind               string   `json:"kind"`
	Coverage           float64  `json:"coverage"`
	Via                []string `json:"via,omitempty"`
	EstimatedPublished string   `json:"estimated_published,omitempty"`
}

// Unsupported is a sentence of a derived article that no sentence of its source supports.
type Unsupported struct {
	Article string `json:"article"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Text    string `json:"text"`
	Source  string `json:"source"`
	// Partial marks a sentence that aligns with one of the source's but says mostly what
	// the source does not.
	Partial bool `json:"partial,omitempty"`
}

// Stories is the `stories --json` object of CONTRACT.md.
type Stories struct {
	Events      []Event       `json:"events"`
	Storylines  []Storyline   `json:"storylines"`
	DerivedFrom []Derived     `json:"derived_from"`
	Unsupported []Unsupported `json:"unsupported"`
}
