package ingest

import (
	"embed"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // date lines use Europe/Berlin; do not depend on the host's zoneinfo

	"crosscheck/lang/wordlist"
)

//go:embed words/*.txt
var wordFS embed.FS

// tables holds the read-only data the cleanup rules use, built once at init.
type tables struct {
	agencies map[string]string // spelling -> agency code
	pictures map[string]string // picture agencies of captions' credits
	widgets  map[string]string // picture viewers' controls after a credit
	sections map[string]string
	nav      map[string]string // navigation lines dropped above a title
	months   map[string]int
	weekdays map[string]string
	berlin   *time.Location
	dateRe   dateRegexps
}

var tab = mustTables()

func mustTables() *tables {
	lists, err := wordlist.Load(wordFS, "words", strings.ToLower)
	if err != nil {
		// The lists are embedded and covered by tests; a failure here is a build defect.
		panic(err)
	}
	t := &tables{
		agencies: lists["agencies"],
		pictures: lists["picture_agencies"],
		widgets:  lists["caption_widgets"],
		sections: lists["sections"],
		nav:      lists["navigation"],
		weekdays: lists["weekdays"],
		months:   map[string]int{},
	}
	for k, v := range lists["months"] {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 12 {
			panic("ingest: bad month number in words/months.txt: " + k)
		}
		t.months[k] = n
	}
	t.berlin, err = time.LoadLocation("Europe/Berlin")
	if err != nil {
		panic(err)
	}
	t.dateRe = buildDateRegexps(t.months, t.weekdays)
	return t
}

// alternation returns a regexp alternation of the keys, longest first so that "sept" wins
// over "sep".
func alternation(m map[string]string) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, regexp.QuoteMeta(k))
	}
	sort.Slice(keys, func(i, j int) bool {
		if len(keys[i]) != len(keys[j]) {
			return len(keys[i]) > len(keys[j])
		}
		return keys[i] < keys[j]
	})
	return strings.Join(keys, "|")
}
