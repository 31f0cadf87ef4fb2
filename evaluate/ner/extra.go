package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"crosscheck/article"
	"crosscheck/entity"
)

// The extra training data of ../shared/eval/ner-extra, mapped onto GermEval 2014's outer
// types (docs/quality.md, "Extra training data", states the mapping and why):
//
//   - MobIE (DFKI, CC BY 4.0): CoNLL-2003 columns, German traffic news and tweets.
//   - SmartData (DFKI, CC BY 4.0): JSON documents with character spans, German news,
//     business and traffic texts and tweets; train and test files, both used for training.
//   - Europeana Newspapers (CC0): token-per-line BIO over PER, LOC, ORG, historical German
//     newspaper text with OCR errors and no sentence boundaries.
//
// None of them annotates GermEval's OTH type, derivations or parts. Lower-case adjectives of
// places ("deutsche") are labelled LOCderiv from the entity package's adjective table (as
// GermEval does), and a mention that covers only a hyphenated part of a token
// ("Bahn" in "Bahn-Chef") becomes a part label; OTH stays unlabelled.

// ShippedExtra are the sources the shipped model is trained on besides GermEval, those that
// raised held-out F1 in cross-validation (docs/quality.md).
var ShippedExtra = []string{"mobie", "smartdata", "europeana"}

// ReadShippedExtra reads the sources the shipped model is trained on (ShippedExtra) from
// dir (../shared/eval/ner-extra).
func ReadShippedExtra(dir string) ([]entity.Sentence, error) {
	var out []entity.Sentence
	for _, src := range ShippedExtra {
		ss, err := ReadExtra(dir, src)
		if err != nil {
			return nil, err
		}
		out = append(out, ss...)
	}
	return out, nil
}

// ExtraSources are the names ReadExtra knows, in the order they are read.
var ExtraSources = []string{"mobie", "smartdata", "europeana"}

// extraType maps a MobIE/SmartData concept type to a GermEval type ("" when it names no
// entity in GermEval's sense: dates, numbers, triggers, roles, routes).
func extraType(t string) string {
	switch t {
	case "person":
		return "PER"
	case "organization", "organization-company":
		return "ORG"
	case "location", "location-city", "location-street", "location-stop":
		// GermEval labels streets, stations and stops as places ("Hauptbahnhof Köln").
		return "LOC"
	}
	// location-route ("S4", "A 5", "RE 7") is a line or road number, which GermEval leaves
	// unlabelled or calls OTH inconsistently; dates, times, numbers, durations, distances,
	// triggers, event causes, disaster types and org-position (a role) name no entity.
	return ""
}

// ReadExtra reads one source of ../shared/eval/ner-extra (dir is that folder) as training
// sentences with GermEval outer tags.
func ReadExtra(dir, source string) ([]entity.Sentence, error) {
	var out []entity.Sentence
	switch source {
	case "mobie":
		for _, f := range []string{"train.conll2003", "dev.conll2003", "test.conll2003"} {
			ss, err := readMobIE(filepath.Join(dir, "mobie", f))
			if err != nil {
				return nil, err
			}
			out = append(out, ss...)
		}
	case "smartdata":
		seen := map[string]bool{}
		for _, f := range []string{"train.json.gz", "test.json.gz"} {
			ss, err := readSmartData(filepath.Join(dir, "smartdata", f), seen)
			if err != nil {
				return nil, err
			}
			out = append(out, ss...)
		}
	case "europeana":
		names, err := filepath.Glob(filepath.Join(dir, "europeana", "*.bio"))
		if err != nil {
			return nil, fmt.Errorf("ner: europeana: %w", err)
		}
		if len(names) == 0 {
			return nil, fmt.Errorf("ner: europeana: no *.bio files in %s", filepath.Join(dir, "europeana"))
		}
		sort.Strings(names)
		for _, f := range names {
			ss, err := readEuropeana(f)
			if err != nil {
				return nil, err
			}
			out = append(out, ss...)
		}
	default:
		return nil, fmt.Errorf("ner: unknown extra source %q (known: %s)", source, strings.Join(ExtraSources, ", "))
	}
	for i := range out {
		markDerived(out[i])
		out[i].Source = source
	}
	return out, nil
}

// markDerived labels unlabelled lower-case adjectives of places as LOCderiv.
func markDerived(s entity.Sentence) {
	for i, w := range s.Words {
		if s.Tags[i] != "O" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) && entity.PlaceAdjective(w) != "" {
			s.Tags[i] = "B-LOCderiv"
		}
	}
}

// cleanWord removes the marks of a tweet that news text lacks: "#Bahn" is "Bahn".
func cleanWord(w string) string {
	if len(w) > 1 && w[0] == '#' {
		return w[1:]
	}
	return w
}

// readMobIE reads MobIE's CoNLL-2003 file: "token POS chunk tag" lines, a blank line
// between sentences, -DOCSTART- lines between documents.
func readMobIE(path string) ([]entity.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("ner: mobie: %w", err)
	}
	defer f.Close()
	var out []entity.Sentence
	var cur entity.Sentence
	flush := func() {
		if len(cur.Words) > 0 {
			out = append(out, cur)
		}
		cur = entity.Sentence{}
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) == 0 || fs[0] == "-DOCSTART-" {
			flush()
			continue
		}
		if len(fs) < 2 {
			continue
		}
		tag := "O"
		bi, typ, ok := strings.Cut(fs[len(fs)-1], "-")
		if g := extraType(typ); ok && g != "" {
			tag = bi + "-" + g
		}
		cur.Words = append(cur.Words, cleanWord(fs[0]))
		cur.Tags = append(cur.Tags, tag)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("ner: mobie %s: %w", filepath.Base(path), err)
	}
	flush()
	return normaliseBIO(out), nil
}

// normaliseBIO makes every chunk start with B- (CoNLL-2003 files may start chunks with I-)
// and cuts a chunk where its type changes.
func normaliseBIO(ss []entity.Sentence) []entity.Sentence {
	for _, s := range ss {
		prev := "O"
		for i, t := range s.Tags {
			if strings.HasPrefix(t, "I-") && (prev == "O" || prev[2:] != t[2:]) {
				t = "B-" + t[2:]
				s.Tags[i] = t
			}
			prev = t
		}
	}
	return ss
}

type smartDoc struct {
	Text struct {
		String string `json:"string"`
	} `json:"text"`
	ConceptMentions struct {
		Array []struct {
			Span struct {
				Start int `json:"start"`
				End   int `json:"end"`
			} `json:"span"`
			Type string `json:"type"`
		} `json:"array"`
	} `json:"conceptMentions"`
}

// readSmartData reads a gzipped file of SmartData JSON documents (one after another, not
// an array). Spans are UTF-16 offsets into the text (the corpus was made in Java). The
// text is split into sentences by the German pack and into words by the tagger's own
// tokenizer; documents whose text was seen before (in another file) are skipped.
func readSmartData(path string, seen map[string]bool) ([]entity.Sentence, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("ner: smartdata: %w", err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("ner: smartdata %s: %w", filepath.Base(path), err)
	}
	dec := json.NewDecoder(zr)
	var out []entity.Sentence
	for n := 1; ; n++ {
		var d smartDoc
		if err := dec.Decode(&d); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return nil, fmt.Errorf("ner: smartdata %s: document %d: %w", filepath.Base(path), n, err)
		}
		if seen[d.Text.String] {
			continue
		}
		seen[d.Text.String] = true
		// UTF-16 offsets to code point offsets.
		rs := []rune(d.Text.String)
		cp := make([]int, 0, len(rs)+1) // UTF-16 offset -> code point offset
		for i, r := range rs {
			for k := 0; k < utf16.RuneLen(r); k++ {
				cp = append(cp, i)
			}
		}
		cp = append(cp, len(rs))
		var spans []span
		for _, m := range d.ConceptMentions.Array {
			g := extraType(m.Type)
			s, e := m.Span.Start, m.Span.End
			if g == "" || s < 0 || e > len(cp)-1 || s >= e {
				continue
			}
			spans = append(spans, span{cp[s], cp[e], g})
		}
		out = append(out, labelText(rs, spans)...)
	}
	return out, nil
}

type span struct {
	start, end int // code points
	typ        string
}

// labelText splits a text into sentences (per line, then by the German pack) and words,
// and tags the words from the mention spans.
func labelText(rs []rune, spans []span) []entity.Sentence {
	var out []entity.Sentence
	lineStart := 0
	for i := 0; i <= len(rs); i++ {
		if i < len(rs) && rs[i] != '\n' {
			continue
		}
		line := string(rs[lineStart:i])
		for _, sp := range germanPack().Sentences(line) {
			if sp.Start < 0 || sp.End > i-lineStart || sp.Start >= sp.End {
				continue
			}
			base := lineStart + sp.Start
			ws := entity.WordSpans(string(rs[base : lineStart+sp.End]))
			if len(ws) == 0 {
				continue
			}
			s := entity.Sentence{Words: make([]string, len(ws)), Tags: make([]string, len(ws))}
			for k, w := range ws {
				s.Words[k] = cleanWord(string(rs[base+w.Start : base+w.End]))
				s.Tags[k] = "O"
			}
			tagWords(s, ws, base, spans)
			out = append(out, s)
		}
		lineStart = i + 1
	}
	return out
}

// tagWords sets BIO tags from mention spans. A mention that covers only part of a
// hyphenated word ("Bahn" of "Bahn-Chef") makes it a part; mentions that cut through a
// word otherwise are left out.
func tagWords(s entity.Sentence, ws []article.Span, base int, spans []span) {
	for _, m := range spans {
		first, last := -1, -1
		for k, w := range ws {
			if base+w.End <= m.start || base+w.Start >= m.end {
				continue
			}
			if first < 0 {
				first = k
			}
			last = k
		}
		if first < 0 {
			continue
		}
		fs, le := base+ws[first].Start, base+ws[last].End
		switch {
		case fs == m.start && le == m.end:
			if s.Tags[first] != "O" {
				continue
			}
			s.Tags[first] = "B-" + m.typ
			for k := first + 1; k <= last; k++ {
				s.Tags[k] = "I-" + m.typ
			}
		case first == last && strings.Contains(s.Words[first], "-") && (fs == m.start || le == m.end):
			if s.Tags[first] == "O" {
				s.Tags[first] = "B-" + m.typ + "part"
			}
		}
	}
}

// readEuropeana reads a Europeana Newspapers BIO file ("token tag" lines). The files have
// no sentence boundaries: a sentence ends at ".", "!" or "?" before a capitalised word, or
// after 60 words. Malformed tags ("B-PEr", "B_LOC") are repaired, unknown ones dropped.
func readEuropeana(path string) ([]entity.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("ner: europeana: %w", err)
	}
	defer f.Close()
	var words, tags []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) < 2 {
			continue
		}
		words = append(words, fs[0])
		tags = append(tags, europeanaTag(fs[len(fs)-1]))
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("ner: europeana %s: %w", filepath.Base(path), err)
	}
	var out []entity.Sentence
	start := 0
	for i := range words {
		end := i+1 == len(words) || i+1-start >= 60
		if !end && (words[i] == "." || words[i] == "!" || words[i] == "?") && !strings.HasPrefix(tags[i+1], "I-") {
			r, _ := utf8.DecodeRuneInString(words[i+1])
			end = unicode.IsUpper(r)
		}
		if end {
			out = append(out, entity.Sentence{Words: words[start : i+1], Tags: tags[start : i+1]})
			start = i + 1
		}
	}
	return normaliseBIO(out), nil
}

func europeanaTag(t string) string {
	t = strings.ToUpper(strings.NewReplacer("_", "-", ".", "-").Replace(t))
	bi, typ, ok := strings.Cut(t, "-")
	if !ok || (bi != "B" && bi != "I") {
		return "O"
	}
	switch typ {
	case "PER", "LOC", "ORG":
		return bi + "-" + typ
	}
	return "O"
}
