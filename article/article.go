// Package article holds the types every stage of crosscheck shares: the Article that ingest
// produces, and the analysis (sentences, tokens, entities, quotes, figures, time expressions)
// that later stages attach to it. It imports nothing of crosscheck, so every stage can import it.
//
// All Start/End offsets in this package are Unicode code point (rune) offsets into
// Article.Text, end exclusive, as ../shared/CONTRACT.md requires.
package article

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// BlockKind says what a block of body text is.
type BlockKind string

// Block kinds, in the order they usually appear.
const (
	BlockTitle     BlockKind = "title"
	BlockHeading   BlockKind = "heading"
	BlockParagraph BlockKind = "paragraph"
	// BlockFurniture is a paragraph of site furniture (consent, paywall and adblock banners,
	// newsletter and app promos, "Stand: … Uhr" lines, live-ticker shells, teasers repeated
	// across a site): kept so offsets and the page stay whole, but left out of similarity,
	// summaries and extraction.
	BlockFurniture BlockKind = "furniture"
)

// Block is one title, heading or paragraph of the body text.
type Block struct {
	Kind  BlockKind `json:"kind"`
	Start int       `json:"start"`
	End   int       `json:"end"`
}

// Article is one news article as ingest produces it: body text split into blocks, plus the
// metadata recovered from the source and from scraped noise.
type Article struct {
	ID        string   `json:"id"`
	URL       string   `json:"url,omitempty"`
	Source    string   `json:"source,omitempty"` // outlet or feed name, when known
	Origin    string   `json:"origin,omitempty"` // file path or URL it was read from
	Language  string   `json:"language"`
	Title     string   `json:"title,omitempty"`
	Published string   `json:"published,omitempty"` // ISO 8601 at the source's precision
	Section   string   `json:"section,omitempty"`
	Tags      []string `json:"tags,omitempty"`
	Credits   []string `json:"credits,omitempty"`
	// PictureCredits are the photographers and picture agencies named by the credits of
	// pictures' captions in the body ("IMAGO", "Max Muster"). The captions stay in the text:
	// articles of one event often carry one agency picture, and its caption is evidence.
	PictureCredits []string `json:"picture_credits,omitempty"`
	Authors        []string `json:"authors,omitempty"`
	Headings       []string `json:"headings,omitempty"`
	// Dateline is the place a story opened with in capitals ("WASHINGTON — "), taken out of
	// the text; a wire dateline's agency goes to Credits.
	Dateline string  `json:"dateline,omitempty"`
	Blocks   []Block `json:"blocks,omitempty"`
	Text     string  `json:"text"`
}

// ContentHash is the hex SHA-256 of the article's normalised body text and metadata that
// matter for identity: re-ingesting the same content yields the same hash.
func (a *Article) ContentHash() string {
	h := sha256.New()
	for _, s := range []string{a.Title, a.Published, a.Section, strings.Join(a.Tags, "\x1f"),
		strings.Join(a.Credits, "\x1f"), strings.Join(a.Headings, "\x1f"), NormalizeSpace(a.Text)} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// NormalizeSpace folds every run of white space to one space and trims the ends.
func NormalizeSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		// A run of ASCII other than space is copied at once.
		if c := s[i]; c < utf8.RuneSelf && !asciiSpace[c] {
			j := i + 1
			for j < len(s) && s[j] < utf8.RuneSelf && !asciiSpace[s[j]] {
				j++
			}
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteString(s[i:j])
			i = j
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r) // an invalid byte becomes U+FFFD, as ranging over s gives it
	}
	return b.String()
}

// asciiSpace marks the ASCII bytes unicode.IsSpace accepts.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// Precision is how much of a date the source gives.
type Precision int

// Date precisions, coarse to fine.
const (
	PrecisionNone Precision = iota
	PrecisionYear
	PrecisionMonth
	PrecisionDay
	PrecisionTime
)

// ParsePublished reads an ISO 8601 date at any of the precisions Article.Published uses.
func ParsePublished(s string) (time.Time, Precision) {
	if s == "" {
		return time.Time{}, PrecisionNone
	}
	layouts := []struct {
		layout string
		p      Precision
	}{
		{time.RFC3339Nano, PrecisionTime},
		{"2006-01-02T15:04:05", PrecisionTime},
		{"2006-01-02T15:04", PrecisionTime},
		{"2006-01-02", PrecisionDay},
		{"2006-01", PrecisionMonth},
		{"2006", PrecisionYear},
	}
	for _, l := range layouts {
		if t, err := time.Parse(l.layout, s); err == nil {
			return t, l.p
		}
	}
	return time.Time{}, PrecisionNone
}

// FormatPublished writes t at precision p in the ISO form Article.Published uses.
func FormatPublished(t time.Time, p Precision) string {
	switch p {
	case PrecisionYear:
		return t.Format("2006")
	case PrecisionMonth:
		return t.Format("2006-01")
	case PrecisionDay:
		return t.Format("2006-01-02")
	case PrecisionTime:
		return t.Format(time.RFC3339)
	}
	return ""
}

// Site is the site the article came from: its URL's host without "www.", else its source
// name, in lower case. Placement and provenance treat pages of one site alike (a site's
// rubrics and templates).
func (a *Article) Site() string {
	if u, err := url.Parse(strings.TrimSpace(a.URL)); err == nil && u.Host != "" {
		return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	}
	return strings.ToLower(strings.TrimSpace(a.Source))
}

// IsSiteName reports whether title is only the name of site (as Site gives it): the host's
// name without its top-level domain ("googlewatchblog" of googlewatchblog.de), letters and
// digits compared in lower case. Such a "headline" (a tag page's, a scraper's fallback) says
// nothing of the article.
func IsSiteName(title, site string) bool {
	if i := strings.LastIndexByte(site, '.'); i > 0 {
		site = site[:i]
	}
	if j := strings.LastIndexByte(site, '.'); j >= 0 {
		site = site[j+1:]
	}
	norm := func(x string) string {
		return strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return unicode.ToLower(r)
			}
			return -1
		}, x)
	}
	t := norm(title)
	return len(t) >= 3 && t == norm(site)
}
