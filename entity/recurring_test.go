package entity

import (
	"testing"

	"crosscheck/article"
)

// TestSurnamePersons holds articleSurnamePersons in English sentences we wrote: a full
// name no list knows whose surname the article writes alone at least twice is a person's,
// the surname's mentions too; what is no person's name stays out.
func TestSurnamePersons(t *testing.T) {
	tests := []struct {
		name, text string
		persons    []string // texts that must be person mentions
		not        []string // texts that must be no person mention
	}{
		{"surname alone twice", "Zoltar Quenby signed on Monday. Later Quenby scored twice, and the coach praised Quenby.",
			[]string{"Zoltar Quenby", "Quenby"}, nil},
		{"surname alone once is not enough", "Zoltar Quenby signed on Monday. The coach praised Quenby.",
			nil, []string{"Zoltar Quenby", "Quenby"}},
		{"a headline's capitals", "Zoltar Quenby Signs New Deal With Rovers\nZoltar Quenby signed. Quenby scored, and fans cheered Quenby.",
			[]string{"Zoltar Quenby"}, nil},
		{"a surname that is a word must say something", "Zoltar Twain released a song. Twain explained the lyrics, and Twain will tour.",
			[]string{"Zoltar Twain", "Twain"}, nil},
		{"a surname that is a word and says nothing", "Zoltar Twain released a song. Fans love Twain, and Twain will tour.",
			nil, []string{"Zoltar Twain"}},
		{"an article before is a team", "They beat the Zarvok Quenbys on Friday. Quenbys fans left. The Quenbys lost again.",
			nil, []string{"Zarvok Quenbys"}},
		{"glued to a word before", "Aid reached sub‐Saharan Qembia last year. Qembia grew, and Qembia voted.",
			nil, []string{"Saharan Qembia", "Qembia"}},
		{"digits and capitals are no name's", "Tests found SARS-CoV-2 Qembia in May. Qembia grew, and Qembia waned.",
			nil, []string{"SARS-CoV-2 Qembia"}},
		{"the article writes the word in lower case", "Zoltar Quenby signed. Quenby scored, Quenby won, and a quenby is a fish.",
			nil, []string{"Zoltar Quenby"}},
		{"a place of the lists", "Zoltar Florida opened. Florida grew, and Florida voted.",
			nil, []string{"Zoltar Florida"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := seedArticle("t", tt.text)
			a.Language = "en"
			es := englishAnalyzer.Analyze(a).Entities
			for _, p := range tt.persons {
				if g := find(es, p); g == nil || g.Type != article.EntityPerson {
					t.Errorf("%q not a person: %+v", p, es)
				}
			}
			for _, n := range tt.not {
				if g := find(es, n); g != nil && g.Type == article.EntityPerson {
					t.Errorf("%q is a person mention, want none: %+v", n, es)
				}
			}
		})
	}
}

// TestSpeakingBodies holds articleSpeakingBodies in English sentences we wrote: a name of
// everyday words written twice that says something is an organisation's.
func TestSpeakingBodies(t *testing.T) {
	tests := []struct {
		name, text string
		n          int // organisation mentions "Red Harbor"/"Tiger Woods"
	}{
		{"says and comes again", "Red Harbor said on Monday it would grow. Investors like Red Harbor.", 2},
		{"according to it", "Sales fell, according to Red Harbor. Investors like Red Harbor.", 2},
		{"once", "Red Harbor said on Monday it would grow.", 0},
		{"says nothing", "Red Harbor grew on Monday. Investors like Red Harbor.", 0},
		{"the words in lower case elsewhere", "Red Harbor said it would grow. Boats left the red harbor. Fans like Red Harbor.", 0},
		{"a surname of the lists", "Tiger Woods said he would play. Fans cheered Tiger Woods.", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := seedArticle("t", tt.text)
			a.Language = "en"
			n := 0
			for _, e := range englishAnalyzer.Analyze(a).Entities {
				if (e.Text == "Red Harbor" || e.Text == "Tiger Woods") && e.Type == article.EntityOrganisation {
					n++
				}
			}
			if n != tt.n {
				t.Errorf("%d organisation mentions, want %d", n, tt.n)
			}
		})
	}
}
