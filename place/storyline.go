package place

import (
	"cmp"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"time"
)

const storyOpened = "opened new storyline"

// Storyline linking: an event joins the storyline of an earlier event whose articles name
// the same actors only when the event shares main actors (Options.StoryShared names, and a
// cosine of the names of Options.StoryNames) and topic (Options.StoryTopic, the cosine of the
// heaviest body terms) with that storyline's recent events taken together. A storyline's
// profile is rebuilt from its events of the last StoryWindow only (at most
// Options.StoryRecent of them), so it cannot drift from one subject to the next; the
// storylines of the Options.StoryCandidates events whose names are most the event's are
// weighed.
//
// The same news cycle: an event whose article came within Options.CycleSpan of one of a
// storyline's articles (a reaction, a fact check, a side story of the happening) shares the
// storyline's actors and the words of its headlines and leads more than its body terms,
// which are the reaction's own. It joins on at least CycleShared names of similarity
// CycleNames and a topic of CycleTopic, the topic being the better of the body terms and the
// headline-and-lead terms. Left out by window (docs/quality.md, stop 29): storylines P 0.972
// → 0.965, R 0.787 → 0.807, the recall gained in every window.
const (
	crossNames = 4 // shared names an event in another language needs
	// crossNameSim is how similar an event's names in another language must be: words
	// cannot be compared, so four shared names stand in for the topic, at the name
	// similarity the same-language rule asked before it weighed names more (0.28).
	crossNameSim = 0.28
)

// storylineFor returns the storyline an event should join (0: a storyline of its own) and
// why. event is the event's id, 0 when it is being opened; prof its profile (the article's,
// for a new event).
func (pl *placement) storylineFor(event int64, prof *Profile, when int64, cands []candidate) (int64, string, error) {
	o := pl.p.opt
	more, err := pl.storyCandidates(prof, when, event)
	if err != nil {
		return 0, "", err
	}
	type option struct {
		line, via int64
		raw       float64 // how much the candidate's names are the event's (cosine)
		gap       int64   // seconds between the event's article and the nearest of the candidate event's (-1: unknown)
	}
	best := map[int64]option{}
	w := weigher{v: pl.v}
	consider := func(c candidate) {
		if c.event == event {
			return
		}
		actors := w.cos(prof.Names, c.prof.Names)
		gap := int64(-1)
		if prof.Time != 0 && c.prof.Time != 0 {
			gap = abs64(prof.Time - c.prof.Time)
		}
		b, ok := best[c.event]
		if !ok {
			b.gap = -1
		}
		if !ok || actors > b.raw {
			b.via, b.raw = c.event, actors
		}
		if gap >= 0 && (b.gap < 0 || gap < b.gap) {
			b.gap = gap // the nearest of the event's articles
		}
		best[c.event] = b
	}
	for _, c := range cands {
		consider(c)
	}
	for _, c := range more {
		consider(c)
	}
	if event == 0 {
		all := append(slices.Clip(cands), more...)
		c, match, ok := sameMatch(prof, all)
		how := ""
		if !ok {
			if c, match, ok, err = sameMatchLead(prof, all, pl.leadWords, int64(o.CycleSpan/time.Second)); err != nil {
				return 0, "", err
			}
			how = ", whose sides the lead names, in the same news cycle"
		}
		if ok {
			var line int64
			if err := pl.tx.QueryRowContext(pl.ctx, `SELECT storyline FROM events WHERE id = $1`, c.event).Scan(&line); err != nil {
				return 0, "", err
			}
			return line, fmt.Sprintf("joined storyline s%d via e%d: the same match (%s)%s", line, c.event, match, how), nil
		}
	}
	lines, err := storylinesOf(pl, best)
	if err != nil {
		return 0, "", err
	}
	var opts []option
	for e, op := range best {
		op.line = lines[e]
		opts = append(opts, op)
	}
	if w.err != nil {
		return 0, "", w.err
	}
	slices.SortFunc(opts, func(a, b option) int {
		if a.raw != b.raw {
			if a.raw > b.raw {
				return -1
			}
			return 1
		}
		return int(a.via - b.via)
	})
	// Only the storylines of the few events whose articles name the same actors most are
	// weighed as a whole: that is where a thread would be.
	seen := map[int64]bool{}
	kept := opts[:0]
	for _, op := range opts {
		if !seen[op.line] && len(kept) < o.StoryCandidates {
			seen[op.line] = true
			kept = append(kept, op)
		}
	}
	opts = kept
	closest := ""
	for _, op := range opts {
		sp, err := pl.storylineProfile(op.line, when-int64(o.StoryWindow/time.Second), event)
		if err != nil {
			return 0, "", err
		}
		sup, err := pl.supports(prof, sp, op.gap)
		if err != nil {
			return 0, "", err
		}
		if sup.ok {
			cycle := ""
			if sup.cycle {
				cycle = fmt.Sprintf(" in the same news cycle (%.0f h apart; headline and lead similarity %.2f)", float64(op.gap)/3600, sup.lead)
			}
			return op.line, fmt.Sprintf("joined storyline s%d via e%d: shared names %s (similarity %.2f), topic similarity %.2f%s",
				op.line, op.via, strings.Join(sup.shared, ", "), sup.names, sup.topic, cycle), nil
		}
		if closest == "" {
			closest = fmt.Sprintf(" (closest: s%d via e%d, %d shared names, name similarity %.2f, topic similarity %.2f)",
				op.line, op.via, len(sup.shared), sup.names, sup.topic)
		}
	}
	return 0, storyOpened + closest, nil
}

// storylinesOf reads the storylines of events (the keys of m) in statements of a few
// hundred, and fails as reading one alone would when an event is missing.
func storylinesOf[V any](pl *placement, m map[int64]V) (map[int64]int64, error) {
	ids := make([]any, 0, len(m))
	for e := range m {
		ids = append(ids, e)
	}
	slices.SortFunc(ids, func(a, b any) int { return cmp.Compare(a.(int64), b.(int64)) })
	out := make(map[int64]int64, len(ids))
	for lo := 0; lo < len(ids); lo += maxParams {
		part := ids[lo:min(len(ids), lo+maxParams)]
		rows, err := pl.tx.QueryContext(pl.ctx, `SELECT id, storyline FROM events WHERE id IN (`+placeholders(1, len(part))+`)`, part...)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var id, line int64
			if err := rows.Scan(&id, &line); err != nil {
				rows.Close()
				return nil, err
			}
			out[id] = line
		}
		if err := rows.Close(); err != nil {
			return nil, err
		}
	}
	for _, e := range ids {
		if _, ok := out[e.(int64)]; !ok {
			return nil, sql.ErrNoRows
		}
	}
	return out, nil
}

// storyCandidates finds articles of other events within the storyline window that share the
// event's rarest headline and lead terms and names.
func (pl *placement) storyCandidates(prof *Profile, when, event int64) ([]candidate, error) {
	win := int64(pl.p.opt.StoryWindow / time.Second)
	seqs, err := pl.retrieve(prof, 12, when-win, when, event, 24)
	if err != nil {
		return nil, err
	}
	cs, err := pl.profiles(seqs, "", nil)
	if err != nil {
		return nil, err
	}
	var names []Vector
	for _, c := range cs {
		names = append(names, c.prof.Names)
	}
	if err := pl.v.prefetch(names...); err != nil {
		return nil, err
	}
	return cs, nil
}

// storylineProfile sums the profiles of a storyline's recent events (since from), leaving
// out event. The events' profiles are decoded once and kept (cache.events) until written.
func (pl *placement) storylineProfile(line, from, event int64) (*Profile, error) {
	rows, err := pl.tx.QueryContext(pl.ctx, `SELECT id FROM events WHERE storyline = $1 AND merged_into IS NULL AND t_last >= $2 AND id <> $3
		ORDER BY t_last DESC, id DESC LIMIT $4`, line, from, event, pl.p.opt.StoryRecent)
	if err != nil {
		return nil, err
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, err
		}
		ids = append(ids, id)
	}
	if err := rows.Close(); err != nil {
		return nil, err
	}
	eps, err := pl.eventProfiles(ids)
	if err != nil {
		return nil, err
	}
	var sp *Profile
	for _, id := range ids {
		if sp, err = mergeEventProfile(sp, eps[id], pl.v); err != nil {
			return nil, err
		}
	}
	return sp, nil
}

// eventProfiles returns the decoded profiles of events, from the cache or read (and then
// cached). A profile returned is shared: callers do not change it.
func (pl *placement) eventProfiles(ids []int64) (map[int64]*Profile, error) {
	c := pl.p.c
	out := make(map[int64]*Profile, len(ids))
	var read []any
	for _, id := range ids {
		if ep, ok := c.events[id]; ok {
			out[id] = ep
		} else {
			read = append(read, id)
		}
	}
	if len(read) == 0 {
		return out, nil
	}
	rows, err := pl.tx.QueryContext(pl.ctx, `SELECT id, profile FROM events WHERE id IN (`+placeholders(1, len(read))+`)`, read...)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var id int64
		var b []byte
		if err := rows.Scan(&id, &b); err != nil {
			rows.Close()
			return nil, err
		}
		ep := &Profile{}
		if err := ep.UnmarshalBinary(b); err != nil {
			rows.Close()
			return nil, err
		}
		if len(c.events) >= maxCachedProfiles {
			c.events = map[int64]*Profile{}
		}
		c.events[id] = ep
		out[id] = ep
	}
	if err := rows.Close(); err != nil {
		return nil, err
	}
	for _, id := range read {
		if out[id.(int64)] == nil {
			return nil, fmt.Errorf("profile of event e%d: %w", id, sql.ErrNoRows)
		}
	}
	return out, nil
}

// support is how a storyline's recent events, taken together, relate to an event.
type support struct {
	shared       []string // names both have
	names, topic float64  // cosine of the names, and of the heaviest body terms
	lead         float64  // cosine of headline-and-lead terms
	ok           bool
	cycle        bool // ok by the same-news-cycle rule alone
}

// joins decides on the similarities: the storyline's main names and topic, or, within a news
// cycle (gap in seconds, -1 when unknown), its names and the words of its headlines and leads.
func (s support) joins(o Options, gap int64) (ok, cycle bool) {
	if len(s.shared) >= o.StoryShared && s.names >= o.StoryNames && s.topic >= o.StoryTopic && s.names+s.topic >= o.StoryScore {
		return true, false
	}
	if gap >= 0 && gap <= int64(o.CycleSpan/time.Second) && len(s.shared) >= o.CycleShared && s.names >= o.CycleNames && max(s.topic, s.lead) >= o.CycleTopic {
		return true, true
	}
	return false, false
}

// supports reports whether a storyline's recent profile supports an event joining it: main
// names in common (at least Options.StoryShared of them, and similar weight on them) and a similar
// topic (see support.joins). gap is the time between the event and the storyline's nearest
// article (-1: unknown).
func (pl *placement) supports(prof, sp *Profile, gap int64) (support, error) {
	var s support
	if sp == nil {
		return s, nil
	}
	w := weigher{v: pl.v}
	// Actors are the names of the whole text and the topic its heaviest terms: a follow-up
	// names the places and people of the happening and speaks of it, though not always in
	// its lead.
	var ids []uint32
	j := 0
	for _, t := range prof.Names {
		for j < len(sp.Names) && sp.Names[j].ID < t.ID {
			j++
		}
		if j < len(sp.Names) && sp.Names[j].ID == t.ID {
			ids = append(ids, t.ID)
		}
	}
	s.names, s.topic, s.lead = round3(w.cos(prof.Names, sp.Names)), round3(w.cos(prof.Body, sp.Body)), round3(w.cos(prof.Lead, sp.Lead))
	if w.err != nil {
		return s, w.err
	}
	keys, err := terms(pl.ctx, pl.tx, ids, pl.p.c)
	if err != nil {
		return s, err
	}
	for _, id := range ids {
		s.shared = append(s.shared, strings.TrimPrefix(keys[id], keyName))
	}
	s.ok, s.cycle = s.joins(pl.p.opt, gap)
	if prof.Lang != "" && sp.Lang != "" && prof.Lang != sp.Lang {
		// Words cannot be compared across languages, names can (their keys are the same in
		// every language): the event joins on actors alone, with a higher bar.
		s.ok, s.cycle = len(ids) >= crossNames && s.names >= crossNameSim, false
	}
	return s, nil
}

// linkStory records why an event joined a storyline and counts it there.
func (pl *placement) linkStory(event, line, when int64, why string) error {
	_, err := pl.tx.ExecContext(pl.ctx, `INSERT INTO story_links (event, storyline, other_event, explanation) VALUES ($1, $2, 0, $3)
		ON CONFLICT (event) DO UPDATE SET storyline = excluded.storyline, explanation = excluded.explanation`, event, line, why)
	if err != nil {
		return fmt.Errorf("link e%d to s%d: %w", event, line, err)
	}
	var n int64
	if err := pl.tx.QueryRowContext(pl.ctx, `SELECT articles FROM events WHERE id = $1`, event).Scan(&n); err != nil {
		return err
	}
	_, err = pl.tx.ExecContext(pl.ctx, `UPDATE storylines SET events = (SELECT count(*) FROM events WHERE storyline = $1 AND merged_into IS NULL),
		articles = (SELECT coalesce(sum(articles), 0) FROM events WHERE storyline = $1 AND merged_into IS NULL),
		t_first = CASE WHEN $2 < t_first THEN $2 ELSE t_first END, t_last = CASE WHEN $2 > t_last THEN $2 ELSE t_last END,
		changed = $3 WHERE id = $1`, line, when, pl.rec.Seq)
	if err != nil {
		return err
	}
	return pl.retitleStoryline(line)
}

// moveEventToStoryline moves an event that was alone in its storyline into another; the
// emptied storyline is marked merged into the other.
func (pl *placement) moveEventToStoryline(event, from, to int64) error {
	if _, err := pl.tx.ExecContext(pl.ctx, `UPDATE events SET storyline = $1, changed = $2 WHERE id = $3`, to, pl.rec.Seq, event); err != nil {
		return err
	}
	_, err := pl.tx.ExecContext(pl.ctx, `UPDATE storylines SET merged_into = $1, events = 0, articles = 0, changed = $2 WHERE id = $3`, to, pl.rec.Seq, from)
	return err
}

// matchDays is how far apart a match's preview, reports and aftermath may be published
// and still be known as one match by its pairing alone.
const matchDays = 3

// sameMatch finds, among the candidates of other events, an article about the match or duel
// the profile's headline is about: one headline names the pairing ("Türkei - Georgien"),
// the other names both sides of it ("Türkei besiegt Georgien 3:1"), within matchDays. A
// match's where-to-watch page, its report and its aftermath are one storyline, though their
// words differ (a listing is all channels and times). Candidates are tried nearest in time
// first; the pairing found is returned for the explanation.
func sameMatch(prof *Profile, cands []candidate) (candidate, string, bool) {
	if prof.Time == 0 {
		return candidate{}, "", false
	}
	nearestFirst(prof, cands)
	for _, c := range cands {
		if c.event == 0 || c.prof.Time == 0 || gapDays(c.prof.Time, prof.Time) > matchDays {
			continue
		}
		if pr, ok := matchedPairing(prof, c.prof); ok {
			return c, pairingText(pr), true
		}
	}
	return candidate{}, "", false
}

// nearestFirst sorts candidates by their time from the profile's, nearest first (ties by
// event), so that a match's pages of the same day are tried before those of the next.
func nearestFirst(prof *Profile, cands []candidate) {
	slices.SortStableFunc(cands, func(a, b candidate) int {
		ga, gb := abs64(a.prof.Time-prof.Time), abs64(b.prof.Time-prof.Time)
		if ga != gb {
			if ga < gb {
				return -1
			}
			return 1
		}
		return int(a.event - b.event)
	})
}

// pairings returns the two sides of each pairing among a profile's Scores, each side as its
// words (see side).
func pairings(scores []string) [][2][]string {
	var out [][2][]string
	for _, x := range scores {
		p, ok := strings.CutPrefix(x, pairingPrefix)
		if !ok {
			continue
		}
		a, b, ok := strings.Cut(p, "|")
		if !ok {
			continue
		}
		out = append(out, [2][]string{strings.Fields(a), strings.Fields(b)})
	}
	return out
}

// namesBoth reports whether a headline's words name both sides of a pairing.
func namesBoth(pr [2][]string, words map[string]bool) bool {
	has := func(side []string) bool {
		for _, w := range side {
			if words[w] {
				return true
			}
		}
		return false
	}
	return has(pr[0]) && has(pr[1])
}

// pairingText is a pairing as people write it, for explanations: the longest word of each
// side that is not a key.
func pairingText(pr [2][]string) string {
	name := func(side []string) string {
		best := ""
		for _, w := range side {
			if !strings.Contains(w, ":") && len(w) > len(best) {
				best = w
			}
		}
		return best
	}
	return name(pr[0]) + " – " + name(pr[1])
}

// headWords are a headline's words as side finds them.
func headWords(h string) map[string]bool {
	out := map[string]bool{}
	for _, w := range nameWords(h) {
		out[w] = true
	}
	return out
}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

// matchPair reports whether two articles are about one match: one headline names a pairing
// and the other names both of its sides.
func matchPair(a, b *Profile) bool {
	_, ok := matchedPairing(a, b)
	return ok
}

// matchedPairing returns the pairing one headline names whose sides the other headline
// both names.
func matchedPairing(a, b *Profile) ([2][]string, bool) {
	for _, x := range [2][2]*Profile{{a, b}, {b, a}} {
		prs := pairings(x[0].Scores)
		if len(prs) == 0 {
			continue
		}
		words := headWords(x[1].Heading)
		for _, pr := range prs {
			if namesBoth(pr, words) {
				return pr, true
			}
		}
	}
	return [2][]string{}, false
}

// sameMatchLead is sameMatch for a side story of the match: one headline names the pairing
// and the other article's headline and lead name both its sides, within span seconds (the
// news cycle, Options.CycleSpan). On a match
// day the player, the coach and the broadcast each make a report of their own, whose
// headlines name one person; their leads still name the teams.
//
// leadWords gives the words of the names in a profile's headline and lead.
func sameMatchLead(prof *Profile, cands []candidate, leadWords func(*Profile) (map[string]bool, error), span int64) (candidate, string, bool, error) {
	if prof.Time == 0 {
		return candidate{}, "", false, nil
	}
	mine, err := leadWords(prof)
	if err != nil {
		return candidate{}, "", false, err
	}
	own := pairings(prof.Scores)
	nearestFirst(prof, cands)
	for _, c := range cands {
		if c.event == 0 || c.prof.Time == 0 || abs64(c.prof.Time-prof.Time) > span {
			continue
		}
		theirs := pairings(c.prof.Scores)
		// Two headlines that both name a pairing are one match only as sameMatch finds it:
		// a lead also names a double-header's next opponent, a tournament's next round.
		if len(own) > 0 && len(theirs) > 0 {
			continue
		}
		for _, pr := range theirs {
			if namesBoth(pr, mine) {
				return c, pairingText(pr), true, nil
			}
		}
		if len(own) > 0 {
			words, err := leadWords(c.prof)
			if err != nil {
				return candidate{}, "", false, err
			}
			for _, pr := range own {
				if namesBoth(pr, words) {
					return c, pairingText(pr), true, nil
				}
			}
		}
	}
	return candidate{}, "", false, nil
}

// leadWords are the words of the names in a profile's headline and lead, as side finds them.
func (pl *placement) leadWords(p *Profile) (map[string]bool, error) {
	ids := make([]uint32, len(p.LeadNames))
	for i, t := range p.LeadNames {
		ids[i] = t.ID
	}
	keys, err := terms(pl.ctx, pl.tx, ids, pl.p.c)
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for _, id := range ids {
		for _, w := range nameWords(strings.TrimPrefix(keys[id], keyName)) {
			out[w] = true
		}
	}
	return out, nil
}
