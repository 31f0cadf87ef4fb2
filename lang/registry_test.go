package lang_test

import (
	"testing"

	"golang.org/x/text/language"

	"crosscheck/lang"
	_ "crosscheck/lang/de"
	_ "crosscheck/lang/en"
)

func TestRegistered(t *testing.T) {
	var codes []string
	for _, p := range lang.Registered() {
		codes = append(codes, p.Code())
	}
	if len(codes) != 2 || codes[0] != "de" || codes[1] != "en" {
		t.Fatalf("registered packs %v, want [de en]", codes)
	}
	p, ok := lang.Lookup(language.German)
	if !ok || p.Code() != "de" {
		t.Fatalf("Lookup(German) = %v, %v", p, ok)
	}
	if q, _ := lang.Lookup(language.German); q != p {
		t.Error("a second Lookup built a second pack")
	}
	if _, ok := lang.Lookup(language.French); ok {
		t.Error("French found, but no pack registers it")
	}
	defer func() {
		if recover() == nil {
			t.Error("registering German twice did not panic")
		}
	}()
	lang.Register(language.German, nil)
}
