package sqlstore

import "testing"

// jsonText binds an encoded value as the text it holds, empty for none.
func TestJSONText(t *testing.T) {
	for _, c := range []struct {
		b    []byte
		want string
	}{
		{nil, ""}, {[]byte{}, ""}, {[]byte(`{"id":"a"}`), `{"id":"a"}`}, {[]byte(`"ä"`), `"ä"`},
	} {
		if got := jsonText(c.b); got != c.want {
			t.Errorf("jsonText(%q) = %q, want %q", c.b, got, c.want)
		}
	}
}
