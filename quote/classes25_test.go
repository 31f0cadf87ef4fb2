package quote

import "testing"

// TestCuePhraseSources (stop 24b): "laut dem …" opening a sentence is the cue "laut", not the
// relative "…, laut dem …"; people the text need not name ("diesem Zeugen", "Anwohnern") and
// more nouns for a source of information ("Agenturmeldungen", "einer Quelle") may follow
// "laut" or precede "zufolge". Sentences we wrote.
func TestCuePhraseSources(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
		not  []string
	}{
		{"laut dem opening a sentence", "Laut dem Sprecher der Stadtwerke fällt der Strom am Montag in drei Orten aus.",
			[]want{{"fällt der Strom am Montag in drei Orten aus", "", "Laut", "dem Sprecher der Stadtwerke", false, false}}, nil},
		{"laut dem inside a sentence", "In drei Orten fällt der Strom am Montag laut dem Sprecher der Stadtwerke aus.",
			[]want{{"In drei Orten fällt der Strom am Montag", "", "laut", "dem Sprecher der Stadtwerke", false, false}}, nil},
		{"relative laut dem still reads back", "Es gibt einen Bericht, laut dem die Stadt bald pleite sei.",
			[]want{{"die Stadt bald pleite sei", "", "laut", "einen Bericht", false, false}}, nil},
		{"a witness after laut", "Laut diesem Zeugen hat es vorher keinen Streit zwischen den Gruppen gegeben.",
			[]want{{"hat es vorher keinen Streit zwischen den Gruppen gegeben", "", "Laut", "diesem Zeugen", false, false}}, nil},
		{"residents before zufolge", "Anwohnern zufolge brannte das Haus die ganze Nacht.",
			[]want{{"brannte das Haus die ganze Nacht", "", "zufolge", "Anwohnern", false, false}}, nil},
		{"agency reports before zufolge", "Agenturmeldungen zufolge will der Bürgermeister zurücktreten.",
			[]want{{"will der Bürgermeister zurücktreten", "", "zufolge", "Agenturmeldungen", false, false}}, nil},
		{"a source before zufolge", "Einer Quelle zufolge ist der Anführer getötet worden.",
			[]want{{"ist der Anführer getötet worden", "", "zufolge", "Einer Quelle", false, false}}, nil},
		{"a publication after laut", "Laut der Veröffentlichung kann man erstmals von einem Rückgang sprechen.",
			[]want{{"kann man erstmals von einem Rückgang sprechen", "", "Laut", "der Veröffentlichung", false, false}}, nil},
		{"loud is no cue", "Die Kinder sangen laut und die Zeugen klatschten dazu im Takt.", nil,
			[]string{"und die Zeugen klatschten dazu im Takt", "Die Kinder sangen"}},
		{"a law is no source", "Laut dem Gesetz darf die Stadt keine neuen Schulden machen.", nil,
			[]string{"darf die Stadt keine neuen Schulden machen"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			an := run(paragraphs("t", tc.text), dePack)
			check(t, an, tc.want)
			for _, n := range tc.not {
				for _, q := range an.Quotes {
					if q.Text == n {
						t.Errorf("%q reported as a quote", n)
					}
				}
			}
		})
	}
}
