package sqlstore

import (
	"strings"
	"testing"

	"crosscheck/store"
)

// Lead gives what joining the first store.LeadWords fields of strings.Fields gives, for
// any spacing (tabs, line breaks, non-breaking and ideographic spaces) and length.
func TestLeadIsFirstFields(t *testing.T) {
	long := strings.Repeat("Wort\u00a0und\tWort \n", store.LeadWords)
	for _, text := range []string{"", "  ", "eins", " eins  zwei\u3000drei\n", long, "\xffkaputt \xfe  x", long[:len(long)/2]} {
		f := strings.Fields(text)
		if len(f) > store.LeadWords {
			f = f[:store.LeadWords]
		}
		if got, want := Lead(text), strings.Join(f, " "); got != want {
			t.Errorf("Lead(%.40q) = %.60q, want %.60q", text, got, want)
		}
	}
}
