package quotes

import (
	"context"
	"encoding/json"
	"os"
	"testing"

	"crosscheck/article"
	"crosscheck/internal/testenv"
)

func TestSameName(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Heil", "Hubertus Heil", true},
		{"Hubertus Heil", "Heil", true},
		{"Trump's", "Donald Trump", true},
		{"die Polizei München", "Polizei", true},
		{"Kamala Harris", "Donald Trump", false},
		{"Mark Ridley-Thomas", "Sebastian Ridley-Thomas", false},
		{"dpa", "Holger Schäfer", false},
		{"", "Heil", false},
	}
	for _, tc := range tests {
		if got := sameName(tc.a, tc.b); got != tc.want {
			t.Errorf("sameName(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestMapSpans(t *testing.T) {
	raw := []rune("Teaser: „Wir bleiben“.\n\nTeaser: „Wir bleiben“.\nText „Wir gehen“, sagte sie.")
	clean := []rune("Teaser: „Wir bleiben“.\n\nText „Wir gehen“, sagte sie.")
	qs := []AuditQuote{{Start: 53, End: 62, Direct: true}, {Start: 33, End: 44}, {Start: 0, End: 0}}
	got, unmapped := mapSpans(raw, clean, qs)
	if unmapped != 1 || len(got) != 2 {
		t.Fatalf("mapped %v, unmapped %d", got, unmapped)
	}
	if s := string(clean[got[0].s:got[0].e]); s != "Wir gehen" {
		t.Errorf("first span maps to %q", s)
	}
	if got[1].s != 9 {
		t.Errorf("duplicated teaser maps to %d, want the only copy left at 9", got[1].s)
	}
}

func TestScoreAudit(t *testing.T) {
	text := "„Wir sind bereit“, sagte Anna Berger der Zeitung. Der Minister sagte, er komme später. Das Wetter war gut."
	a := &article.Article{ID: "x", Text: text}
	name := func(s string) *string { return &s }
	aa := AuditArticle{ID: "x", Quotes: []AuditQuote{
		{Start: 1, End: 16, Direct: true, Speaker: name("Anna Berger")},
		{Start: 70, End: 85, Speaker: nil},
	}}
	an := &article.Analysis{Quotes: []article.Quote{
		{Start: 1, End: 16, Direct: true, Speaker: "Berger"},    // right
		{Start: 70, End: 85, Direct: true, Speaker: "Zeitung"},  // wrong speaker, reported shown as direct
		{Start: 87, End: 105, Direct: false, Speaker: "Berger"}, // no quotation
	}}
	var pt AuditPart
	scoreAudit(&pt, aa, []rune(text), a, an)
	pt.finish()
	if pt.SpeakerNamed != 3 || pt.SpeakerRight != 1 || pt.Covered != 1 || pt.FalseQuotes != 1 || pt.ReportedAsDirect != 1 {
		t.Fatalf("part = %+v", pt)
	}
	if pt.QuoteRecall != 1 || pt.Coverage != 0.5 {
		t.Errorf("recall %v coverage %v", pt.QuoteRecall, pt.Coverage)
	}
}

// TestAudit scores quotation extraction on real news against our annotations. The floors sit
// a little below what the extractor reaches (docs/quality.md has the numbers); a drop below
// them is a regression in who said what.
func TestAudit(t *testing.T) {
	dir := testenv.SharedFile(t, "eval")
	for _, f := range []string{"trends-de/window-2024-09-01..10.jsonl", "news-en/news-2023-03.jsonl"} {
		testenv.SharedFile(t, "eval/"+f)
	}
	rep, err := Audit(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	rep.Details = os.Getenv("QUOTES_AUDIT_DETAILS") != ""
	shown := *rep
	if os.Getenv("QUOTES_AUDIT_DEV") != "" {
		// While tuning: only the development sets, so that held-out numbers cannot steer it.
		shown.Parts = nil
		for _, p := range rep.Parts {
			if !p.HeldOut {
				shown.Parts = append(shown.Parts, p)
			}
		}
	}
	t.Log("\n" + shown.Text())
	if _, err := json.Marshal(rep); err != nil {
		t.Fatal(err)
	}
	for _, p := range rep.Parts {
		if p.Annotated == 0 || p.Predicted == 0 {
			t.Errorf("%s: nothing scored: %+v", p.Name, p)
			continue
		}
		if p.Unmapped*10 > p.Annotated {
			t.Errorf("%s: %d annotations not found in the text: has ingest started dropping body text?", p.Name, p.Unmapped)
		}
		floor := auditFloor[p.HeldOut]
		if f, ok := auditSetFloor[p.Name]; ok {
			floor = f
		}
		if p.SpeakerPrecision < floor.precision || p.CoverageNamed < floor.coverage {
			t.Errorf("%s: speaker precision %.3f, coverage of named %.3f: below the floor %.2f / %.2f",
				p.Name, p.SpeakerPrecision, p.CoverageNamed, floor.precision, floor.coverage)
		}
	}
}

// auditFloor holds the regression floors for development (false) and held-out (true) sets,
// a little below what the extractor reaches (docs/quality.md).
var auditFloor = map[bool]auditFloorPair{
	false: {0.97, 0.65}, // de dev 3 reaches 0.695 coverage of named, the others 0.71 to 0.77
	true:  {0.80, 0.40},
}

type auditFloorPair struct{ precision, coverage float64 }

// auditSetFloor holds the floors of sets that start below their kind's: a set joins at what
// the extractor reaches on it when it is first scored, and its floor rises as work on it lands.
var auditSetFloor = map[string]auditFloorPair{
	// Held out until 7c260c6, where it read 0.934 (99/106) and coverage of named 0.623 (86/138);
	// not yet worked on as development.
	"de dev 6": {0.92, 0.60},
	// Held out until 7c260c6 too: 0.964 (27/28), coverage of named 0.758 (25/33).
	"en dev 2": {0.95, 0.70},
	// First scored at 7c260c6: 0.952 (20/21), coverage of named 0.212 (17/80). Most of its
	// quotations are found without a speaker (mistake kinds "no speaker, ... cue and source
	// words"), so the held-out 0.40 would fail on its first run; 0.20 still catches a drop.
	"de held-out 3": {0.80, 0.20},
	// Made at 10cc47e as a development set like de held-out 3 (its outlets, its kinds) and
	// first scored there: 0.937 (59/63), coverage of named 0.537 (51/95). The first work on it
	// (0.955, 0.589) was taken back at stop 36: its rules named wrong speakers on the stream
	// (4 of 34 new names) and on the blind set; 0.938 (60/64), 0.547 (52/95) after that.
	// Stop 37: 0.955 (63/66), 0.579 (55/95), with rules checked on the stream first.
	"de dev 7": {0.95, 0.57},
	// Made at 762852f as a second development set like de held-out 3 and first scored there:
	// 0.923 (12/13), coverage of named 0.195 (8/41), as low as the blind set's 0.212. A medium
	// named in marks in front ("Wie die „Bild“ berichtet, …", quote/dev8_test.go): 0.957
	// (22/23), 0.366 (15/41).
	"de dev 8": {0.95, 0.35},
	// Made at d416978 from articles where main named no speaker at all (a targeted set, its
	// coverage no estimate for the stream), first scored there: 0/0 named, coverage of named
	// 0.000 (0/33), by construction. A medium named after its own noun ("wie die französische
	// Nachrichtenagentur AFP schreibt", quote/audit9_test.go): 1.000 (2/2), 0.061 (2/33).
	"de dev 9": {0.95, 0.05},
}
