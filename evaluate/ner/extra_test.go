package ner

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"crosscheck/entity"
	"crosscheck/internal/testenv"
)

func tagsOf(s entity.Sentence) string {
	var b strings.Builder
	for i, w := range s.Words {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w + "/" + s.Tags[i])
	}
	return b.String()
}

// TestExtraReaders checks the three readers and the type mapping on small files we wrote
// in each corpus's format.
func TestExtraReaders(t *testing.T) {
	dir := t.TempDir()
	for _, d := range []string{"mobie", "smartdata", "europeana"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	conll := "-DOCSTART- -1- O O\n\n#Bahn NE I-NE B-organization-company\nzwischen APPR I-AP O\nKöln NE I-NE B-location-city\nund KON I-KO O\n" +
		"Bonn NE I-NE I-location-city\nam APPRART I-AP O\n23.03 CARD I-CA B-date\nmit APPR I-AP O\nS4 CARD I-CA B-location-route\n" +
		"und KON I-KO O\nder ART I-AR O\ndeutschen ADJA I-AD O\nPolizei NN I-NN O\n. $. I-$. O\n"
	for _, f := range []string{"train.conll2003", "dev.conll2003", "test.conll2003"} {
		if err := os.WriteFile(filepath.Join(dir, "mobie", f), []byte(conll), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// SmartData spans are UTF-16 offsets: the emoji before "Anna" counts two.
	doc := `{"text":{"string":"🚗 Anna Berg fährt zur Bahn-Zentrale in Köln.\nNeue Zeile."},"conceptMentions":{"array":[` +
		`{"span":{"start":3,"end":12},"type":"person"},{"span":{"start":23,"end":27},"type":"organization-company"},` +
		`{"span":{"start":40,"end":44},"type":"location-city"},{"span":{"start":13,"end":18},"type":"trigger"}]}}` + "\n"
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(doc + doc)) // the second copy is a duplicate text and is skipped
	zw.Close()
	for _, f := range []string{"train.json.gz", "test.json.gz"} {
		if err := os.WriteFile(filepath.Join(dir, "smartdata", f), gz.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	bio := "Der O\nGraf B-PEr\nBismarck I-PER\nkam O\nnach O\nWien B_LOC\n. O\nDie O\nZeitung B-MISC\nschrieb O\n. O\n"
	if err := os.WriteFile(filepath.Join(dir, "europeana", "a.bio"), []byte(bio), 0o644); err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{
		"mobie": {"Bahn/B-ORG zwischen/O Köln/B-LOC und/O Bonn/B-LOC am/O 23.03/O mit/O S4/O und/O der/O deutschen/B-LOCderiv Polizei/O ./O"},
		"smartdata": {"🚗/O Anna/B-PER Berg/I-PER fährt/O zur/O Bahn-Zentrale/B-ORGpart in/O Köln/B-LOC ./O",
			"Neue/O Zeile/O ./O"},
		"europeana": {"Der/O Graf/B-PER Bismarck/I-PER kam/O nach/O Wien/B-LOC ./O", "Die/O Zeitung/O schrieb/O ./O"},
	}
	for src, w := range want {
		ss, err := ReadExtra(dir, src)
		if err != nil {
			t.Fatal(err)
		}
		if src == "mobie" {
			ss = ss[:1] // three identical files
		}
		var got []string
		for _, s := range ss {
			got = append(got, tagsOf(s))
			if s.Source != src {
				t.Errorf("%s: sentence source %q", src, s.Source)
			}
		}
		if strings.Join(got, "\n") != strings.Join(w, "\n") {
			t.Errorf("%s:\n got %q\nwant %q", src, got, w)
		}
	}
	if _, err := ReadExtra(dir, "nosuch"); err == nil {
		t.Error("want an error for an unknown source")
	}
}

// TestExtraCorpora reads the real corpora: every tag is one the tagger knows, and each
// source gives what it should in size and types.
func TestExtraCorpora(t *testing.T) {
	dir := filepath.Join(testenv.Shared(t), "eval", "ner-extra")
	for _, tt := range []struct {
		src       string
		minSents  int
		needTypes []string
	}{
		{"mobie", 7000, []string{"LOC", "ORG", "PER"}},
		{"smartdata", 11000, []string{"LOC", "ORG", "PER", "ORGpart"}},
		{"europeana", 4000, []string{"LOC", "ORG", "PER", "LOCderiv"}},
	} {
		ss, err := ReadExtra(dir, tt.src)
		if err != nil {
			t.Fatal(err)
		}
		types := map[string]int{}
		for _, s := range ss {
			for _, tg := range s.Tags {
				if entity.LabelIndex(tg) < 0 {
					t.Fatalf("%s: tag %q unknown to the tagger", tt.src, tg)
				}
				if strings.HasPrefix(tg, "B-") {
					types[tg[2:]]++
				}
			}
		}
		if len(ss) < tt.minSents {
			t.Errorf("%s: %d sentences, want at least %d", tt.src, len(ss), tt.minSents)
		}
		for _, ty := range tt.needTypes {
			if types[ty] == 0 {
				t.Errorf("%s: no %s mention (%v)", tt.src, ty, types)
			}
		}
	}
}
