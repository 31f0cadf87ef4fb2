package detect

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"crosscheck/internal/testenv"
)

func TestDetect(t *testing.T) {
	tests := []struct{ want, text string }{
		{"de", "Die Zahl der Soldaten ist nach einem Bericht weiter gestiegen, sagte der Präsident am Freitag."},
		{"de", "Wien – Die Gewerkschaft sieht Handlungsbedarf bei sogenannten Verträgen."},
		{"en", "The number of soldiers has risen further, the president said on Friday in a video address."},
		{"fr", "Le nombre de soldats a encore augmenté selon un rapport, a déclaré le président dans une vidéo."},
		{"es", "El número de soldados ha aumentado según un informe, dijo el presidente en un mensaje de vídeo."},
		{"it", "Il numero dei soldati è aumentato secondo un rapporto, ha detto il presidente in un videomessaggio."},
		{"nl", "Het aantal soldaten is volgens een rapport verder gestegen, zei de president in een videoboodschap."},
		{"pl", "Liczba żołnierzy wzrosła według raportu, powiedział prezydent w nagraniu wideo, które jest już dostępne."},
		{"pt", "O número de soldados aumentou segundo um relatório, disse o presidente numa mensagem de vídeo para a nação."},
		{"tr", "Bir rapora göre asker sayısı daha da arttı, cumhurbaşkanı bu video mesajında ve basın toplantısında söyledi."},
		{"ru", "Число солдат выросло по данным разведки, заявил президент в видеообращении."},
		{"uk", "Кількість солдатів зросла, за даними розвідки, заявив президент у відеозверненні. Їх є багато."},
		{"el", "Ο αριθμός των στρατιωτών αυξήθηκε σύμφωνα με την έκθεση."},
		{"zh", "根据报告，士兵人数进一步增加，总统在视频讲话中说。"},
		{"ja", "報告によると、兵士の数はさらに増加したと大統領はビデオ演説で述べた。"},
		{"und", ""},
		{"und", "Hallo"},
		{"und", "12345 67890 !!!"},
		{"und", "Xyzzy plugh frobnitz quux blorf"},
	}
	for _, tt := range tests {
		if got := Detect(tt.text); got != tt.want {
			t.Errorf("Detect(%.40q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestSeedsAreGerman(t *testing.T) {
	dir := testenv.SharedFile(t, "corpus/seeds")
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if got := Detect(string(b)); got != "de" {
			t.Errorf("%s: Detect = %q, want de", filepath.Base(f), got)
		}
	}
}

// TestGNADGerman checks that real German news articles are recognised.
func TestGNADGerman(t *testing.T) {
	b, err := os.ReadFile(testenv.SharedFile(t, "eval/10kgnad/test.csv"))
	if err != nil {
		t.Fatal(err)
	}
	n, de := 0, 0
	for _, line := range strings.Split(string(b), "\n") {
		_, text, ok := strings.Cut(line, ";")
		if !ok {
			continue
		}
		n++
		if Detect(text) == "de" {
			de++
		}
	}
	if n == 0 || float64(de)/float64(n) < 0.99 {
		t.Errorf("%d of %d 10kGNAD articles detected as de", de, n)
	}
	t.Logf("%d of %d 10kGNAD articles detected as de", de, n)
}

func BenchmarkDetect(b *testing.B) {
	raw, err := os.ReadFile(testenv.SharedFile(b, "eval/10kgnad/test.csv"))
	if err != nil {
		b.Fatal(err)
	}
	var texts []string
	for _, line := range strings.Split(string(raw), "\n") {
		if _, text, ok := strings.Cut(line, ";"); ok {
			texts = append(texts, text)
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range texts {
			Detect(s)
		}
	}
	b.ReportMetric(float64(len(texts)*b.N)/b.Elapsed().Seconds(), "articles/s")
}

func FuzzDetect(f *testing.F) {
	f.Add("Die Zahl der Soldaten")
	f.Add(strings.Repeat("ä", 3000))
	f.Fuzz(func(t *testing.T, s string) {
		switch got := Detect(s); len(got) {
		case 2, 3:
		default:
			t.Fatalf("Detect returned %q", got)
		}
	})
}
