package ingest

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"syscall"
	"time"
)

// ErrUnsafeAddress is the error for a fetch refused because it would connect to this machine,
// a private network, a link-local address (where clouds serve their metadata) or another
// address that is not on the public internet. Options.AllowPrivate lifts the check.
var ErrUnsafeAddress = errors.New("not a public address")

// MaxRedirects is how many redirects a fetch follows.
const MaxRedirects = 5

// unsafeAddr is the refusal of one address, with what kind of address it is.
type unsafeAddr struct {
	addr netip.Addr
	kind string
}

func (e *unsafeAddr) Error() string {
	return fmt.Sprintf("refused to connect to %s (%s): crosscheck fetches from public addresses only; "+
		"pass --allow-private to fetch from this machine or an intranet", e.addr, e.kind)
}

func (e *unsafeAddr) Unwrap() error { return ErrUnsafeAddress }

// Client returns the HTTP client ingest fetches with: timeouts on every step, at most
// MaxRedirects redirects, and, unless allowPrivate, a dialer that refuses any address that
// is not public. The check runs on the address actually dialled, after name resolution and
// for every connection (each redirect's too), so neither a host name that resolves to
// 127.0.0.1 nor a redirect into the intranet gets through. Proxies from the environment are
// used; the check then applies to the proxy's address.
func Client(allowPrivate bool) *http.Client {
	if allowPrivate {
		return newClient(nil)
	}
	return newClient(refuseUnsafe)
}

// newClient returns the fetching client with control as its dialer's check.
func newClient(control func(network, address string, c syscall.RawConn) error) *http.Client {
	d := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second, Control: control}
	tr := &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           d.DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          16,
		IdleConnTimeout:       60 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: 20 * time.Second,
	}
	return &http.Client{Transport: tr, Timeout: 60 * time.Second, CheckRedirect: checkRedirect}
}

func checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > MaxRedirects {
		return fmt.Errorf("stopped after %d redirects", MaxRedirects)
	}
	if s := req.URL.Scheme; s != "http" && s != "https" {
		return fmt.Errorf("redirect to a %s: URL refused", s)
	}
	return nil
}

// refuseUnsafe is the dialer's Control hook: address is the resolved "ip:port" about to be
// connected to.
func refuseUnsafe(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("%w: cannot read the address %q", ErrUnsafeAddress, address)
	}
	if kind := addrKind(ap.Addr()); kind != "" {
		return &unsafeAddr{addr: ap.Addr(), kind: kind}
	}
	return nil
}

// Address ranges that are not on the public internet, beyond what netip tells itself.
var (
	sharedNet  = netip.MustParsePrefix("100.64.0.0/10")   // carrier-grade NAT; some clouds' metadata
	thisNet    = netip.MustParsePrefix("0.0.0.0/8")       // "this network"
	ietfNet    = netip.MustParsePrefix("192.0.0.0/24")    // protocol assignments
	benchNet   = netip.MustParsePrefix("198.18.0.0/15")   // benchmarking
	reserved   = netip.MustParsePrefix("240.0.0.0/4")     // reserved, and the broadcast address
	nat64      = netip.MustParsePrefix("64:ff9b::/96")    // IPv4 behind NAT64: checked as IPv4
	nat64Local = netip.MustParsePrefix("64:ff9b:1::/48")  // local-use NAT64
	docNets    = netip.MustParsePrefix("2001:db8::/32")   // documentation
	siteLocal  = netip.MustParsePrefix("fec0::/10")       // deprecated site-local
	testNets   = netip.MustParsePrefix("192.0.2.0/24")    // documentation (TEST-NET-1)
	testNets2  = netip.MustParsePrefix("198.51.100.0/24") // TEST-NET-2
	testNets3  = netip.MustParsePrefix("203.0.113.0/24")  // TEST-NET-3
)

// addrKind says what kind of non-public address a is, or "" for a public one.
func addrKind(a netip.Addr) string {
	a = a.Unmap()
	if nat64.Contains(a) {
		b := a.As16()
		a = netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]})
	}
	switch {
	case !a.IsValid():
		return "an invalid address"
	case a.IsLoopback():
		return "loopback: this machine"
	case a.IsUnspecified():
		return "unspecified: this machine"
	case a.IsPrivate():
		return "a private network"
	case a.IsLinkLocalUnicast():
		return "link-local, where cloud metadata services answer"
	case a.IsMulticast(), a.IsLinkLocalMulticast(), a.IsInterfaceLocalMulticast():
		return "multicast"
	case sharedNet.Contains(a):
		return "shared address space (carrier-grade NAT)"
	case siteLocal.Contains(a), nat64Local.Contains(a):
		return "a private network"
	case thisNet.Contains(a), ietfNet.Contains(a), benchNet.Contains(a), reserved.Contains(a),
		docNets.Contains(a), testNets.Contains(a), testNets2.Contains(a), testNets3.Contains(a):
		return "reserved, not on the internet"
	}
	return ""
}

// fetchError turns a client error into a message that does not repeat the URL (the caller
// names it), says where a redirect led, and says plainly when the guard refused an address.
func fetchError(src string, err error) error {
	var ue *url.Error
	if !errors.As(err, &ue) {
		return err
	}
	inner := ue.Err
	var ua *unsafeAddr
	if errors.As(inner, &ua) {
		inner = ua // without "dial tcp 127.0.0.1:80: " before it
	}
	if ue.URL != src {
		return fmt.Errorf("redirected to %s: %w", Short(ue.URL), inner)
	}
	return inner
}
