"""What the corpus checks share (fix-check.py, tracker-check.py): a writable copy of the corpus,
and a hugo build of one site with a minimal config, layouts and stub shortcodes written into it."""
import os, re, shutil, subprocess

LAYOUTS = {"_default/single.html": "{{ .Title }} {{ .Content }}", "_default/list.html": "{{ .Title }} {{ .Content }}",
           "index.html": "{{ .Title }}"}
CONFIG = 'baseURL = "http://example.org/"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n' \
         'defaultContentLanguage = "en"\n[languages.en]\nweight = 1\n[languages.vi]\nweight = 2\n'
SHORTCODE = re.compile(rb"\{\{[<%]\s*/?\s*([A-Za-z][\w-]*)")


def copy(corpus, dest):
    """A copy of `corpus` at `dest` that is ours to write, whatever the corpus's own modes."""
    shutil.copytree(corpus, dest, symlinks=True)
    for root, dirs, files in os.walk(dest):
        for name in dirs + files:
            path = os.path.join(root, name)
            if not os.path.islink(path):
                os.chmod(path, os.stat(path).st_mode | 0o200)
    return dest


def build(hugo, site, out, future=False):
    """Builds `site` into `out`: (the number of HTML pages, []) or (None, [hugo's last error line])."""
    names = set()
    for root, _, files in os.walk(os.path.join(site, "content")):
        for name in files:
            if name.endswith(".md"):
                with open(os.path.join(root, name), "rb") as fh:
                    names.update(m.decode() for m in SHORTCODE.findall(fh.read()))
    for rel, text in list(LAYOUTS.items()) + [(f"shortcodes/{n}.html", "{{ .Inner }}") for n in names]:
        os.makedirs(os.path.dirname(os.path.join(site, "layouts", rel)), exist_ok=True)
        with open(os.path.join(site, "layouts", rel), "w") as fh:
            fh.write(text)
    with open(os.path.join(site, "hugo.toml"), "w") as fh:
        fh.write(CONFIG)
    r = subprocess.run([hugo, "--quiet"] + (["--buildFuture"] if future else []) + ["-s", site, "-d", out],
                       capture_output=True)
    if r.returncode:
        return None, r.stderr.decode(errors="replace").strip().splitlines()[-1:]
    return sum(f.endswith(".html") for _, _, fs in os.walk(out) for f in fs), []
