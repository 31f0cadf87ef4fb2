package ingest

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
)

const fetchPage = `<html><head><title>Stadtrat beschließt Radweg</title></head><body><article><h1>Stadtrat beschließt Radweg</h1>
<p>Der Stadtrat hat am Mittwoch einen neuen Radweg am Fluss beschlossen. Er soll im kommenden Jahr gebaut werden und kostet drei Millionen Euro, sagte die Bürgermeisterin.</p>
<p>Die Opposition stimmte dagegen, weil sie die Kosten für zu hoch hält.</p></article></body></html>`

// pageServer serves fetchPage on /page, redirects /hop/N to /hop/N-1 and /hop/0 to to, and
// counts the requests it answers.
func pageServer(t *testing.T, to string) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		var n int
		switch {
		case r.URL.Path == "/page":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, fetchPage)
		case r.URL.Path == "/away":
			http.Redirect(w, r, to, http.StatusFound)
		case strings.HasPrefix(r.URL.Path, "/hop/"):
			fmt.Sscanf(r.URL.Path, "/hop/%d", &n)
			if n <= 0 {
				http.Redirect(w, r, "/page", http.StatusFound)
			} else {
				http.Redirect(w, r, fmt.Sprintf("/hop/%d", n-1), http.StatusFound)
			}
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv, &hits
}

// fetch reads one URL and returns its items and Read's own error.
func fetch(src string, opt Options) ([]Item, error) {
	var items []Item
	err := Read(context.Background(), src, opt, func(it Item) error {
		items = append(items, it)
		return nil
	})
	return items, err
}

func TestFetchRefusesLoopbackUnlessAllowed(t *testing.T) {
	srv, hits := pageServer(t, "")
	for _, src := range []string{srv.URL + "/page", strings.Replace(srv.URL, "127.0.0.1", "localhost", 1) + "/page",
		strings.Replace(srv.URL, "http://", "HTTP://", 1) + "/page"} {
		_, err := fetch(src, Options{})
		if !errors.Is(err, ErrUnsafeAddress) {
			t.Fatalf("%s: error %v, want ErrUnsafeAddress", src, err)
		}
		msg := err.Error()
		if !strings.Contains(msg, "loopback") || !strings.Contains(msg, "--allow-private") || strings.Contains(msg, src) {
			t.Errorf("%s: message %q: want the kind of address and the way out, without the URL", src, msg)
		}
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("the refused server answered %d requests", n)
	}
	items, err := fetch(srv.URL+"/page", Options{AllowPrivate: true})
	if err != nil || len(items) != 1 || items[0].Article == nil || items[0].Article.Title != "Stadtrat beschließt Radweg" {
		t.Fatalf("allowed: %v %+v", err, items)
	}
}

func TestFetchRefusesRedirectIntoLoopback(t *testing.T) {
	inner, innerHits := pageServer(t, "")
	outer, _ := pageServer(t, inner.URL+"/page")
	// The outer server stands for a public one: the check lets its address through only.
	public := outer.Listener.Addr().String()
	c := newClient(func(network, address string, raw syscall.RawConn) error {
		if address == public {
			return nil
		}
		return refuseUnsafe(network, address, raw)
	})
	_, err := fetch(outer.URL+"/away", Options{Client: c})
	if !errors.Is(err, ErrUnsafeAddress) || !strings.Contains(err.Error(), "redirected to \""+inner.URL) {
		t.Fatalf("redirect into loopback: %v", err)
	}
	if n := innerHits.Load(); n != 0 {
		t.Errorf("the loopback server behind the redirect answered %d requests", n)
	}
	items, err := fetch(outer.URL+"/away", Options{AllowPrivate: true})
	if err != nil || len(items) != 1 || items[0].Err != nil {
		t.Fatalf("allowed redirect: %v %+v", err, items)
	}
}

func TestFetchFollowsAtMostFiveRedirects(t *testing.T) {
	srv, hits := pageServer(t, "")
	if items, err := fetch(srv.URL+fmt.Sprintf("/hop/%d", MaxRedirects-1), Options{AllowPrivate: true}); err != nil || len(items) != 1 {
		t.Fatalf("%d redirects: %v %+v", MaxRedirects, err, items)
	}
	hits.Store(0)
	_, err := fetch(srv.URL+fmt.Sprintf("/hop/%d", MaxRedirects), Options{AllowPrivate: true})
	if err == nil || !strings.Contains(err.Error(), "stopped after 5 redirects") {
		t.Fatalf("%d redirects: %v", MaxRedirects+1, err)
	}
	if n := hits.Load(); n != MaxRedirects+1 {
		t.Errorf("%d requests, want %d", n, MaxRedirects+1)
	}
}

func TestAddrKind(t *testing.T) {
	for _, c := range []struct {
		addr   string
		public bool
	}{
		{"127.0.0.1", false}, {"127.8.9.1", false}, {"::1", false}, {"0.0.0.0", false}, {"::", false},
		{"10.1.2.3", false}, {"172.16.0.9", false}, {"192.168.178.1", false}, {"fd00:ec2::254", false},
		{"169.254.169.254", false}, {"fe80::1", false}, {"100.100.100.200", false}, {"224.0.0.1", false},
		{"::ffff:127.0.0.1", false}, {"::ffff:10.0.0.1", false}, {"64:ff9b::7f00:1", false}, {"255.255.255.255", false},
		{"192.0.2.10", false}, {"198.18.0.1", false},
		{"8.8.8.8", true}, {"93.184.215.14", true}, {"2a00:1450:4001:82a::200e", true}, {"64:ff9b::808:808", true},
	} {
		a := netip.MustParseAddr(c.addr)
		if got := addrKind(a) == ""; got != c.public {
			t.Errorf("%s: public %v, want %v (%q)", c.addr, got, c.public, addrKind(a))
		}
		err := refuseUnsafe("tcp", netip.AddrPortFrom(a, 443).String(), nil)
		if (err == nil) != c.public || err != nil && !errors.Is(err, ErrUnsafeAddress) {
			t.Errorf("%s: dial check %v", c.addr, err)
		}
	}
}
