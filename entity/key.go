package entity

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"crosscheck/article"
)

// Key returns an entity's language-independent key: the same for its names in any
// language, so that reports in German and English of one happening share their entities'
// keys ("Hannover" and "Hanover", "Deutschland" and "Germany", "Kiew", "Kyiv" and "Kiev",
// "Selenskyj", "Zelensky" and "Zelenskyy"). It is the type, a colon, and:
//
//   - an identity from the lists where the name (or its English translation) has one:
//     "iso:DE" for a country or region (ISO 3166 codes of iso-codes), "geo:2910831" for a
//     city (GeoNames ids of libgeonames-common);
//   - otherwise "~" and the skeleton of the name's English form (trans-de-en) or of the
//     name itself: lower case, no diacritics, transliteration variants made one (w and v,
//     j and y, z and s, c and k, "sch" and "sh"), every run of vowels one "a", doubled
//     letters single. A skeleton that one listed identity alone has becomes that identity
//     ("Kiew" -> "kav" -> the GeoNames id of "Kyiv").
//
// A person's key is the skeleton of the surname (the canonical name's last word), which
// joins "Wolodymyr Selenskyj" and "Zelensky" across languages; two people of one surname
// share it, so placement weighs it with the other evidence.
func Key(typ, canonical string) string {
	canonical = strings.TrimSpace(canonical)
	if canonical == "" {
		return ""
	}
	if typ == article.EntityPerson {
		ws := strings.Fields(canonical)
		return typ + ":~" + skeleton(ws[len(ws)-1])
	}
	g := gazOnce()
	l := strings.ToLower(canonical)
	place := typ == article.EntityPlace // the identities are those of places
	if id := g.keys[l]; id != "" && place {
		return typ + ":" + id
	}
	pivot := l
	if en, ok := g.trans[l]; ok {
		pivot = strings.ToLower(en)
		if id := g.keys[pivot]; id != "" && place {
			return typ + ":" + id
		}
	}
	sk := skeleton(pivot)
	if id := g.skel[sk]; id != "" && place {
		return typ + ":" + id
	}
	return typ + ":~" + sk
}

// translit makes transliteration variants one (see Key).
var translit = strings.NewReplacer("tsch", "ch", "sch", "sh", "ph", "f", "w", "v", "j", "y", "z", "s", "c", "k", "q", "k", "x", "ks")

// skeleton is the skeleton of a name (see Key).
func skeleton(name string) string {
	s := strings.ToLower(norm.NFD.String(name))
	var b strings.Builder
	for _, r := range s {
		if unicode.Is(unicode.Mn, r) {
			continue // diacritics
		}
		if r == 'ß' {
			b.WriteString("ss")
			continue
		}
		b.WriteRune(r)
	}
	s = translit.Replace(b.String())
	b.Reset()
	var last rune
	for _, r := range s {
		switch {
		case strings.ContainsRune("aeiouy", r):
			r = 'a'
		case !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ' ':
			continue
		}
		if r == last {
			continue
		}
		last = r
		b.WriteRune(r)
	}
	return strings.Join(strings.Fields(b.String()), " ")
}
