package entity

import (
	"bufio"
	"embed"
	"os"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed data/*.txt
var dataFS embed.FS

// Gazetteer kinds, a bit set per lower-cased name.
const (
	gCountry uint16 = 1 << iota
	gSubdiv
	gCity
	gRegion // continents, regions, waters
	gOrg
	gRole
	gTitle
	gAdj   // adjective stem of a place
	gFirst // a given name
	gTeam  // a sports team (with gOrg)
)

// gazetteer holds the read-only name tables, built once at init.
type gazetteer struct {
	kind      map[string]uint16 // lower-cased single or multi-word name -> kinds
	canon     map[string]string // lower-cased name -> canonical spelling
	adj       map[string]string // lower-cased adjective stem -> place
	maxWords  int               // longest multi-word name, in words
	firstWord map[string]bool   // lower-cased first words of multi-word names
	roleTails map[string]bool   // last three bytes of every role, to skip the compound search

	// keys maps lower-cased names with an identity in the lists to it: "iso:DE" (ISO 3166
	// codes of countries and regions), "geo:2910831" (GeoNames ids of cities); "" marks a
	// name two identities share. See key.go.
	keys map[string]string
	// notName holds lower-cased words written like names that name nothing (data/notnames.txt).
	notName map[string]bool
	skel    map[string]string // skeleton of a keyed name -> its key; "" when two keys share it
	// trans maps lower-cased German names of places and organisations to their English
	// names (data/translations.txt, from trans-de-en).
	trans map[string]string

	// The large lists of data/lexicon.txt (see internal/gen/lexicon), used only as tagger
	// features: they are too broad for rules to trust on their own.
	lex         map[string]uint8 // lower-cased name -> lexicon kinds
	lexMaxWords int
	lexFirst    map[string]bool // lower-cased first words of multi-word lexicon names
}

// Lexicon kinds, a bit set per lower-cased name of data/lexicon.txt.
const (
	lxLoc   uint8 = 1 << iota // a place
	lxNat                     // an inhabitant of a place
	lxAdj                     // an adjective of a place
	lxOrg                     // an organisation
	lxProp                    // another proper noun
	lxFirst                   // a given name
	lxSur                     // a surname
)

var lexKinds = map[string]uint8{"loc": lxLoc, "nat": lxNat, "adj": lxAdj, "org": lxOrg, "prop": lxProp, "first": lxFirst, "sur": lxSur}

// gazOnce loads the name tables on first use: commands that analyse nothing never pay
// for them.
var gazOnce = sync.OnceValue(loadGazetteer)

var cityKinds = os.Getenv("NO_CITIES") == ""

// cityRank is the priority of a city's identity (see setKey): 1 for a city known abroad
// under another name, 3 for any other.
func cityRank(f []string) int {
	if len(f) > 3 && strings.Contains(f[3], "|") {
		return 1
	}
	return 3
}

func loadGazetteer() *gazetteer {
	g := &gazetteer{kind: map[string]uint16{}, canon: map[string]string{}, adj: map[string]string{}, firstWord: map[string]bool{}, roleTails: map[string]bool{},
		lex: make(map[string]uint8, 16384), lexFirst: map[string]bool{}, keys: map[string]string{}, skel: map[string]string{}, trans: map[string]string{}, notName: map[string]bool{}}
	// Identities by priority: a country's code first, then a city known abroad under
	// another name ("Hanover" is Hannover, not the parish in Jamaica), a region's code, any
	// other city ("Hamburg" is DE-HH). Within one rank, a name two identities share has none.
	keySource := map[string]int{}
	setKey := func(name, key string, source int) {
		l := strings.ToLower(name)
		if s, ok := keySource[l]; ok && s < source {
			return
		}
		if old, ok := g.keys[l]; ok && old != key && keySource[l] == source {
			key = "" // two places of one name: no identity from the name alone
		}
		g.keys[l], keySource[l] = key, source
	}
	read := func(name string, fn func(fields []string)) {
		f, err := dataFS.Open("data/" + name)
		if err != nil {
			return // the tests check every file is present
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			line := strings.TrimSpace(sc.Text())
			if line == "" || line[0] == '#' {
				continue
			}
			fn(strings.Split(line, "\t"))
		}
	}
	add := func(name string, k uint16, canon string) {
		l := strings.ToLower(name)
		g.kind[l] |= k
		if canon == "" {
			canon = name
		}
		if _, ok := g.canon[l]; !ok || k&(gCountry|gCity|gRegion|gOrg) != 0 {
			g.canon[l] = canon
		}
		if strings.Contains(l, ". ") {
			// "1. FC Köln" as the tagger's words meet it: "1", ".", "FC", "Köln".
			var b strings.Builder
			for i, w := range tokenize(l, 0, nil) {
				if i > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(w.text)
			}
			if t := b.String(); t != l {
				g.kind[t] |= k
				if _, ok := g.canon[t]; !ok {
					g.canon[t] = canon
				}
				g.maxWords = max(g.maxWords, strings.Count(t, " ")+1)
				g.firstWord[t[:strings.IndexByte(t, ' ')]] = true
			}
		}
		if n := strings.Count(l, " ") + 1; n > 1 {
			g.maxWords = max(g.maxWords, n)
			fw := l[:strings.IndexByte(l, ' ')]
			g.firstWord[fw] = true
			g.firstWord[stripAdjEnding(fw)] = true
			// Inflected multi-word forms ("das Schwarze Meer") are found through their
			// adjective-stripped key.
			g.kind[multiKey(l)] |= k
			if _, ok := g.canon[multiKey(l)]; !ok || canon != name {
				g.canon[multiKey(l)] = canon
			}
		}
	}
	read("countries.txt", func(f []string) {
		add(f[0], gCountry, "")
		if len(f) > 1 {
			setKey(f[0], "iso:"+f[1], 0)
		}
	})
	read("subdivisions.txt", func(f []string) {
		add(f[0], gSubdiv, "")
		if len(f) > 1 {
			setKey(f[0], "iso:"+f[1], 2)
		}
	})
	read("places.txt", func(f []string) {
		k := gRegion
		if len(f) > 1 {
			switch f[1] {
			case "country":
				k = gCountry
			case "city":
				k = gCity
			}
		}
		c := ""
		if len(f) > 2 {
			c = f[2]
		}
		add(f[0], k, c)
		// A short form the code lists lack ("USA", "Großbritannien") has the identity its
		// line names, so that it meets "United States" and "United Kingdom" across languages.
		if len(f) > 3 && f[3] != "" {
			setKey(f[0], f[3], 0)
		}
	})
	for _, file := range []string{"orgs.txt", "teams.txt"} {
		k := gOrg
		if file == "teams.txt" {
			k |= gTeam
		}
		read(file, func(f []string) {
			c := ""
			if len(f) > 1 {
				c = f[1]
			}
			add(f[0], k, c)
		})
	}
	read("roles.txt", func(f []string) {
		k := gRole
		if len(f) > 1 && f[1] == "title" {
			k = gTitle
		}
		g.kind[f[0]] |= k
		if len(f[0]) >= 3 {
			g.roleTails[f[0][len(f[0])-3:]] = true
		}
	})
	read("firstnames.txt", func(f []string) { g.kind[strings.ToLower(f[0])] |= gFirst })
	read("adjectives.txt", func(f []string) {
		if len(f) > 1 {
			g.adj[f[0]] = f[1]
			g.kind[f[0]] |= gAdj
		}
	})
	readLex := func(f []string) {
		if len(f) < 2 {
			return
		}
		l := strings.ToLower(f[0])
		for _, k := range strings.Split(f[1], ",") {
			g.lex[l] |= lexKinds[k]
		}
		if n := strings.Count(l, " ") + 1; n > 1 {
			g.lexMaxWords = max(g.lexMaxWords, n)
			fw := l[:strings.IndexByte(l, ' ')]
			g.lexFirst[fw] = true
			g.lexFirst[stripAdjEnding(fw)] = true
			g.lex[multiKey(l)] = g.lex[l] // inflected forms: "das Rote Meer"
		}
	}
	read("lexicon.txt", readLex)
	read("companies.txt", readLex)
	read("notnames.txt", func(f []string) { g.notName[strings.ToLower(f[0])] = true })
	read("translations.txt", func(f []string) {
		if len(f) > 1 {
			g.trans[strings.ToLower(f[0])] = f[1]
		}
	})
	// Cities last: they give way to the names above.
	read("cities.txt", func(f []string) {
		if len(f) < 3 {
			return
		}
		switch f[2] {
		case "city":
			// A city named like a person ("Antony", "Jackson") is no place without a cue.
			if l := strings.ToLower(f[0]); cityKinds && g.kind[l]&gFirst == 0 && g.lex[l]&(lxFirst|lxSur) == 0 {
				add(f[0], gCity, "")
			}
			setKey(f[0], f[1], cityRank(f))
		case "name":
			setKey(f[0], f[1], cityRank(f))
		case "adj":
			if len(f) > 3 {
				l := strings.ToLower(f[0])
				if _, ok := g.adj[l]; !ok {
					g.adj[l] = f[3]
					g.kind[l] |= gAdj
				}
			}
		}
	})
	names := make([]string, 0, len(g.keys))
	for n := range g.keys {
		names = append(names, n)
	}
	sort.Strings(names) // map order must not decide which key a shared skeleton keeps
	skelRank := map[string]int{}
	for _, n := range names {
		k := g.keys[n]
		if k == "" {
			continue
		}
		sk, r := skeleton(n), keySource[n]
		if old, ok := g.skel[sk]; ok {
			if skelRank[sk] < r {
				continue // a better-ranked identity has this skeleton
			}
			if skelRank[sk] == r && old != k {
				k = ""
			}
		}
		g.skel[sk], skelRank[sk] = k, r
	}
	return g
}

// lexLookup is the lexicon kinds of a lower-cased word, trying the genitive -s form.
func (g *gazetteer) lexLookup(lower string) uint8 {
	if k := g.lex[lower]; k != 0 {
		return k
	}
	if strings.HasSuffix(lower, "s") && len(lower) > 3 {
		return g.lex[lower[:len(lower)-1]]
	}
	return 0
}

// markLexSpans marks the words of multi-word lexicon names ("Deutscher Verband für
// Schweißtechnik"), longest match first: the kinds, and whether a word begins the name.
func (g *gazetteer) markLexSpans(ti []tokInfo) {
	var exact, stripped []byte // reused keys; map lookups with string(bytes) do not allocate
	for i := 0; i < len(ti); i++ {
		// Every name of the lexicon starts with a capital letter.
		if !ti[i].lexStart {
			continue
		}
		for n := min(g.lexMaxWords, len(ti)-i); n >= 2; n-- {
			exact, stripped = exact[:0], append(stripped[:0], '~')
			for j := i; j < i+n; j++ {
				if j > i {
					exact = append(exact, ' ')
					stripped = append(stripped, ' ')
				}
				exact = append(exact, ti[j].lower...)
				if j < i+n-1 {
					stripped = append(stripped, stripAdjEnding(ti[j].lower)...)
				} else {
					stripped = append(stripped, ti[j].lower...)
				}
			}
			k := g.lex[string(exact)]
			if k == 0 {
				k = g.lex[string(stripped)]
			}
			if k != 0 {
				ti[i].span = uint16(k)<<2 | 1
				for j := i + 1; j < i+n; j++ {
					ti[j].span = uint16(k)<<2 | 2
				}
				i += n - 1
				break
			}
		}
	}
}

// multiKey strips German adjective endings from every word but the last, so that
// "schwarze meer", "schwarzen meer" and "schwarzes meer" share one key.
func multiKey(l string) string {
	ws := strings.Fields(l)
	for i := 0; i < len(ws)-1; i++ {
		ws[i] = stripAdjEnding(ws[i])
	}
	return "~" + strings.Join(ws, " ")
}

// stripAdjEnding removes a German adjective inflection ending (-e, -en, -er, -es, -em).
func stripAdjEnding(w string) string {
	for _, suf := range []string{"en", "er", "es", "em", "e"} {
		if strings.HasSuffix(w, suf) && utf8.RuneCountInString(w) > len(suf)+2 {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// adjPlace maps an inflected adjective ("südkoreanischen") to its place, or "".
func (g *gazetteer) adjPlace(lower string) string {
	if p, ok := g.adj[lower]; ok {
		return p
	}
	if p, ok := g.adj[stripAdjEnding(lower)]; ok {
		return p
	}
	return ""
}

// roleKind reports whether a lower-cased word is a role or title, directly or as the last
// part of a compound ("außenministerin", "nato-generalsekretär", "us-präsident").
func (g *gazetteer) roleKind(lower string) uint16 {
	if k := g.kind[lower] & (gRole | gTitle); k != 0 {
		return k
	}
	// Inflected roles: "Kollegen", "Präsidenten", "Ministers".
	for _, suf := range []string{"en", "n", "s"} {
		if b := strings.TrimSuffix(lower, suf); b != lower && len(b) > 3 {
			if k := g.kind[b] & gRole; k != 0 {
				return k
			}
		}
	}
	if i := strings.LastIndexByte(lower, '-'); i >= 0 {
		return g.roleKind(lower[i+1:])
	}
	// Compounds: the longest role that ends the word and leaves a stem of 3+ letters.
	if len(lower) < 8 || !g.roleTails[lower[len(lower)-3:]] {
		return 0
	}
	for i := range lower {
		if i < 3 {
			continue
		}
		if k := g.kind[lower[i:]] & gRole; k != 0 && utf8.RuneCountInString(lower[i:]) >= 5 {
			return k
		}
	}
	return 0
}

// lookupCase is lookup for a word as written: a name the lists spell in capitals (an
// acronym such as "UN") only matches a word written in capitals ("Un" in "Kim Jong Un" is not).
func (g *gazetteer) lookupCase(text, lower string) (uint16, string) {
	k, c := g.lookup(lower)
	if k != 0 && isAllCaps(strings.TrimSuffix(c, "s")) && !isAllCaps(text) && utf8.RuneCountInString(c) <= 4 {
		return 0, ""
	}
	return k, c
}

// lookup is the gazetteer kind and canonical name of a lower-cased word, trying the
// genitive -s form.
func (g *gazetteer) lookup(lower string) (uint16, string) {
	if k, ok := g.kind[lower]; ok && k&^(gRole|gTitle|gAdj|gFirst) != 0 {
		return k &^ gFirst, g.canon[lower]
	}
	if strings.HasSuffix(lower, "s") && len(lower) > 3 {
		if k, ok := g.kind[lower[:len(lower)-1]]; ok && k&(gCountry|gCity|gRegion|gSubdiv) != 0 {
			return k &^ gFirst, g.canon[lower[:len(lower)-1]]
		}
	}
	return 0, ""
}

func isUpperStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
