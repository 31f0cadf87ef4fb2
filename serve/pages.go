package serve

import (
	"bytes"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"crosscheck/story"
	"crosscheck/view"
)

// funcs are the templates' helpers. Links to ids are built here, escaped for a path, so
// an id that is a URL stays one path segment.
var funcs = template.FuncMap{
	"join":       strings.Join,
	"articleURL": func(id string) string { return "/articles/" + url.PathEscape(id) },
	"entityURL":  func(name string) string { return "/entities/" + url.PathEscape(name) },
	"storyURL":   storyURL,
	"compareURL": func(a, b string) string {
		return "/compare?" + url.Values{"a": {a}, "b": {b}}.Encode()
	},
	"speakers": view.SpeakerGroups,
	"pct":      func(f float64) string { return strconv.Itoa(int(f*100+0.5)) + " %" },
	"marks":    marks,
	"inc":      func(i int) int { return i + 1 },
	"count":    view.Count,
	"escape":   url.PathEscape,
}

func storyURL(kind, id string) string {
	if kind == "storyline" || strings.HasPrefix(id, "s") && kind == "" {
		return "/storylines/" + url.PathEscape(id)
	}
	return "/events/" + url.PathEscape(id)
}

// mark is a piece of text, marked or not.
type mark struct {
	Text   string
	Marked bool
}

// marks cuts a search snippet at its \x01 .. \x02 markers.
func marks(s string) []mark {
	var out []mark
	for s != "" {
		i := strings.IndexByte(s, '\x01')
		if i < 0 {
			out = append(out, mark{Text: s})
			break
		}
		if i > 0 {
			out = append(out, mark{Text: s[:i]})
		}
		s = s[i+1:]
		j := strings.IndexByte(s, '\x02')
		if j < 0 {
			j = len(s)
		}
		out = append(out, mark{Text: s[:j], Marked: true})
		s = strings.TrimPrefix(s[j:], "\x02")
	}
	return out
}

// render writes a page; templates render into a buffer first, so a failure shows as an
// error page rather than half a page.
func (s *server) render(w http.ResponseWriter, r *http.Request, status int, name string, data any) {
	var b bytes.Buffer
	if err := s.tmpl.ExecuteTemplate(&b, name, data); err != nil {
		s.b.Log.Warn("render", "template", name, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(b.Bytes())
}

func (s *server) pageError(w http.ResponseWriter, r *http.Request, status int, msg string) {
	s.render(w, r, status, "error.html", map[string]any{"Title": http.StatusText(status), "Status": status, "Message": msg})
}

// listPage is the stories list with its filters and paging links.
type listPage struct {
	Title     string
	Page      *story.Page
	Query     story.Query
	Sources   []string
	Languages []string
	Prev      string
	Next      string
	From, To  int
}

func (s *server) pageStories(w http.ResponseWriter, r *http.Request) {
	q, err := query(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p, err := s.b.Reader.List(r.Context(), q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	srcs, langs, err := s.b.Reader.Facets(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	lp := listPage{Title: "Stories", Page: p, Query: q, Sources: srcs, Languages: langs, From: p.Offset + 1, To: p.Offset + len(p.Stories)}
	link := func(off int) string {
		v := r.URL.Query()
		v.Set("offset", strconv.Itoa(off))
		return "/?" + v.Encode()
	}
	if p.Offset > 0 {
		lp.Prev = link(max(0, p.Offset-p.Limit))
	}
	if p.Offset+len(p.Stories) < p.Total {
		lp.Next = link(p.Offset + p.Limit)
	}
	s.render(w, r, http.StatusOK, "stories.html", lp)
}

// storyPage is one story with its drawings and what the page needs to link.
type storyPage struct {
	Title      string
	S          *story.Story
	TimeSVG    *svg
	ProvSVG    *svg
	Titles     map[string]string // article id -> title
	Sentences  map[string]string // article id -> fragment of its cited sentence
	Comparable map[string]bool
}

func (s *server) pageStory(kind string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		st, err := s.storyOf(r.Context(), r.PathValue("id"), kind)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		p := storyPage{Title: st.Title, S: st, Titles: map[string]string{}}
		for _, a := range st.Articles {
			p.Titles[a.ID] = a.Title
		}
		p.TimeSVG = timelineSVG(st)
		p.ProvSVG = provenanceSVG(st, p.Titles)
		s.render(w, r, http.StatusOK, "story.html", p)
	}
}

// segment is a piece of article text, highlighted when a mention covers it.
type segment struct {
	Text   string
	Class  string
	Title  string
	Entity string // canonical name, for a link to its page
	Anchor string // id of the sentence starting here
}

func (s *server) pageArticle(w http.ResponseWriter, r *http.Request, id string) {
	rec, err := s.b.Store.Get(r.Context(), id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	v := view.NewArticle(rec.Article, rec.Analysis)
	meta, placed, err := s.b.Reader.ArticleMeta(r.Context(), id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	title := id
	if v.Title != nil {
		title = *v.Title
	}
	s.render(w, r, http.StatusOK, "article.html", map[string]any{"Title": title, "A": v, "Meta": meta, "Placed": placed,
		"Segments": highlight(v)})
}

// highlight cuts the text at mention boundaries so the page can mark entities, quotes,
// figures and time expressions where they stand. Outer mentions win over nested ones;
// each sentence start gets an anchor ("s" and its offset) for citations to point at.
func highlight(v *view.Article) []segment {
	type span struct {
		start, end int
		class, tip string
		entity     string
	}
	var spans []span
	for _, q := range v.Quotes {
		tip := "reported speech"
		if q.Direct {
			tip = "quotation"
		}
		if q.Speaker != nil {
			tip += ": " + *q.Speaker
		}
		class := "quote"
		if !q.Direct {
			class = "reported"
		}
		spans = append(spans, span{q.Start, q.End, class, tip, ""})
	}
	for _, e := range v.Entities {
		name := ""
		if e.Type != "other" {
			name = e.Canonical
		}
		spans = append(spans, span{e.Start, e.End, "ent-" + e.Type, e.Type + ": " + e.Canonical, name})
	}
	for _, f := range v.Figures {
		spans = append(spans, span{f.Start, f.End, "figure", "figure: " + f.What, ""})
	}
	for _, t := range v.Times {
		val := "unresolved"
		if t.Value != nil {
			val = *t.Value
		}
		spans = append(spans, span{t.Start, t.End, "time", "time: " + val, ""})
	}
	rs := []rune(v.Text)
	cover := make([]int, len(rs)) // index+1 into spans of the covering span, 0 for none
	for i, m := range spans {
		for c := max(0, m.start); c < min(len(rs), m.end); c++ {
			if cover[c] == 0 || (spans[cover[c]-1].class == "quote" || spans[cover[c]-1].class == "reported") && spans[i].class != "quote" && spans[i].class != "reported" {
				cover[c] = i + 1
			}
		}
	}
	starts := map[int]bool{}
	for _, sn := range v.Sentences {
		starts[sn.Start] = true
	}
	var out []segment
	for i := 0; i < len(rs); {
		j := i + 1
		for j < len(rs) && cover[j] == cover[i] && !starts[j] {
			j++
		}
		seg := segment{Text: string(rs[i:j])}
		if starts[i] {
			seg.Anchor = "s" + strconv.Itoa(i)
		}
		if cover[i] > 0 {
			m := spans[cover[i]-1]
			seg.Class, seg.Title, seg.Entity = m.class, m.tip, m.entity
		}
		out = append(out, seg)
		i = j
	}
	return out
}

func (s *server) pageCompare(w http.ResponseWriter, r *http.Request) {
	c, err := s.compare(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	counts := map[string]int{}
	for _, row := range c.Rows {
		counts[row.Status]++
	}
	s.render(w, r, http.StatusOK, "compare.html", map[string]any{"Title": "Compare", "C": c, "Counts": counts})
}

func (s *server) pageSearch(w http.ResponseWriter, r *http.Request) {
	p, err := s.search(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	next := ""
	if p.Offset+len(p.Hits) < p.Total {
		next = "/search?" + url.Values{"q": {p.Query}, "offset": {strconv.Itoa(p.Offset + p.Limit)}}.Encode()
	}
	s.render(w, r, http.StatusOK, "search.html", map[string]any{"Title": "Search", "P": p, "Next": next})
}

func (s *server) pageEntity(w http.ResponseWriter, r *http.Request, name string) {
	p, err := s.b.Reader.Entity(r.Context(), name)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	sort.SliceStable(p.Quotes, func(i, j int) bool { return p.Quotes[i].Direct && !p.Quotes[j].Direct })
	s.render(w, r, http.StatusOK, "entity.html", map[string]any{"Title": p.Name, "E": p})
}

func (s *server) feed(w http.ResponseWriter, r *http.Request) {
	p, err := s.b.Reader.List(r.Context(), story.Query{Kind: "storyline", Limit: 50})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	b, err := atom(p.Stories)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "application/atom+xml; charset=utf-8")
	w.Write(b)
}

var _ = fmt.Sprintf
