package place

import (
	"strings"

	"crosscheck/analyze"
	"crosscheck/article"
)

// titleScore says how good a headline is as the title of an event: a complete headline
// beats a teaser cut off with "…", a question, a where-to-watch page or preview, a
// live-ticker or live-blog shell, a news-in-brief digest, or a sub-heading of a few words. centrality (the model's probability
// that the article reports the event's happening) favours headlines of its core reports.
func titleScore(head string, words Words, centrality float64) float64 {
	if head == "" {
		return -1
	}
	s := 1.0
	low := strings.ToLower(head)
	if strings.HasSuffix(low, "...") || strings.HasSuffix(low, "…") {
		s -= 0.6
	}
	if strings.Count(head, "|") >= 1 || strings.Contains(head, "++") || containsAny(low, words.Words("place_ticker")) {
		s -= 0.5
	}
	if containsAny(low, words.Words("place_digest")) {
		s -= 0.5
	}
	if strings.HasSuffix(strings.TrimSpace(head), "?") {
		// A question ("Nasrallah getötet?", "Gelingt Hertha der zweite Heimsieg?") asks what
		// a report of the happening says; it beats a headline cut off with "…", not a
		// complete statement.
		s -= 0.3
	}
	if announces(head, words) > 0 {
		// A where-to-watch page or a preview ("Wer überträgt Kroatien gegen Albanien?",
		// "… heute live im Free-TV") announces what a report of the happening says.
		s -= 0.3
	}
	n := len(strings.Fields(head))
	if n < 4 || n > 20 {
		s -= 0.3
	}
	return s + 0.3*centrality
}

// containsAny reports whether s holds one of the phrases as whole words.
func containsAny(s string, phrases map[string]string) bool {
	for p := range phrases {
		if analyze.HasPhrase(s, p) {
			return true
		}
	}
	return false
}

// cleanTitle drops a site's name repeated at the end of a headline ("… - Golem.de",
// "… | tagesschau.de"); a headline that is only the site's name ("GoogleWatchBlog" on
// googlewatchblog.de) is no headline at all, and becomes "".
func cleanTitle(head, host string) string {
	name := host
	if i := strings.IndexByte(name, '.'); i > 0 {
		name = name[:i]
	}
	if len(name) < 3 {
		return head
	}
	if article.IsSiteName(head, host) {
		return ""
	}
	for _, sep := range []string{" - ", " | ", " – "} {
		i := strings.LastIndex(head, sep)
		if i <= 0 {
			continue
		}
		tail := strings.ToLower(strings.ReplaceAll(head[i+len(sep):], " ", ""))
		if strings.Contains(tail, name) {
			return strings.TrimSpace(head[:i])
		}
	}
	return head
}
