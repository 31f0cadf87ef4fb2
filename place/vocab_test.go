package place

import (
	"math"
	"testing"
	"time"
)

type listWords map[string]map[string]string

func (l listWords) Words(list string) map[string]string { return l[list] }

// TestPriorMakesCommonTermsCommon: in a fresh vocabulary, a term the pack's background
// counts list as common is less rare than one they do not list, though both were seen in
// the same documents; keys are looked up in lower case, and a malformed share counts as none.
func TestPriorMakesCommonTermsCommon(t *testing.T) {
	w := listWords{docfreqList: {"n:place:iso:ru": "0.12", "t:krieg": "0.03", "t:kaputt": "x", "t:zuviel": "1.5"}}
	for _, tc := range []struct {
		key  string
		want float64
	}{{"n:place:iso:RU", 0.12 * priorDocs}, {"t:krieg", 0.03 * priorDocs}, {"t:kaputt", 0}, {"t:zuviel", 0}, {"t:selten", 0}} {
		if got := Prior(w, tc.key); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("Prior(%q) = %v, want %v", tc.key, got, tc.want)
		}
	}
	if Prior(nil, "t:krieg") != 0 {
		t.Error("no pack gives a prior")
	}
	v := NewMemVocab()
	prior := func(k string) float64 { return Prior(w, k) }
	var ids []uint32
	for range 2 {
		var err error
		if ids, err = v.Observe([]string{"n:place:iso:RU", "t:selten"}, prior); err != nil {
			t.Fatal(err)
		}
	}
	common, _ := v.IDF(ids[0])
	rare, _ := v.IDF(ids[1])
	if common >= rare {
		t.Errorf("idf of the listed term %.3f, of the unlisted one %.3f: want the listed one lower", common, rare)
	}
}

// TestDiffer: two headlines' results or pairings name different matches only when nothing
// of them is shared; a pairing's sides match by entity key or by any word of the name.
func TestDiffer(t *testing.T) {
	bayern := pairingPrefix + side("organisation:~baarn", "Bayern") + "|" + side("place:~fraburg", "Freiburg")
	bayernLong := pairingPrefix + side("organisation:~baarn mancan", "Bayern München") + "|" + side("organisation:~sc fraburg", "SC Freiburg")
	spain := pairingPrefix + side("place:iso:ES", "Spanien") + "|" + side("place:iso:IT", "Italien")
	holland := pairingPrefix + side("place:iso:NL", "Holland") + "|" + side("place:iso:TR", "Türkei")
	nl := pairingPrefix + side("place:iso:NL", "Niederlande") + "|" + side("place:iso:TR", "Türkei")
	for _, tc := range []struct {
		a, b []string
		live bool
		want bool
	}{
		{[]string{"2:0"}, []string{"2:0"}, false, false},
		{[]string{"2:0"}, []string{"1:3"}, false, true},
		{[]string{"2:0"}, nil, false, false},
		{[]string{bayern}, []string{bayernLong}, false, false},
		{[]string{bayern}, []string{spain}, false, true},
		{[]string{holland}, []string{nl}, false, false},
		{[]string{"2:0", bayern}, []string{spain}, false, true},
		{[]string{"2:0"}, []string{spain}, false, false}, // a result and a pairing say nothing of each other
		{[]string{"2:0"}, []string{"5:0"}, true, false},  // a live page's result is a snapshot
		{[]string{"2:0", bayern}, []string{spain}, true, true},
	} {
		if got := differ(tc.a, tc.b, tc.live); got != tc.want {
			t.Errorf("differ(%q, %q, live %v) = %v, want %v", tc.a, tc.b, tc.live, got, tc.want)
		}
	}
}

// TestSameMatch: a headline naming a pairing and another naming both its sides within
// matchDays are one match; one side only, a different pairing, or a week apart is not.
func TestSameMatch(t *testing.T) {
	day := int64(86400)
	tv := &Profile{Time: 100 * day, Heading: "Wer zeigt Türkei - Georgien heute im TV?",
		Scores: []string{pairingPrefix + side("place:iso:TR", "Türkei") + "|" + side("place:iso:GE", "Georgien")}}
	for _, tc := range []struct {
		name    string
		heading string
		days    int64
		want    bool
	}{
		{"report names both sides", "Traumtore: Türkei besiegt Georgien 3:1", 1, true},
		{"one side only", "Türkei feiert ihre Fans", 1, false},
		{"another match", "Portugal schlägt Tschechien", 1, false},
		{"a week later", "Türkei und Georgien: das Rückspiel", 7, false},
	} {
		c := candidate{event: 7, prof: &Profile{Time: tv.Time + tc.days*day, Heading: tc.heading}}
		_, _, got := sameMatch(tv, []candidate{c})
		if got != tc.want {
			t.Errorf("%s: sameMatch = %v, want %v", tc.name, got, tc.want)
		}
		// The other way round: the report asks, the listing is the candidate.
		rep := &Profile{Time: c.prof.Time, Heading: tc.heading}
		_, _, got = sameMatch(rep, []candidate{{event: 3, prof: tv}})
		if got != tc.want {
			t.Errorf("%s, reversed: sameMatch = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestSupported: an event none of whose members alone reaches the threshold joins when its
// two best members together support the article; one fair member, or a second too weak,
// does not; the better-supported event wins.
func TestSupported(t *testing.T) {
	th := 0.7
	c := func(event int64, prob float64) candidate {
		return candidate{event: event, prob: prob, prof: &Profile{}}
	}
	for _, tc := range []struct {
		name  string
		cands []candidate
		want  int64
	}{
		{"two fair members", []candidate{c(1, 0.5), c(1, 0.45)}, 1},
		{"one fair member", []candidate{c(1, 0.6), c(2, 0.5)}, 0},
		{"second too weak", []candidate{c(1, 0.65), c(1, 0.3)}, 0},
		{"better supported wins", []candidate{c(1, 0.6), c(2, 0.55), c(2, 0.5), c(1, 0.36)}, 2},
	} {
		got, _ := supported(tc.cands, th)
		var e int64
		if got != nil {
			e = got.event
		}
		if e != tc.want {
			t.Errorf("%s: event %d, want %d", tc.name, e, tc.want)
		}
	}
}

// TestMatchJoin: a report joins the event of a same-day report of the match its headline
// names, but not a listing, not another day's, and not one the pair model finds unrelated.
func TestMatchJoin(t *testing.T) {
	day := int64(86400)
	ticker := &Profile{Time: 100 * day, Heading: "Rumänien gegen Ukraine heute im Live-Ticker",
		Scores: []string{pairingPrefix + side("place:iso:RO", "Rumänien") + "|" + side("place:iso:UA", "Ukraine")}}
	report := func(time int64, flags Flags) *Profile {
		return &Profile{Time: time, Flags: flags, Heading: "Rumänien schlägt Ukraine deutlich"}
	}
	th := 0.75
	for _, tc := range []struct {
		name string
		prof *Profile
		raw  float64
		want bool
	}{
		{"same day", report(ticker.Time, 0), 0.4, true},
		{"next day", report(ticker.Time+day, 0), 0.4, false},
		{"a listing", report(ticker.Time, FlagPreview), 0.4, false},
		{"no agreement", report(ticker.Time, 0), 0.1, false},
	} {
		c := candidate{event: 3, prof: ticker, raw: tc.raw}
		if got := matchJoin(tc.prof, []candidate{c}, th) != nil; got != tc.want {
			t.Errorf("%s: joined %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestSameMatchLead: a side story of a match (its headline names a player, its lead both
// teams) is the match's storyline within a news cycle; its lead naming one team, two days
// apart, or two headlines of two pairings are not.
func TestSameMatchLead(t *testing.T) {
	hour := int64(3600)
	pairing := []string{pairingPrefix + side("place:iso:TR", "Türkei") + "|" + side("place:iso:GE", "Georgien")}
	other := []string{pairingPrefix + side("place:iso:PT", "Portugal") + "|" + side("place:iso:TR", "Türkei")}
	lead := map[*Profile]map[string]bool{}
	words := func(p *Profile) (map[string]bool, error) { return lead[p], nil }
	span := int64(Options{}.withDefaults().CycleSpan / time.Second)
	for _, tc := range []struct {
		name   string
		names  []string // words of the names in the side story's lead
		hours  int64
		scores []string // the side story's own headline pairing
		want   bool
	}{
		{"lead names both teams", []string{"yilmaz", "türkei", "georgien"}, 5, nil, true},
		{"lead names one team", []string{"yilmaz", "türkei"}, 5, nil, false},
		{"two days apart", []string{"türkei", "georgien"}, 48, nil, false},
		{"its own headline names another pairing", []string{"türkei", "georgien"}, 5, other, false},
	} {
		report := &Profile{Time: 1000 * hour, Heading: "Türkei gegen Georgien: ein Fest", Scores: pairing}
		story := &Profile{Time: report.Time + tc.hours*hour, Heading: "Yilmaz trifft und weint", Scores: tc.scores}
		clear(lead)
		lead[story], lead[report] = map[string]bool{}, map[string]bool{"türkei": true, "georgien": true}
		for _, w := range tc.names {
			lead[story][w] = true
		}
		_, _, got, err := sameMatchLead(story, []candidate{{event: 4, prof: report}}, words, span)
		if err != nil || got != tc.want {
			t.Errorf("%s: sameMatchLead = %v, %v, want %v", tc.name, got, err, tc.want)
		}
		// The other way round: the report arrives after its side story.
		_, _, got, err = sameMatchLead(report, []candidate{{event: 3, prof: story}}, words, span)
		if err != nil || got != tc.want {
			t.Errorf("%s, reversed: sameMatchLead = %v, %v, want %v", tc.name, got, err, tc.want)
		}
	}
}
