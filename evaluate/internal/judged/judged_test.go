package judged

import (
	"testing"
	"testing/fstest"
)

func TestLoad(t *testing.T) {
	files := fstest.MapFS{
		"testdata/b.json": {Data: []byte(`{"n": 2}`)},
		"testdata/a.json": {Data: []byte(`{"n": 1}`)},
		"testdata/c.txt":  {Data: []byte(`not json`)},
	}
	type v struct{ N int }
	got, err := Load[v](files, "testdata/*.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].N != 1 || got[1].N != 2 {
		t.Errorf("got %+v, want the two files in name order", got)
	}
	files["testdata/d.json"] = &fstest.MapFile{Data: []byte(`{`)}
	if _, err := Load[v](files, "testdata/*.json"); err == nil {
		t.Error("a broken file gave no error")
	}
}
