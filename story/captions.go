package story

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/article"
)

// maxCaptionLines is the most sentences a paragraph may give before its photo credit and be
// a picture's caption; a longer one is prose that a gallery's credit follows ("… Stand
// jetzt ist er aber kein Kandidat. © Imago").
const maxCaptionLines = 2

// captionBlocks marks the blocks of the article that are a picture's caption, not prose:
//   - one that gives a photo credit (a phrase of the pack's story_furniture marked "credit":
//     "Foto:", "©") after at most maxCaptionLines sentences ("Der türkische Präsident Recep
//     Tayyip Erdogan. Foto: …");
//   - one that ends in a lone word after a sentence's end, the agency of the picture ("Nach
//     dem Schlusspfiff eroberten die Fans den Rasen. dpa");
//   - a feed's teaser cut off with "…" that runs the headline in after a sentence: what came
//     before the headline is the caption of the teaser's picture ("Fans auf dem Schlossplatz
//     jubeln Deutschland zu. EM-Liveticker. EURO 2024: ++ Deutschland im Viertelfinale ++ …").
//
// No sentence of such a block is summarised, dated, cited or listed.
func (d *doc) captionBlocks() []bool {
	out := make([]bool, len(d.a.Blocks))
	var credits []string
	for ph, v := range d.pack.Words("story_furniture") {
		if v == "credit" {
			credits = append(credits, ph)
		}
	}
	head := titleHead(d.a.Title)
	line := make([]int, len(d.a.Blocks)) // sentences of each block read so far
	for _, s := range d.an.Sentences {
		b := s.Block
		if b < 0 || b >= len(out) {
			continue
		}
		line[b]++
		if line[b] > maxCaptionLines+1 || out[b] {
			continue
		}
		lower := strings.ToLower(d.runes.Slice(s.Start, s.End))
		for _, c := range credits {
			if strings.Contains(lower, c) {
				out[b] = true
				break
			}
		}
	}
	for b, bl := range d.a.Blocks {
		if out[b] || bl.Kind != article.BlockParagraph || bl.Start < 0 || bl.End > d.runes.Len() || bl.Start >= bl.End {
			continue
		}
		text := strings.TrimSpace(d.runes.Slice(bl.Start, bl.End))
		out[b] = loneCredit(text) || head != "" && teaserWithHeadline(text, head)
	}
	return out
}

// loneCredit reports whether text ends in one word of letters after a sentence's end ("… den
// Rasen. dpa", "… zum Sieg. Reuters"): a picture's agency, which only a caption names so.
func loneCredit(text string) bool {
	k := strings.LastIndexAny(text, " \t\n\u00a0")
	if k < 0 {
		return false
	}
	last := text[k+1:]
	if utf8.RuneCountInString(last) < 2 {
		return false
	}
	for _, r := range last {
		if !unicode.IsLetter(r) && r != '/' {
			return false
		}
	}
	before := strings.TrimRight(text[:k], " \t\n\u00a0")
	r, _ := utf8.DecodeLastRuneInString(before)
	return strings.ContainsRune(".!?“”\"»«", r)
}

// titleHead is what a teaser shows of a headline: its part up to the first colon, the colon
// too ("EURO 2024:"), or else its first four words; "" for a headline of fewer than three
// words.
func titleHead(title string) string {
	title = strings.TrimSpace(title)
	if k := strings.Index(title, ":"); k > 0 {
		return title[:k+1]
	}
	w := strings.Fields(title)
	if len(w) < 3 {
		return ""
	}
	return strings.Join(w[:min(4, len(w))], " ")
}

// teaserWithHeadline reports whether text is a teaser cut off with "…" that holds the
// headline's head after a sentence's end.
func teaserWithHeadline(text, head string) bool {
	if !strings.HasSuffix(text, "...") && !strings.HasSuffix(text, "…") {
		return false
	}
	for _, end := range []string{". ", "! ", "? "} {
		if strings.Contains(text, end+head) {
			return true
		}
	}
	return false
}

// wordRE finds a run of letters or digits: a word as a headline and its repetition share it.
var wordRE = regexp.MustCompile(`[\p{L}\p{N}]+`)

// wordsOf returns the lower-cased words of s.
func wordsOf(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range wordRE.FindAllString(strings.ToLower(s), -1) {
		out[w] = true
	}
	return out
}

// minHeadline is the fewest words a paragraph needs to be taken for the headline repeated.
const minHeadline = 4

// headlineAgain reports whether sentence text, alone in its paragraph, repeats the headline:
// every word of it is a word of the title ("Nadal bei French Open : Liberté, Égalité –
// Rafanité!" under "Nadal gegen Zverev bei French Open: Liberté, Égalité – Rafanité!").
func headlineAgain(text string, title map[string]bool) bool {
	w := wordsOf(text)
	if len(w) < minHeadline {
		return false
	}
	for k := range w {
		if !title[k] {
			return false
		}
	}
	return true
}

// pictograph reports whether s holds an arrow, a dingbat or an emoji ("EM 2024 Live: ENG ⚽
// SVN", "▻Das Spiel im Liveticker"): a ticker's or a teaser's line, not a sentence of prose.
func pictograph(s string) bool {
	for _, r := range s {
		if r >= 0x2190 && unicode.Is(unicode.So, r) {
			return true
		}
	}
	return false
}

// bylineRunIn reports whether a sentence opens with a byline run into its first sentence: a
// word of the pack's story_bylines ("Von", "By"), a person's name, and at once a capitalised
// word outside any name ("Von Jana Keller Ein neuer Trainer ist nicht in Sicht"). "Von
// Bredow-Werndl ritt zum Sieg" names no person after "Von"; "Von Jana Keller kam kein Pass"
// goes on in lower case.
func bylineRunIn(toks []article.Token, bylines map[string]string, inPerson, inName map[int]bool) bool {
	if len(toks) < 4 || toks[0].Kind != article.TokWord || startsLower(toks[0].Text) {
		return false
	}
	if _, ok := bylines[toks[0].Norm]; !ok || !inPerson[toks[1].Start] {
		return false
	}
	k := 2
	for k < len(toks) && inPerson[toks[k].Start] {
		k++
	}
	return k < len(toks) && toks[k].Kind == article.TokWord && !startsLower(toks[k].Text) && !inName[toks[k].Start]
}

// maxDatelineWords is the most words a dateline's place may have ("New York", "Halle/MZ").
const maxDatelineWords = 3

// datelineEnd returns where sentence si starts after the dateline that opens its paragraph:
// a place (its first word in a name the tagger found, or in capitals: "STILLWATER"), an
// agency in brackets at most ("Zenica (dpa)"), a dash between spaces and a capitalised word
// ("Potsdam - Dietmar Woidke hat alles auf eine Karte gesetzt.", "Washington — House
// Republicans on Friday …"). The dateline says where the report was written, not what
// happened: the summary and the timeline quote the sentence without it. Without a dateline,
// the sentence's own start. ei is the index of the first entity not before the sentence.
func (d *doc) datelineEnd(si, ei int) int {
	s := d.an.Sentences[si]
	toks := d.an.SentenceTokens(si)
	if len(toks) < 4 || toks[0].Kind != article.TokWord || startsLower(toks[0].Text) {
		return s.Start
	}
	named := strings.ToUpper(toks[0].Text) == toks[0].Text && utf8.RuneCountInString(toks[0].Text) > 1
	for k := ei; k < len(d.an.Entities) && d.an.Entities[k].Start <= toks[0].Start; k++ {
		named = named || d.an.Entities[k].Start == toks[0].Start
	}
	if !named {
		return s.Start
	}
	words, bracket := 0, false
	for k, t := range toks {
		switch {
		case t.Kind == article.TokPunct && (t.Text == "-" || t.Text == "–" || t.Text == "—"):
			if k == 0 || bracket || k+1 >= len(toks) {
				return s.Start
			}
			next := toks[k+1]
			if next.Kind != article.TokWord || startsLower(next.Text) || next.Start == t.End || t.Start == toks[k-1].End {
				return s.Start // "Donnernde Knallgeräusche – und …"; "Halle-Neustadt"
			}
			j := k + 1
			for j < len(toks) && j <= k+maxDatelineWords && toks[j].Kind == article.TokWord && !startsLower(toks[j].Text) {
				j++
			}
			if j < len(toks) && (toks[j].Kind == article.TokNumber || toks[j].Text == ":") {
				return s.Start // a pairing: "SC Neustadt – SC Altdorf 2:1", "Neustadt – Altdorf: Tipp"
			}
			return next.Start
		case t.Text == "(":
			bracket = true
		case t.Text == ")":
			bracket = false
		case bracket || t.Text == "/" || t.Text == "," || t.Text == ".":
		case t.Kind == article.TokWord:
			words++
			if words > maxDatelineWords {
				return s.Start
			}
		default:
			return s.Start
		}
	}
	return s.Start
}
