package story

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"crosscheck/article"
	"crosscheck/lang"
)

// maxTimeline bounds a storyline's timeline: the entries most articles give are kept.
const maxTimeline = 40

// tlGroup is one timeline entry under construction: the sentence that reads best (doc,
// sentence), how well, and every article giving the date.
type tlGroup struct {
	e     Entry
	best  [2]int
	bestN int
	arts  map[string]bool
	order int
}

// timeline lists, once per date, what happened: the first report of each event, and each
// resolved date the articles write, with the sentence most articles state and every
// article that gives it.
func (bd *build) timeline() {
	type group = tlGroup
	groups := map[string]*group{}
	var keysInOrder []string
	get := func(key string, e Entry) *group {
		g := groups[key]
		if g == nil {
			g = &group{e: e, arts: map[string]bool{}, bestN: -1, order: len(keysInOrder)}
			groups[key] = g
			keysInOrder = append(keysInOrder, key)
		}
		return g
	}
	// First reports: the earliest publication day of each event.
	for ei, e := range bd.events {
		first := ""
		for i, d := range bd.docs {
			if bd.event[i] == ei && d.date != "" && (first == "" || d.date < first) {
				first = d.date
			}
		}
		if first == "" {
			continue
		}
		g := get("first|"+e.ID, Entry{Value: first, Date: bd.dateText(first, ""), Text: e.Title, Kind: "first_report", Event: e.ID})
		for i, d := range bd.docs {
			if bd.event[i] == ei && d.date == first {
				g.arts[d.a.ID] = true
			}
		}
	}
	for i, d := range bd.docs {
		years := d.pack.Words("story_year_lead")
		otherDay := map[int]bool{} // sentences with a day the time expressions left unread
		for _, t := range d.an.Times {
			if t.Type != article.TimeDate && t.Type != article.TimeTime {
				continue
			}
			parts, ok := lang.ParseTimex(t.Value, t.Mod)
			if !ok || !bd.isDate(d, t, years) || bd.background(parts) {
				continue
			}
			si := d.an.SentenceAt(t.Start)
			if si < 0 || !d.sents[si].usable || stampRE.MatchString(d.sents[si].text) {
				// "| NDR Schleswig-Holstein 14.07.2024 08:00 Uhr", "von SPORT1 06.07.2024 •
				// 20:29 Uhr": a site's time stamp of an update is no happening.
				continue
			}
			if d.sents[si].question || listing(d, si) {
				// "Wie wird das Wetter am Abend?" asks; "Samstag, 21.00 Uhr: Niederlande –
				// Türkei, RTL/Magenta" lists a programme: neither tells a happening.
				continue
			}
			if unyearedHalf(d, t) {
				// "After an impressive first half, UCLA fell apart …": a game's half, not
				// the first half of the year.
				continue
			}
			if relativeInQuote(d, t) {
				// "Wir müssen schauen, wie es morgen ist", sagte Sinner: the speaker's
				// "morgen" is the day after the speaking, which the article rarely dates.
				continue
			}
			if ownPeriod(d, parts) {
				// "verriet er beim Bauerntag in diesem Jahr", "einen Herbst der Entscheidungen"
				// in a report of September 2024: the year or season the report itself is in
				// dates nothing its day does not, and sorted at its start it would open the
				// timeline in January.
				continue
			}
			if inTitle(d, si, t) {
				// "münzt das „Wort zum Sonntag“ auf den ESC": a day inside a short quoted
				// title names the title, not a day.
				continue
			}
			if farDay(d, t) {
				// "musste wegen Anspielung auf den 7. Oktober geändert werden" in a report of
				// May 2024: a day without its year months ahead is as often one of a year
				// before, which the time expressions cannot tell.
				continue
			}
			if futureMention(d, t) {
				// "bei der Bundestagswahl im kommenden Jahr" in a report of 2 September 2024:
				// a period still to come dates what is planned or expected, not what
				// happened; the sentence is left undated rather than put in 2025.
				continue
			}
			unread, seen := otherDay[si]
			if !seen {
				unread = unreadDay(d, si)
				otherDay[si] = unread
			}
			if unread {
				// "gegen Kiel (14.09., 18.30 Uhr)", "zwei Tage später": the sentence gives
				// a day the time expressions did not read, so its clock times took the
				// report's own day and its relative dates the wrong anchor. Left out
				// rather than put on the wrong day.
				continue
			}
			if t.Type == article.TimeTime && d.date != "" && strings.HasPrefix(t.Value, d.date+"T") {
				if unresolvedDay(d, si) {
					// "vielleicht schon am Freitag (18.00 Uhr)" where the day was left
					// unresolved: the time is that day's, not the report's.
					continue
				}
				// A clock time alone takes the report's day; when the sentence names one
				// other day ("am kommenden Samstag (20.45 Uhr/ZDF)"), the time is of that
				// day, and with several it cannot be told which.
				other := otherDays(d, si)
				if len(other) == 0 && strings.IndexFunc(t.Text, unicode.IsDigit) >= 0 && !dayInSentence(d, si, t) {
					// A clock time ("11.00 Uhr"), not a day of its own ("am Dienstagabend").
					other = daysBefore(d, si)
				}
				if len(other) > 1 {
					continue
				}
				if len(other) == 1 {
					t.Value = other[0] + t.Value[len(d.date):]
					if parts, ok = lang.ParseTimex(t.Value, t.Mod); !ok {
						continue
					}
				}
			}
			g := get("date|"+t.Value+"|"+t.Mod, Entry{Value: t.Value, Mod: t.Mod, Date: bd.fmt.Date(parts), Kind: "mention"})
			g.arts[d.a.ID] = true
			g.e.Mentions = append(g.e.Mentions, Statement{Article: d.a.ID, Start: t.Start, End: t.End, Text: t.Text})
			n := len(bd.sup.stated(i, si))
			if d.sents[si].standalone {
				n += 100 // a sentence that stands alone reads best
			}
			if !d.sents[si].leans {
				n += 50
			}
			if n > g.bestN {
				g.bestN, g.best = n, [2]int{i, si}
			}
		}
	}
	var out []*group
	// A sentence is shown once, at the first date it gives: two expressions of it name one
	// date ("vor gut einer Woche" and "vergangene Woche") or several times of one schedule
	// ("die FDP (11.30 Uhr), CDU (13.00 Uhr)"), and a reader needs the sentence once.
	shown := map[string]*group{}
	for _, k := range keysInOrder {
		g := groups[k]
		key := k
		if g.e.Kind == "mention" {
			if bd.docs[g.best[0]].sents[g.best[1]].leans {
				// "Er wurde am Sonntag lange behandelt", "On Wednesday, they were told not to
				// come in", "Trump wrote on his social media site early Friday." after a
				// quoted question: no article gives the day in a sentence that says, read
				// alone, who or what. Left out rather than shown as a riddle.
				continue
			}
			g.e.Text = bd.docs[g.best[0]].sents[g.best[1]].text
			g.e.StatedBy = bd.statedBy(g.best[0], g.best[1], g.arts)
			key = fmt.Sprint(g.best)
		}
		if same := shown[key]; same != nil {
			for a := range g.arts {
				same.arts[a] = true
			}
			same.e.Mentions = append(same.e.Mentions, g.e.Mentions...)
			same.e.Articles = keys(same.arts)
			continue
		}
		shown[key] = g
		g.e.Articles = keys(g.arts)
		if g.e.Mentions == nil {
			g.e.Mentions = []Statement{}
		}
		out = append(out, g)
	}
	out = bd.tidyTimeline(out)
	if len(out) > maxTimeline {
		sort.SliceStable(out, func(a, b int) bool {
			if (out[a].e.Kind == "first_report") != (out[b].e.Kind == "first_report") {
				return out[a].e.Kind == "first_report"
			}
			return len(out[a].arts) > len(out[b].arts)
		})
		out = out[:maxTimeline]
	}
	chrono := make(map[*group]string, len(out))
	for _, g := range out {
		chrono[g] = chronoKey(g.e.Value, g.e.Mod)
	}
	sort.SliceStable(out, func(a, b int) bool {
		x, y := out[a].e, out[b].e
		if ka, kb := chrono[out[a]], chrono[out[b]]; ka != kb {
			return ka < kb
		}
		if x.Value != y.Value {
			return x.Value < y.Value
		}
		if x.Kind != y.Kind {
			return x.Kind == "first_report"
		}
		return out[a].order < out[b].order
	})
	for _, g := range out {
		bd.st.Timeline = append(bd.st.Timeline, g.e)
	}
	bd.markMinor()
}

// halfRE matches the value of a half-year ("2023-H1").
var halfRE = regexp.MustCompile(`^\d{4}-H[12]$`)

// unyearedHalf reports whether time expression t is a half-year written without a digit and
// ending in a lower-case word ("first half", "the second half") that no year follows within
// a few words: a game's half as often as the year's. A noun of its own ("im ersten
// Halbjahr", "der zweiten Jahreshälfte") or a year after it ("the first half of the year",
// "of 2023"; the pack's story_year_halves list) makes it the year's.
func unyearedHalf(d *doc, t article.Time) bool {
	if !halfRE.MatchString(t.Value) || strings.IndexFunc(t.Text, unicode.IsDigit) >= 0 {
		return false
	}
	words := strings.Fields(t.Text)
	if len(words) == 0 || !startsLower(words[len(words)-1]) {
		return false
	}
	k := tokenAt(d.an.Tokens, t.End-1)
	if k < 0 {
		return false
	}
	yearWords := d.pack.Words("story_year_halves")
	for j := k + 1; j < len(d.an.Tokens) && j <= k+maxHalfYearGap; j++ {
		tok := d.an.Tokens[j]
		if tok.Kind == article.TokPunct && tok.Text != "'" {
			break
		}
		if _, ok := yearWords[tok.Norm]; ok && tok.Kind == article.TokWord {
			return false
		}
		if tok.Kind == article.TokNumber && len(tok.Text) == 4 {
			return false
		}
	}
	return true
}

// maxHalfYearGap is how many tokens after a half may name its year ("of the fiscal year").
const maxHalfYearGap = 4

// relativeInQuote reports whether time expression t lies inside a direct quotation, writes
// no digit and was resolved to a day other than the article's: a speaker's "morgen" or "am
// Montag" counts from the moment they spoke, which the article rarely dates. A speaker's
// "heute", "in der Nacht" or "dieses Wochenende" is kept: spoken near the report, it names
// its day or week.
func relativeInQuote(d *doc, t article.Time) bool {
	an := d.an
	if strings.IndexFunc(t.Text, unicode.IsDigit) >= 0 || len(t.Value) < 10 || t.Value[4] != '-' || t.Value[7] != '-' || t.Value[:10] == d.date {
		return false
	}
	for _, q := range an.Quotes {
		if q.Direct && q.Start <= t.Start && t.End <= q.End {
			return true
		}
	}
	return false
}

// isDate rejects numbers taken for years: a bare four-digit number is a year only after a
// word of the pack's story_year_lead list ("seit 2019", "im Jahr 2024"), never when a figure
// covers it ("1500 Beschäftigte") or a name follows it ("1860 München").
func (bd *build) isDate(d *doc, t article.Time, years map[string]string) bool {
	for _, f := range d.an.Figures {
		if f.Start < t.End && t.Start < f.End {
			return false
		}
	}
	txt := strings.TrimSpace(t.Text)
	for _, r := range txt {
		if !unicode.IsDigit(r) {
			return true
		}
	}
	// A bare number: look at the words around it.
	k := tokenAt(d.an.Tokens, t.Start)
	if k <= 0 {
		return false
	}
	if _, ok := years[d.an.Tokens[k-1].Norm]; !ok {
		return false
	}
	if k+1 < len(d.an.Tokens) {
		n := d.an.Tokens[k+1]
		if n.Kind == article.TokWord && !n.Stop && startsUpperWord(n.Text) {
			return false
		}
	}
	return true
}

// chronoKey orders dates by when they fall, not by how their codes spell: a period sorts
// at its start ("1. Halbjahr 2024" before "2. September 2024"), its middle or its end
// when the text says so ("Ende September 2024" after "4. September 2024").
func chronoKey(value, mod string) string {
	p, ok := lang.ParseTimex(value, mod)
	if !ok {
		return value
	}
	var from, to time.Time
	ymd := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	switch {
	case p.Decade > 0:
		from = ymd(p.Decade*10, 1, 1)
		to = from.AddDate(10, 0, 0)
	case p.Day > 0:
		from = ymd(p.Year, p.Month, p.Day)
		to = from.AddDate(0, 0, 1)
		switch {
		case p.Hour >= 0:
			from = from.Add(time.Duration(p.Hour)*time.Hour + time.Duration(p.Minute)*time.Minute)
		case p.PartOfDay != "":
			from = from.Add(time.Duration(map[string]int{"MO": 6, "AF": 13, "EV": 18, "NI": 22}[p.PartOfDay]) * time.Hour)
		}
	case p.Month > 0:
		from = ymd(p.Year, p.Month, 1)
		to = from.AddDate(0, 1, 0)
	case p.Week > 0:
		jan4 := ymd(p.Year, 1, 4)
		from = jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(p.Week-1))
		to = from.AddDate(0, 0, 7)
	case p.Quarter > 0:
		from = ymd(p.Year, 3*p.Quarter-2, 1)
		to = from.AddDate(0, 3, 0)
	case p.Half > 0:
		from = ymd(p.Year, 6*p.Half-5, 1)
		to = from.AddDate(0, 6, 0)
	case p.Season != "":
		m := map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}[p.Season]
		from = ymd(p.Year, max(m, 1), 1)
		to = from.AddDate(0, 3, 0)
	default:
		from = ymd(p.Year, 1, 1)
		to = from.AddDate(1, 0, 0)
	}
	at := from
	switch mod {
	case "MID":
		at = from.Add(to.Sub(from) / 2)
	case "END":
		at = to.Add(-time.Minute)
	}
	return at.Format("2006-01-02T15:04")
}

// otherDays returns the days other than the report's own that the date expressions of
// sentence si resolve to.
func otherDays(d *doc, si int) []string {
	st := d.sents[si]
	seen := map[string]bool{}
	var out []string
	for _, t := range d.an.Times {
		if t.Start < st.start || t.Start >= st.end || t.Type != article.TimeDate || len(t.Value) < 10 || t.Value[4] != '-' || t.Value[7] != '-' ||
			relativeInQuote(d, t) {
			continue // a speaker's "morgen" is not the day of the reporter's "am Abend"
		}
		if day := t.Value[:10]; day != d.date && !seen[day] {
			seen[day] = true
			out = append(out, day)
		}
	}
	return out
}

// daysBefore returns the days other than the report's that the nearest of the three sentences
// before si (in its block) names, when that sentence names any day: "Die Spitzengremien
// beraten am Montag … In Berlin treten die Parteichefs … vor die Presse. Den Auftakt machen
// SPD, AfD und BSW (alle 11.00 Uhr)": the clock times are Monday's. A sentence naming the
// report's own day ("heute") keeps them on it.
func daysBefore(d *doc, si int) []string {
	block := d.an.Sentences[si].Block
	for k := si - 1; k >= 0 && k >= si-3 && d.an.Sentences[k].Block == block; k-- {
		st := d.sents[k]
		own := false
		for _, t := range d.an.Times {
			if t.Start >= st.start && t.Start < st.end && t.Type == article.TimeDate && len(t.Value) >= 10 && t.Value[:10] == d.date {
				own = true
			}
		}
		if other := otherDays(d, k); len(other) > 0 && !own {
			for _, day := range other {
				if !nearDay(day, d.date, 7) {
					return []string{"", ""} // a day far off: the clock time is not placed
				}
			}
			return other
		} else if own {
			return nil
		}
	}
	return nil
}

// dayInSentence reports whether sentence si names a day in another time expression than t
// ("am Donnerstagabend von 20 Uhr bis 24 Uhr"): its clock times are of that day, not of
// one the sentences before name.
func dayInSentence(d *doc, si int, t article.Time) bool {
	st := d.sents[si]
	for _, o := range d.an.Times {
		if o.Start >= st.start && o.Start < st.end && o.Start != t.Start && len(o.Value) >= 10 && o.Value[4] == '-' && o.Value[7] == '-' &&
			strings.IndexFunc(o.Text, unicode.IsDigit) < 0 {
			return true
		}
	}
	return false
}

// unresolvedDay reports whether sentence si of d names a day that the time expressions
// read but could not date ("am Freitag" six days before a Thursday).
func unresolvedDay(d *doc, si int) bool {
	st := d.sents[si]
	covered := map[int]bool{}
	for _, o := range d.an.Times {
		if o.Start >= st.start && o.Start < st.end && o.Type == article.TimeDate && o.Value == "" {
			return true
		}
		for c := o.Start; c < o.End; c++ {
			covered[c] = true
		}
	}
	// "gegen 1 Uhr Sonntagfrüh": a weekday run into a part of the day that no time
	// expression read is a day left unresolved too.
	weekdays := d.pack.Words("weekdays")
	for _, t := range d.an.SentenceTokens(si) {
		if t.Kind != article.TokWord || covered[t.Start] {
			continue
		}
		for w := range weekdays {
			if len(w) >= 6 && len(t.Norm) > len(w) && strings.HasPrefix(t.Norm, w) { // a name, not "so", "fr"
				return true
			}
		}
	}
	return false
}

// nearDay reports whether days a and b ("2024-06-23") lie at most n days apart.
func nearDay(a, b string, n int) bool {
	ta, err1 := time.Parse("2006-01-02", a)
	tb, err2 := time.Parse("2006-01-02", b)
	if err1 != nil || err2 != nil {
		return false
	}
	d := ta.Sub(tb).Hours() / 24
	return d <= float64(n) && d >= -float64(n)
}

// numericDayRE finds a day and month written in digits without a year ("14.09.", "9/14").
var numericDayRE = regexp.MustCompile(`\b\d{1,2}\.\d{1,2}\.|\b\d{1,2}/\d{1,2}\b`)

// unreadDay reports whether sentence si of d writes a day in digits ("14.09.") that no
// resolved time expression covers.
func unreadDay(d *doc, si int) bool {
	st := d.sents[si]
	for _, m := range numericDayRE.FindAllStringIndex(st.text, -1) {
		at := st.start + utf8.RuneCountInString(st.text[:m[0]])
		covered := false
		for _, t := range d.an.Times {
			if t.Start <= at && at < t.End && t.Value != "" {
				covered = true
				break
			}
		}
		if !covered {
			return true
		}
	}
	return false
}

func tokenAt(toks []article.Token, off int) int {
	k := sort.Search(len(toks), func(i int) bool { return toks[i].End > off })
	if k < len(toks) && toks[k].Start <= off {
		return k
	}
	return -1
}

func startsUpperWord(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

// background reports a date well before the story began ("seit 1999", "2014 waren es
// 16,9 Prozent"): history the articles recall, not a happening of the story's timeline.
func (bd *build) background(p lang.DateParts) bool {
	from, err := time.Parse("2006-01-02", bd.st.From)
	if err != nil {
		return false
	}
	limit := from.AddDate(0, 0, -backgroundDays)
	switch {
	case p.Decade > 0:
		return (p.Decade+1)*10 <= limit.Year()
	case p.Day > 0:
		return time.Date(p.Year, time.Month(p.Month), p.Day, 0, 0, 0, 0, time.UTC).Before(limit)
	case p.Month > 0:
		return time.Date(p.Year, time.Month(p.Month)+1, 1, 0, 0, 0, 0, time.UTC).Before(limit)
	}
	return p.Year < limit.Year()
}

// backgroundDays is how long before a story's first article a date still belongs to it.
const backgroundDays = 31

// stampRE finds a site's time stamp: a day written in digits with its year, then straight
// away a clock time ("14.07.2024 08:00 Uhr", "06.07.2024 • 20:29 Uhr", "2024-07-06 20:29").
var stampRE = regexp.MustCompile(`\b(\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})\s*[•|·,–-]?\s*\d{1,2}:\d{2}\b`)

// futureMention reports whether time expression t is a period longer than a day (a year, a
// month, a week, a season) that starts after the report's own day ("im kommenden Jahr",
// "next year", "nächste Woche", "im Juli 2026", "help Trump in 2024" in March 2023): the time
// of something planned, expected or hoped for, not of a happening. A day stays ("am
// Dienstag", "am 19. Juli 2026"): a schedule names the day of what is to come.
func futureMention(d *doc, t article.Time) bool {
	if len(d.date) < 10 || len(t.Value) < 4 {
		return false
	}
	v := t.Value
	for _, r := range v[:4] {
		if r < '0' || r > '9' {
			return false
		}
	}
	if len(v) >= 10 && v[4] == '-' && v[7] == '-' {
		return false // a day ("2024-09-03"), with or without its time
	}
	if len(v) == 7 && v[4] == '-' && v[5] >= '0' && v[5] <= '9' {
		return v > d.date[:7] // a month
	}
	if len(v) == 4 {
		return v > d.date[:4] // a year
	}
	if len(v) == 8 && v[4:6] == "-W" && len(d.date) >= 10 {
		if day, err := time.Parse("2006-01-02", d.date[:10]); err == nil {
			y, w := day.ISOWeek()
			return v > fmt.Sprintf("%04d-W%02d", y, w) // a week
		}
	}
	// A quarter, a half or a season of a year ("2025-Q1", "2025-SU"): after the report only
	// when its year is.
	return v[:4] > d.date[:4]
}

// inTitle reports whether time expression t lies inside a short span in quotation marks of
// its sentence si (at most four words): a title ("„Wort zum Sonntag“", "“Black Friday”").
func inTitle(d *doc, si int, t article.Time) bool {
	st := d.sents[si]
	rs := []rune(st.text)
	a, b := t.Start-st.start, t.End-st.start
	if a < 0 || b > len(rs) {
		return false
	}
	open := -1
	for k, r := range rs {
		switch {
		case strings.ContainsRune("„“\"»«”", r) && open >= 0 && k > open+1:
			if open < a && b <= k && len(strings.Fields(string(rs[open+1:k]))) <= 4 {
				return true
			}
			open = -1
		case strings.ContainsRune("„“\"»«", r) && open < 0:
			open = k
		}
	}
	return false
}

// farDays is how far after the report's day a day its text writes without a year may lie.
const farDays = 60

// farDay reports whether time expression t is a day, written without a year, more than
// farDays after the report's own day.
func farDay(d *doc, t article.Time) bool {
	if len(d.date) < 10 || len(t.Value) < 10 || t.Value[4] != '-' || t.Value[7] != '-' || yearDigitsRE.MatchString(t.Text) {
		return false
	}
	day, err1 := time.Parse("2006-01-02", t.Value[:10])
	report, err2 := time.Parse("2006-01-02", d.date[:10])
	return err1 == nil && err2 == nil && day.After(report.AddDate(0, 0, farDays))
}

// yearDigitsRE finds a year written in digits.
var yearDigitsRE = regexp.MustCompile(`\b\d{4}\b|'\d{2}\b`)

// ownPeriod reports whether a date is the year, the season or the week that holds the
// report's own day ("this week", "earlier this week", "as early as this week", "diese
// Woche"): it says no more than that day, and says it less precisely. A month stays ("Anfang September"
// in a report of 20 September is news of the month's start), as do a half and a quarter
// (business figures name the period they cover).
func ownPeriod(d *doc, p lang.DateParts) bool {
	if len(d.date) >= 10 && p.Week > 0 && p.Month == 0 && p.Day == 0 {
		day, err := time.Parse("2006-01-02", d.date[:10])
		if err != nil {
			return false
		}
		y, w := day.ISOWeek()
		return y == p.Year && w == p.Week
	}
	if len(d.date) < 10 || p.Month > 0 || p.Week > 0 || p.Decade > 0 || p.Year == 0 || p.Quarter > 0 || p.Half > 0 {
		return false
	}
	day, err := time.Parse("2006-01-02", d.date[:10])
	if err != nil || day.Year() != p.Year {
		return false
	}
	m := int(day.Month())
	switch {
	case p.Season != "":
		// Meteorological seasons; winter is the months of the year's start and its end.
		return [...]string{"WI", "SP", "SU", "FA"}[m%12/3] == p.Season
	}
	return p.Mod == "" // the year itself; "Ende 2024" or "Anfang 2024" may still say when
}

// listing reports whether sentence si writes no word in lower case beyond the pack's
// story_listing_words (prepositions and conjunctions): a programme's line ("Samstag, 21.00
// Uhr: Niederlande – Türkei, RTL/Magenta"), a heading run into a date ("Das Wichtigste in
// Kürze Olympische Sommerspiele 2024 in Paris: 26. Juli bis 11. August") or a weather table,
// where no verb says what happened. Only where nouns are capitalised, so that a verb is a word
// in lower case.
func listing(d *doc, si int) bool {
	if d.pack.Words("figure_settings")["capital_nouns"] == "0" {
		return false
	}
	list := d.pack.Words("story_listing_words")
	if len(list) == 0 {
		return false
	}
	s := d.sents[si]
	lo, hi := tokenAt(d.an.Tokens, s.start), tokenAt(d.an.Tokens, s.end-1)
	if lo < 0 || hi < 0 {
		return false
	}
	words := 0
	for k := lo; k <= hi; k++ {
		t := d.an.Tokens[k]
		if t.Kind != article.TokWord {
			continue
		}
		words++
		if !startsLower(t.Text) || len([]rune(t.Text)) <= 2 || strings.ContainsAny(t.Text, "./") {
			continue // a name, a noun, a unit ("km"), an address ("magentatv.de")
		}
		if _, ok := list[t.Norm]; !ok {
			return false
		}
	}
	return words >= 3
}

// statedBy lists the articles that state sentence si of doc i and give its date (dated):
// its own and those whose sentences the alignment paired with it, in full or in part
// ("stellte den Fernverkehr am Montagabend ein" and "hat den Fernverkehr bereits am
// Montagabend gestoppt"). One that tells the fact without the day does not date it.
func (bd *build) statedBy(i, si int, dated map[string]bool) []string {
	ids := map[string]bool{bd.docs[i].a.ID: true}
	for _, p := range bd.sup.pairedWith[i][si] {
		if id := bd.docs[p[0]].a.ID; dated[id] {
			ids[id] = true
		}
	}
	return keys(ids)
}
