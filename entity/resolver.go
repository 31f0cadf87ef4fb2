package entity

import (
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"crosscheck/article"
)

// Resolver merges canonical names across articles: "Selenskyj" alone in one article
// resolves to "Wolodymyr Selenskyj" seen in another, "Russlands" to "Russland". Add the
// entities of each article, then ask Canonical. It is safe for concurrent use; its answers
// depend only on what was added, not on the order of equal-count ties.
type Resolver struct {
	mu      sync.Mutex
	persons map[string]map[string]int // surname key -> full names -> mentions
	names   map[string]map[string]int // type + "\x00" + lower-case name -> canonicals -> mentions
}

// NewResolver returns an empty Resolver.
func NewResolver() *Resolver {
	return &Resolver{persons: map[string]map[string]int{}, names: map[string]map[string]int{}}
}

func bump(m map[string]map[string]int, key, val string) {
	if m[key] == nil {
		m[key] = map[string]int{}
	}
	m[key][val]++
}

// Add records the entities of one article.
func (r *Resolver) Add(ents []article.Entity) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, e := range ents {
		c := e.Canonical
		if c == "" {
			c = e.Text
		}
		if e.Type == article.EntityPerson {
			ws := strings.Fields(c)
			if len(ws) < 2 {
				continue
			}
			bump(r.persons, strings.ToLower(ws[len(ws)-1]), c)
			if len(ws) >= 3 {
				// Names written family name first ("Kim Jong Un", "Choe Son Hui").
				bump(r.persons, strings.ToLower(ws[0]), c)
			}
			continue
		}
		bump(r.names, e.Type+"\x00"+strings.ToLower(c), c)
		if t := strings.ToLower(e.Text); t != strings.ToLower(c) {
			bump(r.names, e.Type+"\x00"+t, c)
		}
	}
}

// best picks the most frequent value; ties go to the longer, then the alphabetically first.
func best(m map[string]int) string {
	vals := make([]string, 0, len(m))
	for v := range m {
		vals = append(vals, v)
	}
	sort.Slice(vals, func(i, j int) bool {
		a, b := vals[i], vals[j]
		if m[a] != m[b] {
			return m[a] > m[b]
		}
		if la, lb := utf8.RuneCountInString(a), utf8.RuneCountInString(b); la != lb {
			return la > lb
		}
		return a < b
	})
	if len(vals) == 0 {
		return ""
	}
	return vals[0]
}

// Canonical returns the corpus-wide canonical form of name, an entity of type typ
// ("person", "organisation", "place", "other"); name itself when nothing better is known.
func (r *Resolver) Canonical(name, typ string) string {
	name = strings.TrimSpace(name)
	if name == "" {
		return name
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if typ == article.EntityPerson {
		ws := strings.Fields(name)
		last := strings.ToLower(ws[len(ws)-1])
		cands := r.persons[last]
		if cands == nil && strings.HasSuffix(last, "s") {
			cands = r.persons[strings.TrimSuffix(last, "s")]
		}
		if cands == nil && len(ws) == 1 {
			return name
		}
		// Keep only full names that contain every word the mention has.
		fit := map[string]int{}
		for c, n := range cands {
			if containsWords(c, strings.Join(ws[:len(ws)-1], " ")) {
				fit[c] = n
			}
		}
		if b := best(fit); b != "" && utf8.RuneCountInString(b) >= utf8.RuneCountInString(name)-1 {
			return b
		}
		return name
	}
	l := strings.ToLower(name)
	if c := best(r.names[typ+"\x00"+l]); c != "" {
		return c
	}
	if _, c := gazOnce().lookup(l); c != "" {
		return c
	}
	if b := strings.TrimSuffix(l, "s"); b != l {
		if c := best(r.names[typ+"\x00"+b]); c != "" {
			return c
		}
	}
	return name
}
