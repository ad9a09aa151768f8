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

def load_maps(r2r):
    """{dll name: (its sections, its r2rmap)} for the *.ni.r2rmap files in r2r."""
    maps = {}
    for f in os.listdir(r2r):
        if f.endswith('.ni.r2rmap'):
            dll = f[:-len('.ni.r2rmap')] + '.dll'
            maps[dll] = (sections(os.path.join(r2r, dll)), load_map(os.path.join(r2r, f)))
    return maps

def method_at(dll_map, fileoff):
    """The precompiled method at a file offset of the dll (dll_map: one value of load_maps), or None."""
    secs, ents = dll_map
    for rawptr, rawsize, va in secs:
        if rawptr <= fileoff < rawptr + rawsize:
            rva = fileoff - rawptr + va
            i = bisect.bisect_right(ents, (rva, 1 << 62, '')) - 1
            return ents[i][2] if i >= 0 and rva < ents[i][0] + ents[i][1] else None
    return None

def main():
    data, r2r = sys.argv[1], sys.argv[2]
    top = int(sys.argv[3]) if len(sys.argv) > 3 else 40
    # CALLERS=text: for the samples whose own function's name contains text, count their callers instead
    # (needs a record with call chains: tools/profile-r2r passes -g when CALLERS is set).
    callers_of = os.environ.get('CALLERS')
    # THREAD=name: only the samples of threads with that name (perf's comm: 'krait' is the main thread, 'krait-jit'
    # the compile thread, '.NET Tiered Com' the runtime's tier-up compiler); a per-thread summary is printed first.
    thread = os.environ.get('THREAD')
    maps = load_maps(r2r)
    fields = 'comm,ip,sym,dso' if callers_of is None else 'comm,ip,sym,dso,event'
    script = subprocess.run(['perf', 'script', '-i', data, '-F', fields, '--show-mmap-events'],
                            capture_output=True, text=True).stdout
    # perf script prints "ip sym (dso)"; for PE dsos ip is a virtual address: map it with the mmap events.
    mmaps = []

    def name_of(ip, sym, dso):
        base = os.path.basename(dso)
        if base in maps:
            fileoff = None
            for start, length, pgoff, fn in reversed(mmaps):
                if fn == dso and start <= ip < start + length:
                    fileoff = ip - start + pgoff
                    break
            # Call-chain frames come already made relative to the file.
            if fileoff is None and ip < (1 << 32): fileoff = ip
            if fileoff is not None and (found := method_at(maps[base], fileoff)) is not None: return found
        return (sym if sym and sym != '[unknown]' else '(all)') + '  [' + base + ']'

    counts = collections.Counter()
    per_thread = collections.Counter()
    total = 0
    chain = []
    comm = None

    def flush():
        nonlocal total
        if not chain: return
        per_thread[comm] += 1
        if thread is not None and comm != thread:
            chain.clear()
            return
        if callers_of is None or callers_of in chain[0]:
            total += 1
            counts[chain[0] if callers_of is None else (chain[1] if len(chain) > 1 else '(no caller)')] += 1
        chain.clear()

    for line in script.splitlines():
        m = re.search(r'PERF_RECORD_MMAP2? .*\[(0x[0-9a-f]+)\((0x[0-9a-f]+)\) @ (0x[0-9a-f]+|\d+) .*\]: [rwxsp-]+ (\S+)', line)
        if m:
            mmaps.append((int(m.group(1), 16), int(m.group(2), 16), int(m.group(3), 0), m.group(4)))
            continue
        if callers_of is None:
            # One line per sample: "comm ip sym (dso)"; perf pads comm to 16 columns.
            m = re.match(r'\s*(.{1,16}?)\s+([0-9a-f]+)\s+(.*)\((.*)\)\s*$', line)
            if not m: continue
            comm = m.group(1).strip()
            chain.append(name_of(int(m.group(2), 16), m.group(3).strip(), m.group(4)))
            flush()
            continue
        m = re.match(r'\s*([0-9a-f]+)\s+(.*)\((.*)\)\s*$', line)
        if not m:
            # With call chains a sample starts with its event line and lists its frames below it.
            if line.strip():
                flush()
                comm = line.split()[0]
            continue
        chain.append(name_of(int(m.group(1), 16), m.group(2).strip(), m.group(3)))
    flush()
    all_samples = sum(per_thread.values())
    print('threads: ' + ', '.join(f"{name} {100.0 * n / max(all_samples, 1):.1f}%" for name, n in per_thread.most_common(6)))
    if callers_of is not None: print(f"callers of '{callers_of}' ({total} samples):")
    for name, n in counts.most_common(top):
        print(f"{100.0 * n / max(total, 1):6.2f}%  {name[:170]}")

if __name__ == '__main__':
    main()
