package place

import (
	"testing"

	"crosscheck/analyze"
	"crosscheck/article"
	"crosscheck/lang"
	"crosscheck/lang/de"
	"crosscheck/link"
)

// TestResultsAreNumbers: a match's result in the headline or lead ("2:1") counts among the
// numbers two reports share, though its digits alone are too short to count; a time of day
// ("20:15 Uhr") is no result, and a result only the body writes is left to the body's numbers.
func TestResultsAreNumbers(t *testing.T) {
	pack := de.New()
	reg := lang.NewRegistry(pack)
	profile := func(id, title, lead, body string) *Profile {
		text := title + "\n" + lead + "\n" + body
		n := func(s string) int { return len([]rune(s)) }
		a := &article.Article{ID: id, Language: "de", Title: title, Text: text,
			Blocks: []article.Block{
				{Kind: article.BlockTitle, Start: 0, End: n(title)},
				{Kind: article.BlockParagraph, Start: n(title) + 1, End: n(title) + 1 + n(lead)},
				{Kind: article.BlockParagraph, Start: n(title) + 2 + n(lead), End: n(text)},
			}}
		p, err := BuildProfile(a, analyze.New(reg).Analyze(a), pack, nil, NewMemVocab())
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	report := profile("r", "Nordstadt gewinnt das Derby", "Nordstadt hat das Derby gegen Südhafen mit 2:1 gewonnen.", "Die Fans feierten lange.")
	side := profile("s", "Torwart Kramer hadert", "Nach dem 2:1 gegen Nordstadt sprach Kramer von Pech.", "Er will nun nach vorn schauen.")
	other := profile("o", "Westdorf siegt knapp", "Westdorf hat mit 3:0 gegen Ostfeld gewonnen.", "Die Fans blieben ruhig.")
	late := profile("l", "Westdorf feiert", "Der Sieg war verdient.", "Westdorf gewann mit 3:0.")
	tv := profile("t", "Heute im Fernsehen", "Der Film beginnt um 20:15 Uhr.", "Danach kommen Nachrichten.")
	for _, tc := range []struct {
		name string
		a, b *Profile
		want int
	}{
		{"one result in both leads", report, side, 1},
		{"different results", report, other, 0},
		{"a result only the body writes", other, late, 0},
	} {
		if got := link.SharedSorted(tc.a.Nums, tc.b.Nums); got != tc.want {
			t.Errorf("%s: %d numbers shared, want %d", tc.name, got, tc.want)
		}
	}
	// "20" and "15" are numbers of their own; "20:15 Uhr" adds no result beside them.
	if len(tv.Nums) != 2 {
		t.Errorf("a time of day: %d numbers, want 2 (20 and 15)", len(tv.Nums))
	}
}
