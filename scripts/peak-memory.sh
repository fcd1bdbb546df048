#!/usr/bin/env bash
# Runs a command and prints, on stderr, its wall time, its peak resident memory (VmHWM:
# everything, including the pages of a mapped evidence file and of the shared libraries)
# and its peak private memory (RssAnon, sampled every 10 ms: what the process allocated
# itself). docs/performance.md quotes both.
# usage: scripts/peak-memory.sh COMMAND [ARGS...]
set -u
[ $# -gt 0 ] || { echo "usage: $0 COMMAND [ARGS...]" >&2; exit 64; }
start=$(date +%s.%N)
"$@" &
pid=$!
peak_anon=0 peak_rss=0
while kill -0 "$pid" 2>/dev/null; do
    if read -r anon hwm < <(awk '/^RssAnon:/{a=$2} /^VmHWM:/{h=$2} END{print a+0, h+0}' "/proc/$pid/status" 2>/dev/null); then
        [ "$anon" -gt "$peak_anon" ] && peak_anon=$anon
        [ "$hwm" -gt "$peak_rss" ] && peak_rss=$hwm
    fi
    sleep 0.01
done
wait "$pid"
rc=$?
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" -v r="$peak_rss" -v a="$peak_anon" \
    'BEGIN{printf "wall %.2f s; peak resident %d KB; peak private (RssAnon) %d KB\n", e-s, r, a}' >&2
exit $rc
