package quote

import (
	"os"
	"testing"
)

func TestZZ(t *testing.T) {
	a := paragraphs("t", os.Getenv("ZZ"))
	a.Language = "de"
	an := run(a, dePack, named(a, map[string]string{"BDA": org, "Stefan Kamp": per, "Rheinischen Post": org, "Nordland": place, "Ivo Marek": per, "Belmo": org, "Anna Wolf": per, "Jan Holt": per, "Nils Brand": per, "Mick Hall": per, "Nina Bauer": per})...)
	for _, q := range an.Quotes {
		t.Logf("%q spk=%q how=%s cue=%v src=%v", q.Text, q.Speaker, q.SpeakerHow, q.Cue, q.Source)
	}
}
