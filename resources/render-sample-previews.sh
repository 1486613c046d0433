#!/usr/bin/env bash
# Render the preview images of the embedded sample catalog (plots/).
#
# For every plots/<spec-id>/implementations/python/matplotlib.py: copy the spec's
# implementations/python folder to a temporary directory, run the script there once per theme
# (ANYPLOT_THEME=light|dark, 120 s limit each) with Debian's /usr/bin/python3, then downscale
# plot-<theme>.png to 1200x675 into plots/<spec-id>/previews/python/matplotlib/.
#
# Usage: resources/render-sample-previews.sh [spec-id …]   (no argument: every spec)
# Needs: /usr/bin/python3 with matplotlib, numpy and PIL (Debian: python3-matplotlib python3-pil);
# PIL built with libimagequant (Debian's is) gives the best palette images.
# Exit status: 0 when every preview was written, 1 when any failed (each failure is listed).

set -u -o pipefail

PYTHON=/usr/bin/python3
TIME_LIMIT=120
WIDTH=1200
HEIGHT=675
SIZE_WARNING=120000  # bytes: the previews are compiled into the binary

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
plots_dir="$repo_root/plots"

if [[ ! -x "$PYTHON" ]]; then
    echo "error: $PYTHON not found" >&2
    exit 1
fi
if ! "$PYTHON" -c 'import matplotlib, numpy, PIL' 2>/dev/null; then
    echo "error: $PYTHON needs matplotlib, numpy and PIL (apt-get install python3-matplotlib python3-pil)" >&2
    exit 1
fi

work_root="$(mktemp -d "${TMPDIR:-/tmp}/plotbench-previews.XXXXXX")"
trap 'rm -rf -- "$work_root"' EXIT

if [[ $# -gt 0 ]]; then
    scripts=()
    for spec in "$@"; do
        scripts+=("$plots_dir/$spec/implementations/python/matplotlib.py")
    done
else
    shopt -s nullglob
    scripts=("$plots_dir"/*/implementations/python/matplotlib.py)
    shopt -u nullglob
fi

if [[ ${#scripts[@]} -eq 0 ]]; then
    echo "error: no plots/*/implementations/python/matplotlib.py found under $plots_dir" >&2
    exit 1
fi

failures=()
rendered=0

for script in "${scripts[@]}"; do
    impl_dir="$(dirname "$script")"
    spec_dir="$(dirname "$(dirname "$impl_dir")")"
    spec="$(basename "$spec_dir")"
    if [[ ! -f "$script" ]]; then
        failures+=("$spec: no implementations/python/matplotlib.py")
        continue
    fi
    out_dir="$spec_dir/previews/python/matplotlib"
    mkdir -p "$out_dir"

    for theme in light dark; do
        run_dir="$work_root/$spec-$theme"
        rm -rf -- "$run_dir"
        cp -r -- "$impl_dir" "$run_dir"
        log="$run_dir/render.log"

        # -P: do not put the script's folder on sys.path, or "matplotlib.py" would shadow matplotlib.
        # A clean environment: no inherited secrets, a throwaway matplotlib cache, no display.
        if ! (cd "$run_dir" && env -i PATH=/usr/bin:/bin HOME="$run_dir" LANG=C.UTF-8 \
                MPLBACKEND=Agg MPLCONFIGDIR="$run_dir/.mpl" ANYPLOT_THEME="$theme" \
                timeout --kill-after=5 "$TIME_LIMIT" "$PYTHON" -P matplotlib.py) >"$log" 2>&1; then
            failures+=("$spec ($theme): script failed or timed out — $(tail -n 1 "$log")")
            continue
        fi
        if [[ ! -f "$run_dir/plot-$theme.png" ]]; then
            failures+=("$spec ($theme): script did not write plot-$theme.png")
            continue
        fi
        if ! "$PYTHON" - "$run_dir/plot-$theme.png" "$out_dir/plot-$theme.png" "$WIDTH" "$HEIGHT" <<'EOF' >>"$log" 2>&1; then
import sys

from PIL import Image, features

src, dst, width, height = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
lanczos = getattr(Image, "Resampling", Image).LANCZOS
quantizers = getattr(Image, "Quantize", Image)
# libimagequant keeps flat areas exact and gradients smooth; Pillow's median cut is the fallback
# (undithered, so flat areas stay flat, at the price of some banding in colour gradients).
method = quantizers.LIBIMAGEQUANT if features.check("libimagequant") else quantizers.MEDIANCUT
dither = getattr(Image, "Dither", Image).NONE

with Image.open(src) as source:
    image = source.convert("RGB").resize((width, height), lanczos)
if method == quantizers.LIBIMAGEQUANT:
    # libimagequant reads the padding byte of an RGB image as alpha: hand it an opaque RGBA image.
    image = image.convert("RGBA")
# A 256-colour palette keeps the previews, which are compiled into the binary, small.
image.quantize(colors=256, method=method, dither=dither).save(dst, format="PNG", optimize=True)
EOF
            failures+=("$spec ($theme): downscaling failed — $(tail -n 1 "$log")")
            continue
        fi
        rendered=$((rendered + 1))
        size=$(stat -c %s "$out_dir/plot-$theme.png")
        echo "ok   $spec ($theme) -> ${out_dir#"$repo_root"/}/plot-$theme.png ($size bytes)"
        if [[ $size -gt $SIZE_WARNING ]]; then
            echo "warning: $spec ($theme): preview is $size bytes, more than $SIZE_WARNING" >&2
        fi
    done
done

echo "rendered $rendered preview(s), ${#failures[@]} failure(s)"
if [[ ${#failures[@]} -gt 0 ]]; then
    for failure in "${failures[@]}"; do
        echo "FAILED $failure" >&2
    done
    exit 1
fi
exit 0
