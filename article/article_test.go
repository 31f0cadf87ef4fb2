package article

import "testing"

// TestIsSiteName: a "headline" that is only the site's name says nothing of the article; a
// headline that names the site among other words does.
func TestIsSiteName(t *testing.T) {
	for _, c := range []struct {
		title, site string
		want        bool
	}{
		{"WatchBlog", "watchblog.example", true},
		{"Watch-Blog", "watchblog.example", true},
		{"Watch Blog", "news.watchblog.example", true},
		{"Watch Blog testet die Uhr", "watchblog.example", false},
		{"ab", "ab.example", false},
		{"Sturm", "", false},
	} {
		if got := IsSiteName(c.title, c.site); got != c.want {
			t.Errorf("IsSiteName(%q, %q) = %v, want %v", c.title, c.site, got, c.want)
		}
	}
}
