// Command lexicon writes entity/data/lexicon.txt, the tagger's large name lists, from two
// Debian packages: trans-de-en (Frank Richter's German-English dictionary, GPL-2+), whose
// entries with a capitalised English translation are proper nouns, classified by their
// subject tags and glosses, and libtext-names-perl (Text::Names, Perl licence), whose
// frequency tables list common given names and surnames. Run it through
// `go generate ./entity` after `apt-get install trans-de-en libtext-names-perl`.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	ding := flag.String("ding", "/usr/share/trans/de-en", "trans-de-en dictionary file")
	names := flag.String("names", "/usr/share/perl5/Text/Names.pm", "Text::Names module with its name tables")
	out := flag.String("out", "data/lexicon.txt", "file to write")
	transOut := flag.String("trans", "data/translations.txt", "file to write the English names of places and organisations to")
	flag.Parse()
	lex := map[string]map[string]bool{}
	trans := map[string]string{}
	add := func(name, kind string) {
		if lex[name] == nil {
			lex[name] = map[string]bool{}
		}
		lex[name][kind] = true
	}
	if err := readDing(*ding, add, trans); err != nil {
		fmt.Fprintln(os.Stderr, "lexicon:", err)
		os.Exit(1)
	}
	if err := readNames(*names, add); err != nil {
		fmt.Fprintln(os.Stderr, "lexicon:", err)
		os.Exit(1)
	}
	if err := write(*out, lex); err != nil {
		fmt.Fprintln(os.Stderr, "lexicon:", err)
		os.Exit(1)
	}
	if err := writeTrans(*transOut, trans); err != nil {
		fmt.Fprintln(os.Stderr, "lexicon:", err)
		os.Exit(1)
	}
}

// Subject tags of entries that name species, substances and technical things: their
// capitalised English translations ("Swinhoe's snipe") are not names in news text.
var skipTags = map[string]bool{"ornith.": true, "bot.": true, "zool.": true, "biol.": true, "comp.": true,
	"med.": true, "chem.": true, "phys.": true, "techn.": true, "electr.": true, "math.": true,
	"pharm.": true, "anat.": true, "cook.": true, "textil.": true, "mach.": true, "constr.": true,
	"biochem.": true, "min.": true, "geol.": true, "agr.": true, "telco.": true, "print": true,
	"auto": true, "aviat.": true, "naut.": true, "mus.": true}

var (
	tagRe   = regexp.MustCompile(`\[([^\]]+)\]`)
	abbrRe  = regexp.MustCompile(`/([^/ ]+)/`)
	glossRe = regexp.MustCompile(`\(([^)]*)\)`)
	// Glosses and English words that say what kind of name an entry is.
	placeGloss = regexp.MustCompile(`(?i)\b(haupt)?(stadt|fluss|insel|inseln|gebirge|berg|see|region|landschaft|provinz|bundesland|kanton|staat|meer|ozean|kontinent|gemeinde|dorf|bezirk|halbinsel|tal|city|river|island|capital|mountain|lake|region|province|state|town)\b`)
	orgWords   = regexp.MustCompile(`\b(Organi[sz]ation|Union|Party|Agency|Bank|Council|Office|Association|Federation|Ministry|Court|Committee|Commission|Institute|Institution|Company|Corporation|Fund|Alliance|League|Army|Bureau|Department|Authority|Parliament|Assembly|Police|Service|Society|Foundation|Network|Group|Board|Conference)\b`)
	natEnd     = regexp.MustCompile(`(an|ian|ese|ish|i|er|ic)$`)
)

// readDing reads the dictionary: "German part | ... :: English part | ...", alternatives in
// a part separated by "; ", each alternative a headword with {gender}, (gloss), [tags] and
// /abbreviation/. Only the first part of a line is the headword; the others are examples.
func readDing(path string, add func(name, kind string), trans map[string]string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("read %s: %w (apt-get install trans-de-en)", path, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n := 0
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		de, en, ok := strings.Cut(line, " :: ")
		if !ok {
			continue
		}
		de, _, _ = strings.Cut(de, " | ")
		en, _, _ = strings.Cut(en, " | ")
		tags := map[string]bool{}
		for _, m := range tagRe.FindAllStringSubmatch(de, -1) {
			tags[m[1]] = true
		}
		skip := false
		for t := range tags {
			if skipTags[t] {
				skip = true
			}
		}
		if skip {
			continue
		}
		// An English name's <alternative> ("Bangkok <Krung Thep>") is not part of it.
		enFirst := clean(angleRe.ReplaceAllString(strings.Split(en, ";")[0], ""))
		if enFirst == "" || !unicode.IsUpper(firstRune(enFirst)) || strings.ContainsAny(enFirst, ".!?") {
			continue
		}
		gloss := strings.Join(glossAll(de), " ") + " " + strings.Join(glossAll(en), " ")
		for _, alt := range strings.Split(de, ";") {
			name := clean(alt)
			if !nameLike(name) {
				continue
			}
			gender := strings.Contains(alt, "{m}") || strings.Contains(alt, "{f}") || strings.Contains(alt, "{n}") || strings.Contains(alt, "{pl}")
			adj := strings.Contains(alt, "{adj}")
			kind := "prop"
			switch {
			case tags["geogr."] && adj:
				kind = "adj"
			case tags["geogr."] && gender && natEnd.MatchString(enFirst) && personNoun(name):
				kind = "nat"
			case tags["geogr."] || tags["astron."] || placeGloss.MatchString(gloss):
				kind = "loc"
			case orgWords.MatchString(enFirst) || (abbrRe.MatchString(alt) && (tags["pol."] || tags["econ."] || tags["adm."] || tags["mil."] || tags["jur."] || tags["sport"] || tags["school"])):
				kind = "org"
			}
			add(name, kind)
			n++
			if (kind == "loc" || kind == "org") && enFirst != name && nameLike(enFirst) && !qualified(name, enFirst) {
				if _, seen := trans[name]; !seen {
					trans[name] = enFirst // the first entry of a headword is its main sense
				}
			}
			if m := abbrRe.FindStringSubmatch(alt); m != nil && kind == "org" && isAbbr(m[1]) {
				add(m[1], "org")
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	if n == 0 {
		return fmt.Errorf("read %s: no proper nouns found", path)
	}
	return nil
}

// personNoun says whether a German noun looks like one for people (Somalier, Somalierin).
func personNoun(s string) bool {
	return strings.HasSuffix(s, "er") || strings.HasSuffix(s, "erin") || strings.HasSuffix(s, "e") || strings.HasSuffix(s, "in") || strings.HasSuffix(s, "ner")
}

func isAbbr(s string) bool {
	up := 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			up++
		} else if !unicode.IsLower(r) && r != '-' && !unicode.IsDigit(r) {
			return false
		}
	}
	return up >= 2 && utf8.RuneCountInString(s) <= 8
}

func glossAll(s string) []string {
	var out []string
	for _, m := range glossRe.FindAllStringSubmatch(s, -1) {
		out = append(out, m[1])
	}
	return out
}

// angleRe matches an <alternative> written after a name.
var angleRe = regexp.MustCompile(`<[^>]*>`)

// qualified reports whether en is the German name with a qualifier in lower-case words
// ("Frankfurt (Oder)" gives "Frankfurt an der Oder"): the bare name is another place's too
// (here the better known one's), so it is no translation of it. "Harz Mountains" is.
func qualified(name, en string) bool {
	rest, ok := strings.CutPrefix(en, name+" ")
	return ok && unicode.IsLower(firstRune(rest))
}

// clean strips a headword's annotations: {gender}, (gloss), [tags], /abbreviation/.
func clean(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch r {
		case '{', '(', '[':
			depth++
			continue
		case '}', ')', ']':
			if depth > 0 {
				depth--
			}
			continue
		}
		if depth == 0 {
			b.WriteRune(r)
		}
	}
	s = abbrRe.ReplaceAllString(b.String(), "")
	return strings.Join(strings.Fields(s), " ")
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// nameLike keeps headwords that can be names in running text: one to five words, the
// first and last capitalised, no sentence punctuation, no placeholders ("jdm.", "etw.").
func nameLike(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 5 || utf8.RuneCountInString(s) < 2 {
		return false
	}
	if !unicode.IsUpper(firstRune(ws[0])) || !unicode.IsUpper(firstRune(ws[len(ws)-1])) {
		return false
	}
	if strings.ContainsAny(s, ".!?,:;\"…") || strings.Contains(s, "etw") || strings.Contains(s, "jd") {
		return false
	}
	return true
}

// readNames reads Text::Names' frequency tables ("JAMES  3.318  3.318  1"): the heredocs
// assigned to $COMMON_MALE_FIRSTNAMES, $COMMON_FEMALE_FIRSTNAMES and $COMMON_SURNAMES.
func readNames(path string, add func(name, kind string)) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("read %s: %w (apt-get install libtext-names-perl)", path, err)
	}
	kind := ""
	n := 0
	for _, line := range strings.Split(string(data), "\n") {
		switch {
		case strings.HasPrefix(line, "$COMMON_MALE_FIRSTNAMES = <<"), strings.HasPrefix(line, "$COMMON_FEMALE_FIRSTNAMES = <<"):
			kind = "first"
			continue
		case strings.HasPrefix(line, "$COMMON_SURNAMES = <<"):
			kind = "sur"
			continue
		case line == "ENDNAMES":
			kind = ""
			continue
		}
		if kind == "" {
			continue
		}
		// A table line may hold two entries ("SMITH 1.006 1.006 1 JOHNSON ...").
		fs := strings.Fields(line)
		for i := 0; i < len(fs); i += 4 {
			w := fs[i]
			if !isWord(w) {
				break
			}
			add(title(w), kind)
			n++
		}
	}
	if n == 0 {
		return fmt.Errorf("read %s: no name tables found", path)
	}
	return nil
}

func isWord(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) && r != '\'' && r != '-' {
			return false
		}
	}
	return s != ""
}

func title(s string) string {
	r := []rune(strings.ToLower(s))
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}

func write(path string, lex map[string]map[string]bool) error {
	lines := make([]string, 0, len(lex))
	for n, kinds := range lex {
		ks := make([]string, 0, len(kinds))
		for k := range kinds {
			ks = append(ks, k)
		}
		sort.Strings(ks)
		lines = append(lines, n+"\t"+strings.Join(ks, ","))
	}
	return writeLines(path, `# Code generated by entity/internal/gen/lexicon; DO NOT EDIT.
# Sources: Debian's trans-de-en (German-English dictionary by Frank Richter, GPL-2.0-or-later):
# headwords with a capitalised English translation; Debian's libtext-names-perl (Text::Names,
# Perl licence): common given names and surnames. Lists of names are facts.
# Format: name<TAB>kinds (loc place, nat inhabitant, adj place adjective, org organisation,
# prop other proper noun, first given name, sur surname), comma-separated.
`, lines)
}

// writeTrans writes the English name of each German place and organisation name the
// dictionary translates ("Kiew" -> "Kiev"): the entity package pivots on it to give one
// entity one key in either language.
func writeTrans(path string, trans map[string]string) error {
	lines := make([]string, 0, len(trans))
	for n, en := range trans {
		lines = append(lines, n+"\t"+en)
	}
	return writeLines(path, `# Code generated by entity/internal/gen/lexicon; DO NOT EDIT.
# Source: Debian's trans-de-en (German-English dictionary by Frank Richter, GPL-2.0-or-later):
# German names of places and organisations and the first English translation of each.
# Format: German name<TAB>English name.
`, lines)
}

// writeLines writes a header and the lines sorted by their first field.
func writeLines(path, header string, lines []string) error {
	sort.Slice(lines, func(i, j int) bool {
		a, _, _ := strings.Cut(lines[i], "\t")
		b, _, _ := strings.Cut(lines[j], "\t")
		return a < b
	})
	var b strings.Builder
	b.WriteString(header)
	for _, l := range lines {
		b.WriteString(l + "\n")
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
