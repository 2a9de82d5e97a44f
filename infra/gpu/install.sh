#!/usr/bin/env bash
# On the offline GPU machine: join the pieces gathered in PARTS (from infra/gpu/prepare.sh), verify every
# file against the manifest, and install into TARGET: wheels into TARGET/site, Debian's redis-server
# into TARGET/root. Writes TARGET/env.sh to source before starting Sluice.
#
#   infra/gpu/install.sh PARTS TARGET
set -euo pipefail
parts=${1:?usage: install.sh PARTS TARGET}
target=${2:?usage: install.sh PARTS TARGET}
files="$target/files"
mkdir -p "$files/wheels" "$files/debs" "$target/site" "$target/root" "$target/bin"

echo "[install] 1/4 joining pieces"
for first in "$parts"/*.part00; do
  name=$(basename "$first" .part00)
  cat "$parts/$name".part* > "$files/${name/--//}"
done

echo "[install] 2/4 verifying checksums"
(cd "$files" && sha256sum --quiet -c "$parts/manifest.sha256")

echo "[install] 3/4 installing $(ls "$files"/wheels | wc -l) wheels into $target/site"
python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --target "$target/site" \
  "$files"/wheels/*.whl

echo "[install] 4/4 unpacking redis-server"
for deb in "$files"/debs/*.deb; do dpkg -x "$deb" "$target/root"; done
ln -sf "$target/root/usr/bin/redis-check-rdb" "$target/bin/redis-server"
cat > "$target/bin/sluice" <<SH
#!/usr/bin/env bash
exec python3 -m cli.main "\$@"
SH
chmod +x "$target/bin/sluice"

repo=$(cd "$(dirname "$0")/../.." && pwd)
cat > "$target/env.sh" <<SH
export PYTHONPATH="$target/site:$repo\${PYTHONPATH:+:\$PYTHONPATH}"
export PATH="$target/bin:$target/site/bin:\$PATH"
export LD_LIBRARY_PATH="$target/root/usr/lib/x86_64-linux-gnu\${LD_LIBRARY_PATH:+:\$LD_LIBRARY_PATH}"
export HF_HUB_OFFLINE=1
SH
echo "[install] done: source $target/env.sh"
