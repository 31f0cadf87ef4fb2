package similarity

import (
	"strings"
	"testing"

	"crosscheck/internal/testenv"
)

func TestReadPairs(t *testing.T) {
	in := "pair,title_1,title_2,text_1,text_2,Geography,Entities,Time,Narrative,Overall,Style,Tone\n" +
		"7,A,B,\"eins\nzwei, drei\",x,1,1,1,1,1.5,1,1\n"
	ps, err := ReadPairs(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 1 || ps[0].ID != "7" || ps[0].Text1 != "eins\nzwei, drei" || ps[0].Overall != 1.5 {
		t.Fatalf("got %+v", ps)
	}
	bad := []string{
		"",
		"pair,title_1\n1,a\n",
		"pair,title_1,title_2,text_1,text_2,Overall\n1,a,b,c,d,hoch\n",
	}
	for _, b := range bad {
		if _, err := ReadPairs(strings.NewReader(b)); err == nil {
			t.Errorf("ReadPairs(%q): no error", b)
		}
	}
}

func FuzzReadPairs(f *testing.F) {
	f.Add("pair,title_1,title_2,text_1,text_2,Overall\n1,a,b,\"c\nd\",e,2\n")
	f.Add("pair,title_1,title_2,text_1,text_2,Overall\n1,a\n")
	f.Fuzz(func(t *testing.T, s string) {
		ps, err := ReadPairs(strings.NewReader(s))
		if err != nil {
			return
		}
		for _, p := range ps {
			if p.Overall != p.Overall {
				t.Fatal("NaN overall")
			}
		}
	})
}

func TestEvaluate(t *testing.T) {
	path := testenv.SharedFile(t, "eval/semeval2022-de/pairs.csv")
	rep, err := Evaluate(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + rep.Text())
	if rep.Pairs < 100 {
		t.Errorf("only %d pairs read", rep.Pairs)
	}
	// A story similarity must at least order same-story pairs clearly above unrelated ones.
	if rep.Pearson < 0.5 {
		t.Errorf("Pearson r %.3f, want >= 0.5", rep.Pearson)
	}
	if _, err := rep.JSON(); err != nil {
		t.Fatal(err)
	}
}
