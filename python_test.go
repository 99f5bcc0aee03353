package newsparse

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// TestPython runs the Python wrapper's unit tests (python/tests) against a
// newsparse binary built from this checkout, so that go test ./... covers
// them. It uses $PYTHON, else python3 on PATH, and skips when there is none.
func TestPython(t *testing.T) {
	if testing.Short() {
		t.Skip("the Python tests are not short")
	}
	py := os.Getenv("PYTHON")
	if py == "" {
		var err error
		if py, err = exec.LookPath("python3"); err != nil {
			skipTool(t, "no python3 found: install Python 3.9 or later (Debian: apt-get install -y python3) or set PYTHON to run the wrapper's tests")
		}
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		skipTool(t, "no go command on PATH to build the binary the wrapper runs")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "newsparse")
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	build := exec.CommandContext(ctx, goBin, "build", "-o", bin, "./cmd/newsparse")
	out, err := build.CombinedOutput()
	require.NoError(t, err, "go build: %s", out)

	cmd := exec.CommandContext(ctx, py, "-m", "unittest", "discover", "-s", "tests", "-v")
	cmd.Dir = "python"
	cmd.Env = append(os.Environ(), "NEWSPARSE_BIN="+bin, "NEWSPARSE_CACHE="+filepath.Join(dir, "cache"),
		"PYTHONDONTWRITEBYTECODE=1")
	var buf bytes.Buffer
	cmd.Stdout, cmd.Stderr = &buf, &buf
	err = cmd.Run()
	t.Logf("%s -m unittest (in python/):\n%s", py, buf.String())
	require.NoError(t, err, "the Python tests failed")
}
