package timex

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"crosscheck/article"
	"crosscheck/internal/testenv"
)

func TestParseKeyTolerant(t *testing.T) {
	text := "Im Mai 1914 begann es."
	key := `<timex2 ID="x" VAL="1914-05" VAL="PXY"><timex2_mention><extent><charseq START="3" END="10">Mai 1914</charseq></extent></timex2_mention></timex2>`
	got, err := ParseKey(key, article.NewRunes(text))
	if err != nil || len(got) != 1 || got[0].Text != "Mai 1914" || got[0].Value != "1914-05" {
		t.Fatalf("ParseKey = %+v, %v", got, err)
	}
}

func TestStripSGML(t *testing.T) {
	text, dct := StripSGML("<DOC>\n<DATETIME> 2011-02-16T17:00:00 </DATETIME>\n<TEXT>\nHallo\n</TEXT>\n</DOC>")
	if dct != "2011-02-16" || strings.Contains(text, "<") || !strings.Contains(text, "Hallo") {
		t.Fatalf("StripSGML = %q, %q", text, dct)
	}
}

func TestWikiWarsDE(t *testing.T) {
	dir := testenv.SharedFile(t, "eval/wikiwarsde")
	rep, err := Evaluate(dir, Options{Errors: os.Getenv("TIMEX_ERRORS") != ""})
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + rep.Text())
	if os.Getenv("TIMEX_ERRORS") != "" {
		for _, e := range rep.Errors {
			b, _ := json.Marshal(e)
			t.Log(string(b))
		}
	}
	if rep.All.Gold < 1000 {
		t.Errorf("read %d gold expressions, want the whole key", rep.All.Gold)
	}
	if rep.All.LenientF < 0.8 {
		t.Errorf("lenient F %.3f below 0.80", rep.All.LenientF)
	}
}
