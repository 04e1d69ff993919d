package policy

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"fmt"
	"math/big"
	"net"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// testCA issues certificates for a TLS test: a CA, then leaves signed by it.
type testCA struct {
	cert *x509.Certificate
	key  *ecdsa.PrivateKey
	pem  []byte
}

func newTestCA(t *testing.T) *testCA {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "sark test CA"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	cert, _ := x509.ParseCertificate(der)
	return &testCA{cert: cert, key: key, pem: pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})}
}

// issue returns a leaf certificate and its key, both PEM.
func (ca *testCA) issue(t *testing.T, serial int64, usage x509.ExtKeyUsage) (certPEM, keyPEM []byte) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(serial), Subject: pkix.Name{CommonName: "127.0.0.1"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{usage},
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, ca.cert, &key.PublicKey, ca.key)
	if err != nil {
		t.Fatal(err)
	}
	kder, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: kder})
}

// TestFromConfigClientTLS: a bundle server that requires a client certificate serves an
// engine configured with client_tls, and refuses one without (reported, not ready).
func TestFromConfigClientTLS(t *testing.T) {
	ca := newTestCA(t)
	srvCert, srvKey := ca.issue(t, 2, x509.ExtKeyUsageServerAuth)
	cliCert, cliKey := ca.issue(t, 3, x509.ExtKeyUsageClientAuth)
	pair, err := tls.X509KeyPair(srvCert, srvKey)
	if err != nil {
		t.Fatal(err)
	}
	pool := x509.NewCertPool()
	pool.AddCert(ca.cert)
	bs := &bundleServer{body: tarball(t, gatewayBundle(t, "r1", []string{"alice"}, nil), "", "")}
	srv := httptest.NewUnstartedServer(bs)
	srv.TLS = &tls.Config{Certificates: []tls.Certificate{pair}, ClientAuth: tls.RequireAndVerifyClientCert, ClientCAs: pool}
	srv.StartTLS()
	defer srv.Close()

	dir := t.TempDir()
	files := map[string][]byte{"ca.pem": ca.pem, "client.pem": cliCert, "client-key.pem": cliKey}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	config := func(clientTLS bool) []byte {
		creds := ""
		if clientTLS {
			creds = fmt.Sprintf(`, "credentials": {"client_tls": {"cert": %q, "private_key": %q}}`,
				filepath.Join(dir, "client.pem"), filepath.Join(dir, "client-key.pem"))
		}
		return []byte(fmt.Sprintf(`{
  "services": {"bundles": {"url": %q, "tls": {"ca_cert": %q}%s}},
  "bundles": {"gw": {"service": "bundles", "resource": "bundles/gw.tar.gz",
    "polling": {"min_delay_seconds": 1, "max_delay_seconds": 1}}}
}`, srv.URL, filepath.Join(dir, "ca.pem"), creds))
	}

	without := fromConfig(t, config(false))
	waitFor(t, 8*time.Second, "the TLS refusal in Status", func() bool { return bundleStatus(t, without).LastError != "" })
	if s := bundleStatus(t, without); s.Activations != 0 {
		t.Fatalf("activated without a client certificate: %+v", s)
	}

	e := fromConfig(t, config(true))
	waitReady(t, e, 10*time.Second)
	if d := decide(t, e, "alice"); d != (gwDecision{"r1", true, "r1"}) {
		t.Fatalf("alice over client TLS: %+v", d)
	}
}
