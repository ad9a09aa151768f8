#!/usr/bin/env python3
"""A flat profile of a `perf record` of Krait with ReadyToRun methods named (used by tools/profile-r2r).

Usage: r2r_symbolize.py PERF.DATA R2R_DIR [TOP]  -> prints a flat profile (self %) with R2R methods named, using the
*.ni.r2rmap files that `dotnet publish -p:PublishReadyToRunEmitSymbols=true` writes next to the dlls."""
import bisect, collections, os, re, struct, subprocess, sys

def sections(dll):
    b = open(dll, 'rb').read()
    pe = struct.unpack_from('<I', b, 0x3c)[0]
    nsec = struct.unpack_from('<H', b, pe + 6)[0]
    optsz = struct.unpack_from('<H', b, pe + 20)[0]
    off = pe + 24 + optsz
    out = []
    for i in range(nsec):
        _, vsize, va, rawsize, rawptr = struct.unpack_from('<8sIIII', b, off + 40 * i)
        out.append((rawptr, rawsize, va))
    return out

def load_map(path):
    ents = []
    for line in open(path):
        a, sz, name = line.rstrip('\n').split(' ', 2)
        a = int(a, 16)
        if a >= 0xFFFFFFF0: continue
        ents.append((a, int(sz, 16), name))
    ents.sort()
    return ents

def main():
    data, r2r = sys.argv[1], sys.argv[2]
    maps = {}
    for f in os.listdir(r2r):
        if f.endswith('.ni.r2rmap'):
            dll = f[:-len('.ni.r2rmap')] + '.dll'
            maps[dll] = (sections(os.path.join(r2r, dll)), load_map(os.path.join(r2r, f)))
    script = subprocess.run(['perf', 'script', '-i', data, '-F', 'ip,sym,dso', '--show-mmap-events'],
                            capture_output=True, text=True).stdout
    # perf script prints "ip sym (dso)"; for PE dsos ip is a virtual address: map it with the mmap events.
    mmaps = []
    counts = collections.Counter()
    total = 0
    for line in script.splitlines():
        m = re.search(r'PERF_RECORD_MMAP2? .*\[(0x[0-9a-f]+)\((0x[0-9a-f]+)\) @ (0x[0-9a-f]+|\d+) .*\]: [rwxsp-]+ (\S+)', line)
        if m:
            mmaps.append((int(m.group(1), 16), int(m.group(2), 16), int(m.group(3), 0), m.group(4)))
            continue
        m = re.match(r'\s*([0-9a-f]+)\s+(.*)\((.*)\)\s*$', line)
        if not m: continue
        total += 1
        ip = int(m.group(1), 16); sym = m.group(2).strip(); dso = m.group(3)
        base = os.path.basename(dso)
        name = None
        if base in maps:
            for start, length, pgoff, fn in reversed(mmaps):
                if fn == dso and start <= ip < start + length:
                    fileoff = ip - start + pgoff
                    secs, ents = maps[base]
                    for rawptr, rawsize, va in secs:
                        if rawptr <= fileoff < rawptr + rawsize:
                            rva = fileoff - rawptr + va
                            i = bisect.bisect_right(ents, (rva, 1 << 62, '')) - 1
                            if i >= 0 and rva < ents[i][0] + ents[i][1]: name = ents[i][2]
                            break
                    break
        if name is None: name = (sym if sym and sym != '[unknown]' else '(all)') + '  [' + base + ']'
        counts[name] += 1
    for name, n in counts.most_common(int(sys.argv[3]) if len(sys.argv) > 3 else 40):
        print(f"{100.0 * n / total:6.2f}%  {name[:170]}")

main()
