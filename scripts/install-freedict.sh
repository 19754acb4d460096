#!/usr/bin/env bash
# Installs the FreeDict dictionaries Debian ships for the project's languages (dictd .index + .dict.dz
# in /usr/share/dictd), for the dictionary rows of `npm run bench:align`. The library never needs them:
# alignment is dictionary-free unless a user passes one (--dictionary FILE / the `lexicon` option).
# Debian has none for Ukrainian, and for Arabic only English. Dutch–Swedish and Dutch–Indonesian are
# direct; every pair also joins through each other language both sides have a dictionary with: English,
# and for the pairs among Dutch, Indonesian and Swedish also German, Greek, Finnish, Italian and Polish
# (Indonesian is only ever a target: xxx-ind), and French for Dutch–Swedish.
set -euo pipefail
packages=(dict-freedict-nld-swe dict-freedict-swe-nld dict-freedict-nld-ind dict-freedict-nld-eng dict-freedict-eng-nld
  dict-freedict-swe-eng dict-freedict-eng-swe dict-freedict-eng-ind dict-freedict-ara-eng dict-freedict-eng-ara)
# Go-between languages for the pairs among nl, id and sv (WikDict dictionaries).
for pivot in deu ell fin ita pol; do
  packages+=("dict-freedict-$pivot-ind" "dict-freedict-$pivot-swe" "dict-freedict-swe-$pivot" "dict-freedict-nld-$pivot")
done
packages+=(dict-freedict-deu-nld dict-freedict-ell-nld dict-freedict-fin-nld dict-freedict-pol-nld
  dict-freedict-fra-swe dict-freedict-swe-fra dict-freedict-fra-nld dict-freedict-nld-fra)
missing=()
for package in "${packages[@]}"; do
  name=${package#dict-freedict-}
  [ -f "/usr/share/dictd/freedict-$name.index" ] || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != "0" ]; then
  echo "install-freedict: missing ${missing[*]}; run 'sudo apt-get install -y ${missing[*]}' (root needed)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
ls /usr/share/dictd/freedict-*.index
