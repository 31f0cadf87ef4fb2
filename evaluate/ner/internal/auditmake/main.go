// Command auditmake helps annotate an entity audit (evaluate/ner/testdata/audit-*.tsv)
// without copying article text into the repository.
//
//	go run ./evaluate/ner/internal/auditmake -src eval/news-en/news-2023-03.jsonl -show en073,en075
//
// prints the articles' texts as crosscheck ingests them, to read and annotate by hand;
//
//	go run ./evaluate/ner/internal/auditmake -src eval/news-en/news-2023-03.jsonl -make NOTES > audit.tsv
//
// turns hand notes kept outside the repository (lines "id<TAB>mention<TAB>type", in the
// order the mentions occur in each article) into audit lines with code-point offsets and
// hashes. Each mention is looked for from the end of the one before it, as a whole word
// (no letter or digit on either side); a mention not found is an error naming it.
package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"crosscheck/app"
	"crosscheck/evaluate/ner"
	"crosscheck/ingest"
	"crosscheck/internal/testenv"
)

func main() {
	src := flag.String("src", "", "news set, relative to ../shared")
	show := flag.String("show", "", "comma-separated article ids whose text to print")
	mk := flag.String("make", "", "notes file to turn into audit lines")
	flag.Parse()
	if err := run(*src, *show, *mk); err != nil {
		fmt.Fprintln(os.Stderr, "auditmake:", err)
		os.Exit(1)
	}
}

func run(src, show, mk string) error {
	if src == "" || (show == "") == (mk == "") {
		return fmt.Errorf("want -src and one of -show or -make")
	}
	texts := map[string][]rune{}
	path := filepath.Join(testenv.RepoRoot(), "..", "shared", src)
	err := ingest.Read(context.Background(), path, app.IngestOptions(), func(it ingest.Item) error {
		if it.Err == nil && it.Article != nil {
			texts[it.Article.ID] = []rune(it.Article.Text)
		}
		return nil
	})
	if err != nil {
		return err
	}
	if show != "" {
		for _, id := range strings.Split(show, ",") {
			t, ok := texts[id]
			if !ok {
				return fmt.Errorf("article %s not in %s", id, src)
			}
			fmt.Printf("=== %s (%d code points)\n%s\n\n", id, len(t), string(t))
		}
		return nil
	}
	f, err := os.Open(mk)
	if err != nil {
		return err
	}
	defer f.Close()
	cursor := map[string]int{}
	count := map[string]int{}
	var ids []string
	var out []string
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), " ")
		if line == "" || line[0] == '#' {
			continue
		}
		fs := strings.Split(line, "\t")
		if len(fs) != 3 {
			return fmt.Errorf("%s:%d: want id, mention, type", mk, n)
		}
		id, m, typ := fs[0], []rune(fs[1]), fs[2]
		t, ok := texts[id]
		if !ok {
			return fmt.Errorf("%s:%d: article %s not in %s", mk, n, id, src)
		}
		if _, seen := cursor[id]; !seen {
			ids = append(ids, id)
		}
		s := find(t, m, cursor[id])
		if s < 0 {
			return fmt.Errorf("%s:%d: %q not found in %s after offset %d", mk, n, fs[1], id, cursor[id])
		}
		cursor[id] = s + len(m)
		count[id+"\t"+fs[1]]++
		out = append(out, fmt.Sprintf("%s\t%d\t%d\t%s\t%s", id, s, s+len(m), typ, ner.MentionHash(string(m))))
	}
	if err := sc.Err(); err != nil {
		return err
	}
	// A name annotated once but written more often is usually a mention forgotten:
	// say so, for the annotator to look again (a deliberate skip is fine).
	for key, n := range count {
		id, m, _ := strings.Cut(key, "\t")
		if k := occurrences(texts[id], []rune(m)); k != n {
			fmt.Fprintf(os.Stderr, "auditmake: %s: %q annotated %d times, written %d times\n", id, m, n, k)
		}
	}
	fmt.Printf("source\t%s\n", src)
	for _, id := range ids {
		fmt.Printf("article\t%s\n", id)
	}
	for _, l := range out {
		fmt.Println(l)
	}
	return nil
}

// find returns the first whole-word occurrence of m in t at or after from, or -1.
func find(t, m []rune, from int) int {
	word := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	for s := from; s+len(m) <= len(t); s++ {
		if string(t[s:s+len(m)]) != string(m) {
			continue
		}
		if s > 0 && word(t[s-1]) && word(m[0]) || s+len(m) < len(t) && word(t[s+len(m)]) && word(m[len(m)-1]) {
			continue
		}
		return s
	}
	return -1
}

func occurrences(t, m []rune) int {
	n := 0
	for s := find(t, m, 0); s >= 0; s = find(t, m, s+len(m)) {
		n++
	}
	return n
}
