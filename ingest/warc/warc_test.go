package warc

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"testing"
)

func record(typ, uri, body string) string {
	return fmt.Sprintf("WARC/1.1\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Record-ID: <urn:uuid:x>\r\n"+
		"Content-Length: %d\r\n\r\n%s\r\n\r\n", typ, uri, len(body), body)
}

func gz(t testing.TB, s string) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

type got struct{ typ, uri, body string }

func readAll(t *testing.T, data []byte) ([]got, error) {
	t.Helper()
	r, err := NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	var out []got
	for {
		rec, err := r.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		// Read only some records' bodies: Next must skip the rest.
		body := ""
		if rec.Type() == "response" {
			b, err := io.ReadAll(rec.Body)
			if err != nil {
				return out, err
			}
			body = string(b)
		}
		out = append(out, got{rec.Type(), rec.TargetURI(), body})
	}
}

func TestReader(t *testing.T) {
	plain := record("warcinfo", "", "software: test") + record("response", "<https://a.example/>", "HTTP/1.1 200 OK\r\n\r\nhi") +
		record("response", "https://b.example/", "") + "\r\n" + record("request", "https://b.example/", "GET / HTTP/1.1\r\n\r\n")
	want := []got{{"warcinfo", "", ""}, {"response", "https://a.example/", "HTTP/1.1 200 OK\r\n\r\nhi"}, {"response", "https://b.example/", ""}, {"request", "https://b.example/", ""}}
	var members []byte
	for _, r := range []string{record("warcinfo", "", "software: test"), record("response", "<https://a.example/>", "HTTP/1.1 200 OK\r\n\r\nhi"),
		record("response", "https://b.example/", ""), record("request", "https://b.example/", "GET / HTTP/1.1\r\n\r\n")} {
		members = append(members, gz(t, r)...)
	}
	for name, data := range map[string][]byte{"plain": []byte(plain), "gzip members": members, "one gzip": gz(t, plain)} {
		t.Run(name, func(t *testing.T) {
			out, err := readAll(t, data)
			if err != nil {
				t.Fatal(err)
			}
			if fmt.Sprint(out) != fmt.Sprint(want) {
				t.Errorf("got %q\nwant %q", out, want)
			}
		})
	}
}

func TestReaderErrors(t *testing.T) {
	full := record("response", "https://a.example/", "abc") + record("response", "https://b.example/", "HTTP/1.1 200 OK\r\n\r\nbody of two")
	members := append(gz(t, record("response", "https://a.example/", "abc")), gz(t, record("response", "https://b.example/", "HTTP/1.1 200 OK\r\n\r\nbody of two"))...)
	tests := []struct {
		name string
		data []byte
		n    int    // records read before the error
		msg  string // part of the error
	}{
		{"truncated body", []byte(full[:len(full)-10]), 1, "record 2: truncated"},
		{"truncated header", []byte(full[:len(record("response", "https://a.example/", "abc"))+20]), 1, "record 2: truncated"},
		{"truncated gzip trailer", members[:len(members)-5], 2, "record 2: truncated"},
		{"truncated gzip data", members[:len(members)-30], 1, "record 2: truncated"},
		{"bad length", []byte("WARC/1.0\r\nContent-Length: x\r\n\r\n"), 0, "bad Content-Length"},
		{"not warc", []byte("hello world\r\n"), 0, "expected WARC/version"},
		{"bad header", []byte("WARC/1.0\r\nno colon here\r\n\r\n"), 0, "bad header line"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, err := readAll(t, tc.data)
			if err == nil || !errors.Is(err, ErrFormat) {
				t.Fatalf("err = %v, want ErrFormat", err)
			}
			if len(out) != tc.n {
				t.Errorf("%d records before the error, want %d", len(out), tc.n)
			}
			if !bytes.Contains([]byte(err.Error()), []byte(tc.msg)) {
				t.Errorf("error %q does not contain %q", err, tc.msg)
			}
		})
	}
}

func FuzzReader(f *testing.F) {
	f.Add([]byte(record("response", "https://a.example/", "abc")))
	f.Add(gz(f, record("response", "https://a.example/", "abc")))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := NewReader(bytes.NewReader(data))
		if err != nil {
			return
		}
		for i := 0; i < 1000; i++ {
			rec, err := r.Next()
			if err != nil {
				return
			}
			io.Copy(io.Discard, rec.Body)
		}
	})
}
