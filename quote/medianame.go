package quote

import (
	"strings"

	"crosscheck/article"
)

// plainMedium names the medium that the source words [ss, se) give by a name spelled like a
// common word, which the entity tagger does not read as a name (quote_medianames): "Wie die
// Bild berichtet", "laut Sport Bild", "der Bild-Zeitung zufolge", "Nach Bild-Informationen".
// The name must open the words, after at most one article, and end them. A name that is also a
// common noun of another gender ("das Bild", a picture) names the medium only after an article
// of the medium's gender, or bare right after a cue standing before its source ("laut") or
// before one standing after it ("zufolge"). An article that after a speech verb can only be a
// dative ("sagte der Bild") makes the medium whom it was told, never the speaker.
func (c *ctx) plainMedium(ss, se int) speaker {
	if len(c.lx.mediaNames) == 0 || ss < 0 || se > len(c.toks) || se <= ss {
		return noSpeaker
	}
	d, cls := ss, ""
	if n := c.toks[ss].Norm; c.lx.isDet(n) {
		cls = c.lx.class(n)
		if cls == "indef" || cls == "poss" || cls == "det:dem" {
			return noSpeaker // "eine Bild", "diese Bild": no name of a medium
		}
		d = ss + 1
	}
	if m := c.mentionAt(d); m != nil && d < se && (m.end >= c.toks[d].End || c.namedSourceNoun(d).known()) {
		return noSpeaker // "die BILD", "BILD-Informationen": the tagger's name, read as any other
	}
	name, gender, noun, e := c.mediaNameAt(d, se)
	if name == "" {
		return noSpeaker
	}
	if e > se {
		e = se // "die Bild am Sonntag" with the words cut inside the name
	}
	if cls != "" {
		if e != se {
			return noSpeaker
		}
		if ss > 0 && isLowerWord(&c.toks[ss-1]) {
			if _, ok := c.lx.verbs[c.toks[ss-1].Norm]; ok && (cls == "det:dat" || cls == "det:m" && gender == "f") {
				return noSpeaker // "sagte der Bild": whom it was said to
			}
		}
		if noun && !detFits(cls, gender) {
			return noSpeaker // "das Bild", "dem Bild zufolge": the picture
		}
		return speaker{name: name, how: article.SpeakerSubject}
	}
	pre := ss > 0 && isLowerWord(&c.toks[ss-1]) && c.lx.phrases[c.toks[ss-1].Norm] == "pre"
	post := e < len(c.toks) && c.lx.phrases[c.toks[e].Norm] == "post"
	if e != se && !(pre && isLowerWord(&c.toks[e])) {
		// "laut Bild zum Kader": the words ran on past the name into the reporter's sentence;
		// after "laut" the name alone is the source.
		return noSpeaker
	}
	if noun && !pre && !post {
		return noSpeaker // "Bild zeigt": a picture as likely as the paper
	}
	return speaker{name: name, how: article.SpeakerSubject}
}

// detFits reports whether an article of grammar class cls can stand before a noun of the gender
// g ("f", "m" or "n"): "der" is a feminine genitive or dative as well as masculine.
func detFits(cls, g string) bool {
	switch g {
	case "f":
		return cls == "det:f" || cls == "det:m"
	case "m":
		return cls == "det:m" || cls == "det:dat" || cls == "det"
	}
	return cls == "det" || cls == "det:dat"
}

// mediaNameAt matches a name of quote_medianames at token k, starting before se: the longest run of up
// to four capitalised words that is a name, or one word joining a name by a hyphen to a noun for
// a medium or a source ("Bild-Zeitung", "Bild-Informationen"). It returns the name as printed,
// the medium's gender, whether the name alone is also a common noun (false for the compound),
// and the token after the name; name is "" when none stands there.
func (c *ctx) mediaNameAt(k, se int) (name, gender string, noun bool, e int) {
	if k >= se || !isWord(&c.toks[k]) || !isCap(&c.toks[k]) {
		return "", "", false, k
	}
	parse := func(v string) (string, string, bool) {
		f := strings.Split(v, "\t")
		g := ""
		if len(f) > 1 {
			g = f[1]
		}
		return f[0], g, len(f) > 2 && f[2] == "noun"
	}
	for n := min(4, len(c.toks)-k); n >= 1; n-- {
		words := make([]string, 0, n)
		for j := k; j < k+n && isWord(&c.toks[j]); j++ {
			words = append(words, c.toks[j].Norm)
		}
		if len(words) < n {
			continue
		}
		if v, ok := c.lx.mediaNames[strings.Join(words, " ")]; ok {
			name, gender, noun = parse(v)
			return name, gender, noun, k + n
		}
	}
	norm := c.toks[k].Norm
	if i := strings.LastIndexByte(norm, '-'); i > 0 {
		if v, ok := c.lx.mediaNames[norm[:i]]; ok {
			suf := norm[i+1:]
			if _, back := c.lx.mediaBack[suf]; back || c.lx.sourceNoun(suf) {
				name, gender, _ = parse(v)
				return name, gender, false, k + 1
			}
		}
	}
	return "", "", false, k
}

// plainMediumName reports whether a speaker's name is one of quote_medianames as printed
// ("Bild am Sonntag").
func (c *ctx) plainMediumName(name string) bool {
	v, ok := c.lx.mediaNames[strings.ToLower(name)]
	return ok && strings.HasPrefix(v, name+"\t")
}
