"""tools/jit-sites' two halves: under gdb (no arguments) it records, at each call of the JIT's compileMethod, the
values on the stack that look like code addresses, and the process's mappings; run by python with
SUMMARY STACKS R2R_DIR DEPTH it names those addresses with the *.ni.r2rmap files and prints them per method."""
import os, struct, sys

def record():
    import gdb
    out = open(os.environ['KRAIT_JIT_SITES_OUT'], 'w')

    class Compile(gdb.Breakpoint):
        def stop(self):
            rsp = int(gdb.parse_and_eval('$rsp'))
            words = []
            for k in range(0, 6000, 64):  # up to 48 KB of stack, as far as it is mapped
                try: words.extend(struct.unpack('<64Q', gdb.selected_inferior().read_memory(rsp + 8 * k, 512).tobytes()))
                except Exception: break
            out.write('HIT\n' + ' '.join('%x' % w for w in words if 0x10000 < w < 0x7fffffffffff) + '\n')
            return False

    gdb.execute('set breakpoint pending on')
    gdb.execute('set pagination off')
    gdb.Breakpoint('jitStartup')
    gdb.execute('run')
    gdb.execute('finish')
    # compileMethod is the first entry of the vtable of the object getJit() returns (ICorJitCompiler).
    jit = int(gdb.parse_and_eval('((void*(*)())getJit)()'))
    compile_method = int(gdb.parse_and_eval('*(unsigned long*)*(unsigned long*)%d' % jit))
    gdb.execute('delete')
    Compile('*%d' % compile_method)
    gdb.execute('catch syscall exit_group')
    gdb.execute('continue')
    out.write('MAPS\n' + gdb.execute('info proc mappings', to_string=True))
    out.close()
    gdb.execute('kill')

def report(summary, stacks, r2r, depth):
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from r2r_symbolize import load_maps, method_at
    maps = load_maps(r2r)
    text = open(stacks).read()
    hits, _, maps_text = text.partition('MAPS\n')
    mappings = []
    for line in maps_text.splitlines():
        p = line.split()
        if len(p) >= 6 and p[0].startswith('0x'):
            mappings.append((int(p[0], 16), int(p[1], 16), int(p[3], 16), p[-1]))

    def name(v):
        for start, end, offset, fn in mappings:
            if start <= v < end:
                base = os.path.basename(fn)
                return method_at(maps[base], v - start + offset) if base in maps else None
        return None

    methods = [l.split('JIT compiled ', 1)[-1] for l in open(summary).read().splitlines() if 'JIT compiled' in l]
    scans = [l for l in hits.splitlines() if l and l != 'HIT']
    for i, scan in enumerate(scans):
        print(methods[i] if i < len(methods) else '(method %d)' % (i + 1))
        frames = []
        for w in scan.split():
            n = name(int(w, 16))
            if n and (not frames or frames[-1] != n): frames.append(n)
        for n in frames[:depth] or ['(no Krait method on the stack)']: print('    ' + n[:200])

if __name__ == '__main__':
    if len(sys.argv) > 1: report(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]))
    else: record()
