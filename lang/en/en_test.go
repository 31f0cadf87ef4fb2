package en

import (
	"strings"
	"testing"
	"unicode/utf8"
)

var pack = New()

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Mr. Smith met Dr. Jones in the U.S. capital. They talked.", []string{"Mr. Smith met Dr. Jones in the U.S. capital.", "They talked."}},
		{"He lives in the U.S. The weather is fine.", []string{"He lives in the U.S.", "The weather is fine."}},
		{"Fruit, e.g. apples, i.e. food. Fine.", []string{"Fruit, e.g. apples, i.e. food.", "Fine."}},
		{"It happened in 2022. The war went on.", []string{"It happened in 2022.", "The war went on."}},
		{"Troops numbered 11,000 on Nov. 3. Officials said so.", []string{"Troops numbered 11,000 on Nov. 3.", "Officials said so."}},
		{"Apple Inc. said profits rose. Shares fell.", []string{"Apple Inc. said profits rose.", "Shares fell."}},
		// A dateline in capitals keeps its abbreviation; an acronym's period ends a sentence.
		{"ST. PAUL, Minn. - Lawmakers met. They agreed.", []string{"ST. PAUL, Minn. - Lawmakers met.", "They agreed."}},
		{"He worked for the BBC. No one knew.", []string{"He worked for the BBC.", "No one knew."}},
		{"John F. Kennedy spoke. It was 3.5 hours.", []string{"John F. Kennedy spoke.", "It was 3.5 hours."}},
		{`"We are ready. We wait," he said. Then he left.`, []string{`"We are ready. We wait," he said.`, "Then he left."}},
		{"“We are ready. We wait,” he said. Then he left.", []string{"“We are ready. We wait,” he said.", "Then he left."}},
		{"“We are ready.” Then he left.", []string{"“We are ready.”", "Then he left."}},
		{"What? No way! Really?! Yes.", []string{"What?", "No way!", "Really?!", "Yes."}},
		{"Visit www.example.com. It helps.", []string{"Visit www.example.com.", "It helps."}},
		{"Breaking news without a period", []string{"Breaking news without a period"}},
		{"The meeting is at 9 a.m. on Monday. Bring notes.", []string{"The meeting is at 9 a.m. on Monday.", "Bring notes."}},
	}
	for _, tt := range tests {
		var got []string
		rs := []rune(tt.in)
		for _, s := range pack.Sentences(tt.in) {
			got = append(got, string(rs[s.Start:s.End]))
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func TestTokens(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Mr. Smith's U.S.-backed plan", "Mr.|Smith's|U.S.|-|backed|plan"},
		{"don't stop, e.g. now", "don't|stop|,|e.g.|now"},
		{"$11,000.50 and 3.5%", "$|11,000.50|and|3.5|%"},
		{"state-of-the-art", "state-of-the-art"},
	}
	for _, tt := range tests {
		var got []string
		rs := []rune(tt.in)
		for _, tk := range pack.Tokens(tt.in) {
			got = append(got, tk.Text)
			if string(rs[tk.Start:tk.End]) != tk.Text {
				t.Errorf("%q: bad offsets for %q", tt.in, tk.Text)
			}
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("Tokens(%q) = %s, want %s", tt.in, g, tt.want)
		}
	}
	toks := pack.Tokens("The soldiers were running")
	if !toks[0].Stop || toks[1].Stem != "soldier" || toks[3].Stem != "run" || toks[0].Norm != "the" {
		t.Errorf("fields: %+v", toks)
	}
}

func TestWordLists(t *testing.T) {
	for _, name := range []string{"stopwords", "numbers", "months", "weekdays", "multipliers", "currencies", "units",
		"approximators", "speech_verbs", "person_titles", "abbreviations"} {
		if len(pack.Words(name)) == 0 {
			t.Errorf("list %q is empty or missing", name)
		}
	}
	checks := map[string]map[string]string{
		"numbers":       {"eleven": "11", "twelve": "12", "hundred": "100"},
		"months":        {"january": "1", "sept": "9", "dec": "12"},
		"weekdays":      {"monday": "1", "sunday": "7"},
		"multipliers":   {"million": "1e6", "bn": "1e9"},
		"currencies":    {"dollar": "USD", "€": "EUR", "pounds": "GBP"},
		"units":         {"percent": "%", "miles": "mi"},
		"approximators": {"about": "approx", "more than": "min", "up to": "max"},
		"speech_verbs":  {"said": "say", "told": "tell", "warned": "warn"},
		"person_titles": {"president": "role", "mr.": "title", "prime minister": "role"},
	}
	for list, kv := range checks {
		for k, v := range kv {
			if got := pack.Words(list)[k]; got != v {
				t.Errorf("%s[%q] = %q, want %q", list, k, got, v)
			}
		}
	}
}

func FuzzSentences(f *testing.F) {
	f.Add("Mr. A. B. said “x. y,” U.S. e.g. 3.5. Z")
	f.Fuzz(func(t *testing.T, s string) {
		n := utf8.RuneCountInString(s)
		prev := 0
		for _, sp := range pack.Sentences(s) {
			if sp.Start < prev || sp.End <= sp.Start || sp.End > n {
				t.Fatalf("bad span %+v in %q", sp, s)
			}
			prev = sp.End
		}
	})
}
