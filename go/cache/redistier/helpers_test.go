package redistier

import (
	"fmt"
	"net"
	"os/exec"
	"strconv"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
	"github.com/sark-accel/sark-accel/go/cache"
)

// server is a redis-server on 127.0.0.1 that a test can kill and start again on its port.
type server struct {
	t    testing.TB
	bin  string
	port int
	cmd  *exec.Cmd
}

func startServer(t testing.TB) *server {
	t.Helper()
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		t.Skip("redis-server not found on PATH: the Redis tier's tests need a real server")
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	_ = l.Close()
	s := &server{t: t, bin: bin, port: port}
	s.start()
	t.Cleanup(s.kill)
	return s
}

func (s *server) url() string { return fmt.Sprintf("redis://127.0.0.1:%d/0", s.port) }

// client is a plain go-redis client of the server (closed with the test), to write what other
// processes, or an attacker, would write.
func (s *server) client() *redis.Client {
	rdb := redis.NewClient(&redis.Options{Addr: fmt.Sprintf("127.0.0.1:%d", s.port)})
	s.t.Cleanup(func() { rdb.Close() })
	return rdb
}

func (s *server) start() {
	s.t.Helper()
	s.cmd = exec.Command(s.bin, "--bind", "127.0.0.1", "--port", strconv.Itoa(s.port),
		"--save", "", "--appendonly", "no")
	if err := s.cmd.Start(); err != nil {
		s.t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if c, err := net.DialTimeout("tcp", fmt.Sprintf("127.0.0.1:%d", s.port), 100*time.Millisecond); err == nil {
			_ = c.Close()
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	s.t.Fatal("redis-server did not start within 10 s")
}

// kill ends the server with SIGKILL: no goodbye to the clients, as in a crash.
func (s *server) kill() {
	if s.cmd != nil && s.cmd.Process != nil {
		_ = s.cmd.Process.Kill()
		_ = s.cmd.Wait()
		s.cmd = nil
	}
}

// patient is the timeout of tests about semantics: a loaded 2-core runner can take more than
// the default 5 ms for a round trip, which must not turn into a spurious miss there.
var patient = WithTimeout(time.Second)

func newTier(t *testing.T, url string, opts ...Option) *Cache {
	t.Helper()
	l1, err := cache.New[string](10_000, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	c, err := New(l1, url, opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close() })
	return c
}

// eventually polls cond for up to d.
func eventually(t *testing.T, d time.Duration, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(d); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		if cond() {
			return
		}
	}
	t.Fatalf("not within %v: %s", d, what)
}
