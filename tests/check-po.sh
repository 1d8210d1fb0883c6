#!/bin/sh
# The Thai translation is complete and POTFILES.in lists every file with
# translatable strings.  Usage: check-po.sh SOURCE_DIR
set -eu
src=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$src"

# 1. Every file that has translatable strings is in POTFILES.in.
grep -v '^#' po/POTFILES.in | sed '/^$/d' | sort > "$tmp/listed"
{
  grep -rlE '(^|[^A-Za-z0-9_])(N?_|C_|NC_|g_dngettext|ngettext)\(' src --include='*.c' || true
  grep -rl 'translatable="yes"' ui src --include='*.ui' || true
  ls data/*.desktop.in data/*.metainfo.xml.in data/*.gschema.xml
} | sort -u > "$tmp/found"
missing=$(comm -13 "$tmp/listed" "$tmp/found")
if [ -n "$missing" ]; then
  echo "Files with translatable strings missing from po/POTFILES.in:"
  echo "$missing"
  exit 1
fi
stale=$(comm -23 "$tmp/listed" "$tmp/found" | while read -r f; do [ -e "$f" ] || echo "$f"; done)
if [ -n "$stale" ]; then
  echo "po/POTFILES.in lists files that do not exist:"
  echo "$stale"
  exit 1
fi

# 2. Extract the strings afresh and check th.po translates every one.
xgettext --from-code=UTF-8 --add-comments=Translators --keyword=_ --keyword=N_ \
  --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=g_dngettext:2,3 --keyword=ngettext:1,2 \
  --files-from=po/POTFILES.in --directory=. --output="$tmp/prongsai.pot" 2>"$tmp/xgettext.log" || {
  cat "$tmp/xgettext.log"; exit 1; }
msgmerge --quiet --no-fuzzy-matching po/th.po "$tmp/prongsai.pot" -o "$tmp/th.po"
stats=$(msgfmt --check --statistics -o /dev/null "$tmp/th.po" 2>&1)
echo "th.po: $stats"
case "$stats" in
  *untranslated*|*fuzzy*)
    msgattrib --untranslated --no-obsolete "$tmp/th.po" | grep '^msgid' | head -40
    exit 1 ;;
esac
msgfmt --check -o /dev/null po/th.po
