package newsparse

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// chromium returns the path of a Chromium-like browser: $CHROMIUM, else the
// first of the usual names on PATH. It skips the test when there is none.
func chromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	skipTool(t, "no Chromium found: install it (Debian: apt-get install -y chromium) or set CHROMIUM to a Chrome binary to run the browser check")
	return ""
}

// runChromium runs the headless browser on the page with extra flags and
// returns its standard output.
func runChromium(t *testing.T, bin, page string, flags ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	args := append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
		"--no-first-run", "--no-default-browser-check", "--disable-extensions", "--hide-scrollbars",
		"--user-data-dir=" + t.TempDir()}, flags...)
	args = append(args, "file://"+page)
	cmd := exec.CommandContext(ctx, bin, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	require.NoError(t, err, "chromium %s: %s", strings.Join(flags, " "), tail(stderr.String(), 2000))
	return stdout.Bytes()
}

func tail(s string, n int) string {
	if len(s) > n {
		return "…" + s[len(s)-n:]
	}
	return s
}

// TestBrowser opens the view in headless Chromium: the hand-built seed (what
// the extractors should find, so the check does not wait for them), the seed
// as parsed today, and an article made of markup. It checks the rendered DOM
// for the highlighted entities, the quotations and their speakers, the
// badges, that no markup from the article ran, and that the screenshot shows
// the highlight colours. Set NEWSPARSE_SCREENSHOTS to a folder to keep the
// screenshots.
func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("the browser check is not short")
	}
	bin := chromium(t)
	dir := t.TempDir()
	keep := os.Getenv("NEWSPARSE_SCREENSHOTS")

	parsed, err := Parse(SampleArticle)
	require.NoError(t, err)
	hostile, err := Parse("Title: <b>Bold</b>\n\n<script>document.body.dataset.pwned = 'yes'</script>" +
		"<img src=x onerror=\"document.body.dataset.pwned = 'img'\"> Mr O'Neil said \"it's <i>fine</i>\".")
	require.NoError(t, err)
	o := strings.Index(hostile.Text(), "O'Neil")
	hostile.Entities = []Entity{{ID: "e1", Type: Person, Name: "<script>x</script>",
		Mentions: []Mention{{Start: o, End: o + len("O'Neil"), Text: "O'Neil"}}}}

	for _, c := range []struct {
		name string
		a    *Article
	}{{"handbuilt", handBuiltSeed(t)}, {"parsed", parsed}, {"hostile", hostile}} {
		t.Run(c.name, func(t *testing.T) {
			a := c.a
			page := filepath.Join(dir, c.name+".html")
			f, err := os.Create(page)
			require.NoError(t, err)
			require.NoError(t, a.WriteHTML(f))
			require.NoError(t, f.Close())

			dom := string(runChromium(t, bin, page, "--dump-dom", "--virtual-time-budget=2000"))
			require.Contains(t, dom, `<div class="newsparse">`, "the page did not render")
			assert.NotContains(t, dom, "data-pwned", "markup in the article ran")
			assert.NotContains(t, strings.ToLower(dom), "<script", "a script element reached the DOM")
			assert.NotContains(t, strings.ToLower(dom), "<img", "an image element reached the DOM")
			for _, e := range a.Entities {
				for _, m := range e.Mentions {
					if m.End <= m.Start {
						continue
					}
					re := regexp.MustCompile(`<mark class="np-ent np-` + typeClass(e.Type) + `" data-entity="` +
						regexp.QuoteMeta(domAttr(e.ID)) + `"[^>]*>` + regexp.QuoteMeta(domText(m.Text)) + `</mark>`)
					assert.Regexp(t, re, dom, "mention %q of %s is not highlighted", m.Text, e.ID)
				}
			}
			for i, q := range a.Quotes {
				id := "q" + strconv.Itoa(i+1)
				assert.Contains(t, dom, `data-quote="`+id+`"`, "quote %d", i)
				if q.Speaker != nil {
					assert.Contains(t, dom, `data-speaker-of="`+id+`">`+domText(q.Speaker.Name)+`</span>`)
				}
			}
			assert.Equal(t, len(a.Money), strings.Count(dom, `class="np-badge np-badge-money"`))
			if c.name == "hostile" {
				assert.Contains(t, dom, "&lt;script&gt;document.body.dataset.pwned")
				assert.Contains(t, dom, "&lt;b&gt;Bold&lt;/b&gt;")
			}

			shot := filepath.Join(dir, c.name+".png")
			runChromium(t, bin, page, "--screenshot="+shot, "--window-size=1000,1600")
			b, err := os.ReadFile(shot)
			require.NoError(t, err, "no screenshot")
			img, err := png.Decode(bytes.NewReader(b))
			require.NoError(t, err)
			if keep != "" {
				require.NoError(t, os.MkdirAll(keep, 0o755))
				require.NoError(t, os.WriteFile(filepath.Join(keep, c.name+".png"), b, 0o644))
			}
			t.Logf("screenshot %s: %dx%d", shot, img.Bounds().Dx(), img.Bounds().Dy())
			if c.name == "handbuilt" {
				// the PERSON, GPE and quote highlights and the money badge are painted
				for name, col := range map[string]color.RGBA{"PERSON": {0xff, 0xd6, 0xa5, 0xff}, "GPE": {0x9b, 0xf6, 0xff, 0xff},
					"quote": {0xf1, 0xeb, 0xfa, 0xff}, "money badge": {0x1b, 0x7f, 0x3b, 0xff}} {
					assert.Greater(t, countColor(img, col), 50, "no %s colour in the screenshot", name)
				}
			}
		})
	}
}

// domText and domAttr escape s as Chromium serialises text and attribute values.
var (
	domText = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "\u00a0", "&nbsp;").Replace
	domAttr = strings.NewReplacer("&", "&amp;", `"`, "&quot;", "\u00a0", "&nbsp;").Replace
)

// countColor returns how many pixels of img are within a small distance of c.
func countColor(img image.Image, c color.RGBA) int {
	n := 0
	b := img.Bounds()
	near := func(x uint32, y uint8) bool { d := int(x>>8) - int(y); return d > -6 && d < 6 }
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if near(r, c.R) && near(g, c.G) && near(bl, c.B) {
				n++
			}
		}
	}
	return n
}
