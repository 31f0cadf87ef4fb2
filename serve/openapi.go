package serve

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"

	"crosscheck/story"
	"crosscheck/view"
)

// The OpenAPI document is made from the Go types the handlers encode, so it cannot drift
// from them; the tests check real responses against it.

type schemas struct {
	defs  map[string]any
	names map[reflect.Type]string
}

func (s *schemas) ref(t reflect.Type) any {
	if t == reflect.TypeFor[json.RawMessage]() {
		return map[string]any{} // any JSON value, written as it was given
	}
	switch t.Kind() {
	case reflect.Pointer:
		inner := s.ref(t.Elem())
		return map[string]any{"allOf": []any{inner}, "nullable": true}
	case reflect.Slice:
		return map[string]any{"type": "array", "items": s.ref(t.Elem())}
	case reflect.Map:
		return map[string]any{"type": "object", "additionalProperties": s.ref(t.Elem())}
	case reflect.Interface:
		return map[string]any{}
	case reflect.String:
		return map[string]any{"type": "string"}
	case reflect.Bool:
		return map[string]any{"type": "boolean"}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64, reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return map[string]any{"type": "integer"}
	case reflect.Float32, reflect.Float64:
		return map[string]any{"type": "number"}
	case reflect.Struct:
		name, ok := s.names[t]
		if !ok {
			name = t.Name()
			for _, other := range s.names {
				if other == name {
					name = strings.ReplaceAll(t.PkgPath(), "/", "_") + "_" + t.Name()
				}
			}
			s.names[t] = name
			s.defs[name] = s.object(t)
		}
		return map[string]any{"$ref": "#/components/schemas/" + name}
	}
	panic(fmt.Sprintf("serve: no schema for %s", t))
}

func (s *schemas) object(t reflect.Type) any {
	props := map[string]any{}
	var required []string
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if name == "" {
			name = f.Name
		}
		props[name] = s.ref(f.Type)
		if !strings.Contains(opts, "omitempty") {
			required = append(required, name)
		}
	}
	o := map[string]any{"type": "object", "properties": props, "additionalProperties": false}
	if len(required) > 0 {
		o["required"] = required
	}
	return o
}

func openAPI() ([]byte, error) {
	s := &schemas{defs: map[string]any{}, names: map[reflect.Type]string{}}
	ref := func(v any) any { return s.ref(reflect.TypeOf(v)) }
	errRef := ref(apiErrorBody{})
	param := func(name, in, desc string, typ string) map[string]any {
		p := map[string]any{"name": name, "in": in, "description": desc, "schema": map[string]any{"type": typ}}
		if in == "path" {
			p["required"] = true
		}
		return p
	}
	paging := []any{param("limit", "query", fmt.Sprintf("page size, 1..%d (default %d)", story.MaxLimit, story.DefaultLimit), "integer"),
		param("offset", "query", "items to skip", "integer")}
	op := func(summary string, out any, params ...any) map[string]any {
		resp := map[string]any{
			"200": map[string]any{"description": "OK", "content": map[string]any{"application/json": map[string]any{"schema": out}}},
			"default": map[string]any{"description": "error (400 bad_request, 404 not_found, 405 method_not_allowed, 500 internal, 503 timeout)",
				"content": map[string]any{"application/json": map[string]any{"schema": errRef}}},
		}
		o := map[string]any{"summary": summary, "responses": resp}
		if len(params) > 0 {
			o["parameters"] = params
		}
		return map[string]any{"get": o}
	}
	id := param("id", "path", "event (e1, …) or storyline (s1, …) id", "string")
	list := append([]any{param("kind", "query", "storyline (default) or event", "string"),
		param("sort", "query", "newest (default: the newest last article first) or sources (most outlets first, then most articles)", "string"),
		param("source", "query", "only stories with an article from this outlet", "string"),
		param("language", "query", "only stories with an article in this language", "string"),
		param("from", "query", "only stories with an article on or after this day (YYYY-MM-DD)", "string"),
		param("to", "query", "only stories with an article on or before this day (YYYY-MM-DD)", "string")}, paging...)
	doc := map[string]any{
		"openapi": "3.0.3",
		"info": map[string]any{"title": "crosscheck", "version": "1",
			"description": "Stories you can verify: the stories list, story models, articles, comparisons, search and entities. Errors are {\"error\", \"code\"}."},
		"paths": map[string]any{
			"/api/stories":         op("stories list, newest first unless sort says otherwise", ref(story.Page{}), list...),
			"/api/stories/{id}":    op("one event or storyline, fully synthesised", ref(story.Story{}), id),
			"/api/events/{id}":     op("one event, fully synthesised", ref(story.Story{}), id),
			"/api/storylines/{id}": op("one storyline, fully synthesised", ref(story.Story{}), id),
			"/api/articles":        op("stored articles, newest first", ref(articlesPage{}), paging...),
			"/api/articles/{id}":   op("one stored article with its analysis (the analyze --json object); ids that are URLs are path-escaped", ref(view.Article{}), param("id", "path", "article id, path-escaped", "string")),
			"/api/compare":         op("two stored articles aligned sentence by sentence", ref(story.SideBySide{}), param("a", "query", "article id", "string"), param("b", "query", "article id", "string")),
			"/api/search":          op("full-text search over stories and articles", ref(searchPage{}), append([]any{param("q", "query", "words (all must match; the last may be a prefix)", "string")}, paging...)...),
			"/api/entities/{name}": op("every story, article and quotation of a name", ref(story.EntityPage{}), param("name", "path", "canonical name, path-escaped", "string")),
			"/api/openapi.json":    map[string]any{"get": map[string]any{"summary": "this document", "responses": map[string]any{"200": map[string]any{"description": "OK"}}}},
		},
		"components": map[string]any{"schemas": s.defs},
	}
	b, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("serve: openapi: %w", err)
	}
	return b, nil
}
