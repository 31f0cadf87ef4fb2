package quote

import (
	"testing"

	"crosscheck/article"
)

// TestGermanClassesStop23 covers what the story pages of stop 22 showed wrong, in sentences we
// wrote.
func TestGermanClassesStop23(t *testing.T) {
	runClasses(t, dePack, "de", []classCase{
		{name: "a name before a role apposition speaks, not the body inside it",
			text:  "Mara Kollwitz, wirtschaftspolitische Sprecherin der VPD-Fraktion im Landtag, sagte: „Die Regierung muss jetzt handeln.“",
			names: map[string]string{"Mara Kollwitz": per, "VPD": org, "Landtag": org},
			want:  []attribution{{"Die Regierung muss jetzt handeln.", "Mara Kollwitz", article.SpeakerSubject, true}},
			never: []string{"Landtag", "VPD"}},
		{name: "an untagged name before a role apposition: nobody rather than the body",
			text:  "Mara Kollwitz, wirtschaftspolitische Sprecherin der VPD-Fraktion im Landtag, sagte: „Die Regierung muss jetzt handeln.“",
			names: map[string]string{"VPD": org, "Landtag": org},
			never: []string{"Landtag", "VPD"}},
		{name: "a role apposition before the name: the name speaks",
			text:  "Der Vorsitzende des Mieterbundes in Hessen, Jörg Albers, forderte die Stadt auf, die Mieten „nicht weiter zu erhöhen“.",
			names: map[string]string{"Jörg Albers": per, "Hessen": place},
			want: []attribution{{"die Mieten „nicht weiter zu erhöhen“", "Jörg Albers", article.SpeakerSubject, false},
				{"nicht weiter zu erhöhen", "Jörg Albers", article.SpeakerSubject, true}},
			never: []string{"Hessen"}},
		{name: "a short quoted name after a genitive article is no quotation",
			text:  "In Bayern forderten die Parteien VPD und Die Blauen ein Verbot der „Schwarzen Falken“.",
			names: map[string]string{"VPD": org, "Die Blauen": org, "Bayern": place},
			not:   []string{"Schwarzen Falken"}},
		{name: "a party named after a person is no person",
			text:  "In Bayern forderte das Bündnis Jana Krüger ein Verbot der Gruppe. In mehreren Ländern sei die Gruppe längst verboten.",
			names: map[string]string{"Jana Krüger": per, "Bayern": place},
			never: []string{"Jana Krüger"}},
	})
}
