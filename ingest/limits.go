package ingest

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/article"
)

// ErrNotProse is the error for a text that is no news prose: a long stretch without any
// sentence end or line break, or one word making up most of it. Analysis would cost time for
// nothing; the message says what was found.
var ErrNotProse = errors.New("not prose")

// Limits on what one item may hold. Each is far above what real news reaches (in 6,400 real
// articles the longest stretch without a sentence end has 1,789 characters, and no word makes
// up more than 15% of an article of 300 words or more).
const (
	// MaxStretch is the most characters a text may run without a sentence end or line break.
	MaxStretch = 20_000
	// maxWordShare is the share of an article's words, in percent, that one word may make up
	// once it has minWordsForShare words.
	maxWordShare     = 50
	minWordsForShare = 1_000
	// MaxIDBytes and MaxURLBytes bound an item's id and URL: they are keys and appear in
	// every message about the item.
	MaxIDBytes  = 1_000
	MaxURLBytes = 8_000
	// maxFieldBytes bounds a title or a section, maxListItems the tags and the authors: a
	// JSON line may say anything there, and all of it is shown on every story page.
	maxFieldBytes = 2_000
	maxListItems  = 500
	// maxNameBytes bounds the name of an item taken from its content (a feed entry's link, a
	// WARC record's URI); a longer one is replaced by the item's place in its file.
	maxNameBytes = 300
)

// checkArticle refuses an article that is no prose or whose id or URL is absurd.
func checkArticle(a *article.Article) error {
	if len(a.ID) > MaxIDBytes {
		return fmt.Errorf("id too long (limit %d bytes): %s", MaxIDBytes, Short(a.ID))
	}
	if len(a.URL) > MaxURLBytes {
		return fmt.Errorf("url too long (limit %d bytes): %s", MaxURLBytes, Short(a.URL))
	}
	if len(a.Title) > maxFieldBytes {
		return fmt.Errorf("title too long (limit %d bytes): %s", maxFieldBytes, Short(a.Title))
	}
	if len(a.Section) > maxFieldBytes {
		return fmt.Errorf("section too long (limit %d bytes): %s", maxFieldBytes, Short(a.Section))
	}
	if len(a.Tags) > maxListItems || len(a.Authors) > maxListItems {
		return fmt.Errorf("%d tags and %d authors (limit %d each)", len(a.Tags), len(a.Authors), maxListItems)
	}
	return notProse(a.Text)
}

// notProse reads the text once: the longest stretch without a sentence end or line break,
// and the word that may make up most of it (Boyer-Moore majority vote, no map), counted in a
// second pass only when the text is long enough for the share to mean something.
func notProse(text string) error {
	c, stretch, from, longest, longestFrom := 0, 0, 0, 0, 0
	var cand string
	votes, words := 0, 0
	vote := func(w string) {
		words++
		switch {
		case votes == 0:
			cand, votes = w, 1
		case w == cand:
			votes++
		default:
			votes--
		}
	}
	ws := -1
	for i, r := range text {
		c++
		if r == '\n' || r == '\r' || sentenceEnd(r) {
			stretch, from = 0, c
		} else if stretch++; stretch > longest {
			longest, longestFrom = stretch, from
		}
		if unicode.IsSpace(r) {
			if ws >= 0 {
				vote(text[ws:i])
				ws = -1
			}
		} else if ws < 0 {
			ws = i
		}
	}
	if ws >= 0 {
		vote(text[ws:])
	}
	if longest > MaxStretch {
		return fmt.Errorf("%w: %d characters from character %d on without a sentence end or line break (limit %d); split the text into articles or paragraphs",
			ErrNotProse, longest, longestFrom, MaxStretch)
	}
	if words < minWordsForShare {
		return nil
	}
	n := 0
	for _, w := range strings.Fields(text) {
		if w == cand {
			n++
		}
	}
	if n*100 > words*maxWordShare {
		return fmt.Errorf("%w: one word, %s, makes up %d of its %d words", ErrNotProse, Short(cand), n, words)
	}
	return nil
}

// sentenceEnd reports whether r ends a sentence in some script ('.', '!', '?', '…', '。').
func sentenceEnd(r rune) bool {
	if r < utf8.RuneSelf {
		return r == '.' || r == '!' || r == '?'
	}
	return unicode.Is(unicode.Sentence_Terminal, r) || r == '…'
}

// shortLen is how much of a user's input a message quotes.
const shortLen = 60

// Short quotes s for a message: whole when short, else its first characters and its length,
// so that a 500 KB id or date never fills a terminal or a log.
func Short(s string) string {
	if len(s) <= shortLen {
		return fmt.Sprintf("%q", s)
	}
	cut := shortLen
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return fmt.Sprintf("%q… (%d bytes)", s[:cut], len(s))
}

// tooLarge is the error for an item over the size limit. Sizes are in MB with one decimal,
// or in bytes where the rounded sizes would read the same.
func tooLarge(size, limit int64) error {
	s, l := fmt.Sprintf("%.1f MB", float64(size)/1e6), fmt.Sprintf("%.1f MB", float64(limit)/1e6)
	if s == l {
		s, l = fmt.Sprintf("%d bytes", size), fmt.Sprintf("%d bytes", limit)
	}
	return fmt.Errorf("%w (%s > limit %s)", ErrTooLarge, s, l)
}

// overLimit is the error for an item found over the limit while reading it (a body without
// a length, a compressed body), whose whole size is not known: reading stops at the limit.
func overLimit(limit int64) error {
	return fmt.Errorf("%w (more than the limit of %.1f MB)", ErrTooLarge, float64(limit)/1e6)
}
