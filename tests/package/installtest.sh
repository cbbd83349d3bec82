#!/usr/bin/env bash
# The installed package, tried as a city's IT department would: in a fresh
# Debian 13 (minbase, nothing of the build environment), `apt install` the
# .deb, start the installed app (offscreen screenshot), import a list and
# search it with the command-line tools, and check that nothing installed refers
# to the build or source tree; then check the package with lintian and
# validate the installed desktop entry and AppStream metadata.
#
#   installtest.sh DEB WORKDIR BUILD_DIR SOURCE_DIR
#
# The fresh Debian (made once with debootstrap, copied for each run) and
# apt's downloaded packages are kept beside the build environment's root file
# system ($STADTPLAN_CACHE/package-test, default /var/cache/stadtplan), so
# later runs, from any clone, are fast; WORKDIR holds the run's copy and logs.
# Needs root (chroot and mounts, in a private mount namespace); exits 77 with
# the reason when it cannot run.
set -euo pipefail

deb=$1 work=$2 build=$3 source=$4
say() { printf 'installtest: %s\n' "$*"; }
fail() { say "FAIL: $*"; exit 1; }
skip() { say "SKIP: $*"; exit 77; }

[ "$(id -u)" -eq 0 ] || skip "installing a package in a fresh Debian needs root (chroot); run scripts/test --package as root or through sudo"
for tool in debootstrap unshare chroot desktop-file-validate appstreamcli dpkg-deb Xvfb; do
  command -v "$tool" >/dev/null || fail "$tool is missing (scripts/packages.txt names its package)"
done
[ -f "$deb" ] || fail "no package at $deb"
deb=$(cd "$(dirname "$deb")" && pwd -P)/$(basename "$deb")
mkdir -p "$work"
work=$(cd "$work" && pwd -P)
cache=${STADTPLAN_CACHE:-/var/cache/stadtplan}/package-test
mkdir -p "$cache" 2>/dev/null && [ -w "$cache" ] || cache=$work
base=$cache/debian13-minbase
archives=$cache/apt-archives
root=$work/root
mkdir -p "$archives/partial"

# The Debian mirror this environment installs from.
mirror=$( (grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{ print $2 }';
           grep -hs '^deb ' /etc/apt/sources.list | awk '{ print ($2 ~ /^\[/) ? $3 : $2 }') |
          grep -E '/debian/?$' | head -n 1)
[ -n "$mirror" ] || mirror=http://deb.debian.org/debian

started=$SECONDS
if [ ! -f "$base/.complete" ]; then
  say "making a fresh Debian 13 (minbase) from $mirror in $base (once)"
  rm -rf "$base"
  debootstrap --variant=minbase --cache-dir="$archives" trixie "$base" "$mirror" >"$work/debootstrap.log" 2>&1 ||
    { tail -n 20 "$work/debootstrap.log"; fail "debootstrap failed (log: $work/debootstrap.log)"; }
  touch "$base/.complete"
fi
rm -rf "$root"
cp -a "$base" "$root"
rm -f "$root/.complete"
say "fresh Debian 13 ready after $((SECONDS - started)) s"

# Everything that needs mounts runs in a private mount namespace: the mounts
# disappear when it ends, also on failure.
inside() {
  set -euo pipefail
  # Private, so no mount made here reaches the outside. Inside the chroot of
  # scripts/lib/env, / is no mount point (this fails) and every mount is
  # private already.
  mount --make-rprivate / 2>/dev/null || true
  mount -t proc proc "$root/proc"
  mount --rbind /dev "$root/dev"
  mount --bind "$archives" "$root/var/cache/apt/archives"
  cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
  mkdir -p "$root/tmp/package"
  cp "$deb" "$root/tmp/package/"
  local name
  name=$(basename "$deb")
  in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

  local t=$SECONDS
  in_root apt-get update -qq >"$work/apt.log" 2>&1 || { tail -n 20 "$work/apt.log"; fail "apt-get update failed"; }
  # Depends alone must be enough: no recommended package is installed.
  if ! in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        "/tmp/package/$name" >>"$work/apt.log" 2>&1; then
    tail -n 30 "$work/apt.log"
    fail "apt install ./$name failed (log: $work/apt.log)"
  fi
  say "apt install ./$name: $(grep -c '^Setting up ' "$work/apt.log") packages set up in $((SECONDS - t)) s"
  in_root dpkg -s stadtplan | sed -n 's/^\(Version\|Installed-Size\): /  \1: /p'

  # The files the package must have put in place.
  local id=io.github.stadtplan.stadtplan
  local want=(
    /usr/bin/stadtplan /usr/bin/stadtplan-query /usr/bin/stadtplan-import /usr/bin/stadtplan-export
    /usr/bin/stadtplan-basemap /usr/bin/stadtplan-analyse /usr/bin/stadtplan-print
    "/usr/share/applications/$id.desktop" "/usr/share/metainfo/$id.metainfo.xml"
    "/usr/share/icons/hicolor/scalable/apps/$id.svg" "/usr/share/icons/hicolor/48x48/apps/$id.png"
    "/usr/share/icons/hicolor/256x256/apps/$id.png"
    /usr/share/man/man1/stadtplan.1.gz /usr/share/man/man1/stadtplan-import.1.gz
    /usr/share/doc/stadtplan/copyright /usr/share/stadtplan/geodata/demo/institutions.geojson)
  local f
  for f in "${want[@]}"; do
    in_root dpkg -S "$f" >/dev/null 2>&1 || fail "the package does not install $f"
  done
  in_root gzip -dc /usr/share/man/man1/stadtplan-import.1.gz | grep -q '^\.TH STADTPLAN-IMPORT' ||
    fail "the manual page of stadtplan-import is not a manual page"

  # Nothing installed may name the build or source tree (a run path, a
  # compiled-in path): the installed programs must not need them.
  local hits
  hits=$(in_root dpkg -L stadtplan | while read -r f; do
           [ -f "$root$f" ] && grep -lF -e "$build" -e "$source" "$root$f" || true
         done)
  [ -z "$hits" ] || fail "installed files refer to the build or source tree: $hits"

  # The installed app starts, finds its QML, translations, fonts and data,
  # and draws the map (German, and Arabic right to left), as a user with an
  # empty home.
  in_root useradd -m -s /bin/sh caseworker
  local lang
  for lang in de ar; do
    local log=$work/stadtplan-$lang.log
    if ! chroot --userspec=caseworker:caseworker "$root" /usr/bin/env -i PATH=/usr/bin:/bin \
          HOME=/home/caseworker LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
          stadtplan --screenshot "/home/caseworker/installed-$lang.png" --size 1024x768 \
          --language "$lang" --basemap none >"$log" 2>&1; then
      cat "$log"; fail "the installed stadtplan --screenshot failed ($lang)"
    fi
    grep -E 'is not installed|module .* not found|Cannot load|failed to load|No such file' "$log" &&
      fail "the installed app reported a missing part ($lang; log: $log)"
    # Its data, districts and translations came with it: the demo became the
    # user's store at the first start, the ten districts are drawn, the map's message is in
    # the language asked for.
    if [ "$lang" = de ]; then
      grep -q 'created .* from the bundled demo data' "$log" || { cat "$log"; fail "the installed app did not load its bundled demo"; }
    fi
    grep -q '^stadtplan: window icon "16 24 32 48 64 128 256"$' "$log" ||
      { cat "$log"; fail "the installed app's window has no icon ($lang)"; }
    [ "$(sed -n 's/^stadtplan: district names "\(.*\)"$/\1/p' "$log" | tr ';' '\n' | grep -c .)" -eq 10 ] ||
      { cat "$log"; fail "the installed app does not draw Bielefeld's ten districts ($lang)"; }
    local words=Kartenkacheln
    [ "$lang" = ar ] && words='مربعات الخريطة'
    grep -q "^stadtplan: basemap message \".*$words" "$log" ||
      { cat "$log"; fail "the installed app does not speak $lang (no translation loaded)"; }
    local png=$root/home/caseworker/installed-$lang.png
    [ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] ||
      fail "the installed app wrote no PNG ($lang)"
    [ "$(stat -c %s "$png")" -gt 20000 ] || fail "the installed app's screenshot is nearly empty ($lang)"
    cp "$png" "$work/installed-$lang.png"
  done
  say "the installed app drew its window: $work/installed-de.png, $work/installed-ar.png"

  # And in a real X11 window, as on a desktop: Qt's xcb platform plugin and
  # OpenGL, with nothing but what the package's dependencies brought (Mesa
  # among them).
  local number=90
  while [ -e "/tmp/.X$number-lock" ] || [ -e "/tmp/.X11-unix/X$number" ]; do number=$((number + 1)); done
  Xvfb ":$number" -screen 0 1024x768x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
  local xvfb=$!
  local waited=0
  until [ -S "/tmp/.X11-unix/X$number" ]; do
    kill -0 "$xvfb" 2>/dev/null || { cat "$work/xvfb.log"; fail "Xvfb did not start"; }
    [ $waited -lt 300 ] || { kill "$xvfb"; fail "Xvfb made no display :$number"; }
    sleep 0.1; waited=$((waited + 1))
  done
  mkdir -p "$root/tmp/.X11-unix"
  mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
  local log=$work/stadtplan-x11.log
  if ! chroot --userspec=caseworker:caseworker "$root" /usr/bin/env -i PATH=/usr/bin:/bin \
        HOME=/home/caseworker LANG=C.UTF-8 DISPLAY=":$number" QT_QPA_PLATFORM=xcb \
        stadtplan --screenshot /home/caseworker/installed-x11.png --size 1024x768 \
        --language de --basemap none >"$log" 2>&1; then
    kill "$xvfb" 2>/dev/null || true
    cat "$log"; fail "the installed stadtplan did not start in an X11 window"
  fi
  kill "$xvfb" 2>/dev/null || true
  grep -q 'district names "Brackwede' "$log" || { cat "$log"; fail "the installed app drew no map in its X11 window"; }
  [ "$(stat -c %s "$root/home/caseworker/installed-x11.png")" -gt 20000 ] ||
    fail "the installed app's X11 window is nearly empty"
  cp "$root/home/caseworker/installed-x11.png" "$work/installed-x11.png"
  say "and in an X11 window (xcb, OpenGL): $work/installed-x11.png"

  # The command-line tools as a coordinator and a caseworker use them: import
  # a list with German column words into a new GeoPackage and search it; and
  # search the store the app made at its first start from the bundled demo.
  as_user() {
    chroot --userspec=caseworker:caseworker "$root" /usr/bin/env -i PATH=/usr/bin:/bin \
      HOME=/home/caseworker LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@"
  }
  cat >"$root/home/caseworker/liste.csv" <<'CSV'
Name,Träger,Straße,Hausnummer,PLZ,Ort,Arbeitsschwerpunkt,Breitengrad,Längengrad
Sprachcafé Mitte,Verein Beispiel e.V.,Niederwall,23,33602,Bielefeld,Sprachkurse,52.0199,8.5340
Beratung Sennestadt,Verein Beispiel e.V.,Elbeallee,70,33689,Bielefeld,Beratung und Betreuung,51.9430,8.5870
CSV
  in_root chown caseworker:caseworker /home/caseworker/liste.csv
  as_user stadtplan-import /home/caseworker/liste.csv --into /home/caseworker/liste.gpkg --create \
      >"$work/import.log" 2>&1 || { cat "$work/import.log"; fail "the installed stadtplan-import failed"; }
  grep -q '2 new' "$work/import.log" || { cat "$work/import.log"; fail "stadtplan-import did not import the two records"; }
  as_user stadtplan-query /home/caseworker/liste.gpkg --search Sprach --near 52.0216,8.5347 \
      >"$work/query.log" 2>&1 || { cat "$work/query.log"; fail "the installed stadtplan-query failed"; }
  grep -q 'Sprachcafé Mitte' "$work/query.log" || { cat "$work/query.log"; fail "stadtplan-query did not find the imported record"; }
  local appstore=/home/caseworker/.local/share/stadtplan/stadtplan.gpkg
  [ -f "$root$appstore" ] || fail "the installed app made no store at its first start ($appstore)"
  as_user stadtplan-query "$appstore" --search Sprachkurs --near 52.0216,8.5347 \
      >"$work/query-demo.log" 2>&1 || { cat "$work/query-demo.log"; fail "stadtplan-query failed on the app's store"; }
  grep -q '^1\. ' "$work/query-demo.log" || { cat "$work/query-demo.log"; fail "stadtplan-query found no language course in the demo"; }
  say "stadtplan-import and stadtplan-query work: $(grep -c '^[0-9]*\.' "$work/query-demo.log") language courses in the demo the app made"

  # Debian's policy checker on the package itself, after everything else
  # (it brings its own packages into this throwaway system).
  t=$SECONDS
  in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends lintian \
    >"$work/lintian-install.log" 2>&1 || { tail -n 20 "$work/lintian-install.log"; fail "could not install lintian"; }
  in_root lintian --fail-on error,warning --tag-display-limit 0 "/tmp/package/$name" >"$work/lintian.log" 2>&1 ||
    { cat "$work/lintian.log"; fail "lintian found errors or warnings in the package"; }
  say "lintian: no errors or warnings ($((SECONDS - t)) s)"
}
export -f inside say fail
export root work deb build source archives
unshare --mount --propagation unchanged -- bash -c inside

# The installed desktop entry and AppStream data, with the validators.
id=io.github.stadtplan.stadtplan
desktop-file-validate "$root/usr/share/applications/$id.desktop" || fail "desktop-file-validate found errors"
appstreamcli validate --no-net --pedantic --explain "$root/usr/share/metainfo/$id.metainfo.xml" ||
  fail "appstreamcli validate found errors"
say "desktop-file-validate and appstreamcli validate: no errors"

rm -rf "$root"
say "passed in $((SECONDS - started)) s"
